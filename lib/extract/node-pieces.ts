// Highlighting has to split text nodes, and undoing it must give the page back its own nodes, not
// look-alikes. So a split never edits the original node: it is detached whole and replaced by new
// "pieces", and put back (same node, same data) once no wrapper is left around any of its pieces.
// This registry also lets any TextMap built before or after highlighting be brought up to date.
import type { TextMap, TextSegment } from '../types';

interface PieceInfo {
  /** The page's own text node this piece was cut from. */
  origin: Text;
  /** Offset of the piece's data within origin.data. */
  offset: number;
}

const pieceInfo = new WeakMap<Text, PieceInfo>();
/** For each detached origin, its current pieces in order. */
const piecesOf = new WeakMap<Text, Text[]>();
let splitCount = 0;

export function isPiece(node: Text): boolean {
  return pieceInfo.has(node);
}

/**
 * Replaces node in the DOM by pieces cut at `cuts` (offsets into node.data, 0 < cut < length,
 * ascending) and returns them. node's data is never changed.
 */
export function splitIntoPieces(node: Text, cuts: number[]): Text[] {
  const parent = node.parentNode;
  if (!parent || !cuts.length) return [node];
  const doc = node.ownerDocument;
  const info = pieceInfo.get(node);
  const origin = info?.origin ?? node;
  const base = info?.offset ?? 0;
  const bounds = [0, ...cuts, node.data.length];
  const pieces: Text[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const piece = doc.createTextNode(node.data.slice(bounds[i], bounds[i + 1]));
    pieceInfo.set(piece, { origin, offset: base + bounds[i] });
    pieces.push(piece);
  }
  for (const piece of pieces) parent.insertBefore(piece, node);
  parent.removeChild(node);
  const current = piecesOf.get(origin);
  if (!current) piecesOf.set(origin, pieces);
  else current.splice(current.indexOf(node), 1, ...pieces);
  splitCount++;
  return pieces;
}

/** Puts back each origin whose pieces are all unwrapped again (adjacent siblings of one parent). */
export function restoreOrigins(pieces: Iterable<Text>): void {
  const origins = new Set<Text>();
  for (const p of pieces) {
    const info = pieceInfo.get(p);
    if (info) origins.add(info.origin);
  }
  for (const origin of origins) {
    const list = piecesOf.get(origin);
    if (!list?.length) continue;
    const parent = list[0].parentNode;
    if (!parent) continue;
    let adjacent = true;
    for (let i = 0; i < list.length && adjacent; i++) {
      adjacent = list[i].parentNode === parent && (i === 0 || list[i - 1].nextSibling === list[i]);
    }
    if (!adjacent) continue;
    parent.insertBefore(origin, list[0]);
    for (const p of list) parent.removeChild(p);
    piecesOf.delete(origin);
  }
}

function currentPieces(origin: Text): Array<{ node: Text; offset: number }> {
  const list = piecesOf.get(origin);
  if (!list) return [{ node: origin, offset: 0 }];
  return list.map((node) => ({ node, offset: pieceInfo.get(node)!.offset }));
}

/**
 * The same text, with each segment pointing at the text nodes that hold it now (after highlights
 * were added or removed). Returns `map` itself when nothing was ever split.
 */
export function refreshTextMap(map: TextMap): TextMap {
  if (!splitCount) return map;
  let changed = false;
  const segments: TextSegment[] = [];
  for (const seg of map.segments) {
    const info = pieceInfo.get(seg.node);
    // A node never split (most of an article): its segment stands as it is.
    if (!info && !piecesOf.has(seg.node)) {
      segments.push(seg);
      continue;
    }
    const origin = info?.origin ?? seg.node;
    const off = info?.offset ?? 0;
    const end = off + (seg.end - seg.start);
    const base = seg.start - off;
    for (const { node, offset } of currentPieces(origin)) {
      if (offset >= end || offset + node.length <= off) continue;
      const last = segments[segments.length - 1];
      if (last && last.node === node) continue;
      if (node !== seg.node) changed = true;
      segments.push({ start: base + offset, end: base + offset + node.length, node });
    }
  }
  return changed ? { text: map.text, segments } : map;
}
