// The lists (browsers) must find what the walk finds, or hand the page back to the walk.
import { describe, expect, it } from 'vitest';
import { emptyScan, scanLimits, scanPage } from '../../lib/detect/scan';
import { scanByLists } from '../../lib/detect/scan-lists';
import { loadHtml } from '../helpers/load-page';
import { scanDifferences } from './scan-equal';

const page = (body: string, head = '') => loadHtml(`<html><head>${head}</head><body>${body}</body></html>`);
const listable = (doc: Document, maxElements?: number) => scanByLists(doc, emptyScan(), scanLimits(maxElements));
const walked = (doc: Document, maxElements?: number) => scanPage(doc, { queryMicrodata: true, listElements: false, maxElements });
const listed = (doc: Document, maxElements?: number) => scanPage(doc, { queryMicrodata: true, listElements: true, maxElements });

describe('scanByLists', () => {
  const SVG = '<svg><title>icon</title><a rel="author" href="/svg">x</a><script type="application/ld+json">{}</script><link rel="author" href="/l"><tr></tr><article></article><time pubdate></time></svg>';

  it.each<[string, string, string]>([
    ['svg elements of the same names', `${SVG}<p>after</p>`, ''],
    ['paragraphs, breaks and headings in order', '<h2>a</h2><p>one<br>two</p><div>x<br>y<br>z</div><h3>b</h3><li>p<br>q</li><h4>c</h4><p>three</p>', '<title>T</title><meta name="a" content="1">'],
    ['tables, code and a dated time', '<table><tr><td>1</td></tr><tr><td>2</td></tr></table><pre>x</pre><p>a <code>b</code></p><code>c</code><time>no</time><time pubdate>yes</time>', ''],
    ['the first author link, a or link', '<a href="/x">x</a><a rel="nofollow author" href="/a">A</a>', '<link rel="Author" href="/me">'],
    ['ld+json scripts among others', '<script>1</script><script type="application/ld+json">{"@type":"NewsArticle"}</script>', '<script type="APPLICATION/LD+JSON">{}</script>'],
  ])('%s: the same as the walk', (_, body, head) => {
    const doc = page(body, head);
    expect(listable(doc)).toBe(true);
    expect(scanDifferences(walked(doc), listed(doc))).toEqual([]);
  });

  it('leaves out what is inside an svg', () => {
    const s = listed(page(SVG));
    expect([s.title, s.authorLink, s.timePubdate, s.ldScripts.length, s.links.length, s.tableRows, s.articles.length]).toEqual([null, null, null, 0, 0, 0, 0]);
  });

  it('counts no rows, code blocks or inline code of another namespace', () => {
    const doc = page('<table><tr><td>1</td></tr></table><pre>x</pre><p><code>y</code></p>');
    const ns = 'http://www.w3.org/2000/svg';
    const svg = doc.body.appendChild(doc.createElementNS(ns, 'svg'));
    for (const tag of ['tr', 'pre']) svg.appendChild(doc.createElementNS(ns, tag));
    svg.appendChild(doc.createElementNS(ns, 'p')).appendChild(doc.createElementNS(ns, 'code'));
    expect(listable(doc)).toBe(true);
    const s = listed(doc);
    expect([s.tableRows, s.codeBlocks, s.inlineCode]).toEqual([1, 1, 1]);
    expect(scanDifferences(walked(doc), s)).toEqual([]);
  });

  it('collects, as the walk does, what a script made of another namespace on a page without svg or math', () => {
    const doc = page('<p>before</p><h2>a</h2>');
    doc.body.appendChild(doc.createElementNS('urn:example', 'p')).textContent = 'made by a script';
    doc.body.appendChild(doc.createElementNS('urn:example', 'h3'));
    expect(listable(doc)).toBe(true);
    const s = listed(doc);
    expect([s.paragraphs.length, s.headings.length]).toEqual([2, 2]);
    expect(scanDifferences(walked(doc), s)).toEqual([]);
  });

  it('keeps to the walk\'s caps, the first ones', () => {
    const body = `${'<p>x</p>'.repeat(450)}${'<h2>h</h2>'.repeat(250)}${'<div>a<br>b</div>'.repeat(350)}`;
    const head = '<script type="application/ld+json">{}</script>'.repeat(40);
    const doc = page(body, head);
    expect(listable(doc)).toBe(true);
    const s = listed(doc);
    expect([s.paragraphs.length, s.headings.length, s.breakParents.length, s.ldScripts.length]).toEqual([400, 200, 300, 30]);
    expect(scanDifferences(walked(doc), s)).toEqual([]);
  });

  // Where the lists would find elements the walk skips, the walk does the scan.
  it.each<[string, (doc: Document) => void]>([
    ['HTML in an svg foreignObject', (d) => d.body.insertAdjacentHTML('beforeend', '<svg><foreignObject><p>inside</p></foreignObject></svg>')],
    ['HTML in a math annotation-xml', (d) => d.body.insertAdjacentHTML('beforeend', '<math><semantics><annotation-xml encoding="text/html"><p>x</p></annotation-xml></semantics></math>')],
    ['a paragraph in a select', (d) => d.body.appendChild(d.createElement('select')).appendChild(d.createElement('p'))],
  ])('%s: left to the walk', (_, add) => {
    const doc = page('<p>before</p>');
    expect(listable(doc)).toBe(true);
    add(doc);
    expect(listable(doc)).toBe(false);
    expect(listed(doc).paragraphs.map((p) => p.textContent)).toEqual(['before']);
  });

  // The one difference from the walk: elements a script puts where a browser never shows them.
  it.each(['iframe', 'noscript', 'template', 'script', 'style'])('finds a paragraph a script put inside a <%s>', (tag) => {
    const doc = page('<p>before</p>');
    const box = doc.body.appendChild(doc.createElement(tag));
    box.appendChild(doc.createElement('p'));
    // (happy-dom puts a template's children in its content, where neither finds them.)
    const inside = box.firstElementChild ? 1 : 0;
    expect(walked(doc).paragraphs.length).toBe(1);
    expect(listed(doc).paragraphs.length).toBe(1 + inside);
  });

  it('merges the headings of each level in document order', () => {
    const doc = page('<h3>1</h3><div><h2>2</h2><h4>3</h4></div><h2>4</h2><section><h3>5</h3></section><h4>6</h4>');
    expect(listed(doc).headings.map((h) => h.textContent)).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('takes the first rel=author link in document order, a link in the body before an a', () => {
    const doc = page('<link rel="author" href="/link"><a rel="author" href="/a">A</a>');
    expect(listed(doc).authorLink?.getAttribute('href')).toBe('/link');
    expect(scanDifferences(walked(doc), listed(doc))).toEqual([]);
  });

  it('leaves a page past the element bound to the walk, which stops there', () => {
    const doc = page('<p>a</p><p>b</p><p>c</p>');
    expect(listable(doc, 5)).toBe(false);
    expect(scanDifferences(walked(doc, 5), listed(doc, 5))).toEqual([]);
    expect(listed(doc, 5).paragraphs.length).toBe(2);
  });
});
