// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { canonicalSource, cleanUrl, normalizeUrl, siteOf } from '../../lib/library/url';

describe('normalizeUrl: variants of one article share a key', () => {
  const KEY = 'example.com/world/2024/05/talks-resume';
  it.each([
    ['plain https', 'https://example.com/world/2024/05/talks-resume'],
    ['http', 'http://example.com/world/2024/05/talks-resume'],
    ['www', 'https://www.example.com/world/2024/05/talks-resume'],
    ['trailing slash', 'https://example.com/world/2024/05/talks-resume/'],
    ['fragment', 'https://example.com/world/2024/05/talks-resume#comments'],
    ['text fragment', 'https://example.com/world/2024/05/talks-resume#:~:text=minister'],
    ['utm params', 'https://example.com/world/2024/05/talks-resume?utm_source=twitter&utm_medium=social&utm_campaign=x'],
    ['fbclid', 'https://example.com/world/2024/05/talks-resume?fbclid=IwAR0abc'],
    ['gclid + mc_cid', 'https://example.com/world/2024/05/talks-resume?gclid=1&mc_cid=2&mc_eid=3'],
    ['ocid + cmpid', 'https://example.com/world/2024/05/talks-resume?ocid=msedgntp&cmpid=rss'],
    ['Guardian CMP (upper case)', 'https://example.com/world/2024/05/talks-resume?CMP=share_btn_tw'],
    ['BBC ns_ params', 'https://example.com/world/2024/05/talks-resume?ns_mchannel=social&ns_source=twitter'],
    ['Matomo pk_ params', 'https://example.com/world/2024/05/talks-resume?pk_campaign=a&pk_kwd=b'],
    ['NYT smid', 'https://example.com/world/2024/05/talks-resume?smid=nytcore-ios-share'],
    ['Le Monde xtor', 'https://example.com/world/2024/05/talks-resume?xtor=RSS-3208'],
    ['/amp/ segment first', 'https://example.com/amp/world/2024/05/talks-resume'],
    ['/amp suffix', 'https://example.com/world/2024/05/talks-resume/amp'],
    ['/amp/ suffix with slash', 'https://example.com/world/2024/05/talks-resume/amp/'],
    ['?amp', 'https://example.com/world/2024/05/talks-resume?amp'],
    ['?amp=1', 'https://example.com/world/2024/05/talks-resume?amp=1'],
    ['outputType=amp', 'https://example.com/world/2024/05/talks-resume?outputType=amp'],
    ['amp. subdomain', 'https://amp.example.com/world/2024/05/talks-resume'],
    ['.amp suffix', 'https://example.com/world/2024/05/talks-resume.amp'],
    ['AMP cache', 'https://www-example-com.cdn.ampproject.org/c/s/www.example.com/world/2024/05/talks-resume/amp/'],
    ['Google AMP viewer', 'https://www.google.com/amp/s/www.example.com/world/2024/05/talks-resume/amp'],
    ['everything at once', 'http://www.example.com/amp/world/2024/05/talks-resume/?utm_source=x&amp=1&fbclid=y#top'],
  ])('%s', (_label, url) => {
    expect(normalizeUrl(url)).toBe(KEY);
  });

  it('.amp.html becomes .html', () => {
    expect(normalizeUrl('https://example.com/news/story.amp.html')).toBe(normalizeUrl('https://example.com/news/story.html'));
    expect(normalizeUrl('https://example.com/news/story.amp.html')).toBe('example.com/news/story.html');
  });
});

