// Wraps spans of the article text in <mark> elements in the live page, and takes them out again
// leaving the page's DOM as it was (the same text nodes, the same data). Entity highlights and saved
// highlights are separate calls that may overlap: each call only wraps text, never splits another
// call's wrappers, so removing one kind leaves the other intact.
import type { TextMap } from '../types';
import { refreshTextMap, restoreOrigins, splitIntoPieces } from '../extract/node-pieces';
import { segmentAfter } from '../extract/offsets';

export interface HighlightSpec {
  start: number;
  end: number;
  /** "official", "country" or "saved". */
  type: string;
  key: string;
  /** A saved highlight's id. */
  id?: string;
}

export interface HighlightHandle {
  /** The map brought up to date with the split text nodes; the same text and offsets. */
  readonly map: TextMap;
  /** The wrappers of each spec, in the order given (several when a span crosses text nodes). */
  readonly elements: HTMLElement[][];
  /** Unwraps this call's wrappers and restores the page's text nodes where nothing else wraps them. */
  remove(): void;
}

export const HIGHLIGHT_CLASS = 'attache-hl';
export const HIGHLIGHT_SELECTOR = 'mark[data-attache-type]';

interface Cut {
  a: number;
  b: number;
  spec: number;
}

function makeMark(doc: Document, spec: HighlightSpec): HTMLElement {
  const mark = doc.createElement('mark');
  mark.className = HIGHLIGHT_CLASS;
  mark.setAttribute('data-attache-type', spec.type);
  mark.setAttribute('data-attache-key', spec.key);
  if (spec.id !== undefined) mark.setAttribute('data-attache-id', spec.id);
  return mark;
}

export function applyHighlights(map: TextMap, marks: HighlightSpec[], doc: Document): HighlightHandle {
  const current = refreshTextMap(map);
  const segs = current.segments;
  // Reads first: which part of which text node each spec covers.
  const bySegment = new Map<number, Cut[]>();
  marks.forEach((spec, k) => {
    const start = Math.max(0, spec.start);
    const end = Math.min(current.text.length, spec.end);
    // An empty span would split a text node that no wrapper ever gives back.
    if (!(start < end)) return;
    for (let i = segmentAfter(current, start); i < segs.length && segs[i].start < end; i++) {
      const s = segs[i];
      let cuts = bySegment.get(i);
      if (!cuts) bySegment.set(i, (cuts = []));
      cuts.push({ a: Math.max(start, s.start) - s.start, b: Math.min(end, s.end) - s.start, spec: k });
    }
  });
  // Outer wrappers first: earlier start, then longer span.
  const order = (x: Cut, y: Cut) => marks[x.spec].start - marks[y.spec].start || marks[y.spec].end - marks[x.spec].end;
  const elements: HTMLElement[][] = marks.map(() => []);
  const created: HTMLElement[] = [];
  // Then writes.
  for (const [i, cuts] of bySegment) {
    const node = segs[i].node;
    if (!node.parentNode) continue;
    const len = node.data.length;
    const bounds = [...new Set(cuts.flatMap((c) => [c.a, c.b]))].filter((x) => x > 0 && x < len).sort((x, y) => x - y);
    const pieces = splitIntoPieces(node, bounds);
    const edges = [0, ...bounds, len];
    cuts.sort(order);
    pieces.forEach((piece, p) => {
      const from = edges[p];
      const to = edges[p + 1];
      const covering = cuts.filter((c) => c.a <= from && c.b >= to);
      let inner: Node = piece;
      for (let c = covering.length - 1; c >= 0; c--) {
        const mark = makeMark(doc, marks[covering[c].spec]);
        inner.parentNode!.insertBefore(mark, inner);
        mark.appendChild(inner);
        elements[covering[c].spec].push(mark);
        created.push(mark);
        inner = mark;
      }
    });
  }
  for (const list of elements) list.sort((x, y) => (x.compareDocumentPosition(y) & 4 ? -1 : 1));
  return {
    map: refreshTextMap(map),
    elements,
    remove: () => unwrap(created),
  };
}

function unwrap(marks: Iterable<Element>): void {
  const texts: Text[] = [];
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    const walker = mark.ownerDocument.createTreeWalker(mark, 4);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) texts.push(t as Text);
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
  }
  restoreOrigins(texts);
}

/** Removes Attaché wrappers under root (all, or one type / key), restoring the page's text nodes. */
export function removeHighlights(root: ParentNode, filter: { type?: string; key?: string } = {}): void {
  const marks = [...root.querySelectorAll(HIGHLIGHT_SELECTOR)].filter(
    (m) =>
      (filter.type === undefined || m.getAttribute('data-attache-type') === filter.type) &&
      (filter.key === undefined || m.getAttribute('data-attache-key') === filter.key),
  );
  unwrap(marks);
}
