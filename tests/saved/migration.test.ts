// @vitest-environment node
// The first schema (v1) as an older extension wrote it, opened by the current code: nothing lost.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS } from '../../lib/saved/schema';
import { openLibrary } from '../../lib/saved/store';
import { generate } from './fixtures';

async function writeV1(factory: IDBFactory, name: string, records: object[]) {
  globalThis.indexedDB = factory;
  // v1 exactly as first released: the store and its two indexes, records without derived keys.
  const db = await openDB(name, 1, {
    upgrade(d) {
      const s = d.createObjectStore('highlights', { keyPath: 'id' });
      s.createIndex('by-page', 'target.source');
      s.createIndex('by-created', 'created');
    },
  });
  const tx = db.transaction('highlights', 'readwrite');
  await Promise.all([...records.map((r) => tx.store.put(r)), tx.done]);
  db.close();
}

describe('schema migrations', () => {
  it('has one migration per version', () => {
    expect(MIGRATIONS).toHaveLength(DB_VERSION);
  });

  it('v1 → current keeps every field of every record and indexes them', async () => {
    const factory = new IDBFactory();
    const v1 = generate(300, 11);
    await writeV1(factory, 'old', structuredClone(v1));
    const lib = await openLibrary({ indexedDB: factory, name: 'old' });
    const back = await lib.all();
    expect(back).toHaveLength(v1.length);
    const byId = new Map(back.map((h) => [h.id, h]));
    for (const h of v1) expect(byId.get(h.id)).toStrictEqual(h);
    // The indexes v2 added work on migrated records.
    const withAl = v1.filter((h) => h.entities.some((e) => e.key === 'AL')).map((h) => h.id).sort();
    expect((await lib.search({ entity: 'country:AL' })).map((h) => h.id).sort()).toEqual(withAl);
    const tagged = v1.filter((h) => h.tags.includes('energy')).map((h) => h.id).sort();
    expect(tagged.length).toBeGreaterThan(0);
    expect((await lib.search({ tag: 'energy' })).map((h) => h.id).sort()).toEqual(tagged);
    lib.close();
    const raw = await new Promise<IDBDatabase>((ok, ko) => {
      const r = factory.open('old');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => ko(r.error);
    });
    expect(raw.version).toBe(DB_VERSION);
    expect([...raw.transaction('highlights').objectStore('highlights').indexNames].sort()).toEqual(['by-created', 'by-entity', 'by-page', 'by-tag']);
    raw.close();
  });
});
