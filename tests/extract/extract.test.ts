import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { loadCorpusPage, loadHtml } from '../helpers/load-page';
import { extractArticle } from '../../lib/extract/extract';
import { measurePage, PAGE_LIMITS } from '../../lib/budget';
import { findHeadline, recoverByQuotes } from '../../lib/extract/recover';
import { cloneWithMap } from '../../lib/extract/clone-map';
import { parseWithReadability } from '../../lib/extract/readability-run';
import { applyHighlights } from '../../lib/highlight/highlight';
import type { TextMap } from '../../lib/types';

const FIXTURE = 'fixtures/ichongqing-envoys.html';

function expectLiveMap(map: TextMap, doc: Document): void {
  for (const s of map.segments) {
    expect(s.node.ownerDocument).toBe(doc);
    expect(s.node.isConnected).toBe(true);
    expect(map.text.slice(s.start, s.end)).toBe(s.node.data);
  }
}

const para = (i: number) =>
  `<p>Paragraph ${i}: the Albanian Ambassador to China met officials in Chongqing to discuss trade, culture and the future of cooperation between the two countries.</p>`;
const body = [1, 2, 3, 4, 5].map(para).join('\n');

// "sidebar" is one of Readability's unlikely-candidate class names: its first pass strips the story,
// finds under charThreshold (500) characters, and starts over from the page it kept. Stock
// Readability keeps the page as HTML (`page.innerHTML = pageCacheHtml`), so the result's nodes are
// new and none maps back to the live page; extraction keeps it by a fresh paired copy instead.
const RETRY_PAGE = `<!doctype html><html lang="en"><head><title>Envoys visit Chongqing</title></head><body>
<nav class="menu"><a href="/">Home</a> <a href="/news">News</a></nav>
<h1>Envoys visit Chongqing</h1>
<div class="story sidebar-layout">${body}
<div class="share-tools"><a href="/s">Share this story on social media</a></div></div>
<footer><p>Copyright notice for the site.</p></footer></body></html>`;

// "extra" is also an unlikely-candidate name: Readability drops the lede and keeps the body.
const DROPPED_LEDE_PAGE = `<!doctype html><html lang="en"><head><title>Envoys visit Chongqing</title></head><body>
<article><h1>Envoys visit Chongqing</h1><p class="byline">By A. Writer, our correspondent in the city of Chongqing, China</p>
<p class="lede extra">Diplomats from Mali, Malta and Algeria arrived in the city on Tuesday for a three-day visit, officials said.</p>
<div class="body-text">${body}</div></article></body></html>`;

