import { describe, expect, it } from 'vitest';
import { formatCount, measurePage, PAGE_LIMITS, readableLength, type AnalysisLimits } from '../lib/budget';
import { analyzeDocument } from '../lib/pipeline';
import { loadHtml } from './helpers/load-page';

const PROSE =
  'Chinese Foreign Minister Wang Yi met French President Emmanuel Macron in Paris on Tuesday. ' +
  'German Chancellor Olaf Scholz said Germany would host the next round of talks in Berlin.';

function articlePage(body: string, after = ''): Document {
  return loadHtml(
    `<!doctype html><html lang="en"><head><title>Ministers meet</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-07T09:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ministers meet"}</script>
</head><body><main><article><h1>Ministers meet</h1>${body}</article></main>${after}</body></html>`,
    'https://news.example/2024/05/07/ministers-meet.html',
  );
}
const paragraphs = (n: number) => Array.from({ length: n }, () => `<p>${PROSE}</p>`).join('');
const limits = (over: Partial<AnalysisLimits>): AnalysisLimits => ({ ...PAGE_LIMITS, ...over });

describe('measurePage', () => {
  const roomy = { maxElements: 100, maxDepth: 100, maxPageChars: 1000 };
  // html, head, title and body are elements too.
  it.each([
    ['flat', '<p>a</p><p>b</p><p>c</p>', 7, 3],
    ['nested', '<div><div><span>x</span></div></div><p>y</p>', 8, 2],
    ['text only', 'just text', 4, 9],
  ])('%s: counts the elements, and the text of the body only', (_name, html, elements, chars) => {
    const doc = loadHtml(`<head><title>A title</title></head><body>${html}</body>`);
    expect(measurePage(doc, roomy)).toMatchObject({ elements, chars, over: null });
  });

  it('lists every text node of the document in order, for extraction to pair its copy with', () => {
    const doc = loadHtml(`<head><title>A title</title><style>p{}</style></head><body>one<p>two<b>three</b></p><svg><text>four</text></svg>five</body>`);
    const walker = doc.createTreeWalker(doc.documentElement, 4 | 8);
    const all: Node[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) all.push(n);
    const shape = measurePage(doc, roomy);
    expect(shape.texts).toEqual(all);
    expect(shape.texts.map((t) => t.data).join('|')).toContain('A title|p{}|one|two|three');
    expect(shape.chars).toBe('onetwothreefourfive'.length);
    expect(measurePage(doc, { ...roomy, maxPageChars: 5 }).texts).toEqual([]);
  });

  it('says which limit is passed first: elements, then depth, then text', () => {
    const doc = loadHtml(`<body>${'<div><i>x</i></div>'.repeat(20)}</body>`);
    expect(measurePage(doc, { ...roomy, maxElements: 10, maxDepth: 1, maxPageChars: 1 }).over).toBe('elements');
    expect(measurePage(doc, { ...roomy, maxDepth: 3, maxPageChars: 1 }).over).toBe('depth');
    expect(measurePage(doc, { ...roomy, maxDepth: 4, maxPageChars: 10 })).toEqual({ elements: 43, chars: 11, over: 'chars', texts: [] });
    expect(measurePage(doc, { ...roomy, maxDepth: 4, maxPageChars: 20 })).toMatchObject({ elements: 43, chars: 20, over: null });
  });

  const nested = (depth: number) => {
    const doc = loadHtml('<body></body>');
    let el: Element = doc.body;
    for (let i = 0; i < depth; i++) el = el.appendChild(doc.createElement('span'));
    return (maxDepth: number) => measurePage(doc, { maxElements: 1e6, maxDepth, maxPageChars: 1e6 }).over;
  };

  it('counts nesting exactly to the limit', () => {
    // html > body > 300 spans: the deepest span is 302 elements deep.
    const over = nested(300);
    expect([over(302), over(301), over(10)]).toEqual([null, 'depth', 'depth']);
  });

  it('finds nesting thousands deep', () => {
    expect(nested(5000)(400)).toBe('depth');
  });
});

describe('readableLength', () => {
  it.each([
    ['short text is read whole', 'Wang Yi met Macron', 100, 18],
    ['cut at the last space before the limit', 'Wang Yi met Macron', 10, 7],
    ['a newline also separates', 'Wang\nYi met', 6, 4],
    ['no space at all: the limit itself', 'abcdefghij', 4, 4],
  ])('%s', (_name, text, max, expected) => {
    expect(readableLength(text, max)).toBe(expected);
  });
});

