import { describe, expect, it } from 'vitest';
import { scanPage, type PageScan } from '../../lib/detect/scan';
import { loadHtml } from '../helpers/load-page';

const scan = (body: string, head = '') => scanPage(loadHtml(`<html><head>${head}</head><body>${body}</body></html>`));
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
});
