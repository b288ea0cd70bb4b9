// Property tests for the W3C selectors: describe() then anchor() finds the saved quote again, and
// anchor() on malformed or hostile selectors returns a span inside the text or null, never throws.
import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { anchor, describe, type Selectors } from '../../lib/anchor/selectors';
import { anyText, newsText, runs } from './settings';

const textAndSpan = fc
  .oneof(newsText, anyText)
  .filter((t) => t.length > 0)
  .chain((t) =>
    fc.tuple(fc.constant(t), fc.nat({ max: t.length - 1 })).chain(([text, start]) =>
      fc.tuple(fc.constant(text), fc.constant(start), fc.integer({ min: start + 1, max: Math.min(text.length, start + 60) })),
    ),
  );

const number = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, -1, 0, 2 ** 53));
const maybeString = fc.oneof(fc.string({ maxLength: 40 }), anyText, fc.constant(undefined));
const hostileSelectors: fc.Arbitrary<Selectors> = fc.record(
  {
    quote: fc.record({ type: fc.constant('TextQuoteSelector' as const), exact: fc.string({ maxLength: 40 }), prefix: maybeString, suffix: maybeString }, { requiredKeys: ['type', 'exact'] }),
    position: fc.record({ type: fc.constant('TextPositionSelector' as const), start: number, end: number }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Selectors>;

suite('selectors (fast-check)', () => {
  it('describe then anchor finds the same quote, by exact match, in the unchanged text', () => {
    fc.assert(
      fc.property(textAndSpan, ([text, start, end]) => {
        const sel = describe(text, start, end);
        const r = anchor(text, sel);
        expect(r).not.toBeNull();
        expect(text.slice(r!.start, r!.end)).toBe(sel.quote.exact);
        // With its context, a quote that occurs once is found where it was.
        if (text.indexOf(sel.quote.exact) === text.lastIndexOf(sel.quote.exact)) expect(r!.start).toBe(start);
      }),
      runs(400),
    );
  });

  it('after an edit elsewhere in the text, the quote is still found (exact or fuzzy) and lies inside the text', () => {
    fc.assert(
      fc.property(textAndSpan, fc.string({ maxLength: 30 }), fc.boolean(), ([text, start, end], insert, atStart) => {
        const sel = describe(text, start, end);
        const edited = atStart ? insert + text : text + insert;
        const r = anchor(edited, sel);
        expect(r).not.toBeNull();
        expect(0 <= r!.start && r!.start <= r!.end && r!.end <= edited.length).toBe(true);
        expect(edited.slice(r!.start, r!.end)).toBe(sel.quote.exact);
      }),
      runs(200),
    );
  });

  it('hostile selectors: a span inside the text or null, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(newsText, anyText), hostileSelectors, (text, sel) => {
        const r = anchor(text, sel);
        if (r === null) return;
        expect(Number.isInteger(r.start) && Number.isInteger(r.end)).toBe(true);
        expect(0 <= r.start && r.start <= r.end && r.end <= text.length).toBe(true);
        expect(['exact', 'position', 'fuzzy']).toContain(r.method);
      }),
      runs(400),
    );
  });
});
