// The reader's settings (which types to highlight, their colours, the per-site list) and the rules
// that read them: which site a URL belongs to and whether Attaché runs there. Stored in
// `browser.storage.local` under one key, so one write changes every open tab at once. Pure: storage
// is passed in, and whatever comes out of it is untrusted until parseSettings has checked it.
import type { EntityType } from './types';

export type SiteRule = 'never' | 'always';

export interface Settings {
  /** Entity types that get highlights in the page (the popup lists all types either way). */
  types: Record<EntityType, boolean>;
  /** Highlight colour per type, `#rrggbb`. */
  colors: Record<EntityType, string>;
  /** Site (see siteKey) → rule. A rule for "example.com" also covers "news.example.com". */
  sites: Record<string, SiteRule>;
}

export const SETTINGS_KEY = 'attache:settings';

/**
 * The Okabe–Ito palette, which colour-blind readers can tell apart; yellow is left out because its
 * underline cannot be seen on a white page.
 */
export const COLOR_CHOICES: readonly { name: string; value: string }[] = [
  { name: 'Vermilion', value: '#d55e00' },
  { name: 'Orange', value: '#e69f00' },
  { name: 'Blue', value: '#0072b2' },
  { name: 'Sky blue', value: '#56b4e9' },
  { name: 'Bluish green', value: '#009e73' },
  { name: 'Reddish purple', value: '#cc79a7' },
];

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  types: { official: true, country: true },
  colors: { official: '#d55e00', country: '#0072b2' },
  sites: {},
}) as Settings;

const TYPES: readonly EntityType[] = ['official', 'country'];
const HEX = /^#[0-9a-f]{6}$/;
/** A hostile or corrupted store must not make every page pay for a huge site list. */
const MAX_SITES = 5000;

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Settings from whatever was stored: each invalid or missing part falls back to its default. */
export function parseSettings(raw: unknown): Settings {
  const s = isObj(raw) ? raw : {};
  const types = { ...DEFAULT_SETTINGS.types };
  const colors = { ...DEFAULT_SETTINGS.colors };
  for (const t of TYPES) {
    if (isObj(s.types) && typeof s.types[t] === 'boolean') types[t] = s.types[t] as boolean;
    const c = isObj(s.colors) && typeof s.colors[t] === 'string' ? (s.colors[t] as string).toLowerCase() : '';
    if (HEX.test(c)) colors[t] = c;
  }
  const sites: Record<string, SiteRule> = {};
  if (isObj(s.sites)) {
    for (const [host, rule] of Object.entries(s.sites).slice(0, MAX_SITES)) {
      const key = normalizeSite(host);
      if (key && (rule === 'never' || rule === 'always')) sites[key] = rule;
    }
  }
  return { types, colors, sites };
}

/**
 * The site a host name or URL stands for: lower case, without a leading "www." or a port. null for
 * anything that is not an http(s) page or a plausible host name.
 */
export function siteKey(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return normalizeSite(u.hostname);
}

/** A host name typed by the reader or found in storage, normalised like siteKey; null if invalid. */
export function normalizeSite(input: string): string | null {
  let host = input.trim().toLowerCase();
  if (/^https?:\/\//.test(host)) return siteKey(host);
  host = host.replace(/\/.*$/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  if (host.startsWith('www.')) host = host.slice(4);
  if (!host || host.length > 253) return null;
  if (!/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(host) && !/^\[[0-9a-f:.]+\]$/.test(host))
    return null;
  return host;
}

/** The rule for a URL: its own site's, else the nearest parent domain's; null when none applies. */
export function siteRule(settings: Settings, url: string): SiteRule | null {
  const key = siteKey(url);
  if (!key) return null;
  if (/^[\d.]+$/.test(key) || key.startsWith('[')) return settings.sites[key] ?? null;
  const parts = key.split('.');
  for (let i = 0; i < parts.length; i++) {
    const rule = settings.sites[parts.slice(i).join('.')];
    if (rule) return rule;
  }
  return null;
}

/** A copy with the rule for `site` set, or removed when rule is null. */
export function withSiteRule(settings: Settings, site: string, rule: SiteRule | null): Settings {
  const key = normalizeSite(site);
  if (!key) return settings;
  const sites = { ...settings.sites };
  if (rule) sites[key] = rule;
  else delete sites[key];
  return { ...settings, sites };
}

/** The highlight's background (translucent, so it reads on light and dark pages) and underline. */
export function markColors(hex: string): { background: string; line: string } {
  const c = HEX.test(hex) ? hex : '#808080';
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
  return { background: `rgba(${r}, ${g}, ${b}, 0.28)`, line: c };
}

/** What differs between two settings, so a tab redoes only what it must. */
export function settingsChanges(before: Settings, after: Settings): { highlights: boolean; sites: boolean } {
  const highlights = TYPES.some((t) => before.types[t] !== after.types[t] || before.colors[t] !== after.colors[t]);
  const a = Object.entries(before.sites).sort().join();
  const b = Object.entries(after.sites).sort().join();
  return { highlights, sites: a !== b };
}

/** The part of `browser.storage.local` (or `.sync`) that settings need. */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(area: SettingsArea): Promise<Settings> {
  try {
    return parseSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    return parseSettings(undefined);
  }
}

export async function saveSettings(area: SettingsArea, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: parseSettings(settings) });
}

/** The new settings from a storage.onChanged event, or null when they did not change. */
export function settingsFromChange(changes: Record<string, { newValue?: unknown }>, areaName: string): Settings | null {
  if (areaName !== 'local' || !Object.hasOwn(changes, SETTINGS_KEY)) return null;
  return parseSettings(changes[SETTINGS_KEY].newValue);
}