describe('analyzeDocument with limits', () => {
  it('reads a normal article whole and reports nothing skipped', () => {
    const r = analyzeDocument(articlePage(paragraphs(5)), { limits: PAGE_LIMITS });
    expect(r.skipped).toEqual([]);
    expect(r.entities.map((e) => e.key)).toEqual(expect.arrayContaining(['FR', 'DE']));
  });

  it('without limits reports nothing skipped, however large the page', () => {
    const r = analyzeDocument(articlePage(paragraphs(5), '<i></i>'.repeat(300)));
    expect(r.skipped).toEqual([]);
    expect(r.map).not.toBeNull();
  });

  it('does not run Readability on a page with too many elements; reads its <article> and says why', () => {
    const r = analyzeDocument(articlePage(paragraphs(5), '<i>Japan</i>'.repeat(300)), { limits: limits({ maxElements: 200 }) });
    expect(r.skipped).toEqual([
      { stage: 'extract', reason: "the page has more than 200 elements: Readability was not run; the start of the page's own article container was read" },
    ]);
    expect(r.map!.text).not.toContain('Japan');
    expect(r.entities.map((e) => e.key)).toEqual(expect.arrayContaining(['FR', 'DE']));
  });

  it('leaves a page past a limit alone when it has no single article container', () => {
    const doc = loadHtml(`<body><div>${paragraphs(5)}</div>${'<i></i>'.repeat(300)}</body>`, 'https://news.example/2024/05/07/a.html');
    const r = analyzeDocument(doc, { force: true, limits: limits({ maxElements: 200 }) });
    expect(r.map).toBeNull();
    expect(r.skipped).toEqual([{ stage: 'extract', reason: 'the page has more than 200 elements and no single article container: nothing was read' }]);
  });

  it('does not run Readability on a page nested too deep, and says why', () => {
    const deep = '<span>'.repeat(60) + 'deep' + '</span>'.repeat(60);
    const r = analyzeDocument(articlePage(paragraphs(5) + deep), { limits: limits({ maxDepth: 50 }) });
    expect(r.skipped[0].reason).toMatch(/^the page nests elements more than 50 deep: Readability was not run/);
    expect(r.map!.text).toContain('deep');
  });

  it('reads a page with too much text for Readability from its own <article>, up to the recognition limit', () => {
    const doc = articlePage(paragraphs(40));
    const r = analyzeDocument(doc, { limits: limits({ maxPageChars: 2000, maxRecognizeChars: 1000 }) });
    expect(r.skipped.map((s) => s.stage)).toEqual(['extract', 'recognize']);
    expect(r.skipped[0].reason).toMatch(/over 2,000: Readability was not run/);
    // About 1000 characters of text nodes, then recognition cut at a space below 1000.
    expect(r.map!.text.length).toBeGreaterThanOrEqual(1000);
    expect(r.map!.text.length).toBeLessThan(1000 + PROSE.length + 10);
    expect(r.map!.text.startsWith('Ministers meet')).toBe(true);
    for (const e of r.entities) for (const m of e.mentions) expect(m.end).toBeLessThanOrEqual(1000);
    expect(r.entities.length).toBeGreaterThan(0);
  });

  it('reads only the first maxRecognizeChars of a long article', () => {
    const r = analyzeDocument(articlePage(paragraphs(20)), { limits: limits({ maxRecognizeChars: 500 }) });
    expect(r.skipped).toEqual([{ stage: 'recognize', reason: expect.stringMatching(/^only the first 4\d\d of [\d,]+ characters/) }]);
    const ends = r.entities.flatMap((e) => e.mentions.map((m) => m.end));
    expect(Math.max(...ends)).toBeLessThanOrEqual(500);
    expect(r.map!.text.length).toBeGreaterThan(3000);
  });

  // A fake clock that advances 1 s per reading: start 1 s, detection 2-3 s, the extract check 4 s
  // (3 s spent), extraction 5-6 s, the recognize check 7 s (6 s spent).
  it.each([
    [2500, 'extract'],
    [3500, 'recognize'],
  ] as const)('with a budget of %i ms, %s is skipped once the budget is spent', (budgetMs, stage) => {
    let t = 0;
    const clock = () => (t += 1000);
    const r = analyzeDocument(articlePage(paragraphs(5)), { limits: limits({ budgetMs }), clock });
    expect(r.entities).toEqual([]);
    expect(r.skipped.map((s) => s.stage)).toEqual([stage]);
    expect(r.skipped[0].reason).toMatch(/^the time budget of [\d,]+ ms was spent/);
    expect(r.map === null).toBe(stage === 'extract');
  });
});

describe('formatCount', () => {
  it.each([0, 7, 999, 1000, 12345, 60000, 1234567, -4500, 2 ** 31])('%d as en-US writes it', (n) => {
    expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
  });
  it('rounds to a whole number', () => expect(formatCount(1234.6)).toBe('1,235'));
});
