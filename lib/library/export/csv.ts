// One row per highlight for spreadsheets and data tools, as RFC 4180 says: CRLF between records,
// fields with commas, quotes or line breaks in double quotes, quotes doubled. Page text is
// untrusted, so a cell that a spreadsheet would run as a formula gets a leading apostrophe.
import type { SavedHighlight } from '../model';
import { siteOf } from '../url';

export const CSV_HEADER = ['id', 'quote', 'note', 'tags', 'entities', 'title', 'site', 'url', 'published', 'created'] as const;

/** The cells of one highlight's row, before CSV quoting. Lists are joined with "; ". */
export function csvRow(h: SavedHighlight): string[] {
  return [
    h.id,
    h.target.selectors[0].exact,
    h.note,
    h.tags.join('; '),
    h.entities.map((e) => e.name).join('; '),
    h.page.title,
    h.page.siteName ?? siteOf(h.target.source),
    h.target.source,
    h.page.publishedTime ?? '',
    h.created,
  ];
}

/** =, +, -, @, tab and CR at the start make spreadsheets evaluate a cell (CSV injection); plain numbers are safe. */
export function defuse(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?$/.test(cell) ? `'${cell}` : cell;
}

export function csvField(cell: string): string {
  const v = defuse(cell);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** `bom` helps Excel recognise UTF-8; off by default because RFC 4180 has none. */
export function toCsv(highlights: readonly SavedHighlight[], opts: { bom?: boolean } = {}): string {
  const lines = [[...CSV_HEADER], ...highlights.map(csvRow)].map((r) => r.map(csvField).join(','));
  return `${opts.bom ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`;
}
