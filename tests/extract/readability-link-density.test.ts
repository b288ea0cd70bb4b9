import Readability from '@mozilla/readability/Readability.js';
import { describe, expect, it } from 'vitest';
import { candidateDensity, joinPieces, textPiece } from '../../lib/extract/readability-link-density';
import { corpusGold, loadCorpusPage, loadHtml, releasePages } from '../helpers/load-page';

type Density = (this: unknown, el: Element) => number;
const stock = Readability.prototype as unknown as Parameters<typeof candidateDensity>[0] & Record<string, unknown>;
// What Readability measures of a text (its _getInnerText, then .length).
const measured = (s: string) => s.trim().replace(/\s{2,}/g, ' ').length;

describe('the pieces a candidate text is measured from', () => {
  // Every string of up to three characters over a word character and two kinds of white space.
  const alphabet = ['a', ' ', '\n', '\u00a0'];
  const strings = [''];
  for (let n = 0; n < 3; n++) for (const s of strings.filter((x) => x.length === n)) for (const c of alphabet) strings.push(s + c);

  it('measure each text as Readability does', () => {
    for (const s of strings) expect(textPiece(s).length, JSON.stringify(s)).toBe(measured(s));
  });

  it('join into the piece of the joined text', () => {
    for (const a of strings) for (const b of strings) expect(joinPieces(textPiece(a), textPiece(b)), JSON.stringify([a, b])).toEqual(textPiece(a + b));
  });
});

describe('candidateDensity', () => {
  it('is used with the Readability this build carries', () => {
    expect(candidateDensity(stock)).not.toBeNull();
  });

  it.each<[string, Partial<Record<'_grabArticle' | '_getLinkDensity', string>>]>([
    ['candidates are not pushed as they are made', { _grabArticle: 'function(){this._initializeNode(a);b.unshift(a);x.readability.contentScore*(1-this._getLinkDensity(x))}' }],
    ['the score is not scaled by the density', { _grabArticle: 'function(){this._initializeNode(a),b.push(a);x.readability.contentScore*this._getLinkDensity(x)}' }],
    ['a link weight it does not know', { _getLinkDensity: 'function(e){return this.REGEXPS.hashUrl.test(h)?weight(h):1}' }],
  ])('is not used when %s', (_, sources) => {
    const other = { ...stock } as Record<string, unknown>;
    for (const [name, source] of Object.entries(sources)) other[name] = Object.assign(function (_e: unknown) {}, { toString: () => source });
    expect(candidateDensity(other as never)).toBeNull();
  });

  // Each density Readability asks for during a parse, answered by the replacement and by Readability.
  function densities(doc: Document) {
    let fallbacks = 0;
    const fallback = Object.assign(function (this: unknown, el: Element) {
      fallbacks++;
      return (stock._getLinkDensity as Density).call(this, el);
    }, { toString: () => String(stock._getLinkDensity) });
    const ours = candidateDensity({ ...stock, _getLinkDensity: fallback } as never)!();
    const answers: [number, number][] = [];
    const reader = new Readability(doc, { serializer: (el: Node) => el }) as unknown as Record<string, unknown>;
    reader._initializeNode = ours._initializeNode;
    reader._getLinkDensity = function (el: Element) {
      const theirs = (stock._getLinkDensity as Density).call(this, el);
      answers.push([(ours._getLinkDensity as Density).call(this, el), theirs]);
      return theirs;
    };
    (reader as unknown as Readability).parse();
    return { answers, fallbacks };
  }

  it('answers as Readability, reusing nested candidates and links', () => {
    const para = (n: number) => `<p>Talks in Vienna,  went on\n\n for ${n} hours; <a href="/more">more</a> and <a href="#note">a note</a>.</p>`;
    const html = `<html><body><div id="page">\n  <div class="story">\n${[1, 2, 3].map(para).join('\n')}<div><div>${para(4)}\u00a0</div></div>  </div>\n<aside> <a href="/x">Elsewhere</a> </aside></div></body></html>`;
    const { answers, fallbacks } = densities(loadHtml(html));
    expect(answers.length).toBeGreaterThan(fallbacks);
    for (const [ours, theirs] of answers) expect(ours).toBe(theirs);
  });

  it('forgets what the loop measured once the page changes after it', () => {
    const doc = loadHtml('<body><div id="t"><div id="a"><p>One, two and <a href="/x">three</a>.</p></div><div id="b"><p>Four.</p></div></div></body>');
    const reader = new Readability(doc) as unknown as Record<string, unknown>;
    const ours = candidateDensity(stock)!();
    const [a, b, t] = ['a', 'b', 't'].map((id) => doc.getElementById(id)!);
    const density = (el: Element) => [(ours._getLinkDensity as Density).call(reader, el), (stock._getLinkDensity as Density).call(reader, el)];
    // The loop: candidates made in order, then each one's density in that order.
    for (const el of [a, b]) ours._initializeNode.call(reader, el);
    for (const el of [a, b]) expect(new Set(density(el)).size).toBe(1);
    // Then a new top candidate is made, and the page changes before its density is asked.
    ours._initializeNode.call(reader, t);
    a.querySelector('p')!.firstChild!.remove();
    b.append(' and five more words');
    const [got, want] = density(t);
    expect(want).toBeGreaterThan(0);
    expect(got).toBe(want);
  });

  const pages = corpusGold().filter((_, i) => i % 5 === 0);
  it.each(pages.map((g) => [g.id, g.page]))('%s: every density as Readability gives it', async (_, page) => {
    const { answers, fallbacks } = densities(loadCorpusPage(page, 'https://example.com/news/story'));
    const wrong = answers.filter(([ours, theirs]) => ours !== theirs);
    expect(wrong).toEqual([]);
    if (answers.length) expect(fallbacks).toBeLessThan(answers.length);
    await releasePages();
  });
});
