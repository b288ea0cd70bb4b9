// One bounded walk over the page's elements that collects everything detection and metadata read.
// Each querySelectorAll is a full walk of its own (in JavaScript under happy-dom); doing one walk
// instead of twenty keeps detection a small fraction of a Readability parse. Nothing is cached
// between calls: single-page apps change the document under the same object.

/** Elements visited at most; pages beyond this are judged on their first part. */
const MAX_ELEMENTS = 60_000;
const MAX_PARAGRAPHS = 400;
const MAX_BREAK_PARENTS = 300;
const MAX_HEADINGS = 200;
const MAX_ITEMS = 200;
const MAX_SCRIPTS = 30;

// Subtrees that hold no visible prose or metadata worth a visit.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'MATH', 'math', 'IFRAME', 'SELECT']);

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

export function scanPage(doc: Document): PageScan {
  const s: PageScan = {
    metas: [], links: [], ldScripts: [], items: [], props: [], title: null, h1: null,
    paragraphs: [], breakParents: [], headings: [], articles: [], tableRows: 0, codeBlocks: 0,
    inlineCode: 0, authorLink: null, timePubdate: null,
  };
  const root = doc.documentElement;
  if (!root) return s;
  let visited = 0;
  let el: Element | null = root;
  const breakParents = new Set<Element>();
  // Pre-order walk by sibling links: no child collections are built, and document order is kept.
  while (el && visited < MAX_ELEMENTS) {
    visited++;
    const tag: string = el.tagName;
    switch (tag) {
      case 'META': s.metas.push(el); break;
      case 'LINK': s.links.push(el); break;
      case 'SCRIPT':
        if (s.ldScripts.length < MAX_SCRIPTS && /ld\+json/i.test(el.getAttribute('type') ?? '')) s.ldScripts.push(el);
        break;
      case 'TITLE': if (!s.title) s.title = el; break;
      case 'H1': if (!s.h1) s.h1 = el; break;
      case 'H2': case 'H3': case 'H4': if (s.headings.length < MAX_HEADINGS) s.headings.push(el); break;
      case 'P': if (s.paragraphs.length < MAX_PARAGRAPHS) s.paragraphs.push(el); break;
      case 'BR': {
        const parent = el.parentElement;
        if (parent && !breakParents.has(parent) && breakParents.size < MAX_BREAK_PARENTS) {
          breakParents.add(parent);
          if (!parent.closest('p, li, td, address')) s.breakParents.push(parent);
        }
        break;
      }
      case 'ARTICLE': s.articles.push(el); break;
      case 'TR': s.tableRows++; break;
      case 'PRE': s.codeBlocks++; break;
      case 'CODE': if (el.parentElement?.tagName === 'P') s.inlineCode++; break;
      case 'TIME': if (!s.timePubdate && el.hasAttribute('pubdate')) s.timePubdate = el; break;
    }
    if (el.hasAttribute('itemprop') && s.props.length < MAX_ITEMS) s.props.push(el);
    if (el.hasAttribute('itemtype') && el.hasAttribute('itemscope') && s.items.length < MAX_ITEMS) s.items.push(el);
    if (!s.authorLink && (tag === 'A' || tag === 'LINK') && /\bauthor\b/i.test(el.getAttribute('rel') ?? '')) {
      s.authorLink = el;
    }
    const child: Element | null = SKIP.has(tag) ? null : el.firstElementChild;
    if (child) {
      el = child;
      continue;
    }
    let next: Element | null = null;
    while (el && el !== root && !(next = el.nextElementSibling)) el = el.parentElement;
    el = next;
  }
  return s;
}
