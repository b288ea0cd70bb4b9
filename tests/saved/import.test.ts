// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportError } from '../../lib/saved/errors';
import { toBackup, toJsonLd } from '../../lib/saved/export-jsonld';
import { MAX_IMPORT_BYTES, mergeImport, parseImport } from '../../lib/saved/import';
import { openLibrary, type LibraryStore } from '../../lib/saved/store';
import type { SavedHighlight } from '../../lib/saved/model';
import { generate, highlight } from './fixtures';

let store: LibraryStore;
afterEach(() => {
  vi.restoreAllMocks();
  store?.close();
});

const seeded = async () => {
  store = await openLibrary({ indexedDB: new IDBFactory() });
  const hs = generate(30, 9);
  await store.putMany(hs);
  return hs;
};

/** Tries an import the way the library page does: parse everything, then merge. */
async function tryImport(text: string): Promise<unknown> {
  try {
    await mergeImport(store, parseImport(text));
    return null;
  } catch (e) {
    return e;
  }
}

const backup = () => JSON.parse(toJsonLd(generate(3, 1)));
const big = () => {
  const doc = toJsonLd(generate(1, 1));
  return doc.replace('"label"', `"padding": "${'x'.repeat(MAX_IMPORT_BYTES)}",\n  "label"`);
};

describe('malformed imports are refused with a message and the library unchanged', () => {
  it.each<[string, () => string, RegExp]>([
    ['truncated JSON', () => toJsonLd(generate(5, 2)).slice(0, 3000), /cut short \(truncated\)/],
    ['empty file', () => '', /truncated/],
    ['not JSON at all', () => 'hello, world', /not valid JSON/],
    ['a foreign JSON file', () => JSON.stringify({ name: 'my-package', version: '1.0.0' }), /not an Attaché backup/],
    ['a Web Annotation file from another tool', () => JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { items: [] } }), /not an Attaché backup/],
    ['an unknown (newer) backup version', () => JSON.stringify({ ...backup(), 'attache:backup': { format: 'attache-highlights', version: 9 } }), /newer version of Attaché \(format 9\)/],
    ['an unknown record version', () => {
      const d = backup();
      d.first.items[1]['attache:highlight'].version = 2;
      return JSON.stringify(d);
    }, /items\[1\]\.attache:highlight\.version: unknown highlight version 2/],
    ['wrong types: a number as quote', () => {
      const d = backup();
      d.first.items[2].target.selector[0].exact = 42;
      return JSON.stringify(d);
    }, /items\[2\]\.target\.selectors\[0\]\.exact: expected a string/],
    ['wrong types: tags as a string', () => {
      const d = backup();
      d.first.items[0].body = 'tag';
      return JSON.stringify(d);
    }, /items\[0\]\.body: expected an array/],
    ['wrong types: a javascript: address', () => {
      const d = backup();
      d.first.items[0]['attache:highlight'].url = 'javascript:alert(1)';
      return JSON.stringify(d);
    }, /items\[0\]\.target\.url: expected an http\(s\) address/],
    ['items missing from the end', () => {
      const d = backup();
      d.first.items.pop();
      return JSON.stringify(d);
    }, /holds 3 highlights but contains 2/],
    ['a file over 50 MB', big, /is 50\.0 MB; Attaché imports backups of up to 50 MB/],
  ])('%s', async (_label, make, message) => {
    const before = await seeded();
    const err = await tryImport(make());
    expect(err).toBeInstanceOf(ImportError);
    expect((err as Error).message).toMatch(message);
    expect(await store.all()).toStrictEqual([...before].sort((a, b) => (a.created < b.created ? 1 : -1)));
  });

  it('a valid file with one bad record imports none of it', async () => {
    await seeded();
    const fresh = generate(20, 77);
    const d = toBackup(fresh);
    (d.first.items[19] as { created: string }).created = 'yesterday';
    expect(await tryImport(JSON.stringify(d))).toBeInstanceOf(ImportError);
    for (const h of fresh) expect(await store.get(h.id)).toBeUndefined();
  });
});

