// No English left behind: each view is rendered with a marker translator (every message comes out as
// «key»), then every text node and every user-facing attribute must be made only of markers, the
// data the test passed in (names, quotes, sites), numbers and punctuation. A literal string added
// to a view without the message files makes this fail.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18n } from '../../components/i18n';
import { Library } from '../../components/Library';
import { Options } from '../../components/Options';
import { Popup, type PopupProps } from '../../components/Popup';
import { SavedPanel } from '../../components/SavedPanel';
import type { Translate } from '../../lib/i18n';
import { buildMapShapes, type MapAsset } from '../../lib/map/project';
import type { PageResults } from '../../lib/messages';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { Entity } from '../../lib/types';
import { highlight } from '../saved/fixtures';
import { withPreactRoot } from '../helpers/preact-root';

const marker: Translate = (key, subs) =>
  `«${key}${subs === undefined ? '' : `:${(Array.isArray(subs) ? subs : [subs]).join('|')}`}»`;

const asset = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../public/world-110m.json'), 'utf8')) as MapAsset;
const shapes = buildMapShapes(asset);
const mentions = (n: number) => Array.from({ length: n }, (_, i) => ({ start: i * 10, end: i * 10 + 4 }));
const entities: Entity[] = [
  { type: 'country', key: 'AL', code: 'AL', name: 'Albania', mentions: mentions(3), confidence: 0.9 },
  { type: 'country', key: 'CN', code: 'CN', name: 'China', mentions: mentions(1), confidence: 0.4 },
  { type: 'official', key: 'selim', name: 'Selim Belortaja', mentions: mentions(2), confidence: 0.9, aliases: [], titles: ['Ambassador'], country: 'AL' },
  { type: 'official', key: 'li', name: 'Li Qiang', mentions: mentions(1), confidence: 0.9, aliases: [], titles: [], country: null },
];
const page = (patch: Partial<PageResults> = {}): PageResults => ({
  status: 'done', url: 'http://news.example/a.html', title: 'A', detection: { isArticle: true, score: 0.9, signals: [] }, meta: null,
  entities, highlightsOn: true, forced: false, highlighted: 4, error: null, ms: 3, site: null, ...patch,
});

/** Text the test itself supplied (page data), allowed through untranslated. */
const DATA = ['Albania', 'China', 'Selim Belortaja', 'Ambassador', 'Li Qiang', 'news.example', 'Attaché', 'example.com', 'Kosovo', 'Accord signed', 'Jane Doe', 'Example News', 'Albania and Kosovo signed the accord', 'a quote', 'page reason', 'AL', 'CN', 'XK', 'balkans', 'Markdown', 'CSV', 'BibTeX', 'RIS (Zotero)', 'RIS', 'JSON'];

function leftovers(el: Element): string[] {
  const out: string[] = [];
  const check = (s: string | null | undefined, where: string) => {
    if (!s) return;
    // A marker may be split where a view puts an element inside a message (SiteControls).
    let rest = s.replace(/«[^»]*»?/g, ' ').replace(/»/g, ' ');
    for (const d of [...DATA].sort((a, b) => b.length - a.length)) rest = rest.split(d).join(' ');
    // Dates as the browser formats them, numbers and punctuation carry no language.
    rest = rest.replace(/\b[A-Z][a-z]{2} \d{1,2}, \d{4}\b/g, ' ');
    if (/\p{L}{2,}/u.test(rest)) out.push(`${where}: ${JSON.stringify(s)}`);
  };
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) check(n.textContent, 'text');
  for (const e of el.querySelectorAll('*'))
    for (const a of ['title', 'aria-label', 'placeholder', 'alt']) check(e.getAttribute(a), `${e.tagName.toLowerCase()}[${a}]`);
  return out;
}

let root: HTMLElement;
withPreactRoot((r) => (root = r));

const mount = (node: ComponentChildren) => act(() => render(<I18n.Provider value={marker}>{node}</I18n.Provider>, root));
const settle = () => act(async () => { for (let i = 0; i < 5; i++) await Promise.resolve(); });

