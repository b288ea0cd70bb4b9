import Readability from '@mozilla/readability/Readability.js';
import { describe, expect, it } from 'vitest';
import { isElementWithoutContent, isProbablyVisible, isValidByline, parseWithReadability, removesBackwards, replacedMethods } from '../../lib/extract/readability-run';
import { corpusGold, loadCorpusPage, loadHtml, releasePages } from '../helpers/load-page';

// The methods the replacements stand in for, as Readability ships them, called on a real instance.
const reader = new Readability(loadHtml('<p>x</p>')) as unknown as Record<string, (...args: unknown[]) => boolean>;
const first = (body: string) => loadHtml(`<body>${body}</body>`).body.firstElementChild!;

describe('the reordered Readability tests', () => {
  it('stand in for methods Readability 0.6 still has, with the same signatures', () => {
    expect(replacedMethods()).toEqual(['_isValidByline', '_isProbablyVisible', '_isElementWithoutContent', '_postProcessContent', '_cleanStyles', '_getNextNode', '_hasSingleTagInsideElement', '_hasChildBlockElement', '_isPhrasingContent', '_hasAncestorTag', '_getCharCount', '_cleanConditionally', '_getInnerText', '_initializeNode', '_getLinkDensity', '_grabArticle']);
  });

  it.each<[string, string, string]>([
    ['rel=author, short text', '<a rel="author">Jane Doe</a>', ''],
    ['rel=author, empty', '<a rel="author"> </a>', ''],
    ['itemprop author', '<span itemprop="author name">Jane Doe</span>', ''],
    ['a byline class', '<div class="byline">By Jane Doe</div>', 'byline '],
    ['a byline class, 100 characters or more', `<div class="byline">${'x'.repeat(120)}</div>`, 'byline '],
    ['an author id', '<div id="author-box">Jane</div>', ' author-box'],
    ['no byline sign, short text', '<div class="lede">Jane Doe</div>', 'lede '],
    ['no byline sign, no text', '<div class="lede"></div>', 'lede '],
  ])('byline: %s', (_, html, matchString) => {
    const el = first(html);
    expect(isValidByline.call(reader as never, el, matchString)).toBe(reader._isValidByline.call(reader, el, matchString));
  });

  it.each<[string, string]>([
    ['a plain element', '<div>x</div>'],
    ['display:none', '<div style="display: none">x</div>'],
    ['visibility:hidden', '<div style="VISIBILITY:hidden">x</div>'],
    ['a harmless style', '<div style="color: red">x</div>'],
    ['hidden', '<div hidden>x</div>'],
    ['aria-hidden=true', '<div aria-hidden="true">x</div>'],
    ['aria-hidden=false', '<div aria-hidden="false">x</div>'],
    ['aria-hidden with the fallback-image class', '<span class="mwe-math-fallback-image-inline" aria-hidden="true">x</span>'],
    ['an svg, aria-hidden', '<svg aria-hidden="true" class="fallback-image"></svg>'],
    ['an svg, shown', '<svg class="icon"></svg>'],
  ])('visible: %s', (_, html) => {
    const el = first(html);
    // Readability only ever tests it (`if (!this._isProbablyVisible(node))`); its own may return ''.
    expect(isProbablyVisible.call(reader as never, el)).toBe(Boolean(reader._isProbablyVisible.call(reader, el)));
  });

  it.each<[string, string]>([
    ['empty', '<div></div>'],
    ['whitespace', '<div> \n </div>'],
    ['only breaks and rules', '<div><br><hr> <br></div>'],
    ['text', '<div>x</div>'],
    ['a breaks-only child holding text', '<div><br>x</div>'],
    ['an empty child element', '<div><span></span></div>'],
    ['a nested break', '<div><p><br></p></div>'],
    ['text deep after blank children', '<div> <p> </p>\n<section><span> </span><b>x</b></section></div>'],
    ['only blank text in nested breaks', '<div>\n<p> <br> </p>\t<br></div>'],
    ['a no-break space', '<div><span>\u00a0</span></div>'],
    ['a comment holding text', '<div><!-- x --></div>'],
    ['an image', '<div><img src="a.png"></div>'],
  ])('without content: %s', (_, html) => {
    const el = first(html);
    expect(isElementWithoutContent.call(reader as never, el)).toBe(reader._isElementWithoutContent.call(reader, el));
  });
});

