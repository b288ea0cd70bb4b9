// Property tests for message validation: every receiver parses untrusted input with lib/messages, so
// the parsers must never throw, must only accept what matches the declared shapes, and must accept
// every well-formed message unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isFromExtension,
  parseBackgroundRequest,
  parseContentRequest,
  parsePageResults,
  parseScrollResult,
} from '../../lib/messages';
import { runs } from './settings';

const PARSERS = { parseContentRequest, parseBackgroundRequest, parsePageResults, parseScrollResult };
const TYPES = ['attache:get-results', 'attache:set-highlights', 'attache:toggle-highlights', 'attache:scroll-to', 'attache:analyze', 'attache:page-results'];

// Objects that look almost right: a real type with random fields, and random values everywhere.
const nearMiss = fc.record({
  type: fc.oneof(fc.constantFrom(...TYPES), fc.string()),
  on: fc.anything(),
  force: fc.anything(),
  entityType: fc.oneof(fc.constantFrom('official', 'country'), fc.anything()),
  key: fc.oneof(fc.string({ maxLength: 300 }), fc.anything()),
  count: fc.anything(),
  isArticle: fc.anything(),
  found: fc.anything(),
  index: fc.anything(),
  total: fc.anything(),
}, { requiredKeys: ['type'] });
const hostile = fc.oneof(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }), nearMiss);

const validContent = fc.oneof(
  fc.constant({ type: 'attache:get-results' as const }),
  fc.constant({ type: 'attache:toggle-highlights' as const }),
  fc.boolean().map((on) => ({ type: 'attache:set-highlights' as const, on })),
  fc.boolean().map((force) => ({ type: 'attache:analyze' as const, force })),
  fc.record({ type: fc.constant('attache:scroll-to' as const), entityType: fc.constantFrom('official' as const, 'country' as const), key: fc.string({ minLength: 1, maxLength: 200 }) }),
);

describe('message validation (fast-check)', () => {
  it('no parser throws on anything, and what one accepts parses again to itself', () => {
    fc.assert(
      fc.property(hostile, (x) => {
        for (const parse of Object.values(PARSERS)) {
          const out = (parse as (x: unknown) => unknown)(x);
          if (out !== null) expect((parse as (x: unknown) => unknown)(out)).toEqual(out);
        }
      }),
      runs(1000),
    );
  });

  it('a content request is accepted only with a known type and well-typed fields', () => {
    fc.assert(
      fc.property(hostile, (x) => {
        const m = parseContentRequest(x);
        if (!m) return;
        expect(['attache:get-results', 'attache:set-highlights', 'attache:toggle-highlights', 'attache:scroll-to', 'attache:analyze']).toContain(m.type);
        if (m.type === 'attache:set-highlights') expect(typeof m.on).toBe('boolean');
        if (m.type === 'attache:analyze') expect(typeof m.force).toBe('boolean');
        if (m.type === 'attache:scroll-to') {
          expect(['official', 'country']).toContain(m.entityType);
          expect(m.key.length >= 1 && m.key.length <= 200).toBe(true);
        }
        // Only the declared fields come through.
        expect(Object.keys(m).every((k) => ['type', 'on', 'force', 'entityType', 'key'].includes(k))).toBe(true);
      }),
      runs(1000),
    );
  });

  it('every well-formed content request is accepted unchanged, even with extra fields', () => {
    fc.assert(
      fc.property(validContent, fc.dictionary(fc.string().filter((k) => !['type', 'on', 'force', 'entityType', 'key', '__proto__'].includes(k)), fc.anything()), (m, extra) => {
        expect(parseContentRequest({ ...extra, ...m })).toEqual(m);
      }),
      runs(300),
    );
  });

  it('a badge report needs a safe non-negative integer count and a boolean', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (count, isArticle) => {
        const m = parseBackgroundRequest({ type: 'attache:page-results', count, isArticle });
        const ok = Number.isSafeInteger(count) && (count as number) >= 0 && typeof isArticle === 'boolean';
        expect(m !== null).toBe(ok);
      }),
      runs(500),
    );
  });

  it('sender check: only this extension’s id', () => {
    fc.assert(
      fc.property(fc.option(fc.record({ id: fc.option(fc.string(), { nil: undefined }) }, { requiredKeys: [] }), { nil: undefined }), fc.string({ minLength: 1 }), (sender, own) => {
        expect(isFromExtension(sender, own)).toBe(!!sender && sender.id === own);
      }),
      runs(300),
    );
  });
});
