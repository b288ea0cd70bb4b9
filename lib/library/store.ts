// The saved-highlights library in IndexedDB, which extension pages and the background can both
// open in Chrome and Firefox. Every write is one transaction: a batch (an import, a multi-save)
// lands whole or not at all, and a full disk surfaces as StorageFullError with nothing written.
// The factory is a parameter so that tests can give each case its own fake-indexeddb.
import { wrap, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import { isQuotaError, StorageFullError } from './errors';
import { validateHighlight, type SavedHighlight } from './model';
import { DB_NAME, DB_VERSION, INDEX, STORE, toRecord, upgradeDb, type StoredRecord } from './schema';
import { compileQuery, fold, newestFirst, type SearchQuery } from './search';

export type { SearchQuery } from './search';

export interface MergeResult {
  added: number;
  updated: number;
  /** Already present with the same or a newer `modified`. */
  kept: number;
}

export interface Facet {
  value: string;
  label: string;
  count: number;
}

export interface Library {
  put(h: SavedHighlight): Promise<void>;
  /** All or nothing, in one transaction. */
  putMany(hs: readonly SavedHighlight[]): Promise<void>;
  get(id: string): Promise<SavedHighlight | undefined>;
  /** Returns what was deleted, so that "undo" can put it back. */
  delete(id: string): Promise<SavedHighlight | undefined>;
  /** Highlights filed under a page key (or any of several), in text order. See normalizeUrl. */
  listByPage(urlKey: string | readonly string[]): Promise<SavedHighlight[]>;
  all(opts?: { order?: 'newest' | 'oldest' }): Promise<SavedHighlight[]>;
  /** Newest first. */
  search(q: SearchQuery): Promise<SavedHighlight[]>;
  /** By id, newer `modified` wins, no duplicates; one transaction. */
  merge(hs: readonly SavedHighlight[]): Promise<MergeResult>;
  /** Sites, tags and entities with their counts, for the library page's filters. */
  facets(): Promise<{ sites: Facet[]; tags: Facet[]; entities: Facet[] }>;
  count(): Promise<number>;
  clear(): Promise<void>;
  close(): void;
}

type Db = IDBPDatabase<unknown>;
type WriteStore = IDBPObjectStore<unknown, [string], string, 'readwrite'>;

function openDb(factory: IDBFactory, name: string): Promise<Db> {
  const request = factory.open(name, DB_VERSION);
  let failure: unknown = null;
  request.addEventListener('upgradeneeded', (event) => {
    const tx = wrap(request.transaction!) as unknown as Parameters<typeof upgradeDb>[3];
    upgradeDb(wrap(request.result), event.oldVersion, event.newVersion ?? DB_VERSION, tx).catch((err) => {
      failure = err;
    });
  });
  return (wrap(request) as Promise<Db>).catch((err) => {
    throw failure ?? err;
  });
}

/** Runs `fn` in one readwrite transaction; on any failure the whole transaction is rolled back. */
async function inWrite<T>(db: Db, fn: (store: WriteStore) => Promise<T>): Promise<T> {
  const tx = db.transaction(STORE, 'readwrite');
  try {
    const result = await fn(tx.store as WriteStore);
    await tx.done;
    return result;
  } catch (err) {
    const txError = tx.error;
    try {
      tx.abort();
    } catch {
      // the transaction had already ended
    }
    await tx.done.catch(() => {});
    throw isQuotaError(err) || isQuotaError(txError) ? new StorageFullError(err) : err;
  }
}

/** Issues every put before awaiting any, but never leaves a rejected request unobserved. */
function putAll(store: WriteStore, records: StoredRecord[]): Promise<unknown> {
  const pending: Promise<unknown>[] = [];
  try {
    for (const r of records) {
      const p = store.put(r);
      p.catch(() => {});
      pending.push(p);
    }
  } catch (err) {
    return Promise.reject(err);
  }
  return Promise.all(pending);
}

function counted(map: Map<string, Facet>, value: string, label: string): void {
  const f = map.get(value);
  if (f) f.count++;
  else map.set(value, { value, label, count: 1 });
}

const byCount = (m: Map<string, Facet>) => [...m.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));

