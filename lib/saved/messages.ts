// The messages of saved highlights (issue 5). A content script cannot open the extension's
// IndexedDB, so it asks the background to save and to list; the popup and the background (context
// menu, shortcut) ask the content script to save the selection or to report what it placed. Every
// receiver parses first; anything that does not parse is ignored. Pure: no `browser.*`.
import { ImportError } from './errors';
import { validateHighlight, type SavedHighlight } from './model';
import { pageKey } from './url';

/** Requests to a tab's content script (from the popup, or the background for menu and shortcut). */
export type SavedContentRequest =
  | { type: 'attache:save-selection' }
  | { type: 'attache:get-saved' }
  | { type: 'attache:show-saved'; id: string };

/** Requests a content script sends to the background, which owns the library. */
export type SavedBackgroundRequest =
  | { type: 'attache:save-highlight'; highlight: SavedHighlight }
  | { type: 'attache:list-highlights'; url: string; canonical: string | null };

/** The answer to save-selection and save-highlight. `full`: the browser has no room left. */
export type SaveOutcome = { ok: true; id: string; quote: string } | { ok: false; error: string; full?: boolean };

/** The background's answer to list-highlights. */
export type ListAnswer = { ok: true; highlights: SavedHighlight[] } | { ok: false; error: string };

/** One saved highlight as the popup lists it. */
export interface SavedItem {
  id: string;
  quote: string;
  color: string;
  note: string;
}

/** The content script's answer to get-saved: placed highlights and orphans (never dropped). */
export interface SavedOnPage {
  pageKey: string;
  placed: SavedItem[];
  orphans: SavedItem[];
  /** Why the list could not be read (the library was unreachable), else null. */
  error: string | null;
}

/** A quote longer than this is refused: a highlight is a passage, not a page. */
export const MAX_QUOTE = 20_000;
const MAX_ITEMS = 10_000;
const MAX_URL = 4096;
const MAX_ERROR = 1000;

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const isId = (x: unknown): x is string => isStr(x) && x.length > 0 && x.length <= 100;
const isUrl = (x: unknown): x is string => isStr(x) && x.length > 0 && x.length <= MAX_URL;

export function parseSavedContentRequest(x: unknown): SavedContentRequest | null {
  if (!isObj(x)) return null;
  switch (x.type) {
    case 'attache:save-selection':
    case 'attache:get-saved':
      return { type: x.type };
    case 'attache:show-saved':
      return isId(x.id) ? { type: x.type, id: x.id } : null;
    default:
      return null;
  }
}

/** Checks a content script's request; the highlight is rebuilt field by field (validateHighlight). */
export function parseSavedBackgroundRequest(x: unknown): SavedBackgroundRequest | null {
  if (!isObj(x)) return null;
  if (x.type === 'attache:list-highlights') {
    if (!isUrl(x.url) || !(x.canonical === null || isUrl(x.canonical))) return null;
    return { type: x.type, url: x.url, canonical: x.canonical };
  }
  if (x.type === 'attache:save-highlight') {
    try {
      const h = validateHighlight(x.highlight);
      return h.target.selectors[0].exact.length <= MAX_QUOTE ? { type: x.type, highlight: h } : null;
    } catch (err) {
      if (err instanceof ImportError) return null;
      throw err;
    }
  }
  return null;
}

export function parseSaveOutcome(x: unknown): SaveOutcome | null {
  if (!isObj(x)) return null;
  if (x.ok === true) return isId(x.id) && isStr(x.quote) ? { ok: true, id: x.id, quote: x.quote } : null;
  if (x.ok === false && isStr(x.error) && x.error.length <= MAX_ERROR) {
    return x.full === true ? { ok: false, error: x.error, full: true } : { ok: false, error: x.error };
  }
  return null;
}

/** The background's list: records that do not validate are left out, not trusted. */
export function parseListAnswer(x: unknown): ListAnswer | null {
  if (!isObj(x)) return null;
  if (x.ok === false) return isStr(x.error) ? { ok: false, error: x.error.slice(0, MAX_ERROR) } : null;
  if (x.ok !== true || !Array.isArray(x.highlights) || x.highlights.length > MAX_ITEMS) return null;
  const highlights: SavedHighlight[] = [];
  for (const h of x.highlights) {
    try {
      highlights.push(validateHighlight(h));
    } catch {
      /* a record this version cannot read stays in the library, it is only not shown here */
    }
  }
  return { ok: true, highlights };
}

function isItem(x: unknown): x is SavedItem {
  return isObj(x) && isId(x.id) && isStr(x.quote) && isStr(x.color) && x.color.length <= 30 && isStr(x.note);
}

export function parseSavedOnPage(x: unknown): SavedOnPage | null {
  if (!isObj(x) || !isStr(x.pageKey) || !(x.error === null || isStr(x.error))) return null;
  for (const list of [x.placed, x.orphans]) {
    if (!Array.isArray(list) || list.length > MAX_ITEMS || !list.every(isItem)) return null;
  }
  return x as unknown as SavedOnPage;
}

/**
 * The site part of a host name (example.co.uk, nytimes.com), to tell whether a canonical link
 * stays on the page's own site. An approximation without the public-suffix list: a two-letter
 * country code after a short label (co.uk, com.au) counts as one suffix.
 */
export function siteOf(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(h) || h.includes(':') || h.startsWith('[')) return h;
  const parts = h.split('.');
  if (parts.length <= 2) return h;
  const n = parts[parts.length - 1].length === 2 && parts[parts.length - 2].length <= 3 ? 3 : 2;
  return parts.slice(-n).join('.');
}

function hostname(url: string | null | undefined, base?: string): string | null {
  if (!url) return null;
  try {
    const u = new URL(url, base);
    return /^https?:$/.test(u.protocol) ? u.hostname : null;
  } catch {
    return null;
  }
}

export function sameSite(a: string, b: string): boolean {
  const ha = hostname(a);
  const hb = hostname(b);
  return !!ha && !!hb && siteOf(ha) === siteOf(hb);
}

/**
 * pageKey() trusting the page's canonical link only when it stays on the page's own site: a page
 * must not be able to name another site's article and have the reader's highlights of it shown.
 */
export function trustedPageKey(url: string, canonical: string | null): string {
  const canonHost = hostname(canonical, url);
  const own = hostname(url);
  const useCanon = !!canonHost && !!own && siteOf(canonHost) === siteOf(own);
  return pageKey(url, useCanon ? canonical : null);
}

/** The address as visited, without the #attache=<id> fragment the library adds to open a highlight. */
export function visitedUrl(href: string): string {
  return href.replace(/#attache=[^#]*$/, '');
}

/** The saved highlight id named by a location hash (#attache=<id>), or null. */
export function highlightIdFromHash(hash: string): string | null {
  const m = /^#attache=([^&#]+)$/.exec(hash);
  if (!m) return null;
  try {
    const id = decodeURIComponent(m[1]);
    return isId(id) ? id : null;
  } catch {
    return null;
  }
}
