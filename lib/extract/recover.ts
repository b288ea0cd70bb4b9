// Text that Readability's result does not lead back to, recovered from the live page: the whole
// article when Readability's retry rebuilt the clone from HTML (no node maps any more), and the
// headline and opening paragraphs it sometimes drops (mozilla/readability#776, #901, #964).
import { anchorText } from '../anchor/selectors';
import { segmentAfter } from './offsets';
import { buildTextMap, collectTextNodes, isExcludedNode } from './text-map';

export function normalizeText(s: string): string {
  return s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The deepest node containing both. */
export function commonAncestor(a: Node, b: Node): Node | null {
  const seen = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) seen.add(n);
  for (let n: Node | null = b; n; n = n.parentNode) if (seen.has(n)) return n;
  return null;
}

const QUOTE_CHARS = 160;

/**
 * After a retry nothing maps, so find the live element whose text holds the article's first and
 * last paragraphs, then keep its text nodes that line up, in order, with the article's own.
 */
export function recoverByQuotes(doc: Document, article: Element): Text[] {
  const body = doc.body;
  if (!body) return [];
  // Text nodes, not paragraphs: their data is verbatim in the live text, whatever the markup.
  const wanted = collectTextNodes(article);
  const words = wanted.map((t) => t.data.trim()).filter(Boolean);
  // The longest of the first (last) few: short strings like "[1]" occur anywhere.
  // Ties go to the outermost node.
  const first = words.slice(0, 5).reduce((a, b) => (b.length > a.length ? b : a), '').slice(0, QUOTE_CHARS);
  const last = words.slice(-5).reduce((a, b) => (b.length >= a.length ? b : a), '').slice(-QUOTE_CHARS);
  if (!first || !last) return [];
  const live = buildTextMap(body);
  const a = anchorText(live.text, { quote: { type: 'TextQuoteSelector', exact: first } });
  if (!a) return [];
  const tail = live.text.slice(a.start);
  const b = anchorText(tail, { quote: { type: 'TextQuoteSelector', exact: last } });
  const endOffset = b ? a.start + b.end - 1 : a.end - 1;
  const nodeAt = (offset: number) => live.segments[segmentAfter(live, offset)]?.node;
  const startNode = nodeAt(a.start);
  const endNode = nodeAt(endOffset);
  if (!startNode || !endNode) return [];
  let container = commonAncestor(startNode, endNode);
  while (container && container.nodeType !== 1) container = container.parentNode;
  if (!container) return [];
  const candidates = collectTextNodes(container);
  return alignByData(candidates, wanted);
}

const WINDOW = 200;

// Keeps the candidates whose data matches the article's text nodes in order, skipping what
// Readability removed (share bars, related boxes) and never adding what it did not keep.
function alignByData(candidates: Text[], wanted: Text[]): Text[] {
  const out: Text[] = [];
  let i = 0;
  for (const w of wanted) {
    if (!w.data.trim()) continue;
    for (let k = i; k < candidates.length && k < i + WINDOW; k++) {
      if (candidates[k].data === w.data) {
        out.push(candidates[k]);
        i = k + 1;
        break;
      }
    }
  }
  return out;
}

// Dice coefficient of the word sets: "Julian Assange: Sweden drops rape investigation" and the
// og:title "Sweden drops Assange rape investigation" are the same headline.
function wordOverlap(a: string, b: string): number {
  const wa = new Set(a.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const wb = new Set(b.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  if (!wa.size || !wb.size) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

/** The live headline: the <h1> whose text is Readability's title, or shares most of its words. */
export function findHeadline(doc: Document, title: string | null | undefined): Element | null {
  if (!title) return null;
  const want = normalizeText(title);
  if (!want) return null;
  let top: Element | null = null;
  let topScore = 0;
  for (const h of doc.querySelectorAll('h1')) {
    if (isExcludedNode(h)) continue;
    const got = normalizeText(h.textContent ?? '');
    if (!got) continue;
    let score = wordOverlap(got, want);
    if (got === want) score = 1;
    else if (want.includes(got) || got.includes(want)) score = Math.max(score, Math.min(got.length, want.length) / Math.max(got.length, want.length));
    if (score > topScore) {
      top = h;
      topScore = score;
    }
  }
  return topScore >= 0.6 ? top : null;
}

const BOILERPLATE = /byline|author|dateline|credit|meta|share|social|related|promo|newsletter|subscribe|breadcrumb|caption|advert|sponsor|affiliate|disclosure|cookie/i;
const MIN_LEAD_CHARS = 60;
/** An opening, not a second article: at most this many paragraphs, the ones nearest the body. */
const MAX_LEAD_PARAGRAPHS = 3;

// What a page says an element is: class, id, role, itemprop and data-* values (e.g. data-theme-key).
function describeElement(el: Element): string {
  return el
    .getAttributeNames()
    .filter((a) => a === 'class' || a === 'id' || a === 'role' || a === 'itemprop' || a.startsWith('data-'))
    .map((a) => el.getAttribute(a))
    .join(' ');
}

function looksLikeBoilerplate(el: Element, scope: Element): boolean {
  for (let n: Element | null = el; n && n !== scope; n = n.parentElement) {
    if (/^(NAV|ASIDE|FOOTER|FORM|FIGURE)$/i.test(n.tagName)) return true;
    if (BOILERPLATE.test(describeElement(n))) return true;
  }
  return !!el.querySelector('[rel~="author"], time, [class*="author"], [class*="byline"]');
}

/**
 * Opening paragraphs of the live article that Readability dropped: <p> elements of the article
 * container (the enclosing <article>, else the root's parent) after the headline and before the first
 * extracted node, at most the nearest three. Short ones (bylines, datelines) are left out.
 */
export function droppedLeadParagraphs(root: Element, firstNode: Text, headline: Element | null): Text[] {
  const isPage = (el: Element | null) => !el || el === el.ownerDocument.body || el.tagName.toUpperCase() === 'HTML';
  const scope = root.closest('article') ?? (isPage(root.parentElement) ? root : root.parentElement!);
  const found: Element[] = [];
  // When the "container" is the whole page, its leading paragraphs are anything but a lead.
  if (isPage(scope)) return [];
  for (const p of scope.querySelectorAll('p')) {
    if (p.contains(firstNode) || !(p.compareDocumentPosition(firstNode) & 4)) break;
    if (headline && !(headline.compareDocumentPosition(p) & 4)) continue;
    if (isExcludedNode(p.firstChild ?? p) || looksLikeBoilerplate(p, scope)) continue;
    if (normalizeText(p.textContent ?? '').length < MIN_LEAD_CHARS) continue;
    found.push(p);
  }
  const out: Text[] = [];
  for (const p of found.slice(-MAX_LEAD_PARAGRAPHS)) collectTextNodes(p, out);
  return out;
}
