// Text that Readability's result does not lead back to, recovered from the live page: the whole
// article when Readability's retry rebuilt the clone from HTML (no node maps any more), and the
// headline and opening paragraphs it sometimes drops (mozilla/readability#776, #901, #964).
import { anchorText } from '../anchor/selectors';
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
const PARAGRAPHS = 'p, li, blockquote, pre, h2, h3, h4, figcaption';

/**
 * After a retry nothing maps, so find the live element whose text holds the article's first and
 * last paragraphs, then keep its text nodes that line up, in order, with the article's own.
 */
export function recoverByQuotes(doc: Document, article: Element): Text[] {
  const body = doc.body;
  if (!body) return [];
  const paras = [...article.querySelectorAll(PARAGRAPHS)].map((p) => (p.textContent ?? '').trim()).filter((t) => t.length >= 20);
  const whole = (article.textContent ?? '').trim();
  const first = (paras[0] ?? whole).slice(0, QUOTE_CHARS);
  const last = (paras[paras.length - 1] ?? whole).slice(-QUOTE_CHARS);
  if (!first || !last) return [];
  const live = buildTextMap(body);
  const a = anchorText(live.text, { quote: { type: 'TextQuoteSelector', exact: first } });
  if (!a) return [];
  const tail = live.text.slice(a.start);
  const b = anchorText(tail, { quote: { type: 'TextQuoteSelector', exact: last } });
  const endOffset = b ? a.start + b.end - 1 : a.end - 1;
  const nodeAt = (offset: number) => live.segments.find((s) => s.end > offset)?.node;
  const startNode = nodeAt(a.start);
  const endNode = nodeAt(endOffset);
  if (!startNode || !endNode) return [];
  let container = commonAncestor(startNode, endNode);
  while (container && container.nodeType !== 1) container = container.parentNode;
  if (!container) return [];
  const candidates = collectTextNodes(container).filter((t) => !isExcludedNode(t, undefined, container));
  return alignByData(candidates, collectTextNodes(article));
}

const WINDOW = 200;

// Keeps the candidates whose data matches the article's text nodes in order, skipping what
// Readability removed (share bars, related boxes). Falls back to all candidates if little aligns.
function alignByData(candidates: Text[], wanted: Text[]): Text[] {
  const out: Text[] = [];
  let i = 0;
  let matched = 0;
  let total = 0;
  for (const w of wanted) {
    const data = w.data;
    if (!data.trim()) continue;
    total += data.length;
    for (let k = i; k < candidates.length && k < i + WINDOW; k++) {
      if (candidates[k].data === data) {
        out.push(candidates[k]);
        matched += data.length;
        i = k + 1;
        break;
      }
    }
  }
  return total && matched >= 0.6 * total ? out : candidates;
}

/** The live headline: the <h1> whose text is Readability's title (or contains it, or is in it). */
export function findHeadline(doc: Document, title: string | null | undefined): Element | null {
  if (!title) return null;
  const want = normalizeText(title);
  if (!want) return null;
  let top: Element | null = null;
  let topScore = 0;
  for (const h of doc.querySelectorAll('h1')) {
    if (isExcludedNode(h) ) continue;
    const got = normalizeText(h.textContent ?? '');
    if (!got) continue;
    let score = 0;
    if (got === want) score = 1;
    else if (want.includes(got) || got.includes(want)) score = Math.min(got.length, want.length) / Math.max(got.length, want.length);
    if (score > topScore) {
      top = h;
      topScore = score;
    }
  }
  return topScore >= 0.5 ? top : null;
}

const BOILERPLATE = /byline|author|dateline|credit|share|social|related|promo|newsletter|subscribe|breadcrumb|caption|tags?\b|advert|sponsor|cookie/i;
const MIN_LEAD_CHARS = 60;

function looksLikeBoilerplate(el: Element, scope: Element): boolean {
  for (let n: Element | null = el; n && n !== scope; n = n.parentElement) {
    if (/^(NAV|ASIDE|FOOTER|FORM|FIGURE)$/i.test(n.tagName)) return true;
    if (BOILERPLATE.test(`${n.getAttribute('class') ?? ''} ${n.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

/**
 * Opening paragraphs of the live article that Readability dropped: <p> elements of the article
 * container (the enclosing <article>, else the root's parent) after the headline and before the first
 * extracted node. Short ones (bylines, datelines) are left out.
 */
export function droppedLeadParagraphs(root: Element, firstNode: Text, headline: Element | null): Text[] {
  const body = root.ownerDocument.body;
  const parent = root.parentElement;
  const scope = root.closest('article') ?? (parent && parent !== body && parent.tagName !== 'HTML' ? parent : root);
  const out: Text[] = [];
  for (const p of scope.querySelectorAll('p')) {
    if (p.contains(firstNode) || !(p.compareDocumentPosition(firstNode) & 4)) break;
    if (headline && !(headline.compareDocumentPosition(p) & 4)) continue;
    if (isExcludedNode(p.firstChild ?? p) || looksLikeBoilerplate(p, scope)) continue;
    if (normalizeText(p.textContent ?? '').length < MIN_LEAD_CHARS) continue;
    collectTextNodes(p, out);
  }
  return out;
}
