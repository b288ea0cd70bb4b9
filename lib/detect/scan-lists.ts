// The page scan (scan.ts) from the browser's own element lists. In a browser the walk pays for a
// script object and a localName read per element, most of them elements detection never reads;
// getElementsByTagName answers natively (and keeps its answer until the page changes) and hands
// script only the elements asked for. Selector lists ("h2, h3, h4") match every element against
// each selector and cost several times a tag list, so tag lists are used, merged where order counts.
// It finds what the walk finds. The walk skips the inside of script, style, noscript, template, svg,
// math, iframe and select:
// - inside svg and math every element the parser makes is of their namespace, which is checked;
//   a page with an svg foreignObject or a math annotation-xml (they hold HTML) is left to the walk;
// - a select may hold more than options (customizable select): such a page is left to the walk;
// - the others hold text in a browser that runs scripts, not elements. Elements a script puts
//   inside them are never shown, and are the one difference: the lists find them, the walk not.
import type { PageScan } from './scan';

const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** What the walk collects, as a selector: a select holding any of them is left to the walk. */
const COLLECTED = 'meta,link,script,title,h1,h2,h3,h4,p,br,article,tr,pre,code,time,a';

export interface ListLimits {
  maxElements: number;
  maxParagraphs: number;
  maxBreakParents: number;
  maxHeadings: number;
  maxScripts: number;
}

// Set per scan: on a page without svg or math no element the parser made is of another namespace,
// and one a script made with createElementNS the walk collects too (it reads local names only); so
// the test, a DOM call per element listed, is skipped there.
let foreignPage = true;
const isHtml = (e: Element): boolean => !foreignPage || e.namespaceURI === HTML_NS;

/** Can the lists find what the walk finds on this page? (`foreign`: it has svg or math.) */
function listable(doc: Document, maxElements: number, foreign: boolean): boolean {
  if (doc.getElementsByTagName('*').length > maxElements) return false;
  if (foreign && (doc.getElementsByTagName('foreignObject').length || doc.getElementsByTagName('annotation-xml').length)) return false;
  const selects = doc.getElementsByTagName('select');
  for (let i = 0; i < selects.length; i++) if (selects[i].querySelector(COLLECTED)) return false;
  return true;
}

const FOLLOWS = 4;

/** Up to `max` HTML elements of several lists (each in document order), merged in document order. */
function mergedHtml(lists: ArrayLike<Element>[], max: number, out: Element[]): Element[] {
  // Each list's next element, read once: every read of a live list is a call into the browser.
  const at = lists.map(() => 0);
  const next = lists.map((l) => (l.length ? l[0] : null));
  while (out.length < max) {
    let pick = -1;
    for (let k = 0; k < lists.length; k++) {
      if (!next[k]) continue;
      // k's next element comes first unless it follows the one picked so far.
      if (pick < 0 || !(next[pick]!.compareDocumentPosition(next[k]!) & FOLLOWS)) pick = k;
    }
    if (pick < 0) break;
    const e = next[pick]!;
    const list = lists[pick];
    next[pick] = ++at[pick] < list.length ? list[at[pick]] : null;
    if (isHtml(e)) out.push(e);
  }
  return out;
}

/** Up to `max` elements of a list that are HTML elements, in document order. */
function htmlOf(list: ArrayLike<Element>, max: number, out: Element[]): Element[] {
  for (let i = 0, n = list.length; i < n && out.length < max; i++) {
    const e = list[i];
    if (isHtml(e)) out.push(e);
  }
  return out;
}

function firstHtml(list: ArrayLike<Element>, keep: (e: Element) => boolean = () => true): Element | null {
  for (let i = 0, n = list.length; i < n; i++) {
    const e = list[i];
    if (isHtml(e) && keep(e)) return e;
  }
  return null;
}

const AUTHOR = /\bauthor\b/i;

/** Fills `s` as the walk would and returns true, or returns false (and leaves `s`) where it cannot. */
export function scanByLists(doc: Document, s: PageScan, lim: ListLimits): boolean {
  const byTag = (tag: string) => doc.getElementsByTagName(tag);
  const foreign = byTag('svg').length > 0 || byTag('math').length > 0;
  if (!listable(doc, lim.maxElements, foreign)) return false;
  foreignPage = foreign;
  htmlOf(byTag('meta'), Infinity, s.metas);
  htmlOf(byTag('link'), Infinity, s.links);
  const scripts = byTag('script');
  for (let i = 0; i < scripts.length && s.ldScripts.length < lim.maxScripts; i++) {
    if (isHtml(scripts[i]) && /ld\+json/i.test(scripts[i].getAttribute('type') ?? '')) s.ldScripts.push(scripts[i]);
  }
  s.title = firstHtml(byTag('title'));
  s.h1 = firstHtml(byTag('h1'));
  mergedHtml([byTag('h2'), byTag('h3'), byTag('h4')], lim.maxHeadings, s.headings);
  htmlOf(byTag('p'), lim.maxParagraphs, s.paragraphs);
  const breaks = byTag('br');
  const breakParents = new Set<Element>();
  for (let i = 0; i < breaks.length && breakParents.size < lim.maxBreakParents; i++) {
    const parent = isHtml(breaks[i]) ? breaks[i].parentElement : null;
    if (!parent || breakParents.has(parent)) continue;
    breakParents.add(parent);
    if (!parent.closest('p, li, td, address')) s.breakParents.push(parent);
  }
  htmlOf(byTag('article'), Infinity, s.articles);
  // Counted without an object per element; those inside svg or math (other namespaces) taken away.
  const count = (selector: string, total: number) => (foreign && total ? total - doc.querySelectorAll(`svg ${selector}, math ${selector}`).length : total);
  s.tableRows = count('tr', byTag('tr').length);
  s.codeBlocks = count('pre', byTag('pre').length);
  s.inlineCode = byTag('code').length ? count('p > code', doc.querySelectorAll('p > code').length) : 0;
  const author = (e: Element) => AUTHOR.test(e.getAttribute('rel') ?? '');
  const [a, link] = [firstHtml(doc.querySelectorAll('a[rel]'), author), s.links.find(author) ?? null];
  s.authorLink = a && link ? (a.compareDocumentPosition(link) & FOLLOWS ? a : link) : (a ?? link);
  s.timePubdate = firstHtml(byTag('time'), (e) => e.hasAttribute('pubdate'));
  return true;
}
