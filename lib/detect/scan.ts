// One bounded walk over the page's elements that collects everything detection and metadata read.
// Each querySelectorAll is a full walk of its own (in JavaScript under happy-dom); doing one walk
// instead of twenty keeps detection a small fraction of a Readability parse. In a browser, where
// those lists are native, they are read instead when they find the same elements (./scan-lists).
// Nothing is cached between calls: single-page apps change the document under the same object.
import { scanByLists, type ListLimits } from './scan-lists';

/** Elements visited at most; pages beyond this are judged on their first part. */
const MAX_ELEMENTS = 60_000;
const MAX_PARAGRAPHS = 400;
const MAX_BREAK_PARENTS = 300;
const MAX_HEADINGS = 200;
const MAX_ITEMS = 200;
const MAX_SCRIPTS = 30;

// Subtrees that hold no visible prose or metadata worth a visit (local names: lower case).
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'select']);
const SHOW_ELEMENT = 1;

export interface PageScan {
  metas: Element[];
  links: Element[];
  ldScripts: Element[];
  /** Elements with itemscope and itemtype. */
  items: Element[];
  /** Elements with itemprop (author, datePublished, headline). */
  props: Element[];
  title: Element | null;
  h1: Element | null;
  paragraphs: Element[];
  /** Parents of <br> elements that are not inside p, li, td (prose written with line breaks). */
  breakParents: Element[];
  headings: Element[];
  articles: Element[];
  tableRows: number;
  codeBlocks: number;
  /** <code> elements whose parent is a paragraph. */
  inlineCode: number;
  /** The first a/link with rel=author. */
  authorLink: Element | null;
  timePubdate: Element | null;
}

// Subtrees the walk skips, as a selector: microdata found by query is kept only outside them.
const SKIP_SELECTOR = [...SKIP].join(',');

/**
 * Does `doc` answer selector queries natively? In a browser one attribute query is a native pass,
 * cheaper than asking every element for its microdata attributes from script (a third of the walk's
 * time in Chromium, median of 45 non-article pages); under happy-dom (the CLI, the tests) each query
 * is a walk in script, and detection took twice as long with queries.
 */
export function queriesNatively(doc: Document): boolean {
  return /\{\s*\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(doc.querySelectorAll));
}

export const emptyScan = (): PageScan => ({
  metas: [], links: [], ldScripts: [], items: [], props: [], title: null, h1: null,
  paragraphs: [], breakParents: [], headings: [], articles: [], tableRows: 0, codeBlocks: 0,
  inlineCode: 0, authorLink: null, timePubdate: null,
});

/** The walk's bounds, for the lists (./scan-lists) to keep to. */
export const scanLimits = (maxElements = MAX_ELEMENTS): ListLimits => ({
  maxElements, maxParagraphs: MAX_PARAGRAPHS, maxBreakParents: MAX_BREAK_PARENTS, maxHeadings: MAX_HEADINGS, maxScripts: MAX_SCRIPTS,
});

export interface ScanOptions {
  /** Find microdata with two attribute queries rather than per element (default: queriesNatively). */
  queryMicrodata?: boolean;
  /** Collect from the browser's element lists rather than by the walk where they find the same (./scan-lists; default: queryMicrodata). */
  listElements?: boolean;
  /** Elements visited at most (default 60,000). */
  maxElements?: number;
}

// In a browser each DOM call from script costs far more than the work behind it (Chromium makes a
// wrapper per node touched, and an isolated world pays more), so the walk is a native TreeWalker and
// asks each element its local name (tagName builds an upper-case copy), and microdata is queried.
export function scanPage(doc: Document, opts: ScanOptions = {}): PageScan {
  const s = emptyScan();
  const root = doc.documentElement;
  if (!root) return s;
  const queried = opts.queryMicrodata ?? queriesNatively(doc);
  const maxElements = opts.maxElements ?? MAX_ELEMENTS;
  if (queried && (opts.listElements ?? true) && scanByLists(doc, s, scanLimits(maxElements))) {
    // Every element was in reach: microdata as the walk's whole would find it.
    queryMicrodata(doc, s, null);
    return s;
  }
  let visited = 0;
  let last: Element = root;
  const breakParents = new Set<Element>();
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  let el: Element | null = root;
  // Pre-order, so document order is kept.
  while (el && visited < maxElements) {
    visited++;
    last = el;
    const tag: string = el.localName;
    switch (tag) {
      case 'meta': s.metas.push(el); break;
      case 'link':
        s.links.push(el);
        if (!s.authorLink && /\bauthor\b/i.test(el.getAttribute('rel') ?? '')) s.authorLink = el;
        break;
      case 'script':
        if (s.ldScripts.length < MAX_SCRIPTS && /ld\+json/i.test(el.getAttribute('type') ?? '')) s.ldScripts.push(el);
        break;
      case 'title': if (!s.title) s.title = el; break;
      case 'h1': if (!s.h1) s.h1 = el; break;
      case 'h2': case 'h3': case 'h4': if (s.headings.length < MAX_HEADINGS) s.headings.push(el); break;
      case 'p': if (s.paragraphs.length < MAX_PARAGRAPHS) s.paragraphs.push(el); break;
      case 'br': {
        const parent = el.parentElement;
        if (parent && !breakParents.has(parent) && breakParents.size < MAX_BREAK_PARENTS) {
          breakParents.add(parent);
          if (!parent.closest('p, li, td, address')) s.breakParents.push(parent);
        }
        break;
      }
      case 'article': s.articles.push(el); break;
      case 'tr': s.tableRows++; break;
      case 'pre': s.codeBlocks++; break;
      case 'code': if (el.parentElement?.localName === 'p') s.inlineCode++; break;
      case 'time': if (!s.timePubdate && el.hasAttribute('pubdate')) s.timePubdate = el; break;
      case 'a': if (!s.authorLink && /\bauthor\b/i.test(el.getAttribute('rel') ?? '')) s.authorLink = el; break;
    }
    if (!queried) {
      if (s.props.length < MAX_ITEMS && el.hasAttribute('itemprop')) s.props.push(el);
      if (s.items.length < MAX_ITEMS && el.hasAttribute('itemtype') && el.hasAttribute('itemscope')) s.items.push(el);
    }
    if (SKIP.has(tag)) {
      // Past the subtree: the next sibling of this element or of its nearest ancestor that has one.
      let next: Node | null = null;
      while (!(next = walker.nextSibling()) && walker.parentNode());
      el = next as Element | null;
    } else el = walker.nextNode() as Element | null;
  }
  if (queried) queryMicrodata(doc, s, el ? last : null);
  return s;
}

/** Microdata by attribute query: what the walk would find, not inside a skipped subtree nor past `cut` (where it stopped). */
function queryMicrodata(doc: Document, s: PageScan, cut: Element | null): void {
  const visible = (e: Element) => !e.parentElement?.closest(SKIP_SELECTOR) && (!cut || !(cut.compareDocumentPosition(e) & FOLLOWING));
  s.props = firstOf(doc.querySelectorAll('[itemprop]'), visible);
  s.items = firstOf(doc.querySelectorAll('[itemscope][itemtype]'), visible);
}

const FOLLOWING = 4;

function firstOf(list: NodeListOf<Element>, keep: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < list.length && out.length < MAX_ITEMS; i++) if (keep(list[i])) out.push(list[i]);
  return out;
}
