// Saved highlights are stored as W3C Web Annotation selectors and placed again on later visits, when
// the page may have changed a little. Same strategy as the Hypothesis client: exact quote (context
// breaks ties), then position, then approximate quote matching with a bounded error count.
import search from 'approx-string-match';
import type { TextMap } from '../types';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Selectors {
  quote?: TextQuoteSelector;
  position?: TextPositionSelector;
}

export interface AnchorResult {
  start: number;
  end: number;
  method: 'exact' | 'position' | 'fuzzy';
}

export const CONTEXT_LENGTH = 32;
/** Fuzzy matches may differ from the quote by at most this fraction of its length. */
export const MAX_ERROR_RATE = 0.25;
const MAX_CANDIDATES = 1000;

type TextLike = TextMap | string;
const textOf = (t: TextLike): string => (typeof t === 'string' ? t : t.text);

export function describe(map: TextLike, start: number, end: number): { quote: TextQuoteSelector; position: TextPositionSelector } {
  const text = textOf(map);
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/**
 * 0..1: how well `pattern` sits at one edge of `window` (its start for a suffix, its end for a
 * prefix); both edits and displacement from that edge count against it.
 */
function similarity(window: string, pattern: string, edge: 'start' | 'end'): number {
  if (!pattern) return 1;
  if (edge === 'start' ? window.startsWith(pattern) : window.endsWith(pattern)) return 1;
  const matches = search(window, pattern, Math.floor(pattern.length / 2));
  if (!matches.length) return 0;
  const cost = (m: { start: number; end: number; errors: number }) =>
    m.errors + (edge === 'start' ? m.start : window.length - m.end);
  return Math.max(0, 1 - Math.min(...matches.map(cost)) / pattern.length);
}

// How well the text around [start, end) agrees with the saved context and position.
function contextScore(text: string, start: number, end: number, sel: Selectors): number {
  const q = sel.quote;
  let score = 0;
  if (q?.prefix) score += similarity(text.slice(Math.max(0, start - 2 * q.prefix.length), start), q.prefix, 'end');
  if (q?.suffix) score += similarity(text.slice(end, end + 2 * q.suffix.length), q.suffix, 'start');
  if (sel.position && text.length) score += 0.1 * (1 - Math.min(1, Math.abs(start - sel.position.start) / text.length));
  return score;
}

function best<T extends { start: number; end: number }>(text: string, cands: T[], sel: Selectors, own?: (c: T) => number) {
  let top: T | null = null;
  let topScore = -Infinity;
  for (const c of cands) {
    const s = (own ? own(c) : 0) + contextScore(text, c.start, c.end, sel);
    if (s > topScore) {
      top = c;
      topScore = s;
    }
  }
  return top ? { match: top, context: contextScore(text, top.start, top.end, sel) } : null;
}

export function anchorText(text: string, sel: Selectors): AnchorResult | null {
  const exact = sel.quote?.exact ?? '';
  if (exact) {
    const hits: Array<{ start: number; end: number }> = [];
    for (let i = text.indexOf(exact); i >= 0 && hits.length < MAX_CANDIDATES; i = text.indexOf(exact, i + 1)) {
      hits.push({ start: i, end: i + exact.length });
    }
    const top = hits.length === 1 ? { match: hits[0] } : best(text, hits, sel);
    if (top) return { ...top.match, method: 'exact' };
  }
  const pos = sel.position;
  // Offsets from storage or an imported file: only whole numbers inside the text are positions.
  if (pos && Number.isInteger(pos.start) && Number.isInteger(pos.end) && pos.start >= 0 && pos.end <= text.length && pos.start < pos.end) {
    if (!exact || text.slice(pos.start, pos.end) === exact) return { start: pos.start, end: pos.end, method: 'position' };
  }
  if (!exact) return null;
  const maxErrors = Math.floor(exact.length * MAX_ERROR_RATE);
  if (maxErrors < 1) return null;
  const matches = search(text, exact, maxErrors).slice(0, MAX_CANDIDATES);
  const top = best(text, matches, sel, (m) => 2 * (1 - m.errors / exact.length));
  if (!top) return null;
  // A short quote with a few errors matches too much by chance; demand that its context agrees.
  const hasContext = !!(sel.quote?.prefix || sel.quote?.suffix);
  if (exact.length < 20 && hasContext && top.context < 0.5) return null;
  return { start: top.match.start, end: top.match.end, method: 'fuzzy' };
}

/** Where the selectors point in this map's text now; null for an orphan. */
export function anchor(map: TextLike, selectors: Selectors): AnchorResult | null {
  return anchorText(textOf(map), selectors);
}
