// The facts a page states about itself in <head> (Open Graph, article:*, Dublin Core, name=author)
// and in schema.org data. Detection reads them as cheap signals; extraction uses them to fill the
// ArticleMeta fields Readability leaves empty.
import { scanPage, type PageScan } from './scan';
import { readStructuredData, type LdNode, type StructuredData } from './structured';

export interface PageMetadata {
  title: string | null;
  siteName: string | null;
  publishedTime: string | null;
  byline: string | null;
  canonicalUrl: string | null;
  lang: string | null;
  type: string | null;
}

const MAX_METAS = 400;

/** All <meta> values by lower-cased property/name/itemprop; some sites write value= for content=. */
export function readMetaTags(scan: PageScan): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of scan.metas.slice(0, MAX_METAS)) {
    const key = (
      m.getAttribute('property') ??
      m.getAttribute('name') ??
      m.getAttribute('itemprop') ??
      m.getAttribute('http-equiv') ??
      ''
    )
      .trim()
      .toLowerCase();
    const value = (m.getAttribute('content') ?? m.getAttribute('value') ?? '').trim();
    if (key && value && !out.has(key)) out.set(key, value);
  }
  return out;
}

function clean(s: unknown): string | null {
  if (typeof s !== 'string') return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

function first(meta: Map<string, string>, keys: string[]): string | null {
  for (const k of keys) {
    const v = clean(meta.get(k));
    if (v) return v;
  }
  return null;
}

/** A name from a schema.org Person/Organization value, a list of them, or a plain string. */
function ldName(v: unknown): string | null {
  if (Array.isArray(v)) {
    const names = v.map(ldName).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : null;
  }
  if (v && typeof v === 'object') return clean((v as LdNode).name);
  return clean(v);
}

const ARTICLE_LIKE = /Article|BlogPosting|Report|Review/;

function articleNode(data: StructuredData): LdNode | undefined {
  return data.nodes.find((n) =>
    (Array.isArray(n['@type']) ? n['@type'] : [n['@type']]).some((t) => typeof t === 'string' && ARTICLE_LIKE.test(t)),
  );
}

/** The first itemprop element of that name: its content/datetime attribute, or its short text. */
function prop(scan: PageScan, name: string): string | null {
  const el = scan.props.find((e) => (e.getAttribute('itemprop') ?? '').split(/\s+/).includes(name));
  if (!el) return null;
  const v = clean(el.getAttribute('content') ?? el.getAttribute('datetime'));
  if (v) return v;
  return shortText(el.querySelector('[itemprop~="name"]') ?? el);
}

/** An element's text when it is short enough to be a name (author boxes hold whole bios). */
function shortText(el: Element | null | undefined): string | null {
  const text = clean(el?.textContent);
  return text && text.length <= 100 ? text : null;
}

function canonicalLink(scan: PageScan): string | null {
  const link = scan.links.find((l) => /(^|\s)canonical(\s|$)/i.test(l.getAttribute('rel') ?? ''));
  return clean(link?.getAttribute('href'));
}

export function readPageMetadata(doc: Document): PageMetadata {
  const scan = scanPage(doc);
  return metadataFromScan(doc, scan, readMetaTags(scan), readStructuredData(scan));
}

/** readPageMetadata for callers that already scanned the page. */
export function metadataFromScan(
  doc: Document,
  scan: PageScan,
  meta: Map<string, string>,
  data: StructuredData,
): PageMetadata {
  const ld = articleNode(data);
  const authorMeta = first(meta, ['author', 'article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author']);
  return {
    title:
      first(meta, ['og:title', 'twitter:title', 'dc.title']) ??
      clean(ld?.headline) ??
      clean(scan.title?.textContent) ??
      clean(scan.h1?.textContent),
    siteName:
      first(meta, ['og:site_name', 'application-name', 'publisher']) ?? ldName(ld?.publisher),
    publishedTime:
      first(meta, [
        'article:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate',
        'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.created',
        'sailthru.date', 'parsely-pub-date', 'article.published', 'cxenseparse:recs:publishtime',
      ]) ??
      clean(ld?.datePublished) ??
      prop(scan, 'datePublished') ??
      clean(scan.timePubdate?.getAttribute('datetime')),
    // article:author is often a profile URL; a name is what a byline shows.
    byline:
      (authorMeta && !/^https?:/.test(authorMeta) ? authorMeta : null) ??
      ldName(ld?.author) ??
      prop(scan, 'author') ??
      (scan.authorLink?.tagName === 'A' ? shortText(scan.authorLink) : null),
    canonicalUrl: canonicalLink(scan) ?? first(meta, ['og:url', 'twitter:url']) ?? clean(ld?.url),
    lang:
      clean(doc.documentElement?.getAttribute('lang')) ??
      first(meta, ['og:locale', 'content-language', 'language', 'dc.language'])?.replace('_', '-') ??
      null,
    type: first(meta, ['og:type']),
  };
}
