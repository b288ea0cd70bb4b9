// Readability scales each candidate's score by its link density: the length of its whole text,
// trimmed and with runs of spaces made one, and of each of its links' texts. The candidates are the
// ancestors, up to five levels, of every scored paragraph, so they nest: a paragraph's text is
// built and scanned again for its parent, its grandparent and up, and a link's for each candidate
// holding it. In a warm Chromium profile (55 corpus articles), the densities _grabArticle asks for
// were 5.0% of the content script's time.
// Nothing in the page changes during the loop, so there a candidate holding other candidates has its
// length put together from its children's (candidates already measured are not read again), the
// others are read whole, and each link's text is read once. The loop is recognised by its calls:
// Readability 0.6 makes each candidate (_initializeNode, then a push) in the order the loop visits
// them, and makes no other density call in between. A call out of that order (the sibling loop, the
// clean-ups, the next pass) is answered as Readability answers it, and forgets what the loop learnt.

/** A text's trimmed, space-normalised length, and what joining it to its neighbours needs. */
export interface Piece {
  /** Some character that is not white space. */
  words: boolean;
  /** The length Readability measures: trimmed, each run of white space counted as one. */
  length: number;
  /** Starts, and ends, with white space (both for a text of white space alone). */
  lead: boolean;
  trail: boolean;
}

const NONE: Piece = { words: false, length: 0, lead: false, trail: false };
const BLANK: Piece = { words: false, length: 0, lead: true, trail: true };
// \s is what trim() strips, so the same characters count as space in both.
const RUNS = /\s{2,}/g;
const SPACE = /\s/;

export function textPiece(s: string): Piece {
  const t = s.trim();
  if (!t) return s ? BLANK : NONE;
  return { words: true, length: t.replace(RUNS, ' ').length, lead: SPACE.test(s.charAt(0)), trail: SPACE.test(s.charAt(s.length - 1)) };
}

/** `a` then `b`: the white space between them, if any, is one character. */
export function joinPieces(a: Piece, b: Piece): Piece {
  if (!a.words) return b.words ? (a.lead && !b.lead ? { ...b, lead: true } : b) : a.lead || b.lead ? BLANK : NONE;
  if (!b.words) return b.lead && !a.trail ? { ...a, trail: true } : a;
  return { words: true, length: a.length + b.length + (a.trail || b.lead ? 1 : 0), lead: a.lead, trail: b.trail };
}

interface DensityReader {
  REGEXPS: { hashUrl: RegExp };
  _getInnerText(e: Node, normalizeSpaces?: boolean): string;
  _initializeNode(node: Element): void;
  _getLinkDensity(element: Element): number;
  _grabArticle(page?: Element): Element | null;
}

type Replaced = Pick<DensityReader, '_initializeNode' | '_getLinkDensity'>;

// What the loop is, in Readability 0.6's source (also once minified): each candidate made and then
// pushed; the density asked of each candidate; a link's weight in the density.
const MADE_THEN_PUSHED = /this\._initializeNode\(([\w$]+)\)\s*[;,]\s*[\w$]+\.push\(\1\)/;
const SCALED = /([\w$]+)\.readability\.contentScore\s*\*\s*\(\s*1\s*-\s*this\._getLinkDensity\(\1\)\s*\)/;
const LINK_WEIGHT = /hashUrl\.test\([\w$]+\)\s*\?\s*(\d*\.\d+)\s*:\s*1\b/;

const TEXT = 3;
const CDATA = 4;
const ELEMENT = 1;

/**
 * `_initializeNode` and `_getLinkDensity` for one parse (see the header), or null when this
 * Readability's loop is not the one described there.
 */
export function candidateDensity(stock: DensityReader): (() => Replaced) | null {
  if (typeof stock._initializeNode !== 'function' || stock._initializeNode.length !== 1) return null;
  if (typeof stock._getLinkDensity !== 'function' || stock._getLinkDensity.length !== 1) return null;
  const grab = String(stock._grabArticle);
  const weight = LINK_WEIGHT.exec(String(stock._getLinkDensity));
  if (!MADE_THEN_PUSHED.test(grab) || !SCALED.test(grab) || !weight) return null;
  const hashWeight = Number(weight[1]);
  return () => {
    let made: Element[] = [];
    let next = 0;
    let pieces: Map<Node, Piece> | null = null;
    let links: Map<Element, number> | null = null;
    let isCandidate: Set<Node> | null = null;
    // Candidates with a candidate child: the others are read whole, in one call, as Readability reads them.
    let holders: Set<Node> | null = null;
    const forget = () => {
      if (!made.length) return;
      made = [];
      next = 0;
      pieces = links = isCandidate = holders = null;
    };
    function pieceOf(el: Element): Piece {
      let p = pieces!.get(el);
      if (p) return p;
      if (!holders!.has(el)) p = textPiece(el.textContent ?? '');
      else {
        p = NONE;
        for (let c = el.firstChild; c; c = c.nextSibling) {
          const type = c.nodeType;
          if (type === ELEMENT) p = joinPieces(p, isCandidate!.has(c) ? pieceOf(c as Element) : textPiece(c.textContent ?? ''));
          else if (type === TEXT || type === CDATA) p = joinPieces(p, textPiece((c as Text).data));
        }
      }
      pieces!.set(el, p);
      return p;
    }
    return {
      _initializeNode(this: DensityReader, node: Element): void {
        if (next) forget();
        made.push(node);
        stock._initializeNode.call(this, node);
      },
      _getLinkDensity(this: DensityReader, element: Element): number {
        if (made[next] !== element) {
          forget();
          return stock._getLinkDensity.call(this, element);
        }
        if (next++ === 0) {
          pieces = new Map();
          links = new Map();
          isCandidate = new Set(made);
          holders = new Set();
          for (const c of made) if (isCandidate.has(c.parentNode!)) holders.add(c.parentNode!);
        }
        const textLength = pieceOf(element).length;
        if (textLength === 0) return 0;
        let linkLength = 0;
        const list = element.getElementsByTagName('a');
        for (let i = 0; i < list.length; i++) {
          const link = list[i];
          let share = links!.get(link);
          if (share === undefined) {
            const href = link.getAttribute('href');
            links!.set(link, (share = this._getInnerText(link).length * (href && this.REGEXPS.hashUrl.test(href) ? hashWeight : 1)));
          }
          linkLength += share;
        }
        return linkLength / textLength;
      },
    };
  };
}
