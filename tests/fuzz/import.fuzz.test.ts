// Property tests for the backup import parser: random text, random JSON and damaged real backups are
// refused with an ImportError (and nothing else), or give highlights that pass the record validator;
// an intact backup always reads back to exactly the highlights written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../lib/saved/errors';
import { toJsonLd } from '../../lib/saved/export-jsonld';
import { parseImport } from '../../lib/saved/import';
import { validateHighlight, type SavedHighlight } from '../../lib/saved/model';
import { highlight } from '../saved/fixtures';
import { anyText, runs } from './settings';

const NOW = new Date('2024-06-01T12:00:00.000Z');

/** parseImport's result, or the error it threw; anything but an ImportError fails the property. */
function attempt(text: string): SavedHighlight[] | ImportError {
  try {
    const out = parseImport(text);
    for (const h of out) expect(validateHighlight(JSON.parse(JSON.stringify(h)))).toEqual(h);
    return out;
  } catch (err) {
    expect(err).toBeInstanceOf(ImportError);
    expect((err as Error).message.length).toBeGreaterThan(0);
    return err as ImportError;
  }
}

const uuid = fc.uuid({ version: 4 });
const savedHighlight = fc
  .record({ id: uuid, quote: fc.string({ minLength: 1, maxLength: 80 }).filter((q) => q.trim().length > 0), note: fc.string({ maxLength: 100 }), tag: fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/) })
  .map(({ id, quote, note, tag }) => highlight({ id, quote, note, tags: [tag] }))
  .filter((h) => {
    try {
      validateHighlight(h);
      return true;
    } catch {
      return false;
    }
  });

// A JSON path edit: delete a key, or replace a value with anything.
type Json = unknown;
function mutate(doc: Json, path: number[], replacement: Json, remove: boolean): Json {
  if (!path.length || typeof doc !== 'object' || doc === null) return remove ? undefined : replacement;
  const keys = Object.keys(doc);
  if (!keys.length) return replacement;
  const key = keys[path[0] % keys.length];
  const copy: any = Array.isArray(doc) ? [...doc] : { ...doc };
  const next = mutate(copy[key], path.slice(1), replacement, remove);
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy;
}

describe('backup import (fast-check)', () => {
  it('random text and random JSON: an ImportError or valid highlights, never a crash', () => {
    fc.assert(fc.property(fc.oneof(anyText, fc.json(), fc.jsonValue().map((v) => JSON.stringify(v))), (t) => void attempt(t)), runs(500));
  });

  it('an intact backup reads back to exactly what was written', () => {
    fc.assert(
      fc.property(fc.uniqueArray(savedHighlight, { selector: (h) => h.id, maxLength: 5 }), (hs) => {
        expect(parseImport(toJsonLd(hs, NOW))).toEqual(hs);
      }),
      runs(150),
    );
  });

  it('a backup cut short anywhere is refused with an ImportError', () => {
    fc.assert(
      fc.property(fc.uniqueArray(savedHighlight, { selector: (h) => h.id, minLength: 1, maxLength: 3 }), fc.double({ min: 0, max: 1, noNaN: true }), (hs, at) => {
        const text = toJsonLd(hs, NOW);
        const cut = Math.floor(at * (text.trimEnd().length - 1));
        expect(attempt(text.slice(0, cut))).toBeInstanceOf(ImportError);
      }),
      runs(200),
    );
  });

  it('a backup with one field deleted or replaced: an ImportError or valid highlights', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(savedHighlight, { selector: (h) => h.id, minLength: 1, maxLength: 3 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 7 }),
        fc.jsonValue(),
        fc.boolean(),
        (hs, path, replacement, remove) => {
          const damaged = mutate(JSON.parse(toJsonLd(hs, NOW)), path, replacement, remove);
          void attempt(JSON.stringify(damaged) ?? '');
        },
      ),
      runs(400),
    );
  });
});
