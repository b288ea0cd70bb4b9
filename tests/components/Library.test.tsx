import '../i18n/english';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Library, type LibraryProps } from '../../components/Library';
import { StorageFullError } from '../../lib/saved/errors';
import { toJsonLd } from '../../lib/saved/export-jsonld';
import { newerWins } from '../../lib/saved/import';
import type { SavedHighlight } from '../../lib/saved/model';
import type { LibraryStore, MergeChoice } from '../../lib/saved/store';
import { highlight } from '../saved/fixtures';
import { withPreactRoot } from '../helpers/preact-root';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** An in-memory store with the same contract as the IndexedDB one (merge all or nothing). */
function fakeStore(initial: SavedHighlight[]) {
  const m = new Map(initial.map((h) => [h.id, structuredClone(h)]));
  const store: LibraryProps['store'] & { data: typeof m } = {
    data: m,
    all: vi.fn(async () => [...m.values()].sort((a, b) => (a.created < b.created ? 1 : -1))),
    put: vi.fn(async (h: SavedHighlight) => void m.set(h.id, structuredClone(h))),
    delete: vi.fn(async (k: string) => {
      const h = m.get(k);
      m.delete(k);
      return h;
    }),
    merge: vi.fn(async (hs: SavedHighlight[], choose: MergeChoice) => {
      const counts = { added: 0, updated: 0, unchanged: 0 };
      for (const h of hs) {
        const c = choose(h, m.get(h.id));
        if (!c) counts.unchanged++;
        else {
          counts[m.has(h.id) ? 'updated' : 'added']++;
          m.set(h.id, c);
        }
      }
      return counts;
    }) as LibraryStore['merge'],
  };
  return store;
}

const lib = [
  highlight({ id: id(1), quote: 'Albania and Kosovo signed', tags: ['balkans'], created: '2024-01-01T00:00:00.000Z' }),
  highlight({
    id: id(2),
    quote: 'Maroš Šefčovič <img src=x onerror=alert(1)> met envoys',
    note: 'Ask the Commission',
    entities: [{ type: 'official', key: 'maros-sefcovic', name: 'Maroš Šefčovič' }],
    created: '2024-03-01T00:00:00.000Z',
  }),
  highlight({ id: id(3), quote: 'Serbia objected', entities: [], created: '2024-02-01T00:00:00.000Z' }),
];

let root: HTMLElement;
withPreactRoot((r) => (root = r));

const flush = () => act(async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
});
async function show(store = fakeStore(lib), extra: Partial<LibraryProps> = {}) {
  const props: LibraryProps = { store, download: vi.fn(), now: () => new Date('2024-06-01T12:00:00Z'), ...extra };
  act(() => render(<Library {...props} />, root));
  await flush();
  return { store, props };
}
const quotes = () => [...root.querySelectorAll('.quote')].map((q) => q.textContent);
const button = (label: string | RegExp, scope: ParentNode = root) =>
  [...scope.querySelectorAll('button')].find((b) => (typeof label === 'string' ? b.textContent === label : label.test(b.textContent ?? '')))!;
async function type(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string, ev = 'input') {
  el.value = value;
  await act(() => void el.dispatchEvent(new Event(ev, { bubbles: true })));
}

