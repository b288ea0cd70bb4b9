// What the library page's search box and filters mean, as one pure predicate over stored records,
// so the store can narrow with an index first and the rest is the same code in every path.
// Text search ignores case and accents ("Sarajevo" finds "SARAJEVO", "Erdogan" finds "Erdoğan"),
// and every word typed must appear in the quote or the note.
import type { StoredRecord } from './schema';

export interface SearchQuery {
  /** Words that must all appear in the quote or the note. */
  text?: string;
  /** A host ("bbc.co.uk", subdomains included) or a site name ("BBC News"). */
  site?: string;
  /** An entity key (ISO code of a country, key of an official). */
  entity?: string;
  tag?: string;
  /** Creation time bounds, inclusive; ISO strings or Dates. A date without time as `to` covers that whole day. */
  from?: string | Date;
  to?: string | Date;
  limit?: number;
}

/** Lower case, no diacritics, one space between words; ß and similar expand as NFKD allows. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

const DAY_MS = 86_400_000;

function bound(x: string | Date | undefined, end: boolean): number | null {
  if (x === undefined || x === '') return null;
  if (x instanceof Date) return x.getTime();
  const ms = Date.parse(x);
  if (Number.isNaN(ms)) return null;
  return end && /^\d{4}-\d{2}-\d{2}$/.test(x.trim()) ? ms + DAY_MS - 1 : ms;
}

export type RecordFilter = (r: StoredRecord) => boolean;

/** A predicate for one query; unusable bounds (unparseable dates) are ignored rather than matching nothing. */
export function compileQuery(q: SearchQuery): RecordFilter {
  const words = fold(q.text ?? '').split(' ').filter(Boolean);
  const site = fold(q.site ?? '').trim();
  const entity = q.entity ?? '';
  const tag = fold(q.tag ?? '').trim();
  const from = bound(q.from, false);
  const to = bound(q.to, true);
  return (r) => {
    const h = r.h;
    if (from !== null && r.createdAt < from) return false;
    if (to !== null && r.createdAt > to) return false;
    if (entity && !r.entityKeys.includes(entity)) return false;
    // Optional chaining: records migrated from an old layout are kept even if some part is missing.
    if (tag && !(h.tags ?? []).some((t) => fold(t) === tag)) return false;
    if (site && !(r.site === site || r.site.endsWith(`.${site}`) || fold(h.page?.siteName ?? '') === site)) return false;
    if (words.length) {
      const hay = fold(`${h.target?.selectors?.[0]?.exact ?? ''}\n${h.note ?? ''}`);
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  };
}

/** Newest first; equal times fall back to id so that the order is stable between calls. */
export function newestFirst(a: StoredRecord, b: StoredRecord): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