function popupProps(state: PopupProps['state']): PopupProps {
  return {
    state, positions: {}, announcement: '', busy: false, countryName: (c) => ({ AL: 'Albania', CN: 'China' })[c] ?? c,
    onToggle: vi.fn(), onAnalyze: vi.fn(), onShow: vi.fn(), onCopy: vi.fn(), onOpenOptions: vi.fn(), onSiteRule: vi.fn(),
    settings: DEFAULT_SETTINGS, loadMap: () => Promise.resolve(shapes),
  };
}

describe('no untranslated text in the views', () => {
  it('the marker check itself catches an English literal (positive control)', () => {
    mount(<p title="Show all">«x» Show all</p>);
    expect(leftovers(root)).toHaveLength(2);
  });

  it.each([
    ['loading', { kind: 'loading' }],
    ['unavailable', { kind: 'unavailable', reason: 'page reason' }],
    ['error', { kind: 'error', message: 'page reason' }],
    ['pending', { kind: 'ready', page: page({ status: 'pending' }) }],
    ['disabled', { kind: 'ready', page: page({ status: 'disabled', site: 'never' }) }],
    ['page error', { kind: 'ready', page: page({ status: 'error', error: null }) }],
    ['not an article', { kind: 'ready', page: page({ status: 'not-article', entities: [] }) }],
    ['not an article, forced', { kind: 'ready', page: page({ status: 'not-article', forced: true, entities: [] }) }],
    ['nothing found', { kind: 'ready', page: page({ entities: [] }) }],
  ] as [string, PopupProps['state']][])('popup: %s', (_name, state) => {
    mount(<Popup {...popupProps(state)} />);
    expect(root.textContent).toContain('«');
    expect(leftovers(root)).toEqual([]);
  });

  it('popup with results, map, a map filter, site rule and saved panel', async () => {
    const saved = (
      <SavedPanel
        saved={{ placed: [{ id: '1', quote: 'a quote', note: '' }], orphans: [{ id: '2', quote: 'a quote', note: '' }], error: null } as never}
        busy={false} message={null} onSaveSelection={vi.fn()} onShowSaved={vi.fn()} onOpenLibrary={vi.fn()}
      />
    );
    mount(<Popup {...popupProps({ kind: 'ready', page: page() })} positions={{ 'official:selim': { index: 0, total: 2 } }} saved={saved} />);
    await settle();
    expect(root.querySelector('.world-map svg')).not.toBeNull();
    act(() => {
      (root.querySelector('.world-map [data-code="AL"]') as SVGElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(root.querySelector('.map-filter')).not.toBeNull();
    expect(root.querySelector('.site-controls')).not.toBeNull();
    expect(root.querySelector('[data-list="orphans"]')).not.toBeNull();
    expect(leftovers(root)).toEqual([]);
  });

  it('library with highlights, its map and the filters', async () => {
    const h = highlight({ note: 'a quote', tags: ['balkans'] });
    const store = { all: vi.fn(async () => [h]), put: vi.fn(), delete: vi.fn(), merge: vi.fn() };
    mount(<Library store={store as never} download={vi.fn()} loadMap={() => Promise.resolve(shapes)} />);
    await settle();
    await settle();
    expect(root.querySelector('.items li')).not.toBeNull();
    expect(root.querySelector('.world-map svg')).not.toBeNull();
    act(() => {
      (root.querySelector('.world-map [data-code="AL"]') as SVGElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(root.querySelector('.map-filter')).not.toBeNull();
    // The edit form too.
    const edit = [...root.querySelectorAll('button')].find((b) => b.textContent === '«library_edit»')!;
    act(() => edit.click());
    expect(root.querySelector('form.edit')).not.toBeNull();
    expect(leftovers(root)).toEqual([]);
  });

  it('options with a site rule', () => {
    mount(<Options settings={{ ...DEFAULT_SETTINGS, sites: { 'example.com': 'never' } }} status="" onChange={vi.fn()} />);
    expect(root.querySelector('table.sites')).not.toBeNull();
    expect(leftovers(root)).toEqual([]);
  });
});
