// A selection becomes a span of page text: article offsets when it lies in the article (so entity
// offsets agree), body offsets when it lies outside, edges trimmed, impossible selections refused.
import { describe, expect, it } from 'vitest';
import { buildTextMap } from '../../lib/extract/text-map';
import { bodyTextMap, selectionSpan, trimSpan } from '../../lib/saved/selection';

function page() {
  document.body.innerHTML = `
    <header><h1 id="headline">Envoys meet in Tirana</h1></header>
    <article id="story">
      <p id="p1">Foreign Minister <b>Igli Hasani</b> met the envoy of Kosovo.</p>
      <p id="p2">They signed an accord on trade.</p>
    </article>
    <form><textarea id="box">typed text</textarea></form>`;
  const article = buildTextMap(document.getElementById('story')!);
  return { article, body: () => bodyTextMap(document) };
}

function rangeOver(node: Node, startText: string, endNode: Node = node, endText = startText): Range {
  const r = document.createRange();
  const a = node.textContent!.indexOf(startText);
  const b = endNode.textContent!.indexOf(endText) + endText.length;
  r.setStart(node, a);
  r.setEnd(endNode, b);
  return r;
}

describe('selectionSpan', () => {
  it('a selection inside the article gets article offsets, across inline elements', () => {
    const { article, body } = page();
    const p1 = document.getElementById('p1')!;
    const r = document.createRange();
    r.setStart(p1.firstChild!, 'Foreign '.length);
    r.setEnd(p1.lastChild!, ' met the'.length);
    const span = selectionSpan(r, article, body);
    expect(span.ok && span.inArticle).toBe(true);
    if (span.ok) expect(span.map.text.slice(span.start, span.end)).toBe('Minister Igli Hasani met the');
    if (span.ok) expect(span.map).toBe(article);
  });

  it('a selection across paragraphs keeps the paragraph break in the quote', () => {
    const { article, body } = page();
    const r = rangeOver(document.getElementById('p1')!.lastChild!, 'Kosovo.', document.getElementById('p2')!.firstChild!, 'They signed');
    const span = selectionSpan(r, article, body);
    expect(span.ok && span.map.text.slice(span.start, span.end)).toBe('Kosovo.\n\nThey signed');
  });

  it('whitespace at the edges is trimmed', () => {
    const { article, body } = page();
    const t = document.getElementById('p2')!.firstChild!;
    const r = document.createRange();
    r.setStart(t, 'They'.length);
    r.setEnd(t, 'They signed '.length);
    const span = selectionSpan(r, article, body);
    expect(span.ok && span.map.text.slice(span.start, span.end)).toBe('signed');
  });

  it('text outside the article (the headline) falls back to the body map', () => {
    const { article, body } = page();
    const h = document.getElementById('headline')!.firstChild!;
    const span = selectionSpan(rangeOver(h, 'Envoys meet'), article, body);
    expect(span.ok).toBe(true);
    if (!span.ok) return;
    expect(span.inArticle).toBe(false);
    expect(span.map).not.toBe(article);
    expect(span.map.text.slice(span.start, span.end)).toBe('Envoys meet');
  });

  it('a selection from the headline into the article uses the body map, so nothing is cut off', () => {
    const { article, body } = page();
    const r = rangeOver(document.getElementById('headline')!.firstChild!, 'Tirana', document.getElementById('p1')!.firstChild!, 'Foreign');
    const span = selectionSpan(r, article, body);
    expect(span.ok && span.map.text.slice(span.start, span.end)).toBe('Tirana\n\nForeign');
  });

  it('without an article (a page not read as one) the body map is used', () => {
    const { body } = page();
    const span = selectionSpan(rangeOver(document.getElementById('p2')!.firstChild!, 'accord'), null, body);
    expect(span.ok && span.map.text.slice(span.start, span.end)).toBe('accord');
  });

  it.each([
    ['no selection', () => null],
    ['a collapsed one', () => {
      const r = document.createRange();
      r.setStart(document.getElementById('p2')!.firstChild!, 2);
      return r;
    }],
    ['text in a form field', () => {
      const r = document.createRange();
      r.selectNodeContents(document.getElementById('box')!);
      return r;
    }],
  ])('refuses %s with a message', (_label, make) => {
    const { article, body } = page();
    const span = selectionSpan(make(), article, body);
    expect(span.ok).toBe(false);
    if (!span.ok) expect(span.error.length).toBeGreaterThan(10);
  });
});

describe('trimSpan', () => {
  it.each([
    ['  ab  ', 0, 6, { start: 2, end: 4 }],
    ['a\n\nb', 1, 3, null],
    ['abc', 0, 3, { start: 0, end: 3 }],
  ])('%j [%i,%i)', (text, s, e, expected) => {
    expect(trimSpan(text, s, e)).toEqual(expected);
  });
});
