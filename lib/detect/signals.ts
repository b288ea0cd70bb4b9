// What the page's body looks like, measured on bounded samples: how much running prose sits
// together in one container (an article's body) versus scattered over many small boxes (teasers,
// comments, product tiles), plus counts of teaser headlines, <article> elements and code blocks.
// No layout, no innerText, no walk over the whole text of the document.
import type { PageScan } from './scan';

/** Weighted characters from which a block counts as prose rather than a label or a teaser line. */
const LONG_BLOCK = 100;

// Han, kana and Hangul carry about three Latin letters' worth of text per character.
const WIDE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;
// Runs of two or more: collapsing a run of one to a space leaves the length as it was, and most of a
// paragraph's runs are single spaces (matching each of them made the replace three times slower).
const SPACES = /\s{2,}/g;

/**
 * The size of s as prose: whitespace runs (\s) count as one space, none at the ends, and wide
 * characters three. Native string methods rather than a loop over characters: detection runs once or
 * twice per page in a content script that is new on each page, so its code seldom gets optimised,
 * and there a character loop cost about 5 times these calls (Chromium, 30 corpus articles' paragraphs).
 */
export function proseLength(s: string): number {
  const t = s.replace(SPACES, ' ').trim();
  const wide = t.match(WIDE);
  return t.length + (wide ? 2 * wide.length : 0);
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
  /** The distinct boxes the blocks sit in (see boxOf). */
  boxes: Set<Element>;
  /** The element credited (for a single <article>, that article). */
  el: Element | null;
}

interface Block {
  /** The element whose link density decides whether the block is prose. */
  owner: Element;
  /** The first element credited with the block's text. */
  start: Element | null;
  /** The box, when it is the block's own element (<br> runs); else found from `start` when needed. */
  box: Element | null;
  /** proseLength of the block's text. */
  chars: number;
}

const newCredit = (el: Element | null = null): Credit => ({ score: 0, blocks: 0, chars: 0, boxes: new Set(), el });

export interface TextShape {
  /** Prose blocks (long <p>, or runs of text between <br>) with few links. */
  longBlocks: number;
  /** Weighted characters of all prose blocks. */
  totalChars: number;
  /** Prose blocks, their weighted characters and their distinct boxes under the best element. */
  bestBlocks: number;
  bestChars: number;
  bestBoxes: number;
  /** The best-credited element: where the body's prose sits (null without prose). */
  best: Element | null;
}

const INLINE = new Set(['A', 'B', 'I', 'EM', 'STRONG', 'SPAN', 'U', 'FONT', 'SMALL', 'SUB', 'SUP', 'Q', 'ABBR', 'CITE']);

/** The runs of text between the <br>s of an element, leaving out block children (lists, headings). */
function breakSegments(el: Element): string[] {
  const out: string[] = [];
  let s = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) s += n.textContent;
    else if (n.nodeType === 1) {
      const tag = (n as Element).tagName;
      if (INLINE.has(tag)) s += n.textContent;
      else if (tag === 'BR' && s.trim()) {
        out.push(s.replace(/\s+/g, ' ').trim());
        s = '';
      }
    }
  }
  if (s.trim()) out.push(s.replace(/\s+/g, ' ').trim());
  return out;
}

/**
 * The box a paragraph sits in, skipping wrappers that hold nothing else. A body's paragraphs share
 * a few boxes; comments and teasers each have their own, next to an author line or buttons.
 */
function boxOf(el: Element): Element {
  return boxFrom(el.parentElement ?? el);
}

function boxFrom(start: Element): Element {
  let box = start;
  while (box.parentElement && box.childElementCount === 1 && box.tagName !== 'BODY') box = box.parentElement;
  return box;
}

export function measureText(scan: PageScan): TextShape {
  // A paragraph's box depends on its parent only: found once per parent, and only for prose blocks
  // (childElementCount may count the children of each wrapper).
  const ownLength = new Map<Element, number>();
  const blocks: Block[] = scan.paragraphs.map((p) => {
    const text = p.textContent ?? '';
    ownLength.set(p, text.length);
    return { owner: p, start: p.parentElement, box: null, chars: proseLength(text) };
  });
  const boxes = new Map<Element, Element>();
  const boxFor = (b: Block): Element => {
    if (b.box) return b.box;
    const from = b.start ?? b.owner;
    let box = boxes.get(from);
    if (!box) boxes.set(from, (box = b.start ? boxFrom(b.start) : boxOf(b.owner)));
    return box;
  };
  // Some publishers separate paragraphs with <br> instead of <p>; the runs between the breaks are
  // then the blocks, and their parent is their box.
  for (const parent of scan.breakParents) {
    for (const text of breakSegments(parent)) blocks.push({ owner: parent, start: parent, box: parent, chars: proseLength(text) });
  }
  const credit = new Map<Element, Credit>();
  // A page with a single <article> says where its body is; its sections may be nested too deep for
  // the ancestor credit to join them.
  const only = scan.articles.length === 1 ? scan.articles[0] : null;
  const inArticle = newCredit(only);
  let longBlocks = 0;
  let totalChars = 0;
  const linkShare = new Map<Element, number>();
  for (const block of blocks) {
    const { owner, start, chars } = block;
    if (chars < LONG_BLOCK || !start) continue;
    // Link text is measured on the paragraph, or once on a <br> parent for all its runs.
    let share = linkShare.get(owner);
    if (share === undefined) {
      share = linkTextLength(owner) / Math.max(1, ownLength.get(owner) ?? (owner.textContent ?? '').length);
      linkShare.set(owner, share);
    }
    if (share > 0.5) continue;
    longBlocks++;
    totalChars += chars;
    const box = boxFor(block);
    if (only?.contains(start)) addTo(inArticle, 0, chars, box);
    let a: Element | null = start;
    for (let level = 0; a && a.tagName !== 'BODY' && level < ANCESTOR_SHARE.length; level++) {
      let c = credit.get(a);
      if (!c) credit.set(a, (c = newCredit(a)));
      addTo(c, chars * ANCESTOR_SHARE[level], chars, box);
      a = a.parentElement;
    }
  }
  let best = newCredit();
  for (const c of credit.values()) if (c.score > best.score) best = c;
  if (inArticle.chars > best.chars) best = inArticle;
  return { longBlocks, totalChars, bestBlocks: best.blocks, bestChars: best.chars, bestBoxes: best.boxes.size, best: best.el };
}

function addTo(c: Credit, score: number, chars: number, box: Element): void {
  c.score += score;
  c.blocks++;
  c.chars += chars;
  c.boxes.add(box);
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