describe('normalizeUrl: different pages keep different keys', () => {
  it.each([
    ['an id parameter', 'https://example.com/article.php?id=1', 'https://example.com/article.php?id=2'],
    ['path case', 'https://example.com/News/A', 'https://example.com/news/a'],
    ['another subdomain', 'https://news.example.com/a', 'https://blog.example.com/a'],
    ['a port', 'https://example.com:8443/a', 'https://example.com/a'],
    ['a ref parameter (meaningful on some sites)', 'https://example.com/a?ref=main', 'https://example.com/a'],
    ['a word containing amp', 'https://example.com/camp/a', 'https://example.com/a'],
    ['hash-bang routes', 'https://example.com/#!/story/1', 'https://example.com/#!/story/2'],
  ])('%s', (_label, a, b) => {
    expect(normalizeUrl(a)).not.toBe(normalizeUrl(b));
  });

  it('keeps meaningful parameters, sorted', () => {
    expect(normalizeUrl('https://example.com/read?p=2&id=7&utm_source=x')).toBe('example.com/read?id=7&p=2');
  });

  it('keeps "www" when it is the whole registrable name', () => {
    expect(normalizeUrl('https://www.com/a')).toBe('www.com/a');
  });
});

describe('normalizeUrl with a canonical link', () => {
  it.each([
    ['canonical wins over a tracking-laden visit', 'https://m.example.com/x?id=1&utm_source=a', 'https://www.example.com/2024/x', 'example.com/2024/x'],
    ['relative canonical resolves against the page', 'https://www.example.com/amp/2024/x', '/2024/x', 'example.com/2024/x'],
    ['syndicated copy files under the original', 'https://aggregator.test/story/99', 'https://publisher.test/world/x', 'publisher.test/world/x'],
    ['home-page canonical on an article is ignored', 'https://example.com/2024/x?utm_source=a', 'https://example.com/', 'example.com/2024/x'],
    ['unparseable canonical is ignored', 'https://example.com/2024/x', 'http://[bad', 'example.com/2024/x'],
    ['non-http canonical is ignored', 'https://example.com/2024/x', 'javascript:alert(1)', 'example.com/2024/x'],
    ['empty canonical is ignored', 'https://example.com/2024/x', '', 'example.com/2024/x'],
    ['canonical on the home page itself is fine', 'https://www.example.com/?utm_source=a', 'https://example.com/', 'example.com'],
  ])('%s', (_label, visited, canonical, key) => {
    expect(normalizeUrl(visited, canonical)).toBe(key);
  });

  it('an AMP page and its canonical article agree', () => {
    const amp = normalizeUrl('https://amp.example.com/2024/x.amp.html?amp_js_v=0.1', 'https://www.example.com/2024/x.html');
    const article = normalizeUrl('https://www.example.com/2024/x.html', 'https://www.example.com/2024/x.html');
    expect(amp).toBe(article);
  });
});

describe('cleanUrl and canonicalSource', () => {
  it('keeps scheme, www and useful parameters so the address still opens the page', () => {
    expect(cleanUrl('http://www.example.com/a/?id=3&utm_medium=x#frag')).toBe('http://www.example.com/a/?id=3');
  });

  it('keeps the encoding of the parameters it keeps', () => {
    expect(cleanUrl('https://example.com/s?q=a+b%2Fc&fbclid=1')).toBe('https://example.com/s?q=a+b%2Fc');
  });

  it('unwraps an AMP cache address', () => {
    expect(cleanUrl('https://www-example-com.cdn.ampproject.org/v/s/www.example.com/a.amp.html?amp_js_v=0.1&usqp=mq331AQ')).toBe(
      'https://www.example.com/a.html',
    );
  });

  it.each(['', 'not a url', 'mailto:a@b.c', 'about:blank', 'file:///tmp/x.html'])('refuses %j', (raw) => {
    expect(cleanUrl(raw)).toBeNull();
  });

  it('canonicalSource prefers a usable canonical, cleaned', () => {
    expect(canonicalSource('https://example.com/x?utm_source=a', 'https://example.com/x?CMP=y')).toBe('https://example.com/x');
    expect(canonicalSource('https://example.com/x?utm_source=a', 'https://example.com/')).toBe('https://example.com/x');
  });

  it('non-http addresses are their own key without the fragment', () => {
    expect(normalizeUrl('file:///tmp/page.html#a')).toBe('file:///tmp/page.html');
  });

  it.each([
    ['https://www.bbc.co.uk/news/x', 'bbc.co.uk'],
    ['example.com/a', 'example.com'],
    ['https://news.example.com/a', 'news.example.com'],
    ['', ''],
  ])('siteOf(%j) = %j', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});
