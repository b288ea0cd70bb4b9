// Is this page an article? Decided from cheap evidence only, because the content script asks on
// every page: the page's own metadata, its address, and the shape of its prose measured on bounded
// samples. Declared metadata alone is not trusted: front pages, listings, forums, shops and docs often
// carry og:type=article, so their shape (scattered prose, teaser headlines, code) and their
// addresses count against them.
import type { Detection } from '../types';
import { metadataFromScan, readMetaTags } from './metadata';
import { scanPage } from './scan';
import { measureShape, measureText } from './signals';
import { readStructuredData, schemaKinds } from './structured';
import { parseUrl, urlFacts } from './url';

/** Evidence at or above this total makes an article. */
export const ARTICLE_THRESHOLD = 2;

const LEGAL_TITLE =
  /\b(terms (of|and) (service|use|sale)|terms & conditions|privacy (policy|notice|statement)|cookie (policy|notice)|legal notice|impressum|datenschutz\w*|nutzungsbedingungen|mentions l[ée]gales|conditions g[ée]n[ée]rales|aviso legal|pol[ií]tica de privacidad)\b/i;
const LIST_TITLE = /^\s*(lists?|index|glossary|outline|timeline) of\b/i;

/** The page's address: the one given, the document's own when it is on the web, else the canonical. */
function pageUrl(doc: Document, given: string | undefined, canonical: string | null): URL | null {
  const docUrl = /^https?:/i.test(doc.URL ?? '') ? doc.URL : undefined;
  return parseUrl(given) ?? parseUrl(docUrl) ?? parseUrl(canonical, docUrl);
}

export function detectArticle(doc: Document, url?: string): Detection {
  const signals: string[] = [];
  let total = 0;
  const add = (name: string, weight: number) => {
    signals.push(name);
    total += weight;
  };

  // What the publisher declares.
  const scan = scanPage(doc);
  const tags = readMetaTags(scan);
  const data = readStructuredData(scan);
  const meta = metadataFromScan(doc, scan, tags, data);
  const { types } = data;
  const kinds = schemaKinds(types);
  if (kinds.has('article')) add(`schema:${types.find((t) => /Article|Posting|Report|Review/.test(t))}`, 2);
  if (kinds.has('product')) add('schema:product', -3);
  if (kinds.has('forum')) add('schema:forum', -3);
  if (kinds.has('listing') && !kinds.has('article')) add('schema:listing', -2);
  if (kinds.has('docs') && !kinds.has('article')) add('schema:docs', -1);
  const og = (meta.type ?? '').toLowerCase();
  if (og === 'article' || og === 'news' || og === 'blog') add('og:article', 1);
  else if (/^product/.test(og)) add(`og:${og}`, -3);
  else if (og && og !== 'website') add(`og:${og}`, -1);
  if (meta.publishedTime || tags.has('article:modified_time')) add('published', 1);

  const title = meta.title ?? '';
  if (LEGAL_TITLE.test(title)) add('title:legal', -3);
  if (LIST_TITLE.test(title)) add('title:list', -4);

  // What the address says.
  const u = pageUrl(doc, url, meta.canonicalUrl);
  if (u) {
    const f = urlFacts(u);
    if (f.root) add('url:root', -3);
    if (f.dated) add('url:dated', 1.5);
    else if (f.slug && !f.shop) add('url:slug', 0.5);
    if (f.listing) add('url:listing', -2);
    if (f.forum) add('url:forum', -2);
    if (f.shop) add('url:shop', -2);
    if (f.docs) add('url:docs', -1.5);
  }

  // What the page looks like.
  const shape = measureShape(scan);
  const text = measureText(scan);
  if (meta.byline) add('byline', 0.5);
  if (shape.articles === 1) add('single-article', 0.5);
  else if (shape.articles >= 5) add('many-articles', -1.5);
  if (shape.linkedHeadings >= 15 && shape.linkedHeadings >= 3 * text.bestBlocks) add('teasers', -2);
  if (shape.tableRows >= 50 && shape.tableRows >= 5 * text.bestBlocks) add('tabular', -2);
  if (shape.codeBlocks >= 3 && shape.inlineCode >= text.longBlocks) add('code-heavy', -2.5);

  const { bestChars, bestBlocks, totalChars, longBlocks } = text;
  if (bestChars >= 2500 && (bestBlocks >= 4 || bestChars >= 3500)) add('prose:rich', 2.5);
  else if (bestChars >= 1200 && bestBlocks >= 3) add('prose:some', 1);
  else if (bestChars >= 500) add('prose:thin', -1.5);
  else add('prose:none', -3);
  if (longBlocks >= 15 && bestChars < 0.3 * totalChars) add('prose:scattered', -2);
  // Each paragraph in a box of its own, next to author lines or buttons: comments or teasers.
  if (bestBlocks >= 8 && text.bestBoxes >= 0.75 * bestBlocks) add('prose:fragmented', -2.5);

  const score = 1 / (1 + Math.exp(-(total - ARTICLE_THRESHOLD)));
  const detection = { isArticle: total >= ARTICLE_THRESHOLD, score: Math.round(score * 1000) / 1000, signals };
  if (detection.isArticle) {
    const part = articlePart(doc, text.best, scan.h1);
    if (part) parts.set(detection, part);
  }
  return detection;
}

// The part of an article page that holds the article, by the Detection it was found for: a
// Detection goes into messages (plain data), so the element is kept beside it, not in it.
const parts = new WeakMap<Detection, Element>();

/**
 * Where detection found the article: the element holding both its body's prose and its headline
 * (the page's first <h1>). Readability then reads a copy of that part only, and the page's menus,
 * rails, comments and footers are neither copied nor scored. Null when that is the whole body, or
 * when the page has no <h1> to bound the article by, or when the page has changed since.
 */
export function articlePartOf(detection: Detection, doc: Document): Element | null {
  const part = parts.get(detection);
  return part && doc.body?.contains(part) ? part : null;
}

function articlePart(doc: Document, prose: Element | null, headline: Element | null): Element | null {
  const body = doc.body;
  let part = headline && prose;
  while (part && !part.contains(headline)) part = part.parentElement;
  return part && part !== body && body?.contains(part) ? part : null;
}
