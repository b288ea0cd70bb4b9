// Highlights as RIS, the format Zotero, EndNote and Mendeley import: one record per article with
// its highlights as notes (N1) and its tags as keywords. RIS has one line per field, so line breaks
// inside values are folded into spaces.
import { quoteOf, type SavedHighlight } from './model';
import { dateOnly, groupByArticle, oneLine } from './group';

const line = (tag: string, value: string) => `${tag}  - ${oneLine(value)}`;

/** "By Jane Doe and John Roe, Reuters" → the people; RIS wants one AU line per author. */
export function authors(byline: string | null): string[] {
  if (!byline) return [];
  return byline
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:;|,|&|\band\b|\bund\b|\bet\b|\by\b)\s*/i)
    .map(oneLine)
    .filter((a) => /\p{L}/u.test(a));
}

const risDate = (iso: string | null) => (iso ? `${iso.replace(/-/g, '/')}/` : null);

function noteOf(h: SavedHighlight): string {
  let n = `“${oneLine(quoteOf(h))}”`;
  if (h.note.trim()) n += ` — ${oneLine(h.note)}`;
  if (h.tags.length) n += ` [${h.tags.join(', ')}]`;
  return n;
}

export function toRis(hs: SavedHighlight[]): string {
  const records = groupByArticle(hs).map(({ lead, highlights }) => {
    const { page, target } = lead;
    const published = dateOnly(page.publishedTime);
    const iso = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null;
    const firstSaved = highlights.reduce((a, b) => (b.created < a.created ? b : a)).created.slice(0, 10);
    const out = [line('TY', page.siteName ? 'NEWS' : 'ELEC')];
    if (page.title.trim()) out.push(line('TI', page.title));
    if (page.siteName) out.push(line('T2', page.siteName));
    for (const a of authors(page.byline)) out.push(line('AU', a));
    if (iso) out.push(line('DA', risDate(iso)!), line('PY', iso.slice(0, 4)));
    out.push(line('UR', target.url), line('Y2', risDate(firstSaved)!));
    for (const t of [...new Set(highlights.flatMap((h) => h.tags))]) out.push(line('KW', t));
    for (const h of highlights) out.push(line('N1', noteOf(h)));
    out.push('ER  - ');
    return out.join('\r\n');
  });
  return records.map((r) => `${r}\r\n`).join('\r\n');
}
