import Readability from '@mozilla/readability/Readability.js';
import { describe, expect, it } from 'vitest';
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
      expect(copy.ownerDocument).toBe(clone);
      expect(copy.data).toBe(live.data);
    }
  });

  it('copies the page without its <style> elements, and leaves the page as it was', () => {
    const doc = loadHtml(PAGE);
    const before = doc.documentElement.outerHTML;
    const { clone } = cloneWithMap(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(clone).not.toBe(doc);
    expect(clone.querySelectorAll('style')).toHaveLength(0);
    const expected = doc.documentElement.cloneNode(true) as Element;
    for (const s of Array.from(expected.querySelectorAll('style'))) s.remove();
    expect(clone.documentElement.outerHTML).toBe(expected.outerHTML);
    expect([clone.title, clone.documentElement.lang, clone.body.textContent]).toEqual(['Talks resume', 'fr', doc.body.textContent!.replace(/(p|\.x|path) \{[^}]*\}/g, '')]);
    expect(clone.URL).toBe(doc.URL);
  });

  it('gives an empty copy of a document without a root element', () => {
    const doc = loadHtml('<p>x</p>');
    doc.documentElement.remove();
    const { clone, toLive, liveTexts } = cloneWithMap(doc);
    expect([clone.documentElement, toLive.size, liveTexts.length]).toEqual([null, 0, 0]);
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
