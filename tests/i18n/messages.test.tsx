// The UI message files: every key the views use exists in English and French with the same
// placeholders, and `t` formats and falls back as browsers do.
import './english';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { I18n } from '../../components/i18n';
import { Popup } from '../../components/Popup';
import { formatDate } from '../../components/LibraryItem';
import { formatMessage, makeT, placeholderShape, plural, type Messages } from '../../lib/i18n';

const ROOT = path.resolve(import.meta.dirname, '../..');
const load = (lang: string) => JSON.parse(readFileSync(path.join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Messages;
const en = load('en');
const fr = load('fr');

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.(tsx?|html)$/.test(d.name))
    .map((d) => readFileSync(path.join(d.parentPath, d.name), 'utf8'));
}

/** Where UI text lives: the views, the extension pages, the content script's in-page UI. */
const CODE_DIRS = ['components', 'entrypoints'];
const KEY_SHAPE = /['"`]((?:map|popup|library|options|ext|ui|entity|page|site|saved|card)_[a-z0-9_]+)['"`]/g;
const code = () => [...CODE_DIRS.flatMap(sources), readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8')].join('\n');

/** Quoted strings shaped like message keys in the views and the extension pages, plus the manifest's. */
function keysInUse(): Set<string> {
  const text = code();
  const keys = new Set<string>();
  for (const m of text.matchAll(KEY_SHAPE)) keys.add(m[1]);
  for (const m of text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) keys.add(m[1]);
  return keys;
}

/** The content script's calls `msg('key', 'English text'…)` and `['key', 'English text']` pairs. */
function contentEnglish(): [string, string][] {
  const text = sources('entrypoints/content').join('\n');
  const lit = `'((?:[^'\\\\]|\\\\.)*)'`;
  const pairs: [string, string][] = [];
  for (const m of text.matchAll(new RegExp(`(?:msg\\(|\\[)\\s*'([a-z0-9_]+)',\\s*${lit}`, 'g'))) pairs.push([m[1], m[2]]);
  return pairs;
}

describe('message files', () => {
  const used = keysInUse();

  it('the views use keys (sanity: the scan finds the map and popup keys)', () => {
    expect(used).toContain('map_mentions_other');
    expect(used).toContain('popup_reading');
    expect(used).toContain('ext_name');
  });

  it.each([['en', en], ['fr', fr]] as const)('every key in use exists in %s', (_lang, messages) => {
    expect([...used].filter((k) => !messages[k])).toEqual([]);
  });

  it('every literal key given to t(), tr(), plural() or msg() has a known shape (so the scan above sees it)', () => {
    const calls = [...code().matchAll(/\b(?:t|tr|msg|plural\(\w+, [^,]+,)\(?\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1]);
    expect(calls.length).toBeGreaterThan(100);
    expect(calls.filter((k) => !used.has(k))).toEqual([]);
  });

  it('no message is left unused (a key the code no longer asks for is a stale translation)', () => {
    expect(Object.keys(en).filter((k) => !used.has(k))).toEqual([]);
  });

  it("the content script's inline English equals the English file (it ships no message file of its own)", () => {
    const pairs = contentEnglish();
    expect(pairs.map(([k]) => k)).toEqual(expect.arrayContaining(['card_office', 'card_mentions_other', 'saved_save_mention', 'card_and_more']));
    for (const [key, english] of pairs) {
      expect(en[key], key).toBeDefined();
      const n = placeholderShape(en[key]).length;
      expect(formatMessage(en[key], Array.from({ length: n }, (_, i) => `$${i + 1}`)), key).toBe(english);
    }
  });

  it('en and fr have the same keys, and each message has the same placeholders in both', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(en)) expect(placeholderShape(fr[k]), k).toEqual(placeholderShape(en[k]));
  });

  it('every $NAME$ in a message is defined, and no message is empty', () => {
    for (const [lang, messages] of [['en', en], ['fr', fr]] as const)
      for (const [k, e] of Object.entries(messages)) {
        expect(e.message.trim(), `${lang} ${k}`).not.toBe('');
        expect(placeholderShape(e).filter((p) => p.endsWith('=?')), `${lang} ${k}`).toEqual([]);
        expect(/^[A-Za-z0-9_]+$/.test(k), k).toBe(true);
      }
  });

  it('French differs from English for sentences (a file is not a copy)', () => {
    expect(fr.popup_reading.message).not.toBe(en.popup_reading.message);
    expect(fr.ui_lang.message).toBe('fr');
  });
});

describe('t', () => {
  it.each([
    [{ message: 'Hello $WHO$ ($1)', placeholders: { who: { content: '$1' } } }, ['Ann'], 'Hello Ann (Ann)'],
    [{ message: '$A$ of $B$', placeholders: { a: { content: '$1' }, b: { content: '$2' } } }, ['2', '5'], '2 of 5'],
    [{ message: 'costs $$5' }, [], 'costs $5'],
    [{ message: '$UNKNOWN$ stays' }, [], '$UNKNOWN$ stays'],
  ])('formats %j', (entry, subs, out) => expect(formatMessage(entry, subs)).toBe(out));

  it("uses the browser's text, and English when the browser gives '' or throws; the key when nothing has it", () => {
    const browserT = makeT((k) => (k === 'popup_reading' ? 'Lecture…' : ''), en);
    expect(browserT('popup_reading')).toBe('Lecture…');
    expect(browserT('popup_no_match', 'x')).toBe('Nothing matches “x”.');
    expect(makeT(() => { throw new Error('no i18n'); }, en)('map_show_all')).toBe('Show all');
    expect(browserT('no_such_key')).toBe('no_such_key');
  });

  it('loads the French file (as a French browser would)', () => {
    const t = makeT(null, fr);
    expect(t('map_mentions_other', ['Chine', 3])).toBe('Chine : 3 mentions');
    expect(t('library_count_of', [2, 5])).toBe('2 sur 5 surlignages');
  });
});

describe('the popup in French', () => {
  it('shows the French text for its states and lists', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const t = makeT(null, fr);
    const base = { positions: {}, announcement: '', busy: false, countryName: (c: string) => c, onToggle: vi.fn(), onAnalyze: vi.fn(), onShow: vi.fn(), onCopy: vi.fn(), onOpenOptions: vi.fn() };
    act(() => render(<I18n.Provider value={t}><Popup {...base} state={{ kind: 'loading' }} /></I18n.Provider>, root));
    expect(root.textContent).toContain('Lecture de la page…');
    const page = {
      status: 'done' as const, url: 'http://127.0.0.1/a.html', title: 'A', detection: { isArticle: true, score: 0.9, signals: [] }, meta: null,
      entities: [{ type: 'country' as const, key: 'CN', code: 'CN', name: 'Chine', mentions: [{ start: 0, end: 5 }], confidence: 0.9 }],
      highlightsOn: true, forced: false, highlighted: 1, error: null, ms: 3, site: null,
    };
    act(() => render(<I18n.Provider value={t}><Popup {...base} state={{ kind: 'ready', page }} /></I18n.Provider>, root));
    expect(root.textContent).toContain('Surlignages sur cette page');
    expect(root.textContent).toContain('Copier en Markdown');
    expect(root.querySelector('[data-section="countries"] h2')?.textContent).toMatch(/^Pays/);
    expect(root.textContent).not.toMatch(/Highlights on this page|Copy as|Countries/);
    render(null, root);
    root.remove();
  });
});

describe('dates and plurals in the UI language', () => {
  it.each([
    ['fr', /^2 mai 2024$/],
    ['en', /^May 2, 2024$/],
    ['«not a tag»', /2024/],
  ])('formatDate in %s', (lang, re) => expect(formatDate('2024-05-02T10:00:00Z', lang)).toMatch(re));

  it('plural() follows the language: French 0 and 1 are singular, English 1 only', () => {
    const frT = makeT(null, fr);
    const enT = makeT(null, en);
    expect([0, 1, 2].map((n) => plural(frT, n, 'library_count_one', 'library_count'))).toEqual(['0 surlignage', '1 surlignage', '2 surlignages']);
    expect([0, 1, 2].map((n) => plural(enT, n, 'library_count_one', 'library_count'))).toEqual(['0 highlights', '1 highlight', '2 highlights']);
  });
});
