// Finding highlights again: full text over quote and note that ignores case and accents ("Šefčovič"
// is found by "sefcovic"), plus filters by site, entity, tag and time. Pure, so the store and the
// library page (which filters in memory as the reader types) give the same answers.
import { entityId, quoteOf, type SavedHighlight } from './model';
import { hostOf } from './url';

export interface SearchQuery {
  /** Words that must all appear in the quote or the note. */
  text?: string;
  /** A siteKey() value. */
  site?: string;
  /** An entityId(): "country:AL", "official:edi-rama". */
  entity?: string;
  tag?: string;
  /** Inclusive bounds on `created`, as ISO times. */
  from?: string;
  to?: string;
}

/** Lower case without diacritics, for comparisons only. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

export function words(text: string | undefined): string[] {
  return text ? fold(text).split(/\s+/).filter(Boolean) : [];
}

/** Groups a site's pages under one filter value whether or not they had a site name. */
export function siteKey(h: SavedHighlight): string {
  return hostOf(h.target.source) || hostOf(h.target.url);
}

export function siteLabel(h: SavedHighlight): string {
  return h.page.siteName?.trim() || siteKey(h);
}

/** The predicate behind search(); `folded` lets callers keep a precomputed fold of quote + note. */
export function matchesQuery(h: SavedHighlight, q: SearchQuery, folded?: string): boolean {
  if (q.site && siteKey(h) !== q.site) return false;
  if (q.tag && !h.tags.includes(q.tag)) return false;
  if (q.entity && !h.entities.some((e) => entityId(e) === q.entity)) return false;
  const t = Date.parse(h.created);
  if (q.from && t < Date.parse(q.from)) return false;
  if (q.to && t > Date.parse(q.to)) return false;
  const ws = words(q.text);
  if (!ws.length) return true;
  const hay = folded ?? fold(`${quoteOf(h)}\n${h.note}`);
  return ws.every((w) => hay.includes(w));
}

/** Newest first; ties (same millisecond) by id so the order is stable. */
export function newestFirst(a: SavedHighlight, b: SavedHighlight): number {
  if (a.created !== b.created) return a.created < b.created ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface Facet {
  value: string;
  label: string;
  count: number;
}

export interface Facets {
  sites: Facet[];
  entities: Facet[];
  tags: Facet[];
}

function add(m: Map<string, Facet>, value: string, label: string) {
  const f = m.get(value);
  if (f) f.count++;
  else m.set(value, { value, label, count: 1 });
}

const byCount = (m: Map<string, Facet>) =>
  [...m.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));

/** The values the library's filter menus offer, most used first. */
export function facets(hs: SavedHighlight[]): Facets {
  const sites = new Map<string, Facet>();
  const entities = new Map<string, Facet>();
  const tags = new Map<string, Facet>();
  for (const h of hs) {
    add(sites, siteKey(h), siteLabel(h));
    for (const e of new Map(h.entities.map((e) => [entityId(e), e])).values()) add(entities, entityId(e), e.name);
    for (const t of new Set(h.tags)) add(tags, t, `#${t}`);
  }
  return { sites: byCount(sites), entities: byCount(entities), tags: byCount(tags) };
}