describe('Library page', () => {
  it('lists every highlight newest first, page text as text only', async () => {
    await show();
    expect(quotes()).toEqual([lib[1], lib[2], lib[0]].map((h) => h.target.selectors[0].exact));
    expect(root.querySelector('.items img')).toBeNull();
    expect(root.querySelector('.count')?.textContent).toBe('3 highlights');
    const link = root.querySelector<HTMLAnchorElement>(`[data-id="${id(2)}"] .source a`)!;
    expect(link.getAttribute('href')).toBe(`${lib[1].target.url.replace(/#.*/, '')}#attache=${id(2)}`);
    expect(link.rel).toContain('noopener');
  });

  it('searches quotes and notes ignoring accents, and filters by entity and tag', async () => {
    await show();
    await type(root.querySelector<HTMLInputElement>('input[type="search"]')!, 'sefcovic commission');
    expect(quotes()).toEqual([lib[1].target.selectors[0].exact]);
    expect(root.querySelector('.count')?.textContent).toBe('1 of 3 highlights');
    await act(() => button('Clear filters').click());
    const entitySel = [...root.querySelectorAll('select')].find((s) => s.closest('label')?.textContent?.startsWith('Mentions'))!;
    await type(entitySel, 'country:AL', 'change');
    expect(quotes()).toEqual([lib[0].target.selectors[0].exact]);
    await act(() => button('Clear filters').click());
    await act(() => button('#balkans').click());
    expect(quotes()).toEqual([lib[0].target.selectors[0].exact]);
  });

  it('filters by date', async () => {
    await show();
    const [from, to] = root.querySelectorAll<HTMLInputElement>('input[type="date"]');
    await type(from, '2024-01-15');
    await type(to, '2024-02-15');
    expect(quotes()).toEqual([lib[2].target.selectors[0].exact]);
  });

  it('edits note and tags and saves them through the store', async () => {
    const { store } = await show();
    const item = root.querySelector(`[data-id="${id(3)}"]`)!;
    await act(() => button('Edit note and tags', item).click());
    await type(item.querySelector('textarea')!, 'Belgrade’s answer');
    await type(item.querySelector<HTMLInputElement>('.edit input')!, 'serbia, #reaction');
    await act(() => button('Save', item).click());
    await flush();
    expect(store.data.get(id(3))).toMatchObject({ note: 'Belgrade’s answer', tags: ['serbia', 'reaction'], modified: '2024-06-01T12:00:00.000Z' });
    expect(item.querySelector('.item-note')?.textContent).toBe('Belgrade’s answer');
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Saved.');
  });

  it('shows a full disk as a clear message and keeps the edit open', async () => {
    const store = fakeStore(lib);
    store.put = vi.fn(async () => {
      throw new StorageFullError();
    });
    await show(store);
    const item = root.querySelector(`[data-id="${id(1)}"]`)!;
    await act(() => button('Edit note and tags', item).click());
    await act(() => button('Save', item).click());
    await flush();
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/no more room/);
    expect(item.querySelector('textarea')).not.toBeNull();
  });

  it('deletes with undo', async () => {
    const { store } = await show();
    await act(() => button('Delete', root.querySelector(`[data-id="${id(2)}"]`)!).click());
    await flush();
    expect(store.data.has(id(2))).toBe(false);
    expect(quotes()).toHaveLength(2);
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/Deleted “Maroš/);
    const undo = button('Undo');
    expect(document.activeElement).toBe(undo);
    await act(() => undo.click());
    await flush();
    expect(store.data.get(id(2))).toStrictEqual(lib[1]);
    expect(quotes()[0]).toBe(lib[1].target.selectors[0].exact);
  });

  it('exports the backup of everything and the shown highlights in reading formats', async () => {
    const { props } = await show();
    await act(() => button('Export backup').click());
    const [name, mime, text] = (props.download as ReturnType<typeof vi.fn>).mock.calls[0];
    expect(name).toBe('attache-highlights-2024-06-01.jsonld');
    expect(mime).toBe('application/ld+json');
    expect(JSON.parse(text).total).toBe(3);
    await type(root.querySelector<HTMLInputElement>('input[type="search"]')!, 'serbia');
    await act(() => button(/^Export CSV/).click());
    const csv = (props.download as ReturnType<typeof vi.fn>).mock.calls[1][2] as string;
    expect(csv.trim().split('\r\n')).toHaveLength(2);
  });

  it('imports a backup by merging, and refuses a bad file with the library unchanged', async () => {
    const { store } = await show();
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const pick = async (file: File) => {
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
      await flush();
    };
    const fresh = highlight({ id: id(9), quote: 'A new quote', created: '2024-05-01T00:00:00.000Z' });
    await pick(new File([toJsonLd([fresh, lib[0]])], 'backup.jsonld'));
    expect(store.merge).toHaveBeenCalledWith(expect.any(Array), newerWins);
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/1 new, 0 updated, 1 already up to date/);
    expect(quotes()).toContain('A new quote');
    const before = structuredClone([...store.data.values()]);
    await pick(new File([toJsonLd([fresh]).slice(0, 200)], 'cut.jsonld'));
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/Nothing was imported; your library is unchanged\. .*truncated/);
    expect([...store.data.values()]).toStrictEqual(before);
  });

  it('says so when the library is empty', async () => {
    await show(fakeStore([]));
    expect(root.textContent).toMatch(/No saved highlights yet/);
    expect(button('Export backup').disabled).toBe(true);
  });
});
