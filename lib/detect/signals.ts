// What the page's body looks like, measured on bounded samples: how much running prose sits
// together in one container (an article's body) versus scattered over many small boxes (teasers,
// comments, product tiles), plus counts of teaser headlines, <article> elements and code blocks.
// No layout, no innerText, no walk over the whole text of the document.

const MAX_PARAGRAPHS = 400;
const MAX_BREAKS = 300;
const MAX_HEADINGS = 200;
/** Weighted characters from which a block counts as prose rather than a label or a teaser line. */
const LONG_BLOCK = 100;

// Han, kana and Hangul carry about three Latin letters' worth of text per character.
const WIDE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;

export function weightedLength(s: string): number {
  const wide = s.match(WIDE);
  return s.length + 2 * (wide ? wide.length : 0);
}

function normalized(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function linkTextLength(el: Element): number {
  let n = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) n += (links[i].textContent ?? '').trim().length;
  return n;
}

// Paragraphs of one body sit under one element, or are split into a few chunks under a common
// ancestor; comments and teasers each sit in their own box. Like Readability, credit the parent in
// full and two more ancestors with a decaying share, and take the best-credited element as the body.
const ANCESTOR_SHARE = [1, 1 / 2, 1 / 3];

interface Credit {
  score: number;
  blocks: number;
  chars: number;
}

export interface TextShape {
  /** Prose blocks (long <p>, or runs of text separated by <br>) with few links. */
  longBlocks: number;
  /** Weighted characters of all prose blocks. */
  totalChars: number;
  /** Prose blocks and their weighted characters under the best-credited element. */
  bestBlocks: number;
  bestChars: number;
}

/** Text of a <br>-separated block without its block-level children (lists, headings, nested boxes). */
function ownText(el: Element): string {
  let s = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) s += n.textContent;
    else if (n.nodeType === 1 && INLINE.has((n as Element).tagName)) s += n.textContent;
  }
  return s.replace(/\s+/g, ' ').trim();
}
const INLINE = new Set(['A', 'B', 'I', 'EM', 'STRONG', 'SPAN', 'U', 'FONT', 'SMALL', 'SUB', 'SUP', 'Q', 'ABBR', 'CITE']);

export function measureText(doc: Document): TextShape {
  const blocks: [Element, string][] = [];
  const ps = doc.getElementsByTagName('p');
  for (let i = 0; i < ps.length && i < MAX_PARAGRAPHS; i++) blocks.push([ps[i], normalized(ps[i])]);
  // Some publishers separate paragraphs with <br> instead of <p>; the parent of the breaks is then
  // the prose block.
  const seen = new Set<Element>();
  const brs = doc.getElementsByTagName('br');
  for (let i = 0; i < brs.length && i < MAX_BREAKS; i++) {
    const parent = brs[i].parentElement;
    if (!parent || seen.has(parent) || parent.closest('p, li, td, address')) continue;
    seen.add(parent);
    blocks.push([parent, ownText(parent)]);
  }
  const credit = new Map<Element, Credit>();
  // A page with a single <article> says where its body is; its sections may be nested too deep for
  // the ancestor credit to join them.
  const articles = doc.getElementsByTagName('article');
  const only = articles.length === 1 ? articles[0] : null;
  const inArticle: Credit = { score: 0, blocks: 0, chars: 0 };
  let longBlocks = 0;
  let totalChars = 0;
  for (const [el, text] of blocks) {
    const chars = weightedLength(text);
    if (chars < LONG_BLOCK || linkTextLength(el) > text.length / 2) continue;
    longBlocks++;
    totalChars += chars;
    if (only?.contains(el)) {
      inArticle.blocks++;
      inArticle.chars += chars;
    }
    let a = el.parentElement;
    for (let level = 0; a && a.tagName !== 'BODY' && level < ANCESTOR_SHARE.length; level++) {
      const c = credit.get(a) ?? { score: 0, blocks: 0, chars: 0 };
      c.score += chars * ANCESTOR_SHARE[level];
      c.blocks++;
      c.chars += chars;
      credit.set(a, c);
      a = a.parentElement;
    }
  }
  let best: Credit = { score: 0, blocks: 0, chars: 0 };
  for (const c of credit.values()) if (c.score > best.score) best = c;
  if (inArticle.chars > best.chars) best = inArticle;
  return { longBlocks, totalChars, bestBlocks: best.blocks, bestChars: best.chars };
}

export interface PageShape {
  articles: number;
  /** h2–h4 headings that are links: the teasers of front, section and listing pages. */
  linkedHeadings: number;
  headings: number;
  /** Table rows: data tables and list pages. */
  tableRows: number;
  /** <pre> blocks and inline <code> in paragraphs: documentation and code pages. */
  codeBlocks: number;
  inlineCode: number;
  /** An element that names the author: rel=author, itemprop=author, a byline class. */
  byline: boolean;
}

export function measureShape(doc: Document): PageShape {
  const hs = doc.querySelectorAll('h2, h3, h4');
  let linkedHeadings = 0;
  for (let i = 0; i < hs.length && i < MAX_HEADINGS; i++) {
    const h = hs[i];
    // A heading that wraps paragraphs or boxes is broken markup around a body, not a teaser.
    if ((h.querySelector('a[href]') || h.closest('a[href]')) && !h.querySelector('p, div, section')) {
      linkedHeadings++;
    }
  }
  return {
    articles: doc.getElementsByTagName('article').length,
    linkedHeadings,
    headings: hs.length,
    tableRows: doc.getElementsByTagName('tr').length,
    codeBlocks: doc.getElementsByTagName('pre').length,
    inlineCode: doc.querySelectorAll('p code').length,
    byline: !!doc.querySelector(
      '[rel="author"], [itemprop="author"], [class*="byline" i], [class*="author-name" i], address.author',
    ),
  };
}
