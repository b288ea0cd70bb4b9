// A page's entity list as a table a researcher can paste elsewhere ("Copy as Markdown / CSV" in
// the popup). Pure; page-derived text is escaped for each format, and CSV cells that a spreadsheet
// would run as a formula are defused.
import type { Entity } from './types';

export type TableFormat = 'markdown' | 'csv';

const HEADER = ['Type', 'Name', 'Office', 'Country', 'Mentions'];

export function entityRows(entities: Entity[], countryName: (code: string) => string): string[][] {
  return entities.map((e) =>
    e.type === 'official'
      ? ['Official', e.name, e.titles[0] ?? '', e.country ? countryName(e.country) : '', String(e.mentions.length)]
      : ['Country', e.name, '', countryName(e.code), String(e.mentions.length)],
  );
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function markdownCell(s: string): string {
  return oneLine(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

function csvCell(s: string): string {
  let v = oneLine(s);
  // =, +, -, @ (and tab/CR) at the start make spreadsheets evaluate the cell (CSV injection).
  if (/^[=+\-@\t\r]/.test(v) && !/^-?\d+(\.\d+)?$/.test(v)) v = `'${v}`;
  return /[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function formatEntityTable(entities: Entity[], format: TableFormat, countryName: (code: string) => string): string {
  const rows = entityRows(entities, countryName);
  if (format === 'csv') return [HEADER, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  const line = (r: string[]) => `| ${r.map(markdownCell).join(' | ')} |`;
  return [line(HEADER), `|${HEADER.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n') + '\n';
}
