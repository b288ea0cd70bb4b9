import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadCorpusPage, hasCorpus } from '../helpers/load-page';
import { extractArticle } from '../../lib/extract/extract';
import { anchor, anchorText, describe as describeSpan, CONTEXT_LENGTH } from '../../lib/anchor/selectors';
import type { TextMap } from '../../lib/types';

const PAGES = [
  'fixtures/ichongqing-envoys.html',
  'corpus/pages/aeb-1ee91d1fce.html',
  'corpus/pages/goose3-test-foxnews.html',
  'corpus/pages/n4k-chinese-article-001.html',
  'corpus/pages/n4k-arabic-article.html',
];

function extract(doc: Document): TextMap {
  return extractArticle(doc)!.map;
}

// A long text node in the middle of the article, and the element holding its paragraph.
function middleParagraph(map: TextMap) {
  const long = map.segments.filter((s) => s.node.data.trim().length > 150);
  const seg = long[Math.floor(long.length / 2)];
  return { seg, block: seg.node.parentElement!.closest('p, li, div, blockquote')! };
}

describe('describe', () => {
  it('gives the quote with 32 characters of context and the position', () => {
    const text = 'a'.repeat(40) + 'Selim Belortaja' + 'b'.repeat(40);
    const sel = describeSpan(text, 40, 55);
    expect(sel.quote).toEqual({ type: 'TextQuoteSelector', exact: 'Selim Belortaja', prefix: 'a'.repeat(CONTEXT_LENGTH), suffix: 'b'.repeat(CONTEXT_LENGTH) });
    expect(sel.position).toEqual({ type: 'TextPositionSelector', start: 40, end: 55 });
    expect(describeSpan(text, 0, 3).quote.prefix).toBe('');
  });
});

describe.skipIf(!hasCorpus)('anchor round trips on real pages', () => {
  it.each(PAGES)('%s: every described span anchors back exactly', (page) => {
    const map = extract(loadCorpusPage(page));
    const n = map.text.length;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 1, max: 200 }), (start, len) => {
        const end = Math.min(n, start + len);
        const got = anchor(map, describeSpan(map, start, end));
        expect(got).toEqual({ start, end, method: 'exact' });
      }),
      { numRuns: 40 },
    );
  });
});

describe.skipIf(!hasCorpus)('anchor on an edited page', () => {
  const PAGE = 'corpus/pages/aeb-1ee91d1fce.html';

  function saved() {
    const doc = loadCorpusPage(PAGE);
    const map = extract(doc);
    const { seg } = middleParagraph(map);
    const start = seg.start + 10;
    const end = seg.start + 110;
    return { selectors: describeSpan(map, start, end), quote: map.text.slice(start, end) };
  }

  it('finds the quote exactly after a sentence is inserted before it', () => {
    const { selectors, quote } = saved();
    const doc = loadCorpusPage(PAGE);
    const { block } = middleParagraph(extract(doc));
    const p = doc.createElement('p');
    p.textContent = 'An editor added this sentence to the article after it was first published.';
    block.parentNode!.insertBefore(p, block);
    const map = extract(doc);
    expect(map.text).toContain('An editor added this sentence');
    const got = anchor(map, selectors)!;
    expect(got.method).toBe('exact');
    expect(map.text.slice(got.start, got.end)).toBe(quote);
    expect(got.start).toBeGreaterThan(selectors.position.start);
  });

  it('finds the quote approximately when a word inside it changed', () => {
    const { selectors, quote } = saved();
    const doc = loadCorpusPage(PAGE);
    const { seg } = middleParagraph(extract(doc));
    const word = quote.slice(20).match(/[A-Za-z]{4,}/)![0];
    seg.node.data = seg.node.data.replace(word, 'reworded');
    const map = extract(doc);
    const got = anchor(map, selectors)!;
    expect(got.method).toBe('fuzzy');
    const found = map.text.slice(got.start, got.end);
    expect(found).toContain('reworded');
    expect(found.slice(0, 10)).toBe(quote.slice(0, 10));
    expect(found.slice(-10)).toBe(quote.slice(-10));
  });

  it('gives null (an orphan) when the quoted paragraph is gone', () => {
    const { selectors } = saved();
    const doc = loadCorpusPage(PAGE);
    const { block } = middleParagraph(extract(doc));
    block.remove();
    expect(anchor(extract(doc), selectors)).toBeNull();
  });
});

describe('anchorText', () => {
  const text = 'Wang Yi met Blinken in Beijing. Later, Wang Yi met Lavrov in Moscow. Wang Yi then flew home.';

  it('uses the context to tell repeated quotes apart', () => {
    const second = text.indexOf('Wang Yi', 10);
    const sel = describeSpan(text, second, second + 7);
    const shifted = 'Breaking: ' + text;
    expect(anchorText(shifted, sel)).toEqual({ start: second + 10, end: second + 17, method: 'exact' });
  });

  it('uses the position to break a tie of identical contexts', () => {
    const rep = 'x'.repeat(50) + 'abc' + 'x'.repeat(50);
    const doubled = rep + rep;
    const sel = describeSpan(doubled, rep.length + 50, rep.length + 53);
    expect(anchorText(doubled, sel)).toEqual({ start: rep.length + 50, end: rep.length + 53, method: 'exact' });
  });

  it('falls back to the position when there is no quote', () => {
    expect(anchorText(text, { position: { type: 'TextPositionSelector', start: 4, end: 7 } })).toEqual({ start: 4, end: 7, method: 'position' });
    expect(anchorText(text, { position: { type: 'TextPositionSelector', start: 90, end: 200 } })).toBeNull();
  });

  it.each([
    ['one changed letter in a name', 'Lavrov', 'Lavrow', true],
    ['a long quote with a changed word', 'Later, Wang Yi met Lavrov in Moscow.', 'Later, Wang Yi met Lavrov in Minsk.', true],
    ['a quote no longer on the page', 'Later, Wang Yi met Lavrov in Moscow.', 'Sunny weather is expected all over the country.', false],
  ])('fuzzy: %s', (_name, saved, now, found) => {
    const start = text.indexOf(saved);
    const sel = describeSpan(text, start, start + saved.length);
    const edited = text.replace(saved, now);
    const got = anchorText(edited, sel);
    if (!found) return expect(got).toBeNull();
    expect(got?.method).toBe('fuzzy');
    expect(edited.slice(got!.start, got!.end)).toBe(now);
  });

  it('rejects a short quote whose context no longer agrees', () => {
    const start = text.indexOf('Lavrov');
    const sel = describeSpan(text, start, start + 6);
    expect(anchorText('The weather report from Minsk: Lavra and snow today, cold.', sel)).toBeNull();
  });
});
