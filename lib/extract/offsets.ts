// Text offsets to DOM ranges and back, through a TextMap: one module for highlighting, click-to-jump,
// saving a selection and re-anchoring, as Hypothesis does. Maps are refreshed first, so a map built
// before highlighting still works on the highlighted page.
import type { TextMap } from '../types';
import { refreshTextMap } from './node-pieces';
import { firstWhere } from '../bisect';

const indexCache = new WeakMap<TextMap, Map<Node, number>>();

function nodeIndex(map: TextMap): Map<Node, number> {
  let index = indexCache.get(map);
  if (!index) {
    index = new Map(map.segments.map((s, i) => [s.node as Node, i]));
    indexCache.set(map, index);
  }
  return index;
}

/** Index of the first segment ending after offset, or segments.length. */
export function segmentAfter(map: TextMap, offset: number): number {
  return firstWhere(map.segments.length, (i) => map.segments[i].end > offset);
}

/** A live Range over the text [start, end); null when no text node lies in it. */
export function offsetsToRange(map: TextMap, start: number, end: number, doc: Document): Range | null {
  const m = refreshTextMap(map);
  const i = segmentAfter(m, start);
  if (i >= m.segments.length || m.segments[i].start >= end) return null;
  let j = segmentAfter(m, end - 1);
  if (j >= m.segments.length || m.segments[j].start >= end) j--;
  const a = m.segments[i];
  const b = m.segments[j];
  const range = doc.createRange();
  range.setStart(a.node, Math.max(0, start - a.start));
  range.setEnd(b.node, Math.min(b.node.data.length, end - b.start));
  return range;
}

// Does node come at or after the boundary point (container, offset)?
function isAfterPoint(node: Node, container: Node, offset: number): boolean {
  const FOLLOWING = 4;
  if (container.nodeType === 3 || container.nodeType === 8) {
    return container !== node && (container.compareDocumentPosition(node) & FOLLOWING) !== 0;
  }
  const child = container.childNodes[offset];
  if (child) return child === node || child.contains(node) || (child.compareDocumentPosition(node) & FOLLOWING) !== 0;
  return !container.contains(node) && (container.compareDocumentPosition(node) & FOLLOWING) !== 0;
}

// Segments are in document order, so the first one after a point is found by bisection.
function firstSegmentAfterPoint(map: TextMap, container: Node, offset: number): number {
  return firstWhere(map.segments.length, (i) => isAfterPoint(map.segments[i].node, container, offset));
}

function pointToOffset(map: TextMap, container: Node, offset: number, side: 'start' | 'end'): number | null {
  const i = nodeIndex(map).get(container);
  if (i !== undefined) {
    const seg = map.segments[i];
    return seg.start + Math.min(Math.max(offset, 0), seg.end - seg.start);
  }
  const k = firstSegmentAfterPoint(map, container, offset);
  if (side === 'start') return k < map.segments.length ? map.segments[k].start : null;
  return k > 0 ? map.segments[k - 1].end : null;
}

/** The text offsets a DOM range covers; null when it holds no article text. */
export function rangeToOffsets(map: TextMap, range: Range): { start: number; end: number } | null {
  const m = refreshTextMap(map);
  if (!m.segments.length) return null;
  const start = pointToOffset(m, range.startContainer, range.startOffset, 'start');
  const end = pointToOffset(m, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
