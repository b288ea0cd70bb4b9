// What the page's body looks like, measured on bounded samples: how much running prose sits
// together in one container (an article's body) versus scattered over many small boxes (teasers,
// comments, product tiles), plus counts of teaser headlines, <article> elements and code blocks.
// No layout, no innerText, no walk over the whole text of the document.
import type { PageScan } from './scan';

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

export function measureText(scan: PageScan): TextShape {
  const blocks: [Element, string][] = scan.paragraphs.map((p) => [p, normalized(p)]);
  // Some publishers separate paragraphs with <br> instead of <p>; the parent of the breaks is then
  // the prose block.
  for (const parent of scan.breakParents) blocks.push([parent, ownText(parent)]);
  const credit = new Map<Element, Credit>();
  // A page with a single <article> says where its body is; its sections may be nested too deep for
  // the ancestor credit to join them.
  const only = scan.articles.length === 1 ? scan.articles[0] : null;
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
  /** Table rows: data tables and list pages. */
  tableRows: number;
  /** <pre> blocks and inline <code> in paragraphs: documentation and code pages. */
  codeBlocks: number;
  inlineCode: number;
}

export function measureShape(scan: PageScan): PageShape {
  let linkedHeadings = 0;
  for (const h of scan.headings) {
    // A heading that wraps paragraphs or boxes is broken markup around a body, not a teaser.
    if ((h.querySelector('a[href]') || h.closest('a[href]')) && !h.querySelector('p, div, section')) {
      linkedHeadings++;
    }
  }
  return {
    articles: scan.articles.length,
    linkedHeadings,
    tableRows: scan.tableRows,
    codeBlocks: scan.codeBlocks,
    inlineCode: scan.inlineCode,
  };
}
