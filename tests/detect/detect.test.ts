import { describe, expect, it } from 'vitest';
import { articlePartOf, detectArticle } from '../../lib/detect/detect';
import { loadHtml } from '../helpers/load-page';
import { comments, ld, nav, page, paragraphs, sentencePair, teasers } from './fixtures';

interface Case {
  name: string;
  html: string;
  url?: string;
  article: boolean;
  /** Signals that must fire. */
  fires: string[];
  /** Signals that must not fire. */
  silent?: string[];
}

const newsHead = `<title>Envoys meet in Geneva</title>
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="2023-03-21T10:00:00Z">
  <meta name="author" content="Jane Roe">
  <link rel="canonical" href="https://daily.example/world/2023/03/21/envoys-meet-in-geneva">
  ${ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Envoys meet in Geneva' })}`;

const cases: Case[] = [
  {
    name: 'a news article with full metadata',
    html: page(newsHead, `${nav(30)}<main><article><h1>Envoys meet in Geneva</h1>${paragraphs(12)}</article></main>`),
    article: true,
    fires: ['schema:NewsArticle', 'og:article', 'published', 'url:dated', 'byline', 'single-article', 'prose:rich'],
  },
  {
    name: 'an article with no metadata at all, judged by its prose',
    html: page('<title>Envoys</title>', `${nav(10)}<div id="content"><h1>Envoys</h1>${paragraphs(12)}</div>`),
    article: true,
    fires: ['prose:rich'],
    silent: ['og:article', 'published'],
  },
  {
    name: 'prose written with <br> instead of <p>',
    html: page(
      '<meta property="og:type" content="article">',
      `<div class="story">${Array.from({ length: 12 }, (_, i) => sentencePair(i)).join('<br><br>')}</div>`,
    ),
    article: true,
    fires: ['og:article', 'prose:rich'],
  },
  {
    name: 'each paragraph wrapped in its own box',
    html: page('', `<div class="body">${paragraphs(12, (p) => `<div class="para"><p>${p}</p></div>`)}</div>`),
    article: true,
    fires: ['prose:rich'],
    silent: ['prose:scattered', 'prose:fragmented'],
  },
  {
    name: 'a Chinese article: short paragraphs, dense script',
    html: page(
      '<meta name="publishdate" content="2023-11-17">',
      `<div class="article">${Array.from({ length: 8 }, () => '<p>外交部发言人在例行记者会上表示，中方愿同各方一道，推动政治解决进程，维护地区和平稳定，并呼吁有关各方保持克制，通过对话协商解决分歧。</p>').join('')}</div>`,
      'zh',
    ),
    url: 'https://china.example/a/202311/17/WS6557.html',
    article: true,
    fires: ['published', 'url:dated'],
    silent: ['prose:thin', 'prose:none'],
  },
  {
    name: 'a front page that claims og:type=article',
    html: page(
      '<meta property="og:type" content="article"><title>The Daily: news</title>',
      `${nav(40)}<main>${teasers(24)}</main>`,
    ),
    url: 'https://daily.example/',
    article: false,
    fires: ['og:article', 'url:root', 'many-articles', 'teasers', 'prose:none'],
  },
  {
    name: 'a section page with teaser headlines and standfirsts',
    html: page(
      `${ld({ '@type': 'CollectionPage' })}<title>World</title>`,
      `${nav(20)}<main>${teasers(20).replace(/<article class="card">|<\/article>/g, '')}</main>`,
    ),
    url: 'https://daily.example/section/world',
    article: false,
    fires: ['schema:listing', 'url:listing', 'teasers'],
  },
  {
    name: 'a forum thread declared as DiscussionForumPosting',
    html: page(`${ld({ '@type': 'DiscussionForumPosting', headline: 'Ceasefire thread' })}`, `<div class="thread">${comments(20)}</div>`),
    url: 'https://talk.example/forum/world/12345-ceasefire-thread',
    article: false,
    fires: ['schema:forum', 'url:forum', 'prose:fragmented'],
  },
  {
    name: 'a discussion without forum markup: each paragraph in a comment box',
    html: page('<title>Ceasefire discussion</title>', `<div class="thread">${comments(24)}</div>`),
    article: false,
    fires: ['prose:fragmented'],
  },
  {
    name: 'a page whose prose is spread over many distant boxes',
    html: page('<title>Home</title>', Array.from({ length: 16 }, (_, i) => `<section><div><div><div><p>${sentencePair(i)}</p></div></div></div><div>x</div></section>`).join('')),
    article: false,
    fires: ['prose:scattered'],
  },
  {
    name: 'a product page',
    html: page(
      `<meta property="og:type" content="product">${ld({ '@type': 'Product', name: 'Mug', offers: { '@type': 'Offer', price: 12 } })}`,
      `<h1>Ceramic mug</h1><p>${sentencePair(1)}</p><button>Add to cart</button>`,
    ),
    url: 'https://shop.example/listing/615442107/ceramic-mug-earthy-pottery',
    article: false,
    fires: ['schema:product', 'og:product', 'url:shop'],
  },
  {
    name: 'documentation: prose full of inline code and code blocks',
    html: page(
      '<title>What is ownership?</title>',
      `<main>${paragraphs(12, (p) => `<p>${p} Call <code>drop</code> on the <code>String</code>.</p>`)}
       ${'<pre><code>let s = String::from("hello");</code></pre>'.repeat(5)}</main>`,
    ),
    article: false,
    fires: ['code-heavy', 'prose:rich'],
  },
  {
    name: 'terms of service',
    html: page('<title>Terms of Service</title>', `<main><h1>Terms of Service</h1>${paragraphs(12)}</main>`),
    article: false,
    fires: ['title:legal', 'prose:rich'],
  },
  {
    name: 'a list page: a short introduction and a long table',
    html: page(
      `<title>List of Nobel laureates</title>${ld({ '@type': 'Article', datePublished: '2004-01-01' })}`,
      `<main>${paragraphs(3)}<table>${'<tr><td>1901</td><td><a href="/p">Name</a></td></tr>'.repeat(80)}</table></main>`,
    ),
    article: false,
    fires: ['title:list', 'tabular'],
  },
  {
    name: 'a page with nothing to read',
    html: page('<title>Sign in</title>', '<form><input name="user"><input type="password"><button>Sign in</button></form>'),
    article: false,
    fires: ['prose:none'],
  },
];

