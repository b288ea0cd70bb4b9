import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/detect/scan';
import { readStructuredData, schemaKinds, type SchemaKind } from '../../lib/detect/structured';
import { loadHtml } from '../helpers/load-page';

const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
const typesOf = (head: string, body = '') =>
  readStructuredData(scanPage(loadHtml(`<html><head>${head}</head><body>${body}</body></html>`))).types;

describe('readStructuredData', () => {
  it.each<[string, string, string, string[]]>([
    ['a plain object', ld('{"@context":"https://schema.org","@type":"NewsArticle"}'), '', ['NewsArticle']],
    ['an array of types', ld('{"@type":["ReportageNewsArticle","CreativeWork"]}'), '', ['ReportageNewsArticle', 'CreativeWork']],
    ['a top-level array', ld('[{"@type":"BreadcrumbList"},{"@type":"BlogPosting"}]'), '', ['BreadcrumbList', 'BlogPosting']],
    ['an @graph', ld('{"@graph":[{"@type":"WebPage"},{"@type":"Article"}]}'), '', ['WebPage', 'Article']],
    ['a full IRI', ld('{"@type":"http://schema.org/NewsArticle"}'), '', ['NewsArticle']],
    ['CDATA around the JSON', ld('<![CDATA[ {"@type":"NewsArticle"} ]]>'), '', ['NewsArticle']],
    ['malformed JSON', ld('{"@type": "NewsArticle", "headline": "x",, }'), '', ['NewsArticle']],
    ['a QAPage main entity', ld('{"@type":"QAPage","mainEntity":{"@type":"Question"}}'), '', ['QAPage', 'Question']],
    ['microdata', '', '<div itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="headline">x</span></div>', ['NewsArticle']],
  ])('reads %s', (_name, head, body, expected) => {
    expect(typesOf(head, body)).toEqual(expected);
  });

  it('ignores the items of a listing: teasers are not the page', () => {
    const list = ld('{"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":{"@type":"NewsArticle"}}]}');
    expect(typesOf(list)).toEqual(['ItemList']);
  });

  it('ignores the questions of an FAQ block', () => {
    expect(typesOf(ld('{"@type":"FAQPage","mainEntity":[{"@type":"Question"}]}'))).toEqual(['FAQPage']);
  });

  it('ignores microdata items that are properties of another item', () => {
    const body =
      '<div itemscope itemtype="https://schema.org/Product"><div itemprop="review" itemscope itemtype="https://schema.org/Review"></div></div>';
    expect(typesOf('', body)).toEqual(['Product']);
  });
});

describe('schemaKinds', () => {
  it.each<[string[], SchemaKind[]]>([
    [['NewsArticle', 'BreadcrumbList'], ['article']],
    [['BlogPosting'], ['article']],
    [['DiscussionForumPosting', 'Person'], ['forum']],
    [['Product', 'Offer'], ['product']],
    [['CollectionPage', 'WebSite'], ['listing']],
    [['TechArticle'], ['docs']],
    [['WebPage', 'Organization'], []],
  ])('%j', (types, expected) => {
    expect([...schemaKinds(types)].sort()).toEqual(expected);
  });
});
