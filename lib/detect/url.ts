// What a page's address says about it. Publishers put dates and slugs in article URLs and keep
// home, section, search, forum and shop pages on recognisable paths; reading the path costs nothing.

const DUMMY_BASE = 'https://unknown.invalid/';

/** Parses an absolute, protocol-relative or relative address; relative ones keep only their path. */
export function parseUrl(raw: string | null | undefined, base?: string): URL | null {
  if (!raw) return null;
  const s = raw.trim();
  if (!s || /^(javascript|data|about|blob):/i.test(s)) return null;
  try {
    const b = base && /^https?:/i.test(base) ? base : DUMMY_BASE;
    const u = new URL(s.startsWith('//') ? `https:${s}` : s, b);
    return /^https?:$/.test(u.protocol) ? u : null;
  } catch {
    return null;
  }
}

/** Path segments, decoded and lower-cased, without empty ones. */
function segments(u: URL): string[] {
  return u.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s).toLowerCase();
      } catch {
        return s.toLowerCase();
      }
    });
}

const YEAR = /^(199\d|20[0-3]\d)$/;
const MONTH_OR_DAY = /^(0?[1-9]|[12]\d|3[01])$/;
// 20231117, 202311, 2019-11-19 or 2019_11_19 as a whole segment or at the start of one.
const COMPACT_DATE = /^(199\d|20[0-3]\d)[-_]?(0[1-9]|1[0-2])(?:[-_]?(0[1-9]|[12]\d|3[01]))?(?:$|[-_])/;
// A full date ending a slug: "iran-us-talks-oman-2025-04-12" (Reuters).
const SLUG_DATE = /[-_](199\d|20[0-3]\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:\.[a-z]+)?$/;
const LANG_SEGMENT = /^[a-z]{2}(?:[-_][a-z]{2})?$/;

const LISTING = new Set([
  'category', 'categories', 'tag', 'tags', 'topic', 'topics', 'section', 'sections', 'search',
  'archive', 'archives', 'latest', 'list', 'lists', 'collections', 'subcategory', 'browse', 'chart',
]);
const FORUM = new Set([
  'forum', 'forums', 'thread', 'threads', 'showthread.php', 'viewtopic.php', 'comments',
  'discussion', 'discussions', 'talk', 'questions', 'community', 't',
]);
const SHOP = new Set(['dp', 'gp', 'product', 'products', 'pdp', 'item', 'items', 'shop', 'cart', 'listing']);
const DOCS = new Set(['docs', 'doc', 'documentation', 'manual', 'reference', 'api']);

export interface UrlFacts {
  root: boolean;
  dated: boolean;
  listing: boolean;
  forum: boolean;
  shop: boolean;
  docs: boolean;
  /** The last segment looks like a headline slug or carries a long numeric id. */
  slug: boolean;
}

/**
 * forEach rather than keys(): in Firefox's content scripts a URL is an Xray wrapper whose iterators
 * are not iterable ("q.keys() is not iterable"), which broke detection on every root page there.
 */
function queryKeys(q: URLSearchParams): string[] {
  const keys: string[] = [];
  q.forEach((_value, key) => keys.push(key));
  return keys;
}

export function urlFacts(u: URL): UrlFacts {
  const segs = segments(u);
  const q = u.searchParams;
  const last = segs[segs.length - 1] ?? '';
  const dated =
    segs.some((s) => COMPACT_DATE.test(s) || SLUG_DATE.test(s)) ||
    segs.some((s, i) => YEAR.test(s) && segs.slice(i + 1, i + 3).some((t) => MONTH_OR_DAY.test(t)));
  const words = last.replace(/\.[a-z]+$/, '').split(/[-_+]+/).filter((w) => /[a-z\u00c0-\uffff]/.test(w));
  return {
    // "/?p=123" is a WordPress post, so any query other than tracking keeps a root path from counting.
    root:
      (segs.length === 0 || (segs.length === 1 && LANG_SEGMENT.test(segs[0]))) &&
      queryKeys(q).every((k) => k.startsWith('utm_')),
    dated,
    listing:
      segs.some((s) => LISTING.has(s) || /^(category|special|portal):/.test(s)) ||
      ['s', 'q', 'query', 'search', 'page', 'tag', 'cat'].some((k) => q.has(k)),
    forum: segs.some((s) => FORUM.has(s)),
    shop: segs.some((s) => SHOP.has(s)),
    docs: /^docs?\./.test(u.hostname) || segs.slice(0, 3).some((s) => DOCS.has(s)),
    slug: words.length >= 4 || /\d{6,}/.test(last),
  };
}
