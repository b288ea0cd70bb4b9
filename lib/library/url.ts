// One article reaches a reader under many addresses: with campaign parameters, a #fragment, as an
// AMP page (or through an AMP cache), over http or https, with or without "www." and a trailing
// slash. Saved highlights must find it under all of them, so they are filed under a key that drops
// those differences, and the canonical link wins when the page gives a usable one. Pure string
// work; query keys are read without URL iterators (Firefox content scripts cannot iterate them).

/** Query parameters that only say how the reader arrived (lower-cased names). */
const TRACKING = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid',
  'igshid', 'igsh', 'mc_cid', 'mc_eid', 'ocid', 'cmpid', 'cmp', 'icid', 'ncid', 'smid', 'smtyp',
  's_cid', 's_kwcid', 'xtor', 'ito', 'li_fat_id', 'mkt_tok', '_hsenc', '_hsmi', '__hssc', '__hstc',
  '__hsfp', 'vero_id', 'vero_conv', 'oly_anon_id', 'oly_enc_id', 'rb_clickid', 'wt.mc_id', 'wt_mc',
  'sr_share', 'ref_src', 'ref_url', '_ga', '_gl', 'guccounter', 'guce_referrer', 'guce_referrer_sig',
  'soc_src', 'soc_trk', 'spm', 'fb_action_ids', 'fb_action_types', 'fb_ref', 'fb_source',
  'action_object_map', 'action_type_map', 'action_ref_map', '__twitter_impression', 'cndid', 'mbid',
  'utm', 'taid', 'ftag', 'cid_source',
]);
const TRACKING_PREFIX = /^(?:utm_|ns_|pk_|mtm_|hsa_|at_|_bta_|ga_)/;
/** Parameters that only select the AMP rendering of the same article. */
const AMP_PARAMS = new Set(['amp', 'amp_js_v', 'amp_gsa', 'amp_r', 'usqp', 'aoh', 'ampcf', '_amp']);
const AMP_VALUE_PARAMS = new Set(['outputtype', 'output', 'format', 'view']);

function decodeName(raw: string): string {
  const name = raw.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name).toLowerCase();
  } catch {
    return name.toLowerCase();
  }
}

function keepParam(pair: string): boolean {
  if (!pair) return false;
  const eq = pair.indexOf('=');
  const name = decodeName(eq < 0 ? pair : pair.slice(0, eq));
  const value = eq < 0 ? '' : decodeName(pair.slice(eq + 1));
  if (TRACKING.has(name) || TRACKING_PREFIX.test(name) || AMP_PARAMS.has(name)) return false;
  return !(AMP_VALUE_PARAMS.has(name) && value === 'amp');
}

/** Addresses of Google's AMP cache and AMP viewer lead to the publisher's own address. */
function unwrapAmpCache(u: URL): URL {
  let m: RegExpMatchArray | null = null;
  if (u.hostname.endsWith('.cdn.ampproject.org')) m = u.pathname.match(/^\/(?:[a-z]{1,3}\/)?(s\/)?([^/]+\.[^/]+(?:\/.*)?)$/);
  else if (/^(?:www\.)?google\.[a-z.]+$/.test(u.hostname)) m = u.pathname.match(/^\/amp\/(s\/)?([^/]+\.[^/]+(?:\/.*)?)$/);
  if (!m) return u;
  try {
    return new URL(`${m[1] ? 'https' : 'http'}://${m[2]}${u.search}${u.hash}`);
  } catch {
    return u;
  }
}

function parseHttp(raw: string | null | undefined, base?: string): URL | null {
  if (!raw || !raw.trim()) return null;
  try {
    const u = new URL(raw.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/**
 * The address without tracking parameters, fragment and AMP forms; scheme, "www." and the other
 * parameters stay as they were, so it still opens the page. null for what is not an http(s) URL.
 */
export function cleanUrl(raw: string): string | null {
  const parsed = parseHttp(raw);
  if (!parsed) return null;
  const u = unwrapAmpCache(parsed);
  if (/^amp\.[^.]+\.[^.]/.test(u.hostname)) u.hostname = u.hostname.slice(4);
  const path = u.pathname
    .split('/')
    .filter((seg) => seg.toLowerCase() !== 'amp')
    .join('/')
    .replace(/\.amp(\.html?)?$/i, (_m, html: string | undefined) => html ?? '');
  u.pathname = path || '/';
  const query = u.search.slice(1).split('&').filter(keepParam).join('&');
  u.search = query ? `?${query}` : '';
  // "#!/story/12" routes single-page sites: the fragment is the page there.
  if (!u.hash.startsWith('#!')) u.hash = '';
  return u.href;
}

/** Whether a page's canonical link can stand for it: home-page canonicals on articles are a known CMS bug. */
function usableCanonical(canonical: URL, visited: URL | null): boolean {
  if (!visited) return true;
  const root = (u: URL) => u.pathname.replace(/\/+$/, '') === '' && !u.search;
  return !root(canonical) || root(visited);
}

/** The address a highlight is about: the canonical link if usable, else the visited address, cleaned. */
export function canonicalSource(visitedUrl: string, canonical?: string | null): string {
  const visited = parseHttp(visitedUrl);
  const can = parseHttp(canonical, visited?.href);
  if (can && usableCanonical(can, visited)) return cleanUrl(can.href) ?? can.href;
  return cleanUrl(visitedUrl) ?? visitedUrl.trim();
}

/**
 * The key highlights are filed under: host without "www.", path without trailing slash, remaining
 * parameters sorted, no scheme. Anything that is not an http(s) URL is its own key.
 */
export function normalizeUrl(url: string, canonical?: string | null): string {
  const source = canonicalSource(url, canonical);
  const u = parseHttp(source);
  if (!u) return source.replace(/#.*$/, '');
  const host = u.host.replace(/^www\d?\.(?=[^.]+\.[^.])/, '');
  const path = u.pathname.replace(/\/{2,}/g, '/').replace(/\/+$/, '');
  const query = u.search.slice(1).split('&').filter(Boolean).sort().join('&');
  return `${host}${path}${query ? `?${query}` : ''}${u.hash}`;
}

/** The site part of a key or URL, for "by site" filters: "bbc.co.uk" for "https://www.bbc.co.uk/news/x". */
export function siteOf(url: string): string {
  const u = parseHttp(url) ?? parseHttp(`https://${url}`);
  return u ? u.hostname.replace(/^www\d?\.(?=[^.]+\.[^.])/, '') : '';
}
