// The article text and the table from text offsets to live text nodes. Every other part (recognition,
// highlighting, saving, re-anchoring) speaks in offsets into this one string, so it is built in one
// place with one set of rules: which text counts, and where block separators go.
import type { TextMap, TextSegment } from '../types';
import { isPiece } from './node-pieces';

// Tag sets by local name (lower case): reading localName makes no copy, unlike tagName.toUpperCase(),
// and these tests run for every text node and ancestor of an article.
/** Text in these elements is never article text (code, form controls, embedded media). */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'svg', 'math', 'iframe', 'object', 'canvas', 'audio', 'video', 'head', 'title',
]);

/** Crossing one of these separates paragraphs: the text gets "\n\n" so words never run together. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const BLOCK_SELECTOR = [...BLOCK_TAGS].join(',');

export const PARAGRAPH_SEPARATOR = '\n\n';
export const LINE_SEPARATOR = '\n';

/** Attaché's own wrappers: the map sees through them, so it works on an already highlighted page. */
export function isAttacheMark(node: Node | null): node is Element {
  return !!node && node.nodeType === 1 && (node as Element).hasAttribute('data-attache-type');
}

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
}

/** True for an element whose text a reader cannot see or that is not prose. */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** True when the node, or an ancestor below `stop`, is skipped. `cache` speeds up siblings. */
export function isExcludedNode(node: Node, cache?: Map<Node, boolean>, stop?: Node | null): boolean {
  const seen: Node[] = [];
  let result = false;
  for (let el = node.parentNode; el && el !== stop && el.nodeType === 1; el = el.parentNode) {
    const known = cache?.get(el);
    if (known !== undefined) {
      result = known;
      break;
    }
    seen.push(el);
    if (isSkippedElement(el as Element)) {
      result = true;
      break;
    }
  }
  if (cache) for (const el of seen) cache.set(el, result);
  return result;
}

function isWhitespace(s: string): boolean {
  return !/[^\s]/.test(s);
}

// The neighbour in reading order, looking through comments and out of inline parents
// ("located<a> </a>near" keeps its space); null at the edge of a block.
function sibling(node: Node, dir: -1 | 1): Node | null {
  let n: Node = node;
  for (;;) {
    let s = dir < 0 ? n.previousSibling : n.nextSibling;
    while (s && s.nodeType === 8) s = dir < 0 ? s.previousSibling : s.nextSibling;
    if (s) return s;
    const parent = n.parentNode;
    if (!parent || parent.nodeType !== 1 || isBlockElement(parent as Element)) return null;
    n = parent;
  }
}

function isBoundary(n: Node | null): boolean {
  if (!n) return true;
  if (n.nodeType !== 1) return false;
  const el = n as Element;
  return el.localName === 'br' || isBlockElement(el);
}

/**
 * Source-code indentation between blocks ("\n    " between two <p>) is not text a reader sees. A
 * whitespace-only node counts only between two inline neighbours ("<b>Wang</b> <i>Yi</i>").
 */
export function isLayoutWhitespace(node: Text): boolean {
  if (!isWhitespace(node.data) || isPiece(node)) return false;
  return isBoundary(sibling(node, -1)) || isBoundary(sibling(node, 1));
}

const isBlock = (n: Node): boolean => n.nodeType === 1 && isBlockElement(n as Element);

/**
 * What separates two text nodes in reading order (a before b): nothing, a line break or a paragraph.
 * Only the ancestors below the two nodes' lowest common ancestor are climbed (b's side asks each
 * whether it holds a): neighbouring nodes of one paragraph share all but a level or two of their
 * ancestors, and in a browser every ancestor climbed is a DOM call.
 */
export function separatorBetween(a: Node, b: Node): string {
  let childB: Node = b;
  let common = b.parentNode;
  for (; common && !common.contains(a); common = common.parentNode) {
    if (isBlock(common)) return PARAGRAPH_SEPARATOR;
    childB = common;
  }
  if (!common) return PARAGRAPH_SEPARATOR;
  let childA: Node = a;
  for (let p = a.parentNode; p && p !== common; p = p.parentNode) {
    if (isBlock(p)) return PARAGRAPH_SEPARATOR;
    childA = p;
  }
  let sep = '';
  for (let n = childA.nextSibling; n && n !== childB; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (isBlockElement(el) || el.querySelector(BLOCK_SELECTOR)) return PARAGRAPH_SEPARATOR;
    if (el.localName === 'br' || el.querySelector('br')) sep = LINE_SEPARATOR;
  }
  return sep;
}

/**
 * Joins text nodes (already in document order) into a TextMap. Layout whitespace is dropped;
 * separators sit between segments and belong to no node.
 */
export function textMapFromNodes(nodes: Iterable<Text>): TextMap {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let prev: Text | null = null;
  for (const node of nodes) {
    if (!node.data.length || isLayoutWhitespace(node)) continue;
    if (prev) {
      const sep = separatorBetween(prev, node);
      if (sep) {
        parts.push(sep);
        length += sep.length;
      }
    }
    segments.push({ start: length, end: length + node.data.length, node });
    parts.push(node.data);
    length += node.data.length;
    prev = node;
  }
  return { text: parts.join(''), segments };
}

/** Every visible text node under root, in document order (root's own exclusion is not checked). */
export function collectTextNodes(root: Node, out: Text[] = []): Text[] {
  for (let n = root.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) out.push(n as Text);
    else if (n.nodeType === 1 && !isSkippedElement(n as Element)) collectTextNodes(n, out);
  }
  return out;
}

export interface BuildTextMapOptions {
  /** Also drop text under an ancestor of root that is hidden or skipped (default true). */
  checkAncestors?: boolean;
}

/** The TextMap of whole elements: lazy-loaded content, "analyze anyway", re-anchoring. */
export function buildTextMap(root: Element | Element[], opts: BuildTextMapOptions = {}): TextMap {
  const roots = Array.isArray(root) ? root : [root];
  const nodes: Text[] = [];
  for (const r of roots) {
    if (opts.checkAncestors !== false && (isSkippedElement(r) || isExcludedNode(r))) continue;
    collectTextNodes(r, nodes);
  }
  return textMapFromNodes(nodes);
}
