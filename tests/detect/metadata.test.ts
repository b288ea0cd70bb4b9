import { describe, expect, it } from 'vitest';
import { readPageMetadata } from '../../lib/detect/metadata';
import { loadHtml } from '../helpers/load-page';

const doc = (head: string, body = '', lang = 'en') =>
  loadHtml(`<html lang="${lang}"><head>${head}</head><body>${body}</body></html>`);

describe('readPageMetadata', () => {
  it('reads Open Graph and article tags', () => {
    const m = readPageMetadata(
      doc(`<title>Envoys meet | Daily</title>
        <meta property="og:title" content="Envoys meet in Geneva">
        <meta property="og:site_name" content="The Daily">
        <meta property="og:type" content="article">
        <meta property="article:published_time" content="2023-03-21T10:00:00Z">
        <meta name="author" content="Jane Roe">
        <link rel="canonical" href="https://daily.example/2023/03/21/envoys">`),
    );
    expect(m).toEqual({
      title: 'Envoys meet in Geneva',
      siteName: 'The Daily',
      publishedTime: '2023-03-21T10:00:00Z',
      byline: 'Jane Roe',
      canonicalUrl: 'https://daily.example/2023/03/21/envoys',
      lang: 'en',
      type: 'article',
    });
  });

  it('falls back to JSON-LD for headline, date, author and publisher', () => {
    const m = readPageMetadata(
      doc(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
        "headline":"Talks resume","datePublished":"2019-11-19","author":[{"@type":"Person","name":"A. Writer"},
        {"@type":"Person","name":"B. Writer"}],"publisher":{"@type":"Organization","name":"Wire"},
        "url":"https://wire.example/talks"}</script>`),
    );
    expect(m.title).toBe('Talks resume');
    expect(m.publishedTime).toBe('2019-11-19');
    expect(m.byline).toBe('A. Writer, B. Writer');
    expect(m.siteName).toBe('Wire');
    expect(m.canonicalUrl).toBe('https://wire.example/talks');
  });

  it('accepts name= for property= and value= for content=, as some publishers write', () => {
    const m = readPageMetadata(doc('<meta name="og:type" value="article"><meta value="https://x.example/a" name="og:url">'));
    expect(m.type).toBe('article');
    expect(m.canonicalUrl).toBe('https://x.example/a');
  });

  it('reads microdata and rel=author from the body', () => {
    const m = readPageMetadata(
      doc('', `<time itemprop="datePublished" datetime="2020-01-02">2 Jan</time>
        <a rel="author" href="/staff/roe">Jane Roe</a><h1>Headline</h1>`),
    );
    expect(m.publishedTime).toBe('2020-01-02');
    expect(m.byline).toBe('Jane Roe');
    expect(m.title).toBe('Headline');
  });

  it('takes no profile URL for a byline and no bio for a name', () => {
    const bio = 'Jane Roe has covered diplomacy for twenty years, from Brussels, Geneva, Washington and Beijing, and writes a weekly column.';
    const m = readPageMetadata(
      doc('<meta property="article:author" content="https://facebook.com/roe">', `<div itemprop="author">${bio}</div>`),
    );
    expect(m.byline).toBeNull();
  });

  it('returns nulls for a bare page', () => {
    const m = readPageMetadata(loadHtml('<html><head></head><body><p>Hi</p></body></html>'));
    expect(m).toEqual({ title: null, siteName: null, publishedTime: null, byline: null, canonicalUrl: null, lang: null, type: null });
  });
});