describe('mergeImport', () => {
  it('merges by id without duplicates; the newer modified wins', async () => {
    const before = await seeded();
    const edited = { ...before[0], note: 'edited later', modified: '2099-01-01T00:00:00.000Z' };
    const stale = { ...before[1], note: 'older copy', modified: '2000-01-01T00:00:00.000Z' };
    const added = highlight({ id: '11111111-1111-4111-8111-111111111111' });
    const text = toJsonLd([edited, stale, added, before[2], { ...edited, note: 'dup, older', modified: '2098-01-01T00:00:00.000Z' }]);
    const counts = await mergeImport(store, parseImport(text));
    expect(counts).toEqual({ added: 1, updated: 1, unchanged: 2 });
    expect(await store.count()).toBe(before.length + 1);
    expect((await store.get(before[0].id))?.note).toBe('edited later');
    expect(await store.get(before[1].id)).toStrictEqual(before[1]);
    expect(await store.get(added.id)).toStrictEqual(added);
    // Importing the same file again changes nothing.
    expect(await mergeImport(store, parseImport(text))).toEqual({ added: 0, updated: 0, unchanged: 4 });
  });
});

describe('an import that fails halfway through its write', () => {
  // The file is valid, so the failure comes from the store while the merge transaction is writing:
  // some records were already put when it throws. The transaction must take all of them back.
  const newest = (hs: SavedHighlight[]) => [...hs].sort((a, b) => (a.created < b.created ? 1 : -1));

  async function failingAt(n: number, how: (tx: IDBTransaction) => void) {
    const before = await seeded();
    const incoming = [
      { ...before[0], note: 'edited by the import', modified: '2099-01-01T00:00:00.000Z' },
      ...generate(12, 31),
      { ...before[5], tags: ['imported'], modified: '2099-01-02T00:00:00.000Z' },
    ];
    const text = toJsonLd(incoming);
    const { IDBObjectStore } = await import('fake-indexeddb');
    const real = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++puts === n) how(this.transaction);
      return real.apply(this, args);
    });
    const err = await tryImport(text);
    expect(puts, 'the failure came after some records were put').toBeGreaterThanOrEqual(n);
    vi.restoreAllMocks();
    return { before, err, incoming };
  }

  it('a write that throws midway (the 8th of 14 puts) leaves the library exactly as it was', async () => {
    const { before, err, incoming } = await failingAt(8, () => {
      throw new DOMException('The disk said no', 'UnknownError');
    });
    expect(err).toBeInstanceOf(Error);
    expect(await store.all()).toStrictEqual(newest(before));
    for (const h of incoming.slice(1, -1)) expect(await store.get(h.id)).toBeUndefined();
  });

  it('a transaction aborted while its writes are pending (from the 5th of 14 puts) leaves the library exactly as it was', async () => {
    const { before, err } = await failingAt(5, (tx) => {
      // What a browser does when the write fails inside IndexedDB (I/O error, crash of the backing store).
      Promise.resolve().then(() => (tx as IDBTransaction & { _abort?: (name: string) => void })._abort?.('UnknownError'));
    });
    expect(err).toBeInstanceOf(Error);
    expect(await store.all()).toStrictEqual(newest(before));
    expect(await store.count()).toBe(before.length);
  });

  it('the same import, without the fault, does write (the fault is what kept it out)', async () => {
    const before = await seeded();
    const incoming = [{ ...before[0], note: 'edited by the import', modified: '2099-01-01T00:00:00.000Z' }, ...generate(12, 31)];
    expect(await tryImport(toJsonLd(incoming))).toBeNull();
    expect(await store.count()).toBe(before.length + 12);
    expect((await store.get(before[0].id))?.note).toBe('edited by the import');
  });
});

describe('parseImport on arbitrary input', () => {
  const onlyImportErrors = (text: string) => {
    try {
      parseImport(text);
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
    }
  };

  it('never throws anything but ImportError (random text and JSON)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify(v))), onlyImportErrors),
      { seed: 20240501, numRuns: 300 },
    );
  });

  it('never throws anything but ImportError (a real backup with one value replaced)', () => {
    const doc = JSON.parse(toJsonLd(generate(2, 3)));
    const paths: Array<Array<string | number>> = [];
    const walk = (x: unknown, p: Array<string | number>) => {
      paths.push(p);
      if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) walk(v, [...p, Array.isArray(x) ? Number(k) : k]);
    };
    walk(doc, []);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: paths.length - 1 }), fc.jsonValue(), (i, value) => {
        const copy = structuredClone(doc);
        const p = paths[i];
        let o = copy;
        for (const k of p.slice(0, -1)) o = o[k];
        o[p[p.length - 1]] = value;
        onlyImportErrors(JSON.stringify(copy));
      }),
      { seed: 7, numRuns: 400 },
    );
  });
});
