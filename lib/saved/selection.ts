// The reader's selection as a span of page text, ready for createHighlight. The article's text map
// is preferred (its offsets are the ones the page's entities use); a selection outside the article
// (a headline Readability dropped, a caption, a page not read as an article) falls back to the map
// of the whole body, and re-anchoring looks there too. Pure DOM: no `browser.*`.
import { rangeToOffsets } from '../extract/offsets';
import { buildTextMap } from '../extract/text-map';
import type { TextMap } from '../types';
import { MAX_QUOTE } from './messages';

export type SelectionSpan = { ok: true; map: TextMap; start: number; end: number; inArticle: boolean } | { ok: false; error: string };

const squash = (s: string) => s.replace(/\s+/g, '');

/** [start, end) without the whitespace at either edge; null when nothing else is left. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  return a < b ? { start: a, end: b } : null;
}

/** The map of everything a reader can see in the body: the fallback for text outside the article. */
export function bodyTextMap(doc: Document): TextMap | null {
  return doc.body ? buildTextMap(doc.body, { checkAncestors: false }) : null;
}

function spanIn(map: TextMap | null, range: Range): { start: number; end: number; text: string } | null {
  if (!map) return null;
  const off = rangeToOffsets(map, range);
  const t = off && trimSpan(map.text, off.start, off.end);
  return t ? { ...t, text: map.text.slice(t.start, t.end) } : null;
}

/**
 * Where a selection range lies in the article map (when it lies wholly inside the article) or else in
 * the body map. A range the maps cannot hold (inside a form field, only whitespace) is refused.
 */
export function selectionSpan(range: Range | null, article: TextMap | null, body: () => TextMap | null): SelectionSpan {
  if (!range || range.collapsed) return { ok: false, error: 'Select some text in the page first, then save it.' };
  const wanted = squash(range.toString());
  if (!wanted) return { ok: false, error: 'The selection holds no text to save.' };
  let map = article;
  let span = spanIn(article, range);
  const inArticle = !!span && squash(span.text) === wanted;
  if (!inArticle) {
    const b = body();
    const other = spanIn(b, range);
    // The body map can only do better; keep the article span if the body finds less.
    if (other && (!span || squash(other.text).length > squash(span.text).length)) {
      map = b;
      span = other;
    }
  }
  if (!span || !map) return { ok: false, error: 'Attaché can only save text of the page itself, not text in a form field or an embedded frame.' };
  if (span.end - span.start > MAX_QUOTE) {
    return { ok: false, error: `The selection is too long to save as one highlight (over ${MAX_QUOTE.toLocaleString('en')} characters). Select a shorter passage.` };
  }
  return { ok: true, map, start: span.start, end: span.end, inArticle: map === article };
}
