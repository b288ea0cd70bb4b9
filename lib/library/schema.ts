// The IndexedDB layout of the library and the steps from each earlier layout to the current one.
// Extension updates keep the database, so every layout ever shipped must still open: a new layout
// adds a step here (and a test that writes the old shape and reads it back through the new one).
//
// v1: store "highlights", one bare SavedHighlight per record, indexed by source URL and creation time.
// v2: store "annotations", each highlight wrapped with the keys it is found by (page keys for URL
//     variants, entity keys, site, creation time as a number), so lookups use indexes, not scans.
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { SavedHighlight } from './model';
import { normalizeUrl, siteOf } from './url';

export const DB_NAME = 'attache-library';
export const DB_VERSION = 2;
export const STORE = 'annotations';
export const V1_STORE = 'highlights';

/** One stored highlight: the highlight itself, untouched, and the keys derived from it. */
export interface StoredRecord {
  id: string;
  /** normalizeUrl of the canonical source and of the visited address (both find the page). */
  pageKeys: string[];
  entityKeys: string[];
  site: string;
  /** Milliseconds since the epoch, so that ordering does not depend on how the ISO string is written. */
  createdAt: number;
  h: SavedHighlight;
}

export const INDEX = { page: 'page', created: 'created', tag: 'tag', entity: 'entity', site: 'site' } as const;

type Db = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

const unique = (xs: string[]) => [...new Set(xs.filter(Boolean))];

/** Derived keys never throw: a record that is odd in some way is still kept, only found by fewer routes. */
export function toRecord(h: SavedHighlight): StoredRecord {
  const source = typeof h?.target?.source === 'string' ? h.target.source : '';
  const visited = typeof h?.target?.visitedUrl === 'string' ? h.target.visitedUrl : '';
  const created = Date.parse(h?.created);
  return {
    id: h.id,
    pageKeys: unique([source && normalizeUrl(source), visited && normalizeUrl(visited)]),
    entityKeys: unique(Array.isArray(h?.entities) ? h.entities.map((e) => (typeof e?.key === 'string' ? e.key : '')) : []),
    site: source ? siteOf(source) : '',
    createdAt: Number.isFinite(created) ? created : 0,
    h,
  };
}

function createV1(db: Db): void {
  const s = db.createObjectStore(V1_STORE, { keyPath: 'id' });
  s.createIndex('source', 'target.source');
  s.createIndex('created', 'created');
}

async function v1ToV2(db: Db, tx: UpgradeTx): Promise<void> {
  const s = db.createObjectStore(STORE, { keyPath: 'id' });
  s.createIndex(INDEX.page, 'pageKeys', { multiEntry: true });
  s.createIndex(INDEX.created, 'createdAt');
  s.createIndex(INDEX.tag, 'h.tags', { multiEntry: true });
  s.createIndex(INDEX.entity, 'entityKeys', { multiEntry: true });
  s.createIndex(INDEX.site, 'site');
  const old = tx.objectStore(V1_STORE);
  const records = (await old.getAll()) as SavedHighlight[];
  const target = tx.objectStore(STORE);
  await Promise.all(records.map((h) => target.put(toRecord(h))));
  db.deleteObjectStore(V1_STORE);
}

/** Step n turns layout n-1 into layout n; step 1 creates the first layout on a fresh install. */
const STEPS: Record<number, (db: Db, tx: UpgradeTx) => void | Promise<void>> = {
  1: createV1,
  2: v1ToV2,
};

/** Runs every step from oldVersion to newVersion inside the upgrade transaction; any failure aborts it all. */
export async function upgradeDb(db: Db, oldVersion: number, newVersion: number, tx: UpgradeTx): Promise<void> {
  try {
    for (let v = oldVersion + 1; v <= newVersion; v++) {
      const step = STEPS[v];
      if (!step) throw new Error(`no migration to library layout ${v}`);
      await step(db, tx);
    }
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // already finished
    }
    throw err;
  }
}
