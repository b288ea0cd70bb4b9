// @vitest-environment node
// idb checks requests with instanceof against the global IDB classes; auto installs fake ones.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageFullError } from '../../lib/saved/errors';
import { openLibrary, type LibraryStore } from '../../lib/saved/store';
import { generate, highlight } from './fixtures';

const open: LibraryStore[] = [];
async function fresh(factory = new IDBFactory(), name = 'lib') {
  const s = await openLibrary({ indexedDB: factory, name });
  open.push(s);
  return s;
}
afterEach(() => {
  open.splice(0).forEach((s) => s.close());
  vi.restoreAllMocks();
});

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('library store', () => {
  it('puts, gets, lists newest first and counts', async () => {
    const s = await fresh();
    const a = highlight({ id: id(1), created: '2024-01-01T00:00:00.000Z' });
    const b = highlight({ id: id(2), created: '2024-03-01T00:00:00.000Z' });
    const c = highlight({ id: id(3), created: '2024-02-01T00:00:00.000Z' });
    await s.put(a);
    await s.putMany([b, c]);
    expect(await s.get(id(2))).toStrictEqual(b);
    expect((await s.all()).map((h) => h.id)).toEqual([id(2), id(3), id(1)]);
    expect(await s.count()).toBe(3);
    await s.clear();
    expect(await s.count()).toBe(0);
  });

  it('delete returns the record, and putting it back undoes the delete', async () => {
    const s = await fresh();
    const h = highlight({ note: 'keep me', tags: ['x'] });
    await s.put(h);
    const gone = await s.delete(h.id);
    expect(gone).toStrictEqual(h);
    expect(await s.get(h.id)).toBeUndefined();
    expect(await s.delete(h.id)).toBeUndefined();
    await s.put(gone!);
    expect(await s.get(h.id)).toStrictEqual(h);
  });

  it('lists a page’s highlights in text order by page key', async () => {
    const s = await fresh();
    const mk = (n: number, source: string, start: number) => {
      const h = highlight({ id: id(n) });
      h.target = { ...h.target, source, selectors: [h.target.selectors[0], { type: 'TextPositionSelector', start, end: start + 5 }] };
      return h;
    };
    await s.putMany([mk(1, 'https://a.example/x', 50), mk(2, 'https://b.example/y', 0), mk(3, 'https://a.example/x', 10)]);
    expect((await s.listByPage('https://a.example/x')).map((h) => h.id)).toEqual([id(3), id(1)]);
    expect(await s.listByPage('https://nowhere.example')).toEqual([]);
  });

  it('searches text (case and accents ignored), site, entity, tag and dates', async () => {
    const s = await fresh();
    await s.putMany([
      highlight({ id: id(1), quote: 'Maroš Šefčovič met the minister', tags: ['eu'], created: '2024-01-10T00:00:00.000Z' }),
      highlight({ id: id(2), quote: 'Nothing here', note: 'SEFCOVIC said no', entities: [], created: '2024-02-10T00:00:00.000Z' }),
      highlight({ id: id(3), quote: 'Rama spoke', tags: ['eu', 'balkans'], created: '2024-03-10T00:00:00.000Z' }),
    ]);
    const ids = async (q: Parameters<LibraryStore['search']>[0]) => (await s.search(q)).map((h) => h.id);
    expect(await ids({ text: 'sefcovic' })).toEqual([id(2), id(1)]);
    expect(await ids({ text: 'šefčovič minister' })).toEqual([id(1)]);
    expect(await ids({ tag: 'balkans' })).toEqual([id(3)]);
    expect(await ids({ tag: 'eu', text: 'rama' })).toEqual([id(3)]);
    expect(await ids({ entity: 'country:AL' })).toEqual([id(3), id(1)]);
    expect(await ids({ site: 'news.example' })).toHaveLength(3);
    expect(await ids({ site: 'other.example' })).toEqual([]);
    expect(await ids({ from: '2024-02-01T00:00:00.000Z', to: '2024-03-01T00:00:00.000Z' })).toEqual([id(2)]);
  });

  it('refuses a malformed record without writing anything', async () => {
    const s = await fresh();
    const bad = { ...highlight({ id: id(2) }), tags: [42] } as never;
    await expect(s.putMany([highlight({ id: id(1) }), bad])).rejects.toThrow(/highlights\[1\]\.tags\[0\]: expected a string/);
    expect(await s.count()).toBe(0);
  });

  it('two connections saving at the same time both land', async () => {
    const factory = new IDBFactory();
    const [a, b] = await Promise.all([fresh(factory), fresh(factory)]);
    const hs = generate(40, 7);
    await Promise.all([a.putMany(hs.slice(0, 20)), b.putMany(hs.slice(20)), a.put(highlight({ id: id(99) }))]);
    expect(await a.count()).toBe(41);
    expect(await b.count()).toBe(41);
  });

  it('a full disk mid-batch leaves nothing half-written and says so', async () => {
    const s = await fresh();
    await s.put(highlight({ id: id(1), note: 'before' }));
    const { IDBObjectStore } = await import('fake-indexeddb');
    const real = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === 5) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return real.apply(this, args);
    });
    const batch = generate(10, 3);
    const err = await s.putMany(batch).catch((e) => e);
    expect(err).toBeInstanceOf(StorageFullError);
    expect(err.message).toMatch(/no more room.*nothing from this save was written/);
    vi.restoreAllMocks();
    expect(await s.count()).toBe(1);
    expect((await s.get(id(1)))?.note).toBe('before');
    for (const h of batch) expect(await s.get(h.id)).toBeUndefined();
  });

  it('a transaction aborted by the quota is reported as a full disk too', async () => {
    const s = await fresh();
    const { IDBObjectStore } = await import('fake-indexeddb');
    const real = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const req = real.apply(this, args);
      // What browsers do when the disk fills at commit: the transaction aborts with a quota error.
      if (++calls === 3) {
        const tx = this.transaction as IDBTransaction & { _abort?: (name: string) => void };
        Promise.resolve().then(() => tx._abort?.('QuotaExceededError'));
      }
      return req;
    });
    const batch = generate(6, 4);
    await expect(s.putMany(batch)).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await s.count()).toBe(0);
  });
});
