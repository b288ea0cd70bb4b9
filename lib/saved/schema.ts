// The IndexedDB layout and how each older layout is brought up to date. Migrations run inside the
// browser's upgrade transaction, so an extension update either migrates every record or none; a
// migration may add indexes and derived fields but never drops a field of the reader's records.
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import { entityId, type SavedHighlight } from './model';

export const STORE = 'highlights';
export const DB_VERSION = 2;

/** A record as stored: the highlight plus keys derived from it for the indexes. */
export interface StoredHighlight extends SavedHighlight {
  /** entityId() of each entity, for the multiEntry index (IndexedDB cannot index inside objects). */
  entityKeys: string[];
}

export interface LibrarySchema extends DBSchema {
  highlights: {
    key: string;
    value: StoredHighlight;
    indexes: { 'by-page': string; 'by-created': string; 'by-tag': string; 'by-entity': string };
  };
}

export type UpgradeDb = IDBPDatabase<LibrarySchema>;
export type UpgradeTx = IDBPTransaction<LibrarySchema, 'highlights'[], 'versionchange'>;

export function toStored(h: SavedHighlight): StoredHighlight {
  return { ...h, entityKeys: [...new Set(h.entities.map(entityId))] };
}

export function fromStored(r: StoredHighlight): SavedHighlight {
  const { entityKeys: _derived, ...h } = r;
  return h;
}

/**
 * MIGRATIONS[n] takes the database from version n to n + 1.
 * v1 (first release): records keyed by id, indexes by page key and by creation time.
 * v2: tag and entity filters get multiEntry indexes; entity keys are derived for existing records.
 */
export const MIGRATIONS: Array<(db: UpgradeDb, tx: UpgradeTx) => Promise<void> | void> = [
  (db) => {
    const store = db.createObjectStore(STORE, { keyPath: 'id' });
    store.createIndex('by-page', 'target.source');
    store.createIndex('by-created', 'created');
  },
  async (_db, tx) => {
    const store = tx.objectStore(STORE);
    store.createIndex('by-tag', 'tags', { multiEntry: true });
    store.createIndex('by-entity', 'entityKeys', { multiEntry: true });
    for (let c = await store.openCursor(); c; c = await c.continue()) {
      await c.update(toStored(c.value));
    }
  },
];

/** Runs the migrations from `from` up to `to`; aborts the upgrade (old data kept) if one fails. */
export function upgrade(db: UpgradeDb, from: number, to: number, tx: UpgradeTx): void {
  const steps = MIGRATIONS.slice(from, to);
  (async () => {
    for (const step of steps) await step(db, tx);
  })().catch(() => {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: the open request reports the failure.
    }
  });
}
