// @vitest-environment node
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../lib/library/errors';
import { toAnnotationCollection, toJsonLd } from '../../lib/library/export';
import { importBackup, MAX_IMPORT_BYTES, parseImport, readImportFile } from '../../lib/library/import';
import { openLibrary } from '../../lib/library/store';
import { generateHighlights, goldenFixture, makeHighlight } from './fixtures';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const backupDoc = (): Json => JSON.parse(toJsonLd(goldenFixture()));
const text = (doc: unknown) => JSON.stringify(doc);

function refusal(input: string): ImportError {
  try {
    parseImport(input);
  } catch (err) {
    expect(err).toBeInstanceOf(ImportError);
    return err as ImportError;
  }
  throw new Error('the import was accepted');
}

describe('parseImport refuses bad files with a message', () => {
  const full = toJsonLd(goldenFixture());
  it.each<[string, () => string, RegExp]>([
    ['truncated JSON', () => full.slice(0, Math.floor(full.length / 2)), /not valid JSON; it may be truncated/],
    ['an empty file', () => '', /empty/],
    ['a foreign JSON file', () => '{"name":"my-app","version":"1.0.0","dependencies":{}}', /not an Attaché backup/],
    ['a JSON array', () => '[1,2,3]', /not an Attaché backup/],
    ['a bare string', () => '"hello"', /not an Attaché backup/],
    ['another program’s Web Annotation collection', () => {
      const d = backupDoc();
      delete d['attache:version'];
      return text(d);
    }, /not an Attaché backup.*another program/],
    ['an unknown (newer) version', () => text({ ...backupDoc(), 'attache:version': 99 }), /newer version of Attaché \(backup format 99/],
    ['a nonsense version', () => text({ ...backupDoc(), 'attache:version': 'one' }), /unknown backup version "one"/],
    ['a newer highlight format inside', () => {
      const d = backupDoc();
      d.first.items[1]['attache:highlight'].schemaVersion = 2;
      return text(d);
    }, /first\.items\[1\]\.schemaVersion: written by a newer Attaché/],
    ['a wrong type: quote as a number', () => {
      const d = backupDoc();
      d.first.items[2].target.selector[0].exact = 42;
      return text(d);
    }, /first\.items\[2\]\.target\.selectors\[0\]\.exact: expected a string, got number/],
    ['a wrong type: tags as text', () => {
      const d = backupDoc();
      d.first.items[0].body[1] = { type: 'TextualBody', purpose: 'tagging', value: null };
      return text(d);
    }, /first\.items\[0\]\.tags\[0\]: expected a string, got null/],
    ['a wrong type: position as a string', () => {
      const d = backupDoc();
      d.first.items[0].target.selector[1].start = '412';
      return text(d);
    }, /selectors\[1\]\.start: expected a whole number ≥ 0, got string/],
    ['a bad date', () => {
      const d = backupDoc();
      d.first.items[3].created = 'yesterday';
      return text(d);
    }, /first\.items\[3\]\.created: expected an ISO 8601 time, got "yesterday"/],
    ['a bad id', () => {
      const d = backupDoc();
      d.first.items[0].id = 'urn:uuid:not-a-uuid';
      return text(d);
    }, /first\.items\[0\]\.id: expected a UUID/],
    ['a missing annotation part', () => {
      const d = backupDoc();
      delete d.first.items[4]['attache:highlight'];
      return text(d);
    }, /first\.items\[4\]: has no "attache:highlight" part/],
    ['items cut off (total disagrees)', () => {
      const d = backupDoc();
      d.first.items.pop();
      return text(d);
    }, /total: the backup says it holds 5 highlights but has 4/],
    ['a paged collection', () => {
      const d = backupDoc();
      d.first.next = 'page2.json';
      return text(d);
    }, /first\.next: backups split over several pages/],
  ])('%s', (_label, make, message) => {
    expect(refusal(make()).message).toMatch(message);
  });

  it('a 50 MB file, checked by size before parsing', () => {
    // Valid JSON, so only the size check can refuse it.
    const big = `{"pad":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`;
    const err = refusal(big);
    expect(err.message).toMatch(/The file is 50\.0 MB; Attaché imports backups smaller than 50\.0 MB/);
  });

  it('counts bytes, not characters: 20 M three-byte characters are 60 MB', () => {
    const err = refusal(`"${'€'.repeat(20 * 1024 * 1024)}"`);
    expect(err.message).toMatch(/The file is 60\.0 MB/);
  });

  it('a picked file over the limit is refused without being read', async () => {
    let read = false;
    const file = { size: 80 * 1024 * 1024, text: async () => ((read = true), '') } as unknown as Blob;
    await expect(readImportFile(file)).rejects.toThrow(/The file is 80\.0 MB/);
    expect(read).toBe(false);
  });

  it('accepts a byte-order mark and a bare backup of no highlights', () => {
    expect(parseImport(`\ufeff${toJsonLd([])}`)).toEqual([]);
  });

  it('reads a picked file', async () => {
    expect(await readImportFile(new Blob([toJsonLd(goldenFixture())]))).toEqual(goldenFixture());
  });
});

describe('importBackup leaves the library unchanged unless the whole file is good', () => {
  const bad: Array<[string, string]> = [
    ['truncated JSON', toJsonLd(generateHighlights(20, 9)).slice(0, -40)],
    ['wrong types', (() => {
      const d: Json = toAnnotationCollection(generateHighlights(20, 9));
      d.first.items[19].target.selector[1].end = -1;
      return text(d);
    })()],
    ['unknown version', text({ ...toAnnotationCollection(generateHighlights(20, 9)), 'attache:version': 3 })],
    ['a 50 MB file', `{"pad":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`],
  ];

  it.each(bad)('%s', async (_label, file) => {
    const lib = await openLibrary('lib', new IDBFactory());
    const before = generateHighlights(30, 8);
    await lib.putMany(before);
    const snapshot = await lib.all();
    await expect(importBackup(lib, file)).rejects.toBeInstanceOf(ImportError);
    expect(await lib.all()).toEqual(snapshot);
    lib.close();
  });

  it('a good file merges by id: new ones added, edited ones updated, none duplicated', async () => {
    const lib = await openLibrary('lib', new IDBFactory());
    const mine = goldenFixture();
    await lib.putMany(mine);
    const theirs = [{ ...mine[0], note: 'edited on the laptop', modified: '2025-01-01T00:00:00.000Z' }, ...mine.slice(1), makeHighlight()];
    expect(await importBackup(lib, toJsonLd(theirs))).toEqual({ added: 1, updated: 1, kept: 4 });
    expect(await lib.count()).toBe(6);
    expect((await lib.get(mine[0].id))?.note).toBe('edited on the laptop');
    // Importing the same file again changes nothing.
    expect(await importBackup(lib, toJsonLd(theirs))).toEqual({ added: 0, updated: 0, kept: 6 });
    lib.close();
  });
});

describe('parseImport never fails other than with ImportError (property tests)', () => {
  const onlyImportErrors = (input: string) => {
    try {
      parseImport(input);
    } catch (err) {
      if (!(err instanceof ImportError)) throw err;
      expect(err.message.length).toBeGreaterThan(0);
    }
  };
  const valid = toJsonLd(goldenFixture());

  it('random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), onlyImportErrors), { seed: 20240502, numRuns: 300 });
  });

  it('random JSON values', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 5 }), (v) => onlyImportErrors(JSON.stringify(v))), { seed: 7, numRuns: 300 });
  });

  it('a backup truncated anywhere is refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: valid.length - 2 }), (cut) => {
        expect(() => parseImport(valid.slice(0, cut))).toThrow(ImportError);
      }),
      { seed: 11, numRuns: 200 },
    );
  });

  it('a backup with one value anywhere replaced by random JSON parses or is refused cleanly', () => {
    const paths: Array<Array<string | number>> = [];
    const walk = (v: unknown, path: Array<string | number>) => {
      paths.push(path);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => walk(x, [...path, k]));
    };
    walk(JSON.parse(valid), []);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 3 }), (path, value) => {
        const doc = JSON.parse(valid);
        if (!path.length) return onlyImportErrors(JSON.stringify(value));
        let node = doc;
        for (const k of path.slice(0, -1)) node = node[k];
        node[path[path.length - 1]] = value;
        try {
          // Whatever is accepted is fully valid: it survives a second round trip unchanged.
          const hs = parseImport(JSON.stringify(doc));
          expect(parseImport(toJsonLd(hs))).toEqual(hs);
        } catch (err) {
          if (!(err instanceof ImportError)) throw err;
        }
      }),
      { seed: 42, numRuns: 400 },
    );
  });
});
