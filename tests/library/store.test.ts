// @vitest-environment node
// Each test gets its own fake IndexedDB (new IDBFactory()); 'fake-indexeddb/auto' only provides the
// IDB* classes that idb's wrappers check values against.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore as FDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportError, StorageFullError } from '../../lib/library/errors';
import type { SavedHighlight } from '../../lib/library/model';
import { DB_VERSION, STORE, V1_STORE } from '../../lib/library/schema';
import { openLibrary, type Library } from '../../lib/library/store';
import { normalizeUrl } from '../../lib/library/url';
import { generateHighlights, goldenFixture, makeHighlight } from './fixtures';

const opened: Library[] = [];
async function fresh(factory = new IDBFactory(), name = 'test-library'): Promise<Library> {
  const lib = await openLibrary(name, factory);
  opened.push(lib);
  return lib;
}

afterEach(() => {
  vi.restoreAllMocks();
  opened.splice(0).forEach((l) => l.close());
});

const ids = (hs: SavedHighlight[]) => hs.map((h) => h.id);
const byId = (hs: SavedHighlight[]) => [...hs].sort((a, b) => (a.id < b.id ? -1 : 1));

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

describe('basic operations', () => {
  it('puts, gets and deletes; delete returns the highlight so undo can put it back', async () => {
    const lib = await fresh();
    const h = makeHighlight();
    await lib.put(h);
    expect(await lib.get(h.id)).toEqual(h);
    expect(await lib.delete(h.id)).toEqual(h);
    expect(await lib.get(h.id)).toBeUndefined();
    expect(await lib.delete(h.id)).toBeUndefined();
    await lib.put(h);
    expect(await lib.count()).toBe(1);
  });

  it('refuses an invalid highlight and writes nothing', async () => {
    const lib = await fresh();
    const bad = { ...makeHighlight(), tags: 'not a list' } as unknown as SavedHighlight;
    await expect(lib.putMany([makeHighlight(), bad])).rejects.toThrow(ImportError);
    await expect(lib.putMany([makeHighlight(), bad])).rejects.toThrow('[1].tags: expected an array, got string');
    expect(await lib.count()).toBe(0);
  });

  it('lists all, newest first by default and oldest first on request', async () => {
    const lib = await fresh();
    const hs = generateHighlights(50, 11);
    await lib.putMany(hs);
    const newest = await lib.all();
    const times = newest.map((h) => Date.parse(h.created));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(byId(newest)).toEqual(byId(hs));
    expect(ids(await lib.all({ order: 'oldest' }))).toEqual(ids(newest).reverse());
  });

  it('clear empties the library', async () => {
    const lib = await fresh();
    await lib.putMany(generateHighlights(5));
    await lib.clear();
    expect(await lib.all()).toEqual([]);
  });
});

describe('listByPage', () => {
  it('finds highlights under any URL variant of the page, in text order', async () => {
    const lib = await fresh();
    const source = 'https://www.example.com/world/2024/05/talks';
    const a = makeHighlight({ target: { source }, start: 500 });
    const b = makeHighlight({ target: { source }, start: 20 });
    const other = makeHighlight({ target: { source: 'https://www.example.com/world/2024/05/other' } });
    await lib.putMany([a, b, other]);
    for (const visit of [
      'https://example.com/world/2024/05/talks/?utm_source=x#top',
      'http://amp.example.com/world/2024/05/talks/amp',
      'https://www.google.com/amp/s/www.example.com/world/2024/05/talks',
    ]) {
      expect(ids(await lib.listByPage(normalizeUrl(visit)))).toEqual([b.id, a.id]);
    }
  });

  it('also finds a highlight by the address it was visited at, when the canonical differs', async () => {
    const lib = await fresh();
    const h = makeHighlight({ target: { source: 'https://publisher.test/story', visitedUrl: 'https://mirror.test/copy?id=4' } });
    await lib.put(h);
    expect(ids(await lib.listByPage(normalizeUrl('https://mirror.test/copy?id=4&utm_medium=x')))).toEqual([h.id]);
    expect(ids(await lib.listByPage([normalizeUrl('https://publisher.test/story'), normalizeUrl('https://mirror.test/copy?id=4')]))).toEqual([h.id]);
    expect(await lib.listByPage('nothing.test/x')).toEqual([]);
  });
});

