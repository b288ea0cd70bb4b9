// Limits that keep one page's analysis bounded. The content script analyses synchronously on the
// page's main thread, and the web holds pages with megabytes of text, hundreds of thousands of
// elements or nesting thousands deep, on which Readability's cost grows faster than the page. So each
// stage is capped by the size of its input, a clock budget is checked between stages, and whatever
// is left out is reported (`skipped`) rather than silently dropped. The CLI runs without limits.

export interface AnalysisLimits {
  /** Pages with more elements than this are not extracted (cloning and Readability grow with them). */
  maxElements: number;
  /** Pages nested deeper than this are not extracted (Readability's cost grows with depth cubed). */
  maxDepth: number;
  /** Pages with more text than this (UTF-16 code units) are not extracted. */
  maxPageChars: number;
  /** Recognition reads at most this much of the article text, cut at a space. */
  maxRecognizeChars: number;
  /** Once this many milliseconds have passed, the next stage is skipped (needs a clock). */
  budgetMs: number;
}

/**
 * The content script's limits. Corpus pages (real news, up to about 13,000 elements and 400,000
 * characters of text) stay well inside them; each capped stage takes at most a few seconds on a slow
 * machine, so one analysis ends within TIME_BOUND_MS.
 */
export const PAGE_LIMITS: AnalysisLimits = {
  maxElements: 30_000,
  maxDepth: 400,
  maxPageChars: 1_500_000,
  maxRecognizeChars: 300_000,
  budgetMs: 4_000,
};

/** What the e2e asserts of every page: the budget plus the longest a capped stage may take. */
export const TIME_BOUND_MS = 10_000;

/** Which limit a page passes first, and what was counted on the way. */
export interface PageShape {
  /** The document's elements. */
  elements: number;
  /** Characters of text in the body, up to the first text node past maxPageChars. */
  chars: number;
  over: 'elements' | 'depth' | 'chars' | null;
  /**
   * The document's text nodes (CDATA sections too) in document order, when no limit was passed (else
   * empty): extraction pairs its copy of the page with them instead of walking the page again.
   */
  texts: Text[];
}

// An element with `depth` element ancestors, as a selector: the browser answers it natively, without
// handing script an object per node (a walk in script did, and cost a tenth of a Readability parse).
const deepSelectors = new Map<number, string>();
function deeperThan(depth: number): string {
  let sel = deepSelectors.get(depth);
  if (!sel) deepSelectors.set(depth, (sel = `${'* > '.repeat(depth)}*`));
  return sel;
}

const SHOW_TEXT_AND_CDATA = 4 | 8;

/**
 * Measures a page against the limits, cheapest question first: the element count and the nesting
 * (both native queries), then the body's text, counted node by node and given up once past the limit
 * (a textContent string of a hostile page could be hundreds of megabytes). The walk goes over the
 * whole document and lists its text nodes, which extraction then pairs its copy with.
 */
export function measurePage(doc: Document, limits: Pick<AnalysisLimits, 'maxElements' | 'maxDepth' | 'maxPageChars'>): PageShape {
  let elements: number;
  let deep: boolean;
  try {
    elements = doc.getElementsByTagName('*').length;
    if (elements > limits.maxElements) return { elements, chars: 0, over: 'elements', texts: [] };
    deep = doc.querySelector(deeperThan(limits.maxDepth)) !== null;
  } catch (err) {
    // A DOM implementation that answers by recursion (happy-dom, in the CLI and tests) runs out of
    // stack on nesting thousands deep: too deep, then. (Chromium and Firefox answer natively.)
    if (err instanceof RangeError) return { elements: 0, chars: 0, over: 'depth', texts: [] };
    throw err;
  }
  if (deep) return { elements, chars: 0, over: 'depth', texts: [] };
  let chars = 0;
  const texts: Text[] = [];
  const root = doc.documentElement;
  if (root) {
    // The whole document's text is listed (for extraction); from the body's first text on, it counts.
    const first = doc.body ? doc.createTreeWalker(doc.body, SHOW_TEXT_AND_CDATA).nextNode() : null;
    let counting = false;
    const walker = doc.createTreeWalker(root, SHOW_TEXT_AND_CDATA);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      texts.push(n as Text);
      if (n === first) counting = true;
      if (!counting) continue;
      chars += (n as CharacterData).length;
      if (chars > limits.maxPageChars) return { elements, chars, over: 'chars', texts: [] };
    }
  }
  return { elements, chars, over: null, texts };
}

/**
 * The length of the prefix of `text` to read when at most `max` code units may be read: cut at the
 * last whitespace so no word is read in half (a half word could look like a shorter name).
 */
export function readableLength(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const space = text.lastIndexOf(' ', max);
  const cut = Math.max(space, text.lastIndexOf('\n', max));
  return cut > 0 ? cut : max;
}

// Not toLocaleString: its first call in a renderer loads number formats (20 ms once in Chromium, on
// the first of 12 pages in fresh worlds; 0.1 ms median), and these notes are written mid-analysis.
/** A whole number with thousands separators, as en-US writes it (1,234,567). */
export const formatCount = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
