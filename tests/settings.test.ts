import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  markColors,
  normalizeSite,
  parseSettings,
  saveSettings,
  SETTINGS_KEY,
  settingsChanges,
  settingsFromChange,
  siteKey,
  siteRule,
  withSiteRule,
  type Settings,
  type SettingsArea,
} from '../lib/settings';

const withSites = (sites: Settings['sites']): Settings => ({ ...parseSettings(undefined), sites });

describe('parseSettings', () => {
  it.each([undefined, null, 'x', 3, [], {}, { types: 'all', colors: [], sites: 7 }])(
    'falls back to the defaults for %j',
    (raw) => {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    },
  );

  it('keeps valid parts and drops invalid ones', () => {
    const s = parseSettings({
      types: { official: false, country: 'no' },
      colors: { official: '#009E73', country: 'red' },
      sites: { 'WWW.Example.com': 'never', 'news.test': 'always', 'bad host!': 'never', 'ok.org': 'sometimes' },
    });
    expect(s.types).toEqual({ official: false, country: true });
    expect(s.colors).toEqual({ official: '#009e73', country: DEFAULT_SETTINGS.colors.country });
    expect(s.sites).toEqual({ 'example.com': 'never', 'news.test': 'always' });
  });
});

describe('siteKey / normalizeSite', () => {
  it.each([
    ['https://www.Example.com/a/b?c#d', 'example.com'],
    ['http://127.0.0.1:8080/x.html', '127.0.0.1'],
    ['https://news.bbc.co.uk/', 'news.bbc.co.uk'],
    ['http://[::1]:3000/', '[::1]'],
    ['file:///home/a.html', null],
    ['chrome://extensions', null],
    ['not a url', null],
  ])('siteKey(%s) = %s', (url, key) => {
    expect(siteKey(url)).toBe(key);
  });

  it.each([
    ['Example.com', 'example.com'],
    ['  www.example.com/path ', 'example.com'],
    ['example.com:443', 'example.com'],
    ['https://www.nytimes.com/2020/a.html', 'nytimes.com'],
    ['localhost', 'localhost'],
    ['', null],
    ['exa mple.com', null],
    ['-bad.com', null],
  ])('normalizeSite(%j) = %s', (input, key) => {
    expect(normalizeSite(input)).toBe(key);
  });
});

describe('siteRule', () => {
  const s = withSites({ 'example.com': 'never', 'live.example.com': 'always', '127.0.0.1': 'always' });
  it.each([
    ['https://example.com/a', 'never'],
    ['https://www.example.com/a', 'never'],
    ['https://blog.example.com/a', 'never'],
    ['https://live.example.com/a', 'always'],
    ['https://a.live.example.com/a', 'always'],
    ['https://notexample.com/a', null],
    ['https://example.com.evil.org/a', null],
    ['http://127.0.0.1:4000/x', 'always'],
    ['http://0.0.1/x', null],
    ['about:blank', null],
  ])('%s → %s', (url, rule) => {
    expect(siteRule(s, url)).toBe(rule);
  });
});

describe('withSiteRule', () => {
  it('sets, replaces and removes a rule without touching the original', () => {
    const a = parseSettings(undefined);
    const b = withSiteRule(a, 'www.Example.com', 'never');
    expect(b.sites).toEqual({ 'example.com': 'never' });
    expect(a.sites).toEqual({});
    const c = withSiteRule(b, 'example.com', 'always');
    expect(c.sites).toEqual({ 'example.com': 'always' });
    expect(withSiteRule(c, 'example.com', null).sites).toEqual({});
    expect(withSiteRule(c, 'not valid', 'never')).toBe(c);
  });
});

describe('markColors', () => {
  it('derives a translucent background and a solid underline from the colour', () => {
    expect(markColors('#d55e00')).toEqual({ background: 'rgba(213, 94, 0, 0.28)', line: '#d55e00' });
    expect(markColors('javascript:x').line).toBe('#808080');
  });
});

describe('settingsChanges', () => {
  it('tells highlight changes from site-list changes', () => {
    const a = parseSettings(undefined);
    expect(settingsChanges(a, a)).toEqual({ highlights: false, sites: false });
    expect(settingsChanges(a, { ...a, types: { ...a.types, country: false } })).toEqual({ highlights: true, sites: false });
    expect(settingsChanges(a, { ...a, colors: { ...a.colors, official: '#009e73' } }).highlights).toBe(true);
    expect(settingsChanges(a, withSiteRule(a, 'x.org', 'never'))).toEqual({ highlights: false, sites: true });
  });
});

describe('storage', () => {
  function memoryArea(initial: Record<string, unknown> = {}): SettingsArea & { data: Record<string, unknown> } {
    const data = { ...initial };
    return {
      data,
      get: async (key) => (Object.hasOwn(data, key) ? { [key]: data[key] } : {}),
      set: async (items) => void Object.assign(data, items),
    };
  }

  it('round-trips through an area and survives garbage in it', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: 'garbage' });
    expect(await loadSettings(area)).toEqual(DEFAULT_SETTINGS);
    const s = withSiteRule(parseSettings(undefined), 'example.com', 'never');
    await saveSettings(area, s);
    expect(await loadSettings(area)).toEqual(s);
  });

  it('falls back to defaults when the area throws', async () => {
    const area: SettingsArea = { get: () => Promise.reject(new Error('gone')), set: async () => {} };
    expect(await loadSettings(area)).toEqual(DEFAULT_SETTINGS);
  });

  it('reads a change event only for its own key in the local area', () => {
    const value = withSiteRule(parseSettings(undefined), 'a.org', 'always');
    expect(settingsFromChange({ [SETTINGS_KEY]: { newValue: value } }, 'local')).toEqual(value);
    expect(settingsFromChange({ [SETTINGS_KEY]: { newValue: value } }, 'sync')).toBeNull();
    expect(settingsFromChange({ other: { newValue: 1 } }, 'local')).toBeNull();
    // Removed from storage: back to defaults.
    expect(settingsFromChange({ [SETTINGS_KEY]: {} }, 'local')).toEqual(DEFAULT_SETTINGS);
  });
});
