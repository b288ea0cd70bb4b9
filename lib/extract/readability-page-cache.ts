// Readability 0.6 keeps the page it reads as HTML (`pageCacheHtml = page.innerHTML`) before its
// first pass, so that it can start over with looser rules when a pass finds too little text. Most
// parses never start over, yet serialising the body cost a median 7% of stock Readability's clone and
// parse in Chromium (30 corpus articles). Here the page is kept by the live page instead: while
// _grabArticle runs, the body's innerHTML reads as a token, and writing the token back puts in a
// fresh copy of the live body with parse()'s earlier steps replayed on it. The copy's text nodes are
// paired with the page's like the first copy's, so an article found on a later pass still traces to
// the live page, which a copy rebuilt from HTML does not.
// The article's own serialisation for a log line that is built even when nothing is logged
// ("Grabbed: " + innerHTML, in parse) is skipped the same way.
import type { ReaderDocument } from './clone-map';
import { methodCalls } from './readability-source';

export interface PageInternals {
  _doc: ReaderDocument;
  _grabArticle(page?: Element): Element | null;
  _unwrapNoscriptImages(doc: ReaderDocument): void;
  _removeScripts(doc: ReaderDocument): void;
  _prepDocument(): void;
  parse(): unknown;
}

const KEPT = '<!-- attache: the page is kept by the live page -->';

// What Readability 0.6's parse() does before and after _grabArticle, in order (also once minified).
const PARSE_STEPS = ['_unwrapNoscriptImages', '_getJSONLD', '_removeScripts', '_prepDocument', '_getArticleMetadata', '_grabArticle', '_postProcessContent', '_serializer'];

/** True when this Readability keeps and restores the page as this module expects. */
export function keepsPageAsExpected(proto: { parse?: unknown; _grabArticle?: unknown }): boolean {
  if (methodCalls(proto.parse).join() !== PARSE_STEPS.join()) return false;
  const grab = String(proto._grabArticle);
  const kept = /([\w$]+)\s*=\s*([\w$]+)\.innerHTML\s*[;,]/.exec(grab);
  if (!kept) return false;
  const [, cache, page] = kept;
  const writes = grab.match(/\.innerHTML\s*=[^=]/g) ?? [];
  const name = (id: string) => `(?<![\\w$])${id.replace(/\$/g, '\\$')}(?![\\w$])`;
  return writes.length === 1 && new RegExp(`${name(page)}\\.innerHTML\\s*=\\s*${name(cache)}`).test(grab);
}

function innerHtmlSetter(el: Element): ((this: Element, html: string) => void) | undefined {
  for (let p = Object.getPrototypeOf(el); p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, 'innerHTML');
    if (d) return d.set;
  }
  return undefined;
}

/** Puts a fresh copy of the live body into `page`, as parse() left the page before _grabArticle. */
function restore(reader: PageInternals, page: Element, copyBody: () => ReaderDocument | null): void {
  const sub = copyBody();
  const fresh = sub?.body;
  if (!sub || !fresh) throw new Error('the page has no body to start over from');
  const doc = reader._doc;
  reader._doc = sub;
  try {
    reader._unwrapNoscriptImages(sub);
    reader._removeScripts(sub);
    reader._prepDocument();
  } finally {
    reader._doc = doc;
  }
  while (page.firstChild) page.removeChild(page.firstChild);
  while (fresh.firstChild) page.appendChild(fresh.firstChild);
}

/** reader.parse(), with the page kept by `copyBody` instead of by HTML (see the header). */
export function parseKeepingPage<T>(reader: PageInternals, copyBody: () => ReaderDocument | null): T {
  const grab = reader._grabArticle;
  const marked: Element[] = [];
  const mark = (el: Element, get: () => string, set?: (html: string) => void): void => {
    Object.defineProperty(el, 'innerHTML', { configurable: true, get, set });
    marked.push(el);
  };
  reader._grabArticle = function (this: PageInternals, given?: Element) {
    const page = given ?? this._doc.body;
    if (page) {
      const write = innerHtmlSetter(page);
      mark(page, () => KEPT, (html) => (html === KEPT ? restore(this, page, copyBody) : write?.call(page, html)));
    }
    let article: Element | null;
    try {
      article = grab.call(this, given);
    } finally {
      if (page) delete (page as { innerHTML?: string }).innerHTML;
    }
    if (article) mark(article, () => '');
    return article;
  };
  try {
    return reader.parse() as T;
  } finally {
    for (const el of marked) delete (el as { innerHTML?: string }).innerHTML;
  }
}
