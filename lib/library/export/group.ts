// Markdown and RIS speak of articles, not highlights: one section or record per page, holding its
// highlights in reading order. Shared here so both formats group and order the same way.
import type { HighlightPage, SavedHighlight } from '../model';
import { normalizeUrl } from '../url';

export interface ArticleGroup {
  key: string;
  /** The source URL of the most recently modified highlight. */
  url: string;
  /** Page facts from the most recently modified highlight: the latest reading of the page. */
  page: HighlightPage;
  /** In text order (position selector), then by creation time. */
  highlights: SavedHighlight[];
  /** Earliest creation time: when the reader first kept something from the page. */
  firstSaved: string;
  lastSaved: string;
}

const ms = (iso: string) => Date.parse(iso) || 0;

/** Articles with the most recently saved first; ties by key, so output is stable. */
export function groupByArticle(highlights: readonly SavedHighlight[]): ArticleGroup[] {
  const groups = new Map<string, SavedHighlight[]>();
  for (const h of highlights) {
    const key = normalizeUrl(h.target.source);
    const list = groups.get(key);
    if (list) list.push(h);
    else groups.set(key, [h]);
  }
  const out: ArticleGroup[] = [];
  for (const [key, hs] of groups) {
    const byCreated = [...hs].sort((a, b) => ms(a.created) - ms(b.created));
    const latest = [...hs].sort((a, b) => ms(b.modified) - ms(a.modified))[0];
    out.push({
      key,
      url: latest.target.source,
      page: latest.page,
      highlights: [...hs].sort(
        (a, b) => a.target.selectors[1].start - b.target.selectors[1].start || ms(a.created) - ms(b.created),
      ),
      firstSaved: byCreated[0].created,
      lastSaved: byCreated[byCreated.length - 1].created,
    });
  }
  return out.sort((a, b) => ms(b.lastSaved) - ms(a.lastSaved) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** "2024-05-02" from an ISO or ISO-like time, reading the date as written (not shifted to UTC); null if none. */
export function isoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = s.trim().match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

export const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