export async function openLibrary(name: string = DB_NAME, factory: IDBFactory = globalThis.indexedDB): Promise<Library> {
  if (!factory) throw new Error('IndexedDB is not available here');
  let current: Promise<Db> | null = null;
  // Another connection (an updated extension) asking for a newer layout must not be blocked by us:
  // close, and reopen on the next call, which then sees the new layout.
  const db = (): Promise<Db> => {
    current ??= openDb(factory, name).then((d) => {
      d.addEventListener('versionchange', () => {
        d.close();
        current = null;
      });
      d.addEventListener('close', () => {
        current = null;
      });
      return d;
    });
    current.catch(() => {
      current = null;
    });
    return current;
  };
  await db();

  const records = async (q?: SearchQuery): Promise<StoredRecord[]> => {
    const d = await db();
    const all = q?.entity
      ? ((await d.getAllFromIndex(STORE, INDEX.entity, q.entity)) as StoredRecord[])
      : ((await d.getAll(STORE)) as StoredRecord[]);
    return q ? all.filter(compileQuery(q)) : all;
  };

  const lib: Library = {
    put: (h) => lib.putMany([h]),
    async putMany(hs) {
      const recs = hs.map((h, i) => toRecord(validateHighlight(h, hs.length > 1 ? `[${i}]` : '')));
      await inWrite(await db(), (store) => putAll(store, recs));
    },
    async get(id) {
      const r = (await (await db()).get(STORE, id)) as StoredRecord | undefined;
      return r?.h;
    },
    async delete(id) {
      return inWrite(await db(), async (store) => {
        const r = (await store.get(id)) as StoredRecord | undefined;
        if (r) await store.delete(id);
        return r?.h;
      });
    },
    async listByPage(urlKey) {
      const keys = [...new Set(typeof urlKey === 'string' ? [urlKey] : urlKey)];
      const d = await db();
      const found = new Map<string, StoredRecord>();
      for (const key of keys) {
        for (const r of (await d.getAllFromIndex(STORE, INDEX.page, key)) as StoredRecord[]) found.set(r.id, r);
      }
      const start = (r: StoredRecord) => r.h.target?.selectors?.[1]?.start ?? 0;
      return [...found.values()].sort((a, b) => start(a) - start(b) || a.createdAt - b.createdAt).map((r) => r.h);
    },
    async all(opts) {
      const sorted = (await records()).sort(newestFirst);
      if (opts?.order === 'oldest') sorted.reverse();
      return sorted.map((r) => r.h);
    },
    async search(q) {
      const found = (await records(q)).sort(newestFirst);
      return (q.limit !== undefined ? found.slice(0, Math.max(0, q.limit)) : found).map((r) => r.h);
    },
    async merge(hs) {
      const incoming = new Map<string, SavedHighlight>();
      hs.forEach((h, i) => {
        const v = validateHighlight(h, `[${i}]`);
        const seen = incoming.get(v.id);
        if (!seen || Date.parse(v.modified) > Date.parse(seen.modified)) incoming.set(v.id, v);
      });
      return inWrite(await db(), async (store) => {
        const result: MergeResult = { added: 0, updated: 0, kept: 0 };
        const list = [...incoming.values()];
        const existing = (await Promise.all(list.map((h) => store.get(h.id)))) as Array<StoredRecord | undefined>;
        const writes: StoredRecord[] = [];
        list.forEach((h, i) => {
          const old = existing[i];
          if (!old) result.added++;
          else if (Date.parse(h.modified) > Date.parse(old.h.modified)) result.updated++;
          else return void result.kept++;
          writes.push(toRecord(h));
        });
        await putAll(store, writes);
        return result;
      });
    },
    async facets() {
      const sites = new Map<string, Facet>();
      const tags = new Map<string, Facet>();
      const entities = new Map<string, Facet>();
      for (const r of await records()) {
        if (r.site) counted(sites, r.site, r.h.page?.siteName || r.site);
        for (const t of r.h.tags ?? []) counted(tags, fold(t), t);
        for (const e of r.h.entities ?? []) counted(entities, e.key, e.name);
      }
      return { sites: byCount(sites), tags: byCount(tags), entities: byCount(entities) };
    },
    async count() {
      return (await db()).count(STORE);
    },
    async clear() {
      await inWrite(await db(), (store) => store.clear());
    },
    close() {
      void current?.then((d) => d.close());
      current = null;
    },
  };
  return lib;
}