describe('detectArticle', () => {
  it.each(cases)('$name', ({ html, url, article, fires, silent = [] }) => {
    const d = detectArticle(loadHtml(html), url);
    expect({ isArticle: d.isArticle, missing: fires.filter((s) => !d.signals.includes(s)) }).toEqual({
      isArticle: article,
      missing: [],
    });
    expect(d.signals.filter((s) => silent.includes(s))).toEqual([]);
    expect(d.score >= 0.5).toBe(d.isArticle);
    expect(d.score).toBeGreaterThanOrEqual(0);
    expect(d.score).toBeLessThanOrEqual(1);
  });

  it('prefers the given URL to the canonical one', () => {
    const doc = loadHtml(page(newsHead, `<article>${paragraphs(8)}</article>`));
    expect(detectArticle(doc).signals).toContain('url:dated');
    const atRoot = detectArticle(doc, 'https://daily.example/');
    expect(atRoot.signals).toContain('url:root');
    expect(atRoot.signals).not.toContain('url:dated');
  });

  it('uses the document URL when it is on the web', () => {
    const doc = loadHtml(page('', paragraphs(2)), 'https://daily.example/tag/diplomacy');
    expect(detectArticle(doc).signals).toContain('url:listing');
  });

  it('does not count a heading that wraps the body as a teaser', () => {
    // Broken markup seen in the wild: unclosed headings swallow the paragraphs after them.
    const swallowed = Array.from({ length: 20 }, (_, i) => `<h3>Part ${i}<p>${sentencePair(i)} <a href="/x">more</a></p>`).join('');
    const d = detectArticle(loadHtml(page('<meta property="og:type" content="article">', `<div>${swallowed}</div>`)));
    expect(d.signals).not.toContain('teasers');
  });
});

describe('articlePartOf: the part of the body that holds the article', () => {
  const story = `<article id="story"><header><h1>Envoys meet in Geneva</h1><p class="byline">By A. Writer</p></header>
    <div class="body-text">${paragraphs(8)}</div></article>`;
  const rails = `${nav(12)}<aside class="rail"><p>Most read</p></aside>`;
  const partOf = (html: string, url?: string) => {
    const doc = loadHtml(html);
    const d = detectArticle(doc, url);
    return { doc, d, part: articlePartOf(d, doc) };
  };

  it('is the element that holds both the prose and the headline', () => {
    const { d, part } = partOf(page(newsHead, `${rails}<main class="column">${story}</main>${comments(3)}`));
    expect(d.isArticle).toBe(true);
    expect(part?.id).toBe('story');
  });

  it('climbs to where the headline is, however far from the prose', () => {
    const html = page(newsHead, `${rails}<div id="wrap"><h1>Envoys meet in Geneva</h1><div class="columns"><div class="text">${paragraphs(8)}</div></div></div><footer>x</footer>`);
    expect(partOf(html).part?.id).toBe('wrap');
  });

  it('is none when the headline and the prose meet only at the body', () => {
    const html = page(newsHead, `<header><h1>Daily Example</h1></header>${rails}<div class="text">${paragraphs(8)}</div>`);
    const { d, part } = partOf(html);
    expect(d.isArticle).toBe(true);
    expect(part).toBeNull();
  });

  it('is none without an <h1> to bound the article by', () => {
    const { d, part } = partOf(page(newsHead, `${rails}<div class="text">${paragraphs(8)}</div>`));
    expect(d.isArticle).toBe(true);
    expect(part).toBeNull();
  });

  it('is none on a page that is not an article', () => {
    const { d, part } = partOf(page('<title>Daily Example</title>', `<h1>Daily Example</h1><div>${teasers(30)}</div>`), 'https://daily.example/');
    expect(d.isArticle).toBe(false);
    expect(part).toBeNull();
  });

  it('is none once the part has left the page, and for a detection of another document', () => {
    const { doc, d, part } = partOf(page(newsHead, `${rails}<main>${story}</main>`));
    expect(part).not.toBeNull();
    expect(articlePartOf(d, loadHtml(page(newsHead, story)))).toBeNull();
    expect(articlePartOf({ ...d }, doc)).toBeNull();
    part!.remove();
    expect(articlePartOf(d, doc)).toBeNull();
  });
});
