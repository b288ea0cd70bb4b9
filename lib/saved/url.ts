// One key per article, whatever address it was reached by: a highlight saved on the AMP page, from
// a newsletter link with tracking parameters or on the www. host is found again on the plain page.
// The key is itself an https URL, so it can stand as the Web Annotation target's source.

const TRACKING = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'igshid', 'mc_cid',
  'mc_eid', 'ocid', 'cmpid', 'smid', 'smtyp', 'ref_src', 'ref_url', '_ga', '_gl', 'mkt_tok', 'sr_share',
  'icid', 'at_medium', 'at_campaign', 'guccounter', 'guce_referrer', 'guce_referrer_sig',
]);
const TRACKING_PREFIX = /^(utm_|pk_|mtm_|hsa_|__hs)/;

function isNoise(name: string, value: string): boolean {
  const n = name.toLowerCase();
  if (TRACKING.has(n) || TRACKING_PREFIX.test(n)) return true;
  // AMP switches: ?amp, ?amp=1, ?outputType=amp.
  if (n === 'amp' && (value === '' || value === '1' || value.toLowerCase() === 'true')) return true;
  return n === 'outputtype' && value.toLowerCase() === 'amp';
}

function cleanPath(path: string): string {
  let p = path
    .replace(/\/amp(?=\/)/gi, '') // an /amp/ segment anywhere
    .replace(/\/amp\/?$/i, '') // a trailing /amp
    .replace(/\.amp\.html?$/i, '.html')
    .replace(/\/+$/, '');
  if (p && !p.startsWith('/')) p = `/${p}`;
  return p;
}

function parseHttp(raw: string | null | undefined, base?: string): URL | null {
  if (!raw) return null;
  try {
    const u = new URL(raw.trim(), base);
    return /^https?:$/.test(u.protocol) ? u : null;
  } catch {
    return null;
  }
}

function keyOf(u: URL): string {
  const host = u.host.toLowerCase().replace(/^(?:www\d*|amp)\./, '');
  const params = [...u.searchParams].filter(([k, v]) => !isNoise(k, v));
  // Parameter order carries no meaning; sorting makes ?a=1&b=2 and ?b=2&a=1 one page.
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `https://${host}${cleanPath(u.pathname)}${query}`;
}

/**
 * The key that groups highlights of one article. Prefers the page's canonical link (resolved
 * against the page address) unless it points at the site's home page from a deeper page, a common
 * publisher mistake that would put every article under one key. Non-http addresses are returned
 * without their fragment.
 */
export function pageKey(url: string, canonical?: string | null): string {
  const visited = parseHttp(url);
  const canon = parseHttp(canonical, visited?.href);
  const useCanon = canon && !(cleanPath(canon.pathname) === '' && visited && cleanPath(visited.pathname) !== '');
  const chosen = useCanon ? canon : visited;
  if (!chosen) return url.replace(/#.*$/s, '');
  return keyOf(chosen);
}

/** The address that opens the page scrolled to a saved highlight (the content script reads the hash). */
export function highlightLink(url: string, id: string): string | null {
  const u = parseHttp(url);
  if (!u) return null;
  u.hash = `attache=${encodeURIComponent(id)}`;
  return u.href;
}

/** Host name without www., for showing and filtering by site when the page gave no site name. */
export function hostOf(url: string): string {
  const u = parseHttp(url);
  return u ? u.hostname.toLowerCase().replace(/^(?:www\d*|amp)\./, '') : '';
}
