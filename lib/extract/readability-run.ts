// Readability as extraction runs it: on nodes (no serializing), keeping classes (nobody reads them),
// and with one of its checks reordered. Readability 0.6, on a page whose metadata names no author,
// asks every element it visits whether it is the byline, and that check builds the element's whole
// text before its cheap tests (rel, itemprop, class and id): text of the <html>, of <body>, of every
// wrapper, which is most of what a parse costs on some pages. The replacement decides the same way
// (the same three conditions, each without side effects) but builds the text only for candidates.
// Readability.js alone, not the package index (see readability-module.d.ts): 0.7 KB less in the content script.
import Readability from '@mozilla/readability/Readability.js';

interface BylineCheck {
  REGEXPS: { byline: RegExp };
  _isValidByline(node: Element, matchString: string): boolean;
}

export function isValidByline(this: BylineCheck, node: Element, matchString: string): boolean {
  const rel = node.getAttribute('rel');
  const itemprop = node.getAttribute('itemprop');
  if (!(rel === 'author' || (itemprop && itemprop.includes('author')) || this.REGEXPS.byline.test(matchString))) return false;
  const length = (node.textContent ?? '').trim().length;
  return !!length && length < 100;
}

export interface ReadabilityOptions {
  charThreshold?: number;
  maxElemsToParse?: number;
}

export function parseWithReadability(doc: Document, opts: ReadabilityOptions = {}) {
  const reader = new Readability<Node>(doc, {
    serializer: (el: Node) => el,
    keepClasses: true,
    charThreshold: opts.charThreshold,
    maxElemsToParse: opts.maxElemsToParse,
  });
  const check = reader as unknown as BylineCheck;
  // Only where the method is the one this replaces (a newer Readability keeps its own).
  if (typeof check._isValidByline === 'function' && check._isValidByline.length === 2 && check.REGEXPS?.byline instanceof RegExp) {
    check._isValidByline = isValidByline;
  }
  return reader.parse();
}
