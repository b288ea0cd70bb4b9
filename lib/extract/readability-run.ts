// Readability as extraction runs it: on nodes (no serializing), keeping classes (nobody reads them),
// and with three of its tests reordered. Readability 0.6 evaluates some pure predicates costliest
// term first, on every element it visits:
// - is it the byline? (when the metadata names no author) builds the element's whole text before
//   looking at rel, itemprop, class and id;
// - is it visible? makes a style object for each element, though one without a style attribute has
//   an empty inline style;
// - is it an empty <div>? builds the div's whole text, where its first visible character decides.
// On a wrapper near the top of the page "its whole text" is most of the page, so these cost a
// good share of a parse. The replacements decide exactly as the originals (the same terms, none
// with side effects) and do the cheap part first.
// Its last step rewrites every link and image address in the result to an absolute one; that is
// skipped: extraction reads the result's text nodes and traces them to the page, never its markup.
// (Unwrapping nested wrappers and dropping empty ones stays: that changes which nodes are read.)
// Likewise its first clean-up of the article, removing style and a dozen presentational attributes
// (one call per attribute name per element), is skipped; what follows reads classes, ids, tags and
// text, not those attributes.
// Its conditional clean-up of the article (forms, tables, lists, divs) asks each candidate's text up
// to six times (commas, lists, links, text density...) and again for each ancestor that holds it.
// During one such pass those texts are remembered; see memoInnerText for why that is exact.
// Readability.js alone, not the package index (see readability-module.d.ts): 0.7 KB less in the content script.
import Readability from '@mozilla/readability/Readability.js';
import type { ReaderDocument } from './clone-map';
import { candidateDensity } from './readability-link-density';
import { getCharCount, getNextNode, hasAncestorTag, hasChildBlockElement, hasSingleTagInsideElement, isPhrasingContent } from './readability-walk';
import { keepsPageAsExpected, parseKeepingPage, type PageInternals } from './readability-page-cache';
import { methodCalls } from './readability-source';

interface ReaderInternals {
  ELEMENT_NODE: number;
  REGEXPS: { byline: RegExp };
  _isValidByline(node: Element, matchString: string): boolean;
  _isProbablyVisible(node: Element): boolean;
  _isElementWithoutContent(node: Node): boolean;
  _postProcessContent(articleContent: Element): void;
  _simplifyNestedElements(articleContent: Element): void;
  _cleanStyles(e: Element): void;
  _cleanConditionally(e: Element, tag: string): void;
  _getInnerText(e: Node, normalizeSpaces?: boolean): string;
  _removeNodes(list: ArrayLike<Node>, filter?: (node: Node) => boolean): void;
  // Replaced by ./readability-walk (only their arity is read here).
  _getNextNode(...args: never[]): unknown;
  _hasSingleTagInsideElement(...args: never[]): unknown;
  _hasChildBlockElement(...args: never[]): unknown;
  _isPhrasingContent(...args: never[]): unknown;
  _hasAncestorTag(...args: never[]): unknown;
  _getCharCount(...args: never[]): unknown;
}

const stock = Readability.prototype as unknown as ReaderInternals;

export function isValidByline(this: ReaderInternals, node: Element, matchString: string): boolean {
  const rel = node.getAttribute('rel');
  const itemprop = node.getAttribute('itemprop');
  if (!(rel === 'author' || (itemprop && itemprop.includes('author')) || this.REGEXPS.byline.test(matchString))) return false;
  const length = (node.textContent ?? '').trim().length;
  return !!length && length < 100;
}

export function isProbablyVisible(this: ReaderInternals, node: Element): boolean {
  if (node.hasAttribute('style')) return stock._isProbablyVisible.call(this, node);
  const className = (node as { className?: unknown }).className;
  return (
    !node.hasAttribute('hidden') &&
    (!node.hasAttribute('aria-hidden') ||
      node.getAttribute('aria-hidden') != 'true' ||
      (typeof className === 'string' && className.includes('fallback-image')))
  );
}

// Text and CDATA sections: what textContent concatenates.
const SHOW_TEXT = 4 | 8;
// \s is exactly the set of characters trim() strips (WhiteSpace and LineTerminator).
const NOT_SPACE = /\S/;

export function isElementWithoutContent(this: ReaderInternals, node: Node): boolean {
  if (node.nodeType !== this.ELEMENT_NODE) return false;
  const el = node as Element;
  // The text test stops at its first visible character, a few nodes into a wrapper with content;
  // its whole text, or its count of breaks, is a walk of its whole subtree.
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if (NOT_SPACE.test((t as Text).data)) return false;
  const children = el.children.length;
  return !children || children == el.getElementsByTagName('br').length + el.getElementsByTagName('hr').length;
}

function keepStyles(): void {}

function postProcessContent(this: ReaderInternals, articleContent: Element): void {
  this._simplifyNestedElements(articleContent);
}