describe('search', () => {
  const hs = () => [
    makeHighlight({ exact: 'Erdoğan met the Albanian PRIME minister', note: 'check date', tags: ['Balkans'], entities: [{ type: 'country', key: 'AL', name: 'Albania' }], created: '2024-01-10T10:00:00.000Z' }),
    makeHighlight({ exact: 'Sanctions on Iran', note: 'Erdogan not involved', tags: ['sanctions'], target: { source: 'https://www.bbc.co.uk/news/x' }, page: { siteName: 'BBC News' }, created: '2024-02-10T10:00:00.000Z' }),
    makeHighlight({ exact: 'A quiet week in Tirana', tags: ['balkans', 'to read'], target: { source: 'https://news.example.org/y' }, page: { siteName: null }, entities: [{ type: 'country', key: 'AL', name: 'Albania' }, { type: 'official', key: 'edi-rama', name: 'Edi Rama' }], created: '2024-03-10T23:30:00.000Z' }),
  ];

  it.each([
    ['text in quote, ignoring case', { text: 'prime MINISTER' }, [0]],
    ['text ignoring accents, in quote or note', { text: 'erdogan' }, [1, 0]],
    ['every word must appear', { text: 'erdogan albanian' }, [0]],
    ['site by host', { site: 'bbc.co.uk' }, [1]],
    ['site by parent domain', { site: 'example.org' }, [2]],
    ['site by name', { site: 'bbc news' }, [1]],
    ['entity', { entity: 'AL' }, [2, 0]],
    ['official', { entity: 'edi-rama' }, [2]],
    ['tag, ignoring case', { tag: 'BALKANS' }, [2, 0]],
    ['from', { from: '2024-02-01' }, [2, 1]],
    ['to a date covers that day', { to: '2024-03-10' }, [2, 1, 0]],
    ['to a time', { to: '2024-02-10T09:59:59Z' }, [0]],
    ['from and to as Dates', { from: new Date('2024-01-15'), to: new Date('2024-02-15') }, [1]],
    ['combined filters', { entity: 'AL', tag: 'balkans', text: 'tirana' }, [2]],
    ['nothing matches', { text: 'Kosovo' }, []],
    ['empty query lists everything', {}, [2, 1, 0]],
    ['limit', { limit: 1 }, [2]],
  ])('%s', async (_label, q, expected) => {
    const lib = await fresh();
    const list = hs();
    await lib.putMany(list);
    expect(ids(await lib.search(q))).toEqual(expected.map((i) => list[i].id));
  });

  it('facets count sites, tags (case-folded) and entities', async () => {
    const lib = await fresh();
    await lib.putMany(hs());
    const f = await lib.facets();
    expect(f.tags).toEqual([
      { value: 'balkans', label: 'Balkans', count: 2 },
      { value: 'sanctions', label: 'sanctions', count: 1 },
      { value: 'to read', label: 'to read', count: 1 },
    ]);
    expect(f.entities[0]).toEqual({ value: 'AL', label: 'Albania', count: 2 });
    expect(f.sites.map((s) => [s.value, s.count])).toEqual(
      expect.arrayContaining([['example.com', 1], ['bbc.co.uk', 1], ['news.example.org', 1]]),
    );
  });
});

describe('transactions', () => {
  it('two connections saving at the same time both land', async () => {
    const factory = new IDBFactory();
    const [a, b] = await Promise.all([fresh(factory), fresh(factory)]);
    const [h1, h2] = [makeHighlight(), makeHighlight()];
    await Promise.all([a.put(h1), b.put(h2), a.putMany(generateHighlights(20, 5)), b.putMany(generateHighlights(20, 6))]);
    expect(await a.count()).toBe(42);
    expect(await b.get(h1.id)).toEqual(h1);
    expect(await a.get(h2.id)).toEqual(h2);
  });

  it('a full disk during putMany: StorageFullError, and nothing of the batch is written', async () => {
    const lib = await fresh();
    const before = generateHighlights(3, 1);
    await lib.putMany(before);
    // The third write of the batch fails as Chrome fails it: the request errors with QuotaExceededError.
    const raw = (await probeRawStore()) as { storeRecord: (...a: unknown[]) => unknown };
    const original = raw.storeRecord;
    let writes = 0;
    vi.spyOn(raw, 'storeRecord').mockImplementation(function (this: unknown, ...args: unknown[]) {
      if (++writes === 3) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return original.apply(this, args);
    });
    const batch = generateHighlights(10, 2);
    const err = await lib.putMany(batch).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageFullError);
    expect((err as Error).message).toMatch(/no more room.*nothing from this save was written/);
    vi.restoreAllMocks();
    expect(byId(await lib.all())).toEqual(byId(before));
    // The library still works afterwards.
    await lib.put(batch[0]);
    expect(await lib.count()).toBe(4);
  });

  it('a quota error thrown by put itself aborts the batch as well', async () => {
    const lib = await fresh();
    const original = FDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(FDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === 5) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return original.apply(this, args);
    });
    await expect(lib.putMany(generateHighlights(8, 4))).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await lib.count()).toBe(0);
  });

  it('other failures are passed on unchanged, still with nothing written', async () => {
    const lib = await fresh();
    const original = FDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(FDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === 2) throw new DOMException('cannot clone', 'DataCloneError');
      return original.apply(this, args);
    });
    const err = await lib.putMany(generateHighlights(3, 4)).catch((e: unknown) => e);
    expect((err as Error).name).toBe('DataCloneError');
    vi.restoreAllMocks();
    expect(await lib.count()).toBe(0);
  });
});

