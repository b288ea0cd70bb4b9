import Readability from '@mozilla/readability/Readability.js';
import { describe, expect, it } from 'vitest';
import { getCharCount, getNextNode, hasAncestorTag, hasChildBlockElement, hasSingleTagInsideElement, isPhrasingContent } from '../../lib/extract/readability-walk';
import { replacedMethods } from '../../lib/extract/readability-run';
import { corpusGold, loadCorpusPage, loadHtml, releasePages } from '../helpers/load-page';

type Method = (...args: unknown[]) => unknown;
// A real instance: the replacements read its constants (TEXT_NODE, REGEXPS, DIV_TO_P_ELEMS...).
const reader = new Readability(loadHtml('<p>x</p>')) as unknown as Record<string, Method>;
const stock = Readability.prototype as unknown as Record<string, Method>;

// Shapes the helpers tell apart: single children with and without text beside them (text ending in
// a space, which Readability's test does not count), blocks deep inside inline wrappers, links
// holding blocks, comments, tables, svg, and nesting deeper than the default ancestor limit.
const PAGE = `<html><body>
<div id="one"><p>Only child</p></div>
<div> <p>With blank text around</p> </div>
<div>text <p>beside</p></div>
<div>x <p>text ending in a space</p></div>
<div><!-- a comment --><p>and a comment</p></div>
<div><span><b><i><p>a block deep inside</p></i></b></span></div>
<div><span><b>only inline</b> text</span><br></div>
<section><div>a div, not a p</div></section>
<a href="#x">a link <span>phrasing</span></a>
<a href="/y">a link <div>holding a block</div></a>
<del><ins>edited</ins><p>p</p></del>
<table><tbody><tr><td><div><div><div><div><p>deep in a table, 1, 2, 3</p></div></div></div></div></td></tr></tbody></table>
<svg><g><text>drawn</text></g></svg>
<ul><li>one, two</li><li>three,,, four,</li></ul>
<code><pre>a, b</pre></code>
</body></html>`;

function allNodes(doc: Document): Node[] {
  const out: Node[] = [];
  const walk = (n: Node) => {
    out.push(n);
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(doc.documentElement);
  return out;
}

describe('the tree helpers', () => {
  it('stand in for the methods Readability 0.6 has', () => {
    expect(replacedMethods()).toEqual(expect.arrayContaining(['_getNextNode', '_hasSingleTagInsideElement', '_hasChildBlockElement', '_isPhrasingContent', '_hasAncestorTag', '_getCharCount']));
  });

  const doc = loadHtml(PAGE);
  const nodes = allNodes(doc);
  const elements = nodes.filter((n): n is Element => n.nodeType === 1);
  const same = (name: string, ours: Method, args: unknown[][]) => {
    const got = args.map((a) => ours.apply(reader, a));
    const want = args.map((a) => stock[name].apply(reader, a));
    expect(got).toEqual(want);
    return want;
  };

  it('_getNextNode: every element, with and without its children', () => {
    const want = same('_getNextNode', getNextNode as Method, elements.flatMap((e) => [[e], [e, true]]));
    expect(want.filter((n) => n === null).length).toBeGreaterThan(0);
  });

  it('_hasSingleTagInsideElement: every element, for P, DIV and SPAN', () => {
    const want = same('_hasSingleTagInsideElement', hasSingleTagInsideElement as Method, elements.flatMap((e) => ['P', 'DIV', 'SPAN'].map((t) => [e, t])));
    expect(new Set(want)).toEqual(new Set([true, false]));
  });

  it('_hasChildBlockElement: every node', () => {
    const want = same('_hasChildBlockElement', hasChildBlockElement as Method, nodes.map((n) => [n]));
    expect(new Set(want)).toEqual(new Set([true, false]));
  });

  it('_isPhrasingContent: every node', () => {
    // Its recursion goes through the instance, as Readability's does.
    const own = Object.assign(Object.create(reader), { _isPhrasingContent: isPhrasingContent });
    const got = nodes.map((n) => isPhrasingContent.call(own, n));
    const want = nodes.map((n) => Boolean(stock._isPhrasingContent.call(reader, n)));
    expect(got).toEqual(want);
    expect(new Set(want)).toEqual(new Set([true, false]));
  });

  it('_isPhrasingContent: an element of each phrasing tag, and of a few others', () => {
    const own = Object.assign(Object.create(reader), { _isPhrasingContent: isPhrasingContent });
    const tags = [...(reader.PHRASING_ELEMS as unknown as string[]), 'DIV', 'P', 'SECTION', 'TABLE'];
    const els = tags.map((t) => doc.createElement(t.toLowerCase()));
    expect(els.map((e) => isPhrasingContent.call(own, e))).toEqual(els.map((e) => Boolean(stock._isPhrasingContent.call(reader, e))));
  });

  it('_hasAncestorTag: every node, several tags, depths and filters', () => {
    const filter = (el: Element) => el.id !== 'one';
    const args = nodes.flatMap((n) => ['div', 'TABLE', 'body', 'g'].flatMap((tag) => [[n, tag], [n, tag, -1], [n, tag, 1], [n, tag, 0, filter]]));
    const want = same('_hasAncestorTag', hasAncestorTag as Method, args);
    expect(new Set(want)).toEqual(new Set([true, false]));
  });

  it('_getCharCount: every element, for commas and longer separators', () => {
    const want = same('_getCharCount', getCharCount as Method, elements.flatMap((e) => [[e], [e, ','], [e, ',,'], [e, 'a'], [e, '']]));
    expect(Math.max(...(want as number[]))).toBeGreaterThan(2);
  });

  it('answer as the originals on real pages', async () => {
    for (const g of corpusGold().filter((_, i) => i % 10 === 0)) {
      const page = allNodes(loadCorpusPage(g.page)).slice(0, 3000);
      const els = page.filter((n): n is Element => n.nodeType === 1);
      same('_getNextNode', getNextNode as Method, els.map((e) => [e]));
      same('_hasSingleTagInsideElement', hasSingleTagInsideElement as Method, els.map((e) => [e, 'P']));
      same('_hasChildBlockElement', hasChildBlockElement as Method, els.map((e) => [e]));
      same('_hasAncestorTag', hasAncestorTag as Method, page.map((n) => [n, 'div']));
      same('_getCharCount', getCharCount as Method, els.map((e) => [e, ',']));
      await releasePages();
    }
  });
});
