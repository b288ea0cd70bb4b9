import { describe, expect, it } from 'vitest';
import { queriesNatively, scanPage, type PageScan } from '../../lib/detect/scan';
import { loadHtml } from '../helpers/load-page';

const scan = (body: string, head = '', queryMicrodata?: boolean) =>
  scanPage(loadHtml(`<html><head>${head}</head><body>${body}</body></html>`), { queryMicrodata });
const count = (s: PageScan) => ({
  metas: s.metas.length,
  paragraphs: s.paragraphs.length,
  headings: s.headings.length,
  props: s.props.length,
  items: s.items.length,
  tableRows: s.tableRows,
  author: s.authorLink?.getAttribute('href') ?? null,
});

describe('scanPage', () => {
  it('collects what detection reads, in document order', () => {
    const s = scan('<h2>b</h2><p>one</p><h3>c</h3><p>two</p><table><tr><td>x</td></tr><tr><td>y</td></tr></table>', '<meta name="a" content="1"><title>T</title>');
    expect(s.paragraphs.map((p) => p.textContent)).toEqual(['one', 'two']);
    expect(s.headings.map((h) => h.textContent)).toEqual(['b', 'c']);
    expect(s.title?.textContent).toBe('T');
    expect(count(s)).toMatchObject({ metas: 1, tableRows: 2 });
  });

  // Subtrees without visible prose are skipped, microdata included; what follows them is still read.
  it.each<[string, string]>([
    ['an <svg>', '<svg><title>icon</title><g itemprop="author"><text>x</text></g></svg>'],
    ['a <template>', '<template><p>hidden</p><div itemscope itemtype="https://schema.org/Product"></div></template>'],
    ['a <select>', '<select><option itemprop="author">x</option></select>'],
    ['a <script>', '<script type="text/template"><p>not a paragraph</p></script>'],
  ])('skips the inside of %s', (_, html) => {
    for (const queried of [false, true]) {
      const s = scan(`<div>${html}</div><p itemprop="headline">after</p>`, '', queried);
      expect(s.props.map((p) => p.textContent)).toEqual(['after']);
      expect(s.items).toEqual([]);
    }
    const s = scan(`<div>${html}</div><p itemprop="headline">after</p>`);
    expect(s.paragraphs.map((p) => p.textContent)).toEqual(['after']);
    expect(s.props.map((p) => p.textContent)).toEqual(['after']);
    expect(s.items).toEqual([]);
    expect(s.title).toBeNull();
  });

  it('takes microdata items and properties from any element, and the first rel=author link', () => {
    const s = scan('<div itemscope itemtype="https://schema.org/NewsArticle"><a rel="author" href="/a">A</a><span itemprop="author">B</span></div><a rel="author" href="/b">C</a>');
    expect(count(s)).toMatchObject({ items: 1, props: 1, author: '/a' });
  });

  it('finds a rel=author <link> in the head', () => {
    expect(count(scan('<p>x</p>', '<link rel="author" href="/me">')).author).toBe('/me');
  });

  describe('microdata by query (browsers) or by the walk (happy-dom)', () => {
    const ITEM = 'itemscope itemtype="https://schema.org/WebPage"';
    it.each<[string, string, number, number]>([
      ['the root element itself', `<html ${ITEM}><head></head><body><p itemprop="name">x</p></body></html>`, 1, 1],
      ['a skipped element itself (its inside is not read)', '<html><body><svg itemprop="image"><g itemprop="author"></g></svg></body></html>', 1, 0],
      ['nested items, in document order', `<html><body><div ${ITEM}><span itemprop="a"></span><div ${ITEM}><b itemprop="b"></b></div></div></body></html>`, 2, 2],
      ['itemtype without itemscope is no item', '<html><body><div itemtype="https://schema.org/Thing"></div></body></html>', 0, 0],
    ])('%s', (_, html, props, items) => {
      for (const queryMicrodata of [false, true]) {
        const s = scanPage(loadHtml(html), { queryMicrodata });
        expect([s.props.length, s.items.length]).toEqual([props, items]);
      }
    });

    it('keeps at most 200 of each, the first ones', () => {
      const html = `<html><body>${Array.from({ length: 250 }, (_, i) => `<i itemprop="p${i}"></i>`).join('')}</body></html>`;
      for (const queryMicrodata of [false, true]) {
        const s = scanPage(loadHtml(html), { queryMicrodata });
        expect(s.props.length).toBe(200);
        expect(s.props[199].getAttribute('itemprop')).toBe('p199');
      }
    });

    it('finds none past where a bounded walk stops', () => {
      // html, head, body, p, six <i> (the last with a child): the walk stops before the <b>s.
      const html = `<html><head></head><body><p itemprop="early"></p>${'<i></i>'.repeat(5)}<i><b itemprop="inside"></b></i><b itemprop="late"></b></body></html>`;
      for (const queryMicrodata of [false, true]) {
        expect(scanPage(loadHtml(html), { queryMicrodata, maxElements: 10 }).props.map((e) => e.getAttribute('itemprop'))).toEqual(['early']);
        expect(scanPage(loadHtml(html), { queryMicrodata, maxElements: 11 }).props.map((e) => e.getAttribute('itemprop'))).toEqual(['early', 'inside']);
      }
    });

    it('is used by default only where queries are native', () => {
      // happy-dom implements querySelectorAll in script; a browser's is native code.
      expect(queriesNatively(loadHtml('<p>x</p>'))).toBe(false);
      const native = { querySelectorAll: Function.prototype.bind.call(() => null, null) } as unknown as Document;
      expect(queriesNatively(native)).toBe(true);
    });
  });
});
