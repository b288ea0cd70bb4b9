import { describe, expect, it } from 'vitest';
import { highlightLink, hostOf, pageKey } from '../../lib/saved/url';

const KEY = 'https://news.example/world/2024/accord';

describe('pageKey: URL variants of one article share a key', () => {
  it.each<[string, string, string | null]>([
    ['plain', 'https://news.example/world/2024/accord', null],
    ['http', 'http://news.example/world/2024/accord', null],
    ['www', 'https://www.news.example/world/2024/accord', null],
    ['trailing slash', 'https://news.example/world/2024/accord/', null],
    ['fragment', 'https://news.example/world/2024/accord#comments', null],
    ['utm', 'https://news.example/world/2024/accord?utm_source=nl&utm_medium=email&UTM_Campaign=x', null],
    ['fbclid', 'https://news.example/world/2024/accord?fbclid=IwAR0abc', null],
    ['gclid', 'https://news.example/world/2024/accord?gclid=abc', null],
    ['mailchimp', 'https://news.example/world/2024/accord?mc_cid=1&mc_eid=2', null],
    ['ocid/cmpid/smid', 'https://news.example/world/2024/accord?ocid=a&cmpid=b&smid=c', null],
    ['ref_src', 'https://news.example/world/2024/accord?ref_src=twsrc%5Etfw', null],
    ['amp segment first', 'https://news.example/amp/world/2024/accord', null],
    ['amp segment inside', 'https://news.example/world/amp/2024/accord', null],
    ['amp suffix', 'https://news.example/world/2024/accord/amp', null],
    ['amp suffix slash', 'https://news.example/world/2024/accord/amp/', null],
    ['?amp', 'https://news.example/world/2024/accord?amp', null],
    ['?amp=1', 'https://news.example/world/2024/accord?amp=1', null],
    ['outputType=amp', 'https://news.example/world/2024/accord?outputType=amp', null],
    ['amp. host', 'https://amp.news.example/world/2024/accord', null],
    ['host case', 'https://NEWS.Example/world/2024/accord', null],
    ['canonical preferred', 'https://m.news.example/a?id=9', 'https://news.example/world/2024/accord'],
    ['relative canonical', 'https://news.example/amp/x', '/world/2024/accord'],
    ['all at once', 'http://www.news.example/amp/world/2024/accord/?utm_source=x&fbclid=y#top', null],
  ])('%s', (_label, url, canonical) => {
    expect(pageKey(url, canonical)).toBe(KEY);
  });

  it.each<[string, string, string | null, string]>([
    ['.amp.html', 'https://news.example/a/story.amp.html', null, 'https://news.example/a/story.html'],
    ['meaningful query kept, sorted', 'https://news.example/article.php?sid=5&id=12&utm_term=x', null, 'https://news.example/article.php?id=12&sid=5'],
    ['amp=0 is not an AMP switch', 'https://news.example/a?amp=0', null, 'https://news.example/a?amp=0'],
    ['port kept', 'http://127.0.0.1:8080/pages/a.html', null, 'https://127.0.0.1:8080/pages/a.html'],
    ['root', 'https://www.news.example/', null, 'https://news.example'],
    ['canonical to the home page is ignored', 'https://news.example/world/x', 'https://news.example/', 'https://news.example/world/x'],
    ['bad canonical ignored', 'https://news.example/world/x', 'javascript:alert(1)', 'https://news.example/world/x'],
    ['word containing amp kept', 'https://news.example/ampere/x', null, 'https://news.example/ampere/x'],
    ['non-http loses only its fragment', 'file:///home/me/a.html#x', null, 'file:///home/me/a.html'],
  ])('%s', (_label, url, canonical, key) => {
    expect(pageKey(url, canonical)).toBe(key);
  });

  it('different articles keep different keys', () => {
    expect(pageKey('https://news.example/a')).not.toBe(pageKey('https://news.example/b'));
    expect(pageKey('https://news.example/a?id=1')).not.toBe(pageKey('https://news.example/a?id=2'));
    expect(pageKey('https://news.example/a')).not.toBe(pageKey('https://other.example/a'));
  });
});

describe('highlightLink and hostOf', () => {
  it('adds the attache hash, replacing any fragment, and refuses non-http addresses', () => {
    expect(highlightLink('https://news.example/a?x=1#top', 'abc-1')).toBe('https://news.example/a?x=1#attache=abc-1');
    expect(highlightLink('javascript:alert(1)', 'abc')).toBeNull();
    expect(highlightLink('not a url', 'abc')).toBeNull();
  });
  it('gives the host without www', () => {
    expect(hostOf('https://www.news.example/a')).toBe('news.example');
    expect(hostOf('data:text/html,hi')).toBe('');
  });
});
