import Readability from '@mozilla/readability/Readability.js';
import { describe, expect, it } from 'vitest';
import { measurePage, PAGE_LIMITS } from '../../lib/budget';
import { cloneWithMap } from '../../lib/extract/clone-map';
import { parseWithReadability } from '../../lib/extract/readability-run';
import { corpusGold, loadCorpusPage, loadHtml, releasePages } from '../helpers/load-page';

const PAGE = `<!DOCTYPE html><html lang="fr"><head><title>Talks resume</title><style>p { color: red }</style>
<meta name="author" content="Jane Doe"></head><body><h1>Talks resume</h1><style>.x { margin: 0 }</style>
<p>The minister <b>met</b> his counterpart.</p><svg><style>path { fill: red }</style><text>icon</text></svg>
<p>Second paragraph.</p></body></html>`;

const texts = (root: Node): string[] => {
  const out: string[] = [];
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push((n as Text).data);
  return out;
};

describe('cloneWithMap', () => {
  it('pairs every cloned text node with the live node it copies, in document order', () => {
    const doc = loadHtml(PAGE);
    const { clone, toLive, liveTexts } = cloneWithMap(doc);
    expect(liveTexts.map((t) => t.data)).toEqual(texts(doc));
    expect(liveTexts.every((t) => t.ownerDocument === doc)).toBe(true);
    const pairs = [...toLive];
    expect(pairs.map(([, live]) => live)).toEqual(liveTexts);
    for (const [copy, live] of pairs) {
      expect(copy.ownerDocument).toBe(clone.documentElement!.ownerDocument);
      expect(copy.data).toBe(live.data);
    }
  });

  it('pairs the same way with the text nodes measurePage listed, without walking the page again', () => {
    const doc = loadHtml(PAGE);
    const own = cloneWithMap(doc);
    const listed = measurePage(doc, PAGE_LIMITS).texts;
    const given = cloneWithMap(doc, listed);
    expect(given.liveTexts).toBe(listed);
    expect(listed).toEqual(own.liveTexts);
    expect([...given.toLive].map(([c, l]) => [c.data, l])).toEqual([...own.toLive].map(([c, l]) => [c.data, l]));
    expect([...given.toLive].every(([c, l]) => c !== l && c.data === l.data)).toBe(true);
  });

  it('copies the page without its <style> elements, outside any document, and leaves the page as it was', () => {
    const doc = loadHtml(PAGE);
    const before = doc.documentElement.outerHTML;
    const { clone } = cloneWithMap(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
    const root = clone.documentElement!;
    expect(root).not.toBe(doc.documentElement);
    expect(root.isConnected).toBe(false);
    expect(clone.querySelectorAll('style')).toHaveLength(0);
    const expected = doc.documentElement.cloneNode(true) as Element;
    for (const s of Array.from(expected.querySelectorAll('style'))) s.remove();
    expect(root.outerHTML).toBe(expected.outerHTML);
  });

  it('answers what Readability asks of a document as the page itself would', () => {
    const doc = loadHtml(`<html lang="fr"><head><title>
      Talks\u00a0 resume  </title></head><body><svg><title>icon</title></svg><p>Text</p></body></html>`);
    const { clone } = cloneWithMap(doc);
    expect(clone.title).toBe(doc.title);
    expect(clone.title).toBe('Talks\u00a0 resume');
    expect(clone.body?.localName).toBe('body');
    expect(clone.body?.textContent).toBe(doc.body.textContent);
    expect([clone.documentURI, clone.baseURI]).toEqual([doc.documentURI, doc.baseURI]);
    expect(clone.firstChild).toBe(clone.documentElement);
    expect(clone.getElementsByTagName('p')[0].textContent).toBe('Text');
    const made = clone.createElement('div');
    expect([made.ownerDocument === clone.body?.ownerDocument, made.isConnected]).toEqual([true, false]);
    const text = clone.createTextNode('x');
    expect([text.data, text.isConnected]).toEqual(['x', false]);
  });

  it('takes the title from an HTML <title> only, and is empty without one', () => {
    const doc = loadHtml('<html><head></head><body><svg><title>icon</title></svg><p>Text</p></body></html>');
    expect([cloneWithMap(doc).clone.title, doc.title]).toEqual(['', '']);
  });

  it('gives an empty copy of a document without a root element', () => {
    const doc = loadHtml('<p>x</p>');
    doc.documentElement.remove();
    const { clone, toLive, liveTexts } = cloneWithMap(doc);
    expect([clone.documentElement, clone.body, clone.title, toLive.size, liveTexts.length]).toEqual([null, null, '', 0, 0]);
  });
});

describe('Readability on the copy', () => {
  // Readability removes <style> first thing, so on the copy it must read exactly what it reads on
  // document.cloneNode(true).
  const pages = corpusGold().filter((g) => g.isArticle).filter((_, i) => i % 5 === 2);
  it.each(pages.map((g) => [g.id, g.page]))('%s reads as on a whole clone', async (_, page) => {
    const doc = loadCorpusPage(page, 'https://example.com/news/story');
    const ours = parseWithReadability(cloneWithMap(doc).clone);
    const theirs = new Readability(doc.cloneNode(true) as Document).parse();
    expect(ours?.textContent).toBe(theirs?.textContent);
    expect([ours?.title, ours?.byline, ours?.excerpt, ours?.lang]).toEqual([theirs?.title, theirs?.byline, theirs?.excerpt, theirs?.lang]);
    await releasePages();
  });
});

// A page whose article sits in one part of the body, among menus, rails and comments.
const PART_PAGE = `<!DOCTYPE html><html lang="en"><head><title>Envoys visit Chongqing</title>
<meta property="og:type" content="article"><link rel="stylesheet" href="/site.css"><style>p { color: red }</style>
<script>var tracking = 1;</script></head><body class="site">
<nav><p>Home, News, World</p></nav>
<main id="main" class="column"><aside class="rail"><p>Most read today</p></aside>
<article id="story"><h1>Envoys visit Chongqing</h1><p class="byline">By A. Writer</p>
<div class="body-text"><p>The Albanian Ambassador met the mayor.</p><style>.x { margin: 0 }</style><p>Talks went on.</p></div></article>
<section class="comments"><p>First comment</p></section></main>
<meta itemprop="datePublished" content="2024-05-01">
<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"A. Writer"}}</script>
<footer><p>Copyright</p></footer></body></html>`;

describe('cloneWithMap with the part of the body that holds the article', () => {
  const story = (doc: Document) => doc.getElementById('story')!;

  it('copies that part whole, its ancestors as empty shells, and nothing else of the body', () => {
    const doc = loadHtml(PART_PAGE);
    const before = doc.documentElement.outerHTML;
    const { clone } = cloneWithMap(doc, undefined, story(doc));
    expect(doc.documentElement.outerHTML).toBe(before);
    const body = clone.body!;
    expect(body.className).toBe('site');
    expect([...body.children].map((e) => e.localName)).toEqual(['main']);
    const main = body.firstElementChild!;
    expect([main.id, main.className, main.children.length]).toEqual(['main', 'column', 1]);
    const copied = main.firstElementChild!;
    expect(copied.id).toBe('story');
    expect(copied.textContent).toBe(story(doc).textContent!.replace('.x { margin: 0 }', ''));
    expect(copied.querySelectorAll('style')).toHaveLength(0);
    expect(clone.documentElement!.getAttribute('lang')).toBe('en');
  });

  it("gives Readability the page's title, every <meta> and its JSON-LD, without its scripts, styles or links", () => {
    const doc = loadHtml(PART_PAGE);
    const { clone } = cloneWithMap(doc, undefined, story(doc));
    expect(clone.title).toBe('Envoys visit Chongqing');
    const head = clone.documentElement!.firstElementChild!;
    expect(head.localName).toBe('head');
    expect([...head.children].map((e) => e.localName)).toEqual(['title', 'meta', 'meta', 'script']);
    expect(clone.getElementsByTagName('meta')[1].getAttribute('itemprop')).toBe('datePublished');
    expect(clone.querySelectorAll('script')[0].getAttribute('type')).toBe('application/ld+json');
    expect(clone.querySelectorAll('link, style, nav, aside, footer, .comments')).toHaveLength(0);
  });

  it('pairs the copied text with its live twins, walking the part or reading the listed text nodes', () => {
    const doc = loadHtml(PART_PAGE);
    const walked = cloneWithMap(doc, undefined, story(doc));
    const listed = measurePage(doc, PAGE_LIMITS).texts;
    const given = cloneWithMap(doc, listed, story(doc));
    expect(walked.liveTexts).toEqual(listed);
    expect(given.liveTexts).toBe(listed);
    const inStory = listed.filter((t) => story(doc).contains(t));
    for (const { toLive } of [walked, given]) {
      expect([...toLive.values()]).toEqual(inStory);
      for (const [copy, twin] of toLive) expect(copy.data).toBe(twin.data);
    }
  });

  it('starts over from a fresh copy of the same part', () => {
    const doc = loadHtml(PART_PAGE);
    const { copyBody, toLive } = cloneWithMap(doc, undefined, story(doc));
    const paired = toLive.size;
    const fresh = copyBody()!;
    expect(fresh.body!.querySelector('#story')!.textContent).toBe(cloneWithMap(doc, undefined, story(doc)).clone.body!.querySelector('#story')!.textContent);
    expect(fresh.body!.querySelectorAll('nav, aside')).toHaveLength(0);
    expect(toLive.size).toBeGreaterThan(paired);
  });

  it('copies the whole page when the part is the body itself or not in it', () => {
    const doc = loadHtml(PART_PAGE);
    const whole = cloneWithMap(doc).clone.documentElement!.outerHTML;
    const elsewhere = loadHtml(PART_PAGE).getElementById('story')!;
    for (const part of [doc.body, elsewhere, null]) expect(cloneWithMap(doc, undefined, part).clone.documentElement!.outerHTML).toBe(whole);
  });
});
