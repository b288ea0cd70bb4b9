import '../i18n/english';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18n } from '../../components/i18n';
import { Library } from '../../components/Library';
import { Popup, type PopupProps } from '../../components/Popup';
import { highlight } from '../saved/fixtures';
import { WorldMap } from '../../components/WorldMap';
import { makeT, type Messages } from '../../lib/i18n';
import { buildMapShapes, type MapAsset } from '../../lib/map/project';
import type { PageResults } from '../../lib/messages';
import type { Entity } from '../../lib/types';
import { withPreactRoot } from '../helpers/preact-root';

const asset = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../public/world-110m.json'), 'utf8')) as MapAsset;
const shapes = buildMapShapes(asset);
const load = () => Promise.resolve(shapes);
const fr = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../public/_locales/fr/messages.json'), 'utf8')) as Messages;
const names: Record<string, string> = { CN: 'China', AL: 'Albania', MT: 'Malta' };
const countryName = (c: string) => names[c] ?? c;

const mentions = (n: number) => Array.from({ length: n }, (_, i) => ({ start: i * 10, end: i * 10 + 4 }));
const country = (code: string, n: number): Entity => ({ type: 'country', key: code, code, name: names[code], mentions: mentions(n), confidence: 0.9 });
const official = (key: string, name: string, c: string): Entity => ({ type: 'official', key, name, mentions: mentions(1), confidence: 0.9, aliases: [], titles: ['Ambassador'], country: c });

let root: HTMLElement;
withPreactRoot((r) => (root = r));

const settle = () => act(async () => { await Promise.resolve(); await Promise.resolve(); });
const shaded = () => [...root.querySelectorAll<SVGElement>('.world-map [role="button"]')];

