import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadLiveHtml as loadHtml, loadLivePage as loadCorpusPage } from './live-doc';
import { extractArticle } from '../../lib/extract/extract';
import { buildTextMap } from '../../lib/extract/text-map';
import { offsetsToRange, rangeToOffsets, segmentAfter } from '../../lib/extract/offsets';
import { applyHighlights } from '../../lib/highlight/highlight';
import type { TextMap } from '../../lib/types';

// Offsets in separators move to the nearest text inside the span.
function snap(map: TextMap, start: number, end: number): { start: number; end: number } | null {
  const i = segmentAfter(map, start);
  if (i >= map.segments.length || map.segments[i].start >= end) return null;
  let j = segmentAfter(map, end - 1);
  if (j >= map.segments.length || map.segments[j].start >= end) j--;
  return { start: Math.max(start, map.segments[i].start), end: Math.min(end, map.segments[j].end) };
}

describe('offsetsToRange / rangeToOffsets', () => {
  const doc = loadCorpusPage('fixtures/ichongqing-envoys.html');
  const { map } = extractArticle(doc)!;
  const n = map.text.length;

  it('a range covers exactly the text of its offsets', () => {
    const i = map.text.indexOf('Selim Belortaja');
    const range = offsetsToRange(map, i, i + 'Selim Belortaja'.length, doc)!;
    expect(range.toString()).toBe('Selim Belortaja');
  });

  it('round-trips random spans', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 1, max: 400 }), (start, len) => {
        const end = Math.min(n, start + len);
        const range = offsetsToRange(map, start, end, doc);
        const expected = snap(map, start, end);
        // Not `return expect(...)`: fast-check reads a property's returned value as its verdict.
        if (!expected) {
          expect(range).toBeNull();
          return;
        }
        expect(rangeToOffsets(map, range!)).toEqual(expected);
        // The range may also hold page text the map leaves out (a byline between headline and body).
        expect(range!.toString()).toContain(map.text.slice(expected.start, expected.end).split('\n\n')[0]);
      }),
      { numRuns: 200 },
    );
  });

  it('reads element-boundary ranges (a selection of a whole paragraph)', () => {
    const p = [...doc.querySelectorAll('.content p')][1];
    const range = doc.createRange();
    range.selectNodeContents(p);
    const got = rangeToOffsets(map, range)!;
    expect(map.text.slice(got.start, got.end)).toBe(p.textContent);
    range.selectNode(p);
    expect(rangeToOffsets(map, range)).toEqual(got);
  });

  it('returns null for a range outside the article', () => {
    const range = doc.createRange();
    range.selectNodeContents(doc.querySelector('footer')!);
    expect(rangeToOffsets(map, range)).toBeNull();
  });

  it('keeps working with the original map on a highlighted page', () => {
    const d = loadHtml('<body><div id="r"><p>Mr Wang Yi met Antony Blinken.</p><p>They talked.</p></div></body>');
    const m = buildTextMap(d.getElementById('r')!);
    applyHighlights(m, [{ start: 3, end: 10, type: 'official', key: 'wang-yi' }, { start: 15, end: 29, type: 'official', key: 'blinken' }], d);
    const range = offsetsToRange(m, 6, 20, d)!;
    expect(range.toString()).toBe('g Yi met Anton');
    expect(rangeToOffsets(m, range)).toEqual({ start: 6, end: 20 });
    const sel = d.createRange();
    sel.selectNodeContents(d.querySelector('mark[data-attache-key="blinken"]')!);
    expect(rangeToOffsets(m, sel)).toEqual({ start: 15, end: 29 });
  });
});