describe('extractArticle on the reference page', () => {
  const doc = loadCorpusPage(FIXTURE);
  const before = doc.documentElement.outerHTML;
  const ex = extractArticle(doc)!;

  it('does not touch the live document', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('maps every segment to a live text node', () => {
    expect(ex.method).toBe('node-map');
    expectLiveMap(ex.map, doc);
  });

  it('starts with the live headline, then the body, in paragraphs', () => {
    expect(ex.map.text.startsWith('Chongqing Leaders Meet with Diplomatic Envoys from 26 Countries and Regions\n\nChongqing - On March 21, Yuan Jiajun')).toBe(true);
    expect(ex.map.text).toContain('Guinea, and Malta, including 13 ambassadors to China, attended the meeting.\n\nYuan Jiajun welcomed');
    expect(ex.map.text.trimEnd().endsWith('friendly cooperation between their countries and Chongqing.')).toBe(true);
  });

  it('leaves out navigation, byline, the "More" box, footer and cookie notice', () => {
    for (const junk of ['Business', 'By YAN DENG', 'A Tour in Chongqing', 'telephone number', 'cookies', 'I Agree']) {
      expect(ex.map.text).not.toContain(junk);
    }
  });

  it('gives Readability metadata and the article root', () => {
    expect(ex.meta).toMatchObject({
      title: 'Chongqing Leaders Meet with Diplomatic Envoys from 26 Countries and Regions',
      byline: 'By YAN DENG',
      lang: 'en',
      length: ex.map.text.length,
    });
    expect(ex.root?.className).toBe('content');
  });

  it('gives the same text again on the highlighted page', () => {
    const marks = [...ex.map.text.matchAll(/Chongqing|Albania/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, type: 'country', key: 'X' }));
    const h = applyHighlights(ex.map, marks, doc);
    const again = extractArticle(doc)!;
    expect(again.map.text).toBe(ex.map.text);
    h.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extractArticle when Readability retries', () => {
  it('stock Readability does retry on this page', () => {
    const reader = new Readability(loadHtml(RETRY_PAGE));
    const text = reader.parse()?.textContent ?? '';
    expect((reader as unknown as { _attempts: unknown[] })._attempts.length).toBeGreaterThan(0);
    expect(text).toContain('Paragraph 5: the Albanian');
  });

  it('traces the article of a later pass to the live page, node by node', () => {
    const doc = loadHtml(RETRY_PAGE);
    const before = doc.documentElement.outerHTML;
    const ex = extractArticle(doc)!;
    expect(ex.method).toBe('node-map');
    expectLiveMap(ex.map, doc);
    expect(ex.map.text).toContain('Paragraph 1: the Albanian');
    expect(ex.map.text).toContain('Paragraph 5: the Albanian');
    expect(ex.map.text.split('\n\n')).toHaveLength(6);
    expect(ex.map.text).not.toContain('Share this story');
    expect(ex.map.text).not.toContain('Copyright');
    expect(ex.root?.className).toBe('story sidebar-layout');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('finds the same text as stock Readability, which keeps the page as HTML', () => {
    const stock = new Readability(loadHtml(RETRY_PAGE)).parse()!;
    const ours = parseWithReadability(cloneWithMap(loadHtml(RETRY_PAGE)).clone);
    const kept = cloneWithMap(loadHtml(RETRY_PAGE));
    const byCopy = parseWithReadability(kept.clone, { copyBody: kept.copyBody });
    expect(ours?.textContent).toBe(stock.textContent);
    expect(byCopy?.textContent).toBe(stock.textContent);
  });

  it("re-finds an article whose nodes are not the page's by quoting its first and last text", () => {
    const doc = loadHtml(RETRY_PAGE);
    const before = doc.documentElement.outerHTML;
    const article = new Readability(loadHtml(RETRY_PAGE), { serializer: (el: Node) => el }).parse()!.content as unknown as Element;
    const nodes = recoverByQuotes(doc, article);
    const text = nodes.map((t) => t.data).join('');
    expect(nodes.every((t) => t.ownerDocument === doc && t.isConnected)).toBe(true);
    expect(text).toContain('Paragraph 1: the Albanian');
    expect(text).toContain('Paragraph 5: the Albanian');
    expect(text).not.toContain('Share this story');
    expect(text).not.toContain('Copyright');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extractArticle recovers what Readability drops', () => {
  it('Readability itself drops the lede of this page', () => {
    const r = new Readability(loadHtml(DROPPED_LEDE_PAGE)).parse()!;
    expect(r.textContent).not.toContain('Diplomats from Mali');
  });

  it('adds the lede and the headline but not the byline', () => {
    const doc = loadHtml(DROPPED_LEDE_PAGE);
    const ex = extractArticle(doc)!;
    expect(ex.map.text).toMatch(/^Envoys visit Chongqing\n\nDiplomats from Mali, Malta and Algeria arrived[^\n]+\n\nParagraph 1/);
    expect(ex.map.text).not.toContain('By A. Writer');
    expectLiveMap(ex.map, doc);
    const plain = extractArticle(doc, { recoverLead: false })!;
    expect(plain.map.text).not.toContain('Diplomats from Mali');
  });

  it.each([
    ['same text', 'Sweden drops rape investigation', 'Sweden drops rape investigation', true],
    ['reordered words', 'Julian Assange: Sweden drops rape investigation', 'Sweden drops Assange rape investigation', true],
    ['title with site name', 'Envoys visit Chongqing', 'Envoys visit Chongqing - iChongqing News', true],
    ['unrelated site heading', 'iChongqing', 'Envoys visit Chongqing to discuss trade and culture', false],
  ])('finds the headline: %s', (_name, h1, title, found) => {
    const doc = loadHtml(`<body><h1>${h1}</h1><p>text</p></body>`);
    expect(findHeadline(doc, title) !== null).toBe(found);
  });

  // Readability replaces a javascript: link by a new text node when it rewrites addresses; extraction
  // skips that step (readability-run.ts), so the link's text is traced to the page's own node.
  it('reads a javascript: link from the page itself', () => {
    const doc = loadHtml(`<html><head><title>Envoys visit Chongqing</title></head><body><article>${body.replace('Paragraph 3:', 'Paragraph 3: <a href="javascript:void(0)">Click here</a>')}</article></body></html>`);
    const ex = extractArticle(doc)!;
    expect(ex.map.text).toContain('Paragraph 3: Click here the Albanian');
    const link = doc.querySelector('a')!.firstChild;
    expect(ex.map.segments.some((s) => s.node === link)).toBe(true);
    expectLiveMap(ex.map, doc);
  });

  it('returns null for an empty page', () => {
    expect(extractArticle(loadHtml('<html><body></body></html>'))).toBeNull();
  });
});

describe('extractArticle given the part of the body that holds the article', () => {
  const PAGE = `<!doctype html><html lang="en"><head><title>Envoys visit Chongqing</title></head><body>
    <nav class="menu"><a href="/">Home</a> <a href="/news">News</a></nav><div id="empty"></div>
    <main><article id="story"><h1>Envoys visit Chongqing</h1><div class="body-text">${body}</div></article>
    <section class="more"><p>${'Other stories from the site, with their own long standfirsts. '.repeat(4)}</p></section></main>
    <footer><p>Copyright notice for the site.</p></footer></body></html>`;

  it('reads the same article as from the whole page, traced to the live page', () => {
    const doc = loadHtml(PAGE);
    const whole = extractArticle(doc)!;
    const ex = extractArticle(doc, { part: doc.getElementById('story') })!;
    expect(ex.map.text).toBe(whole.map.text);
    expect(ex.meta).toEqual(whole.meta);
    expect(ex.method).toBe('node-map');
    expectLiveMap(ex.map, doc);
  });

  it('reads the whole page when the part holds nothing to read', () => {
    const doc = loadHtml(PAGE);
    const ex = extractArticle(doc, { part: doc.getElementById('empty') })!;
    expect(ex.map.text).toBe(extractArticle(doc)!.map.text);
    expect(ex.map.text).toContain('Paragraph 5');
  });

  it('reads the part, the page given as listed text nodes, when Readability starts over', () => {
    const doc = loadHtml(RETRY_PAGE.replace('<div class="story', '<div id="story" class="story'));
    const listed = measurePage(doc, PAGE_LIMITS).texts;
    const ex = extractArticle(doc, { part: doc.getElementById('story'), liveTexts: listed })!;
    expect(ex.map.text).toBe(extractArticle(doc)!.map.text);
    expectLiveMap(ex.map, doc);
  });
});
