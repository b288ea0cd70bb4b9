// Highlights as a spreadsheet: RFC 4180 CSV (CRLF line ends, quotes doubled, fields quoted when
// they hold a comma, quote or line break), one row per highlight. Cells a spreadsheet would run as
// a formula get a leading apostrophe, since quotes and notes come from web pages and imported files.
import { quoteOf, type SavedHighlight } from './model';
import { siteLabel } from './search';

export const CSV_HEADER = ['id', 'quote', 'note', 'tags', 'entities', 'title', 'site', 'url', 'published', 'created'];

/** =, +, -, @, tab and CR start a formula in Excel, LibreOffice or Sheets. */
export function defuse(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The cells of each row, header first, as they will read back after parsing. */
export function csvRows(hs: SavedHighlight[]): string[][] {
  const rows = hs.map((h) => [
    h.id,
    quoteOf(h),
    h.note,
    h.tags.join(' '),
    h.entities.map((e) => e.name).join('; '),
    h.page.title,
    siteLabel(h),
    h.target.url,
    h.page.publishedTime ?? '',
    h.created,
  ]);
  return [CSV_HEADER, ...rows.map((r) => r.map(defuse))];
}

function field(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(hs: SavedHighlight[]): string {
  return csvRows(hs).map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