/**
 * `_cleanConditionally` and `_getInnerText` for one parse, sharing a memo of (space-normalised) inner
 * texts that lives for one clean-up pass. That is exact because of the order of the pass:
 * `_removeNodes` visits the candidates backwards in document order, and the filter only reads. A text
 * is remembered while some candidate C is judged, and only for C or a node inside C; every candidate
 * inside C was judged (and maybe removed) before C, and every later removal is of a node before C in
 * document order (C's ancestors or nodes ahead of it), which leaves what is inside C as it was.
 */
function memoInnerText(): Pick<ReaderInternals, '_cleanConditionally' | '_getInnerText'> {
  let memo: Map<Node, string> | null = null;
  return {
    _cleanConditionally(this: ReaderInternals, e: Element, tag: string): void {
      memo = new Map();
      try {
        stock._cleanConditionally.call(this, e, tag);
      } finally {
        memo = null;
      }
    },
    _getInnerText(this: ReaderInternals, e: Node, normalizeSpaces?: boolean): string {
      if (!memo || normalizeSpaces === false) return stock._getInnerText.call(this, e, normalizeSpaces);
      let text = memo.get(e);
      if (text === undefined) memo.set(e, (text = stock._getInnerText.call(this, e, true)));
      return text;
    },
  };
}

// The order memoInnerText relies on: Readability 0.6's _removeNodes counts down (also once minified).
const COUNTS_DOWN = /for\s*\(\s*(?:var|let)\s+(\w+)\s*=\s*\w+\.length\s*-\s*1\s*;\s*(?:\1\s*>=\s*0|0\s*<=\s*\1)\s*;\s*(?:\1--|--\1)\s*\)/;
export const removesBackwards = (fn: unknown): boolean => COUNTS_DOWN.test(String(fn));

/** Each replacement, with the arity of the method it stands in for: a newer Readability keeps its own. */
const REPLACEMENTS = [
  ['_isValidByline', isValidByline, 2],
  ['_isProbablyVisible', isProbablyVisible, 1],
  ['_isElementWithoutContent', isElementWithoutContent, 1],
  ['_postProcessContent', postProcessContent, 1],
  ['_cleanStyles', keepStyles, 1],
  ['_getNextNode', getNextNode, 2],
  ['_hasSingleTagInsideElement', hasSingleTagInsideElement, 2],
  ['_hasChildBlockElement', hasChildBlockElement, 1],
  ['_isPhrasingContent', isPhrasingContent, 1],
  ['_hasAncestorTag', hasAncestorTag, 4],
  ['_getCharCount', getCharCount, 2],
] as const;

// What Readability 0.6's _postProcessContent calls; with any other step it is left alone.
const POST_PROCESS_STEPS = ['_cleanClasses', '_fixRelativeUris', '_simplifyNestedElements'];

function sameSteps(fn: unknown, steps: string[]): boolean {
  const calls = new Set(methodCalls(fn));
  return calls.size === steps.length && steps.every((s) => calls.has(s));
}

// Decided once, from the Readability this build carries.
const INSTALLED = REPLACEMENTS.filter(
  ([name, , arity]) =>
    typeof stock[name] === 'function' &&
    stock[name].length === arity &&
    (name !== '_postProcessContent' || sameSteps(stock[name], POST_PROCESS_STEPS)),
);
const MEMO =
  typeof stock._cleanConditionally === 'function' &&
  stock._cleanConditionally.length === 2 &&
  typeof stock._getInnerText === 'function' &&
  stock._getInnerText.length === 2 &&
  removesBackwards(stock._removeNodes);

const DENSITY = candidateDensity(stock as unknown as Parameters<typeof candidateDensity>[0]);

const KEEPS_PAGE = keepsPageAsExpected(stock as unknown as Parameters<typeof keepsPageAsExpected>[0]);

export const replacedMethods = (): string[] => [
  ...INSTALLED.map(([name]) => name),
  ...(MEMO ? ['_cleanConditionally', '_getInnerText'] : []),
  ...(DENSITY ? ['_initializeNode', '_getLinkDensity'] : []),
  ...(KEEPS_PAGE ? ['_grabArticle'] : []),
];

export interface ReadabilityOptions {
  charThreshold?: number;
  maxElemsToParse?: number;
  /** A fresh copy of the page's body (ClonedDocument.copyBody): then the page is not kept as HTML. */
  copyBody?: () => ReaderDocument | null;
}

/** Readability over a document, or over a copy of one that is in no document (./clone-map). */
export function parseWithReadability(doc: Document | ReaderDocument, opts: ReadabilityOptions = {}) {
  const reader = new Readability<Node>(doc as Document, {
    serializer: (el: Node) => el,
    keepClasses: true,
    charThreshold: opts.charThreshold,
    maxElemsToParse: opts.maxElemsToParse,
  });
  const own = reader as unknown as Record<string, unknown>;
  for (const [name, fn] of INSTALLED) own[name] = fn;
  if (MEMO) Object.assign(own, memoInnerText());
  if (DENSITY) Object.assign(own, DENSITY());
  if (KEEPS_PAGE && opts.copyBody) return parseKeepingPage<ReturnType<typeof reader.parse>>(reader as unknown as PageInternals, opts.copyBody);
  return reader.parse();
}