/** The prototype of fake-indexeddb's internal record store, reached through a throwaway database. */
async function probeRawStore(): Promise<object> {
  const req = new IDBFactory().open('probe', 1);
  req.onupgradeneeded = () => req.result.createObjectStore('s');
  const db = await request(req);
  const store = db.transaction('s', 'readonly').objectStore('s') as unknown as { _rawObjectStore: object };
  const proto = Object.getPrototypeOf(store._rawObjectStore) as object;
  db.close();
  return proto;
}

describe('merge', () => {
  it('adds new, replaces older, keeps newer or equal, and never duplicates', async () => {
    const lib = await fresh();
    const [a, b, c] = [makeHighlight({ note: 'a' }), makeHighlight({ note: 'b' }), makeHighlight({ note: 'c' })];
    await lib.putMany([a, b]);
    const newerA = { ...a, note: 'edited elsewhere', modified: '2024-06-01T00:00:00.000Z' };
    const olderB = { ...b, note: 'stale', modified: '2024-01-01T00:00:00.000Z' };
    const result = await lib.merge([newerA, olderB, c, { ...c }]);
    expect(result).toEqual({ added: 1, updated: 1, kept: 1 });
    expect(await lib.count()).toBe(3);
    expect(await lib.get(a.id)).toEqual(newerA);
    expect(await lib.get(b.id)).toEqual(b);
    expect(await lib.get(c.id)).toEqual(c);
  });

  it('within one import, the newest copy of an id wins', async () => {
    const lib = await fresh();
    const h = makeHighlight();
    const later = { ...h, note: 'later', modified: '2025-01-01T00:00:00.000Z' };
    await lib.merge([later, { ...h, note: 'earlier' }]);
    expect(await lib.get(h.id)).toEqual(later);
  });
});

describe('migrations', () => {
  /** The first layout, written the way the first version of Attaché wrote it. */
  async function writeV1(factory: IDBFactory, name: string, records: object[]): Promise<void> {
    const req = factory.open(name, 1);
    req.onupgradeneeded = () => {
      const s = req.result.createObjectStore('highlights', { keyPath: 'id' });
      s.createIndex('source', 'target.source');
      s.createIndex('created', 'created');
    };
    const db = await request(req);
    const tx = db.transaction('highlights', 'readwrite');
    for (const r of records) tx.objectStore('highlights').put(r);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }

  it('v1 → current keeps every field of every record, and the new indexes work', async () => {
    const factory = new IDBFactory();
    const v1 = [...goldenFixture(), ...generateHighlights(300, 21)];
    // A field this version does not know must survive too: a later downgrade-and-upgrade loses nothing.
    const odd = { ...makeHighlight({ note: 'from v1' }), legacyField: { kept: [1, 2, 3] } };
    await writeV1(factory, 'lib', [...v1, odd]);

    const lib = await fresh(factory, 'lib');
    const all = await lib.all();
    expect(all).toHaveLength(v1.length + 1);
    expect(byId(all)).toEqual(byId([...v1, odd] as SavedHighlight[]));
    expect(await lib.get(odd.id)).toEqual(odd);

    const [first] = goldenFixture();
    expect(ids(await lib.listByPage(normalizeUrl(first.target.visitedUrl)))).toContain(first.id);
    expect((await lib.search({ entity: 'edi-rama' })).map((h) => h.id)).toContain(first.id);

    lib.close();
    const db = await request(factory.open('lib'));
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual([STORE]);
    expect([...db.objectStoreNames]).not.toContain(V1_STORE);
    db.close();
  });

  it('a fresh install goes through every step and ends at the current layout', async () => {
    const factory = new IDBFactory();
    const lib = await fresh(factory, 'new');
    await lib.put(makeHighlight());
    lib.close();
    const db = await request(factory.open('new'));
    expect(db.version).toBe(DB_VERSION);
    expect([...db.transaction(STORE, 'readonly').objectStore(STORE).indexNames].sort()).toEqual(['created', 'entity', 'page', 'site', 'tag']);
    db.close();
  });

  it('an open library does not block a newer version of the extension from upgrading', async () => {
    const factory = new IDBFactory();
    await fresh(factory, 'lib');
    const req = factory.open('lib', DB_VERSION + 1);
    const blocked = vi.fn();
    req.onblocked = blocked;
    const db = await request(req);
    expect(db.version).toBe(DB_VERSION + 1);
    expect(blocked).not.toHaveBeenCalled();
    db.close();
  });
});
