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

export interface DomShape {
  /** Elements counted, up to the first one past the limit. */
  elements: number;
  /** The deepest nesting seen, up to the first one past the limit. */
  depth: number;
  /** True when the walk stopped early because a limit was passed. */
  over: boolean;
  /** Characters of text under `text.root`, up to the first node past the limit (when asked for). */
  chars?: number;
}

/** Text to count in the same walk: the characters of text nodes under root, up to maxChars. */
export interface TextLimit {
  root: Node | null;
  maxChars: number;
}

/**
 * Counts elements and nesting depth in one iterative walk (no recursion: a deep page would overflow
 * the stack), stopping as soon as either limit is passed, so the walk itself stays bounded. With
 * `text`, the same walk also counts the characters of text under text.root (what its textContent
 * would hold), stopping once they pass text.maxChars, instead of building that string.
 */
export function measureDom(root: Node | null, limits: Pick<AnalysisLimits, 'maxElements' | 'maxDepth'>, text?: TextLimit): DomShape {
  let elements = 0;
  let depth = 0;
  let max = 0;
  let chars = 0;
  let inText = false;
  const textRoot = text?.root ?? null;
  const maxChars = text?.maxChars ?? Infinity;
  const done = (over: boolean): DomShape => (text ? { elements, depth: max, over, chars } : { elements, depth: max, over });
  let n: Node | null = root?.firstChild ?? null;
  // Each property read is a call into the DOM (a wrapper made in a browser): each is read once.
  while (n) {
    const type = n.nodeType;
    if (type === 1) {
      elements++;
      if (depth + 1 > max) max = depth + 1;
      if (elements > limits.maxElements || max > limits.maxDepth) return done(true);
      const first: Node | null = n.firstChild;
      if (first) {
        if (n === textRoot) inText = true;
        depth++;
        n = first;
        continue;
      }
    } else if (inText && (type === 3 || type === 4)) {
      chars += (n as CharacterData).length;
      if (chars > maxChars) return done(true);
    }
    let next: Node | null = n.nextSibling;
    while (!next) {
      n = n.parentNode;
      if (n === root || !n) return done(false);
      if (n.nodeType === 1) depth--;
      if (n === textRoot) inText = false;
      next = n.nextSibling;
    }
    n = next;
  }
  return done(false);
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

export const formatCount = (n: number): string => n.toLocaleString('en-US');
