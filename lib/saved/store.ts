// The reader's library in IndexedDB (the extension's origin: background and library page share it).
// Every write is one transaction, so a failure (a full disk above all) leaves nothing half-written,
// and a full disk comes back as StorageFullError with a message the page can show as it is.
import { wrap, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import { isQuotaError, StorageFullError } from './errors';
import { validateHighlight, type SavedHighlight } from './model';
import { DB_VERSION, fromStored, STORE, toStored, upgrade, type LibrarySchema, type UpgradeDb, type UpgradeTx } from './schema';
import { matchesQuery, newestFirst, type SearchQuery } from './search';

export const DEFAULT_DB_NAME = 'attache-library';

export interface OpenOptions {
  name?: string;
  /** Tests pass `new IDBFactory()` from fake-indexeddb; the extension uses the global one. */
  indexedDB?: IDBFactory;
}

/** What the merge callback decides for one incoming record: write this, or leave the stored one. */
export type MergeChoice = (incoming: SavedHighlight, existing: SavedHighlight | undefined) => SavedHighlight | null;

export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface LibraryStore {
  /** Adds or replaces one highlight. Throws ImportError for a malformed record, StorageFullError when full. */
  put(h: SavedHighlight): Promise<void>;
  /** All or nothing, in one transaction. */
  putMany(hs: SavedHighlight[]): Promise<void>;
  /** Reads the stored records and writes what `choose` returns, all in one transaction. */
  merge(hs: SavedHighlight[], choose: MergeChoice): Promise<MergeCounts>;
  get(id: string): Promise<SavedHighlight | undefined>;
  /** Returns the deleted record so the caller can offer undo (put it back). */
  delete(id: string): Promise<SavedHighlight | undefined>;
  /** Highlights whose target.source is this pageKey(), in text order. */
  listByPage(key: string): Promise<SavedHighlight[]>;
  /** Newest first. */
  all(): Promise<SavedHighlight[]>;
  search(q: SearchQuery): Promise<SavedHighlight[]>;
  count(): Promise<number>;
  clear(): Promise<void>;
  close(): void;
}

type WriteStore = IDBPObjectStore<LibrarySchema, ['highlights'], 'highlights', 'readwrite'>;

export async function openLibrary(opts: OpenOptions = {}): Promise<LibraryStore> {
  const factory = opts.indexedDB ?? globalThis.indexedDB;
  if (!factory) throw new Error('IndexedDB is not available here.');
  const req = factory.open(opts.name ?? DEFAULT_DB_NAME, DB_VERSION);
  req.onupgradeneeded = (e) => {
    const tx = wrap(req.transaction!) as unknown as UpgradeTx;
    upgrade(wrap(req.result) as unknown as UpgradeDb, e.oldVersion, e.newVersion ?? DB_VERSION, tx);
  };
  const db = (await wrap(req)) as unknown as IDBPDatabase<LibrarySchema>;
  // A newer version of the extension wants to upgrade: step aside rather than block it.
  db.addEventListener('versionchange', () => db.close());
  return libraryOn(db);
}

function libraryOn(db: IDBPDatabase<LibrarySchema>): LibraryStore {
  async function write<T>(body: (store: WriteStore, pending: Promise<unknown>[]) => T): Promise<Awaited<T>> {
    const tx = db.transaction(STORE, 'readwrite');
    const pending: Promise<unknown>[] = [];
    try {
      const result = await body(tx.store, pending);
      await Promise.all([...pending, tx.done]);
      return result;
    } catch (err) {
      try {
        tx.abort();
      } catch {
        // Already aborted by the failed request.
      }
      await Promise.allSettled([...pending, tx.done]);
      const cause = isQuotaError(err) ? err : tx.error;
      throw isQuotaError(cause) ? new StorageFullError(cause) : err;
    }
  }

  const putAll = async (hs: SavedHighlight[]) => {
    // Validate everything before the transaction starts: a bad record must not abort halfway.
    const clean = hs.map((h, i) => validateHighlight(h, hs.length === 1 ? 'highlight' : `highlights[${i}]`));
    return write((store, pending) => {
      for (const h of clean) pending.push(store.put(toStored(h)));
    });
  };

  const byNewest = (rs: Array<Parameters<typeof fromStored>[0]>) => rs.map(fromStored).sort(newestFirst);

  return {
    put: (h) => putAll([h]),
    putMany: (hs) => putAll(hs),
    async merge(hs, choose) {
      const clean = hs.map((h, i) => validateHighlight(h, `highlights[${i}]`));
      return write(async (store, pending) => {
        const counts: MergeCounts = { added: 0, updated: 0, unchanged: 0 };
        const olds = await Promise.all(clean.map((h) => store.get(h.id)));
        clean.forEach((h, i) => {
          const old = olds[i] ? fromStored(olds[i]!) : undefined;
          const chosen = choose(h, old);
          if (!chosen) return void counts.unchanged++;
          counts[old ? 'updated' : 'added']++;
          pending.push(store.put(toStored(validateHighlight(chosen))));
        });
        return counts;
      });
    },
    async get(id) {
      const r = await db.get(STORE, id);
      return r && fromStored(r);
    },
    delete: (id) =>
      write(async (store, pending) => {
        const r = await store.get(id);
        if (r) pending.push(store.delete(id));
        return r && fromStored(r);
      }),
    async listByPage(key) {
      const rs = await db.getAllFromIndex(STORE, 'by-page', key);
      return rs.map(fromStored).sort((a, b) => a.target.selectors[1].start - b.target.selectors[1].start);
    },
    all: async () => byNewest(await db.getAll(STORE)),
    async search(q) {
      // Narrow with an index when a filter has one; the predicate then applies every filter.
      const rs = q.entity
        ? await db.getAllFromIndex(STORE, 'by-entity', q.entity)
        : q.tag
          ? await db.getAllFromIndex(STORE, 'by-tag', q.tag)
          : await db.getAll(STORE);
      return byNewest(rs).filter((h) => matchesQuery(h, q));
    },
    count: () => db.count(STORE),
    clear: () => write((store, pending) => void pending.push(store.clear())),
    close: () => db.close(),
  };
}
