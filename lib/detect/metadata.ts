// The facts a page states about itself in <head> (Open Graph, article:*, Dublin Core, name=author)
// and in schema.org data. Detection reads them as cheap signals; extraction uses them to fill the
// ArticleMeta fields Readability leaves empty.
import { readStructuredData, type LdNode } from './structured';

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
export function readMetaTags(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length && i < MAX_METAS; i++) {
    const m = metas[i];
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

function articleNode(doc: Document): LdNode | undefined {
  return readStructuredData(doc).nodes.find((n) =>
    (Array.isArray(n['@type']) ? n['@type'] : [n['@type']]).some((t) => typeof t === 'string' && ARTICLE_LIKE.test(t)),
  );
}

function attr(doc: Document, selector: string, name: string): string | null {
  return clean(doc.querySelector(selector)?.getAttribute(name));
}

export function readPageMetadata(doc: Document): PageMetadata {
  const meta = readMetaTags(doc);
  const ld = articleNode(doc);
  const authorMeta = first(meta, ['author', 'article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author']);
  return {
    title:
      first(meta, ['og:title', 'twitter:title', 'dc.title']) ??
      clean(ld?.headline) ??
      clean(doc.querySelector('title')?.textContent) ??
      clean(doc.querySelector('h1')?.textContent),
    siteName:
      first(meta, ['og:site_name', 'application-name', 'publisher']) ?? ldName(ld?.publisher),
    publishedTime:
      first(meta, [
        'article:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate',
        'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.created',
        'sailthru.date', 'parsely-pub-date', 'article.published', 'cxenseparse:recs:publishtime',
      ]) ??
      clean(ld?.datePublished) ??
      attr(doc, '[itemprop="datePublished"]', 'datetime') ??
      attr(doc, 'time[pubdate]', 'datetime'),
    // article:author is often a profile URL; a name is what a byline shows.
    byline:
      (authorMeta && !/^https?:/.test(authorMeta) ? authorMeta : null) ??
      ldName(ld?.author) ??
      clean(doc.querySelector('[itemprop="author"] [itemprop="name"], [rel="author"]')?.textContent),
    canonicalUrl:
      attr(doc, 'link[rel="canonical" i]', 'href') ?? first(meta, ['og:url', 'twitter:url']) ?? clean(ld?.url),
    lang:
      clean(doc.documentElement?.getAttribute('lang')) ??
      first(meta, ['og:locale', 'content-language', 'language', 'dc.language'])?.replace('_', '-') ??
      null,
    type: first(meta, ['og:type']),
  };
}