describe('the inner-text memo of the conditional clean-up', () => {
  it.each<[string, string, boolean]>([
    ['Readability 0.6', 'for (var i = nodeList.length - 1; i >= 0; i--) {', true],
    ['minified', 'for(var n=e.length-1;n>=0;n--){', true],
    ['let, reversed test, pre-decrement', 'for (let k = list.length - 1; 0 <= k; --k)', true],
    ['counting up', 'for (var i = 0; i < nodeList.length; i++) {', false],
    ['another variable counts down', 'for (var i = nodeList.length - 1; j >= 0; i--) {', false],
  ])('%s', (_, source, backwards) => expect(removesBackwards(source)).toBe(backwards));

  it('judges a wrapper by what is left inside it once its insides were cleaned', () => {
    // The inner promo box goes first (its class weighs against it). What is left of the wrapper is
    // one linky line, so it goes too; had its text been remembered from before (with the promo's
    // ten commas, which exempt a block from the checks), it would have stayed.
    const promo = Array.from({ length: 12 }, (_, i) => `Story ${i}, `).join('');
    const prose = '<p>The foreign minister met his counterpart in Vienna, and the two spoke for an hour, about the dispute.</p>'.repeat(8);
    const html = `<html><body><div id="story">${prose}<div class="box"><p><a href="/more">Read more about the talks</a> here</p><div class="promo"><p>${promo}</p><p>More stories</p></div></div></div></body></html>`;
    const ours = parseWithReadability(loadHtml(html));
    const theirs = new Readability(loadHtml(html)).parse();
    expect(ours?.textContent).toBe(theirs?.textContent);
    expect(ours?.textContent).toContain('about the dispute');
    expect(ours?.textContent).not.toContain('Story 3');
    expect(ours?.textContent).not.toContain('Read more');
  });
});

describe('parseWithReadability', () => {
  const paragraphs = '<p>The foreign minister met his counterpart in Vienna, and the two spoke for an hour about the dispute. </p>'.repeat(12);
  it('finds the byline in the page when its metadata names no author', () => {
    const html = `<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1><div class="byline">By Jane Doe</div>${paragraphs}</article></body></html>`;
    const article = parseWithReadability(loadHtml(html));
    expect(article?.byline).toBe('By Jane Doe');
    expect(article?.textContent).toContain('counterpart in Vienna');
  });

  it('leaves out what the page hides', () => {
    const html = `<html><body><article>${paragraphs}<p style="display:none">Hidden paragraph about the summit.</p><div hidden><p>Another hidden one.</p></div></article></body></html>`;
    const text = parseWithReadability(loadHtml(html))?.textContent ?? '';
    expect(text).toContain('counterpart in Vienna');
    expect(text).not.toContain('Hidden paragraph');
    expect(text).not.toContain('Another hidden');
  });
});

describe('parseWithReadability on real pages', () => {
  // A spread of corpus articles: the same text, title and byline as Readability as shipped.
  const pages = corpusGold().filter((g) => g.isArticle).filter((_, i) => i % 6 === 0);
  it.each(pages.map((g) => [g.id, g.page]))('%s reads as with Readability itself', async (_, page) => {
    const ours = parseWithReadability(loadCorpusPage(page, 'https://example.com/news/story'));
    const theirs = new Readability(loadCorpusPage(page, 'https://example.com/news/story')).parse();
    expect(ours?.textContent).toBe(theirs?.textContent);
    expect([ours?.title, ours?.byline, ours?.publishedTime]).toEqual([theirs?.title, theirs?.byline, theirs?.publishedTime]);
    await releasePages();
  });
});
