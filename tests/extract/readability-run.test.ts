import Readability from '@mozilla/readability/Readability.js';
import { describe, expect, it } from 'vitest';
import { isValidByline, parseWithReadability } from '../../lib/extract/readability-run';
import { loadHtml } from '../helpers/load-page';

// The method the replacement stands in for, as Readability ships it.
const original = (Readability.prototype as unknown as { _isValidByline: (n: Element, m: string) => boolean })._isValidByline;
const context = { REGEXPS: { byline: /byline|author|dateline|writtenby|p-author/i } };

describe('isValidByline', () => {
  it('replaces a method Readability still has, with the same signature', () => {
    expect(typeof original).toBe('function');
    expect(original.length).toBe(2);
    // If Readability's own byline pattern changed, the table below would no longer prove anything.
    const reader = new Readability(loadHtml('<p>x</p>')) as unknown as { REGEXPS: { byline: RegExp } };
    expect(reader.REGEXPS.byline.source).toBe(context.REGEXPS.byline.source);
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
  ])('%s: decides as Readability does', (_, html, matchString) => {
    const el = loadHtml(`<body>${html}</body>`).body.firstElementChild!;
    expect(isValidByline.call(context as never, el, matchString)).toBe(original.call(context, el, matchString));
  });
});

describe('parseWithReadability', () => {
  it('finds the byline in the page when its metadata names no author', () => {
    const body = `<article><h1>Talks resume</h1><div class="byline">By Jane Doe</div>${'<p>The foreign minister met his counterpart in Vienna, and the two spoke for an hour about the dispute. </p>'.repeat(12)}</article>`;
    const article = parseWithReadability(loadHtml(`<html><head><title>Talks resume</title></head><body>${body}</body></html>`));
    expect(article?.byline).toBe('By Jane Doe');
    expect(article?.textContent).toContain('counterpart in Vienna');
  });
});
