import { describe, expect, it } from 'vitest';
import { parseUrl, urlFacts, type UrlFacts } from '../../lib/detect/url';

const facts = (raw: string): Partial<UrlFacts> => {
  const u = parseUrl(raw);
  if (!u) throw new Error(`unparsed ${raw}`);
  const f = urlFacts(u);
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v));
};

describe('parseUrl', () => {
  it.each([
    ['https://news.example/world/2023/03/21/story', '/world/2023/03/21/story'],
    ['//news.example/section/', '/section/'],
    ['viewtopic.php?id=12', '/viewtopic.php'],
  ])('%s has path %s', (raw, path) => {
    expect(parseUrl(raw)?.pathname).toBe(path);
  });

  it.each([[''], [null], ['javascript:void(0)'], ['file:///tmp/page.html'], ['about:blank']])(
    'rejects %s',
    (raw) => {
      expect(parseUrl(raw)).toBeNull();
    },
  );
});

describe('urlFacts', () => {
  it.each<[string, Partial<UrlFacts>]>([
    ['https://news.example/', { root: true }],
    ['https://www.example.at/de', { root: true }],
    ['https://news.example/?utm_source=x', { root: true }],
    ['https://blog.example/?p=123', {}],
    ['https://news.example/2023/03/21/envoys-meet-in-geneva/', { dated: true, slug: true }],
    ['https://news.example/a/202311/17/WS65571297.html', { dated: true, slug: true }],
    ['https://news.example/2013/middle_east/8/3/syria.clashes/index.html', { dated: true }],
    ['https://news.example/world/2019-11-19-taliban-prisoners', { dated: true }],
    ['https://news.example/world/middle-east/iran-us-talks-oman-2025-04-12/', { dated: true, slug: true }],
    ['https://news.example/tech/new-phones-of-2025-reviewed', { slug: true }],
    ['https://news.example/world/envoys-meet-in-geneva-for-talks', { slug: true }],
    ['https://news.example/india/articleshow/71496416.cms', { slug: true }],
    ['https://news.example/tag/diplomacy', { listing: true }],
    ['https://news.example/search?q=nato', { listing: true }],
    ['https://en.wiki.example/wiki/Category:Programming_languages', { listing: true }],
    ['https://forum.example/forum/trip-reports/', { forum: true }],
    ['https://www.example.com/r/sub/comments/abc/title/', { forum: true }],
    ['https://shop.example/dp/B0D1XD1ZV3', { shop: true }],
    ['https://docs.example.org/3/library/itertools.html', { docs: true }],
    ['https://example.io/docs/concepts/pods/', { docs: true }],
  ])('%s', (raw, expected) => {
    expect(facts(raw)).toEqual(expected);
  });

  it('does not take a four-digit number that is no year for a date', () => {
    expect(facts('https://news.example/item/5123/12/x').dated).toBeUndefined();
  });
});