describe('WorldMap', () => {
  it('shades exactly the counted countries (Malta as a dot), labelled with name and count', async () => {
    const counts = new Map([['CN', 5], ['AL', 2], ['MT', 1]]);
    act(() => render(<WorldMap load={load} counts={counts} unit="mentions" selected={null} onSelect={vi.fn()} countryName={countryName} />, root));
    expect(root.textContent).toMatch(/Loading the map/);
    await settle();
    expect(shaded().map((e) => e.dataset.code).sort()).toEqual(['AL', 'CN', 'MT']);
    expect(root.querySelector('circle[data-code="MT"]')).not.toBeNull();
    const cn = root.querySelector('[data-code="CN"]')!;
    expect(cn.getAttribute('aria-label')).toBe('China: 5 mentions');
    expect(cn.querySelector('title')?.textContent).toBe('China: 5 mentions');
    expect(root.querySelector('[data-code="MT"]')!.getAttribute('aria-label')).toBe('Malta: 1 mention');
    expect(cn.getAttribute('class')).toContain('map-step-5');
    expect(root.querySelector('[data-code="AL"]')!.getAttribute('class')).not.toContain('map-step-5');
    expect(root.querySelector('svg')!.getAttribute('aria-label')).toBe('World map: 3 countries shaded by mentions');
    // Unshaded land is hidden from assistive technology and not focusable.
    expect(root.querySelectorAll('path[aria-hidden="true"]').length).toBe(shapes.shapes.length - 2);
  });

  it('a click or Enter selects a country; selecting it again clears; focus shows its name and count', async () => {
    const onSelect = vi.fn();
    const counts = new Map([['CN', 5]]);
    act(() => render(<WorldMap load={load} counts={counts} unit="highlights" selected={null} onSelect={onSelect} countryName={countryName} />, root));
    await settle();
    const cn = root.querySelector<SVGElement>('[data-code="CN"]')!;
    act(() => {
      cn.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(onSelect).toHaveBeenLastCalledWith('CN');
    act(() => {
      cn.dispatchEvent(new FocusEvent('focus'));
    });
    expect(root.querySelector('.map-caption')!.textContent).toBe('China: 5 saved highlights');
    act(() => render(<WorldMap load={load} counts={counts} unit="highlights" selected="CN" onSelect={onSelect} countryName={countryName} />, root));
    act(() => {
      root.querySelector('[data-code="CN"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it('speaks French with the French messages', async () => {
    const t = makeT(() => '', fr);
    act(() =>
      render(
        <I18n.Provider value={t}>
          <WorldMap load={load} counts={new Map([['CN', 2]])} unit="mentions" selected={null} onSelect={vi.fn()} countryName={() => 'Chine'} />
        </I18n.Provider>,
        root,
      ),
    );
    expect(root.textContent).toMatch(/Chargement de la carte/);
    await settle();
    expect(root.querySelector('[data-code="CN"]')!.getAttribute('aria-label')).toBe('Chine : 2 mentions');
  });

  it('draws nothing when the map cannot load (the lists still work)', async () => {
    act(() => render(<WorldMap load={() => Promise.reject(new Error('no'))} counts={new Map([['CN', 1]])} unit="mentions" selected={null} onSelect={vi.fn()} countryName={countryName} />, root));
    await settle();
    expect(root.querySelector('.world-map')).toBeNull();
  });
});

describe('Popup with the map', () => {
  const page: PageResults = {
    status: 'done', url: 'http://127.0.0.1/a.html', title: 'A', detection: { isArticle: true, score: 0.9, signals: [] }, meta: null,
    entities: [country('CN', 5), country('AL', 2), country('MT', 1), official('yuan', 'Yuan Jiajun', 'CN'), official('belortaja', 'Selim Belortaja', 'AL')],
    highlightsOn: true, forced: false, highlighted: 0, error: null, ms: 3, site: null,
  };
  const props: PopupProps = { state: { kind: 'ready', page }, positions: {}, announcement: '', busy: false, countryName, onToggle: vi.fn(), onAnalyze: vi.fn(), onShow: vi.fn(), onCopy: vi.fn(), loadMap: load };
  const listed = () => [...root.querySelectorAll<HTMLElement>('button.entity')].map((b) => b.dataset.entityKey);

  it('shades the same countries the popup lists; a click narrows the lists to that country and its officials', async () => {
    act(() => render(<Popup {...props} />, root));
    await settle();
    const listedCountries = [...root.querySelectorAll<HTMLElement>('button.entity[data-entity-type="country"]')].map((b) => b.dataset.entityKey).sort();
    expect(shaded().map((e) => e.dataset.code).sort()).toEqual(listedCountries);
    act(() => {
      root.querySelector('[data-code="AL"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(listed().sort()).toEqual(['AL', 'belortaja']);
    expect(root.querySelector('.map-filter')!.textContent).toMatch(/Showing Albania and its officials only/);
    const all = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Show all')!;
    act(() => all.click());
    expect(listed()).toHaveLength(5);
  });

  it('has no map without a loader', () => {
    act(() => render(<Popup {...props} loadMap={undefined} />, root));
    expect(root.querySelector('.world-map')).toBeNull();
  });
});

describe('Library with the map', () => {
  const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const hs = [
    highlight({ id: id(1), created: '2024-05-03T10:00:00.000Z' }),
    highlight({ id: id(2), created: '2024-05-02T10:00:00.000Z', entities: [{ type: 'country', key: 'AL', name: 'Albania' }] }),
    highlight({ id: id(3), created: '2024-05-01T10:00:00.000Z', entities: [{ type: 'official', key: 'edi-rama', name: 'Edi Rama' }] }),
  ];
  const store = { all: async () => hs, put: vi.fn(), delete: vi.fn(), merge: vi.fn() };

  it('shades the countries of the saved highlights by count; a click sets the Mentions filter', async () => {
    act(() => render(<Library store={store as never} download={vi.fn()} loadMap={load} />, root));
    await settle();
    await settle();
    expect(shaded().map((e) => e.getAttribute('aria-label')).sort()).toEqual(['Albania: 2 saved highlights', 'Kosovo: 1 saved highlight']);
    act(() => {
      root.querySelector('[data-code="XK"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(root.querySelectorAll('.items > li')).toHaveLength(1);
    expect(root.querySelector<HTMLSelectElement>('.filters select:nth-of-type(1)') && [...root.querySelectorAll<HTMLSelectElement>('.filters select')].map((s) => s.value)).toContain('country:XK');
    act(() => {
      root.querySelector('[data-code="XK"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(root.querySelectorAll('.items > li')).toHaveLength(3);
  });
});
