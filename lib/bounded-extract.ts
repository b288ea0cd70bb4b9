// Extraction within the content script's limits (./budget). Readability's cost grows with the page's
// elements, depth and text, and it runs synchronously on the page's main thread; so on a page past any
// of those caps Readability is not run: the page's own single <article> (or <main>) container is read
// instead, up to the recognition limit, and a page without one is left alone. Either way the reason
// goes into `skipped`.
import { formatCount, measurePage, type AnalysisLimits } from './budget';
import { extractArticle, type Extraction } from './extract/extract';
import { collectTextNodes, isExcludedNode, textMapFromNodes } from './extract/text-map';
import type { SkippedWork } from './types';

/** The page's own article container: its one <article>, else its <main>. */
function ownContainer(doc: Document): Element | null {
  const articles = doc.getElementsByTagName('article');
  if (articles.length === 1) return articles[0];
  return articles.length ? null : doc.querySelector('main, [role="main"]');
}

// The first text nodes of the container, up to about maxChars characters.
function readPrefix(doc: Document, maxChars: number): Extraction | null {
  const root = ownContainer(doc);
  if (!root || isExcludedNode(root)) return null;
  const nodes: Text[] = [];
  let chars = 0;
  for (const t of collectTextNodes(root)) {
    if (chars >= maxChars) break;
    nodes.push(t);
    chars += t.data.length;
  }
  const map = textMapFromNodes(nodes);
  if (!map.text.trim()) return null;
  const heading = root.querySelector('h1');
  const meta = {
    title: heading?.textContent?.trim() || doc.title || '',
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: doc.documentElement?.getAttribute('lang') || null,
    length: map.text.length,
  };
  return { meta, map, root, method: 'node-map' };
}

export function extractWithin(
  doc: Document,
  limits: AnalysisLimits,
  skipped: SkippedWork[],
  clock?: () => number,
  timings?: Record<string, number>,
  part?: Element | null,
): Extraction | null {
  const t0 = clock?.() ?? 0;
  const shape = measurePage(doc, limits);
  if (clock && timings) timings['extract.measure'] = clock() - t0;
  if (!shape.over) return extractArticle(doc, { clock, timings, liveTexts: shape.texts, part });
  const why = {
    elements: `has more than ${formatCount(limits.maxElements)} elements`,
    depth: `nests elements more than ${formatCount(limits.maxDepth)} deep`,
    chars: `has at least ${formatCount(shape.chars)} characters of text, over ${formatCount(limits.maxPageChars)}`,
  }[shape.over];
  const prefix = readPrefix(doc, limits.maxRecognizeChars);
  skipped.push({
    stage: 'extract',
    reason: prefix
      ? `the page ${why}: Readability was not run; the start of the page's own article container was read`
      : `the page ${why} and no single article container: nothing was read`,
  });
  return prefix;
}
