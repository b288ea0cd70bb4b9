// Markdown and RIS both present highlights article by article: one group per page key, articles
// with the most recent highlight first, highlights within an article in reading order.
import type { SavedHighlight } from './model';

export interface ArticleGroup {
  /** The most recently saved highlight's view of the page (its title, byline and address). */
  lead: SavedHighlight;
  highlights: SavedHighlight[];
}

export function groupByArticle(hs: SavedHighlight[]): ArticleGroup[] {
  const groups = new Map<string, SavedHighlight[]>();
  for (const h of hs) {
    const g = groups.get(h.target.source);
    if (g) g.push(h);
    else groups.set(h.target.source, [h]);
  }
  const newest = (g: SavedHighlight[]) => g.reduce((a, b) => (b.created > a.created ? b : a));
  return [...groups.values()]
    .map((g) => ({
      lead: newest(g),
      highlights: [...g].sort((a, b) => a.target.selectors[1].start - b.target.selectors[1].start || (a.created < b.created ? -1 : 1)),
    }))
    .sort((a, b) => (a.lead.created === b.lead.created ? 0 : a.lead.created < b.lead.created ? 1 : -1));
}

/** YYYY-MM-DD from an ISO-like date; other date strings are returned trimmed, as the page gave them. */
export function dateOnly(s: string | null): string | null {
  if (!s) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(s.trim());
  return m ? m[1] : s.trim() || null;
}

export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
