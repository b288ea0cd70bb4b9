// One entry for every export format, shared by the library page's buttons and `attache export`.
import { toCsv } from './export-csv';
import { toJsonLd } from './export-jsonld';
import { toMarkdown } from './export-markdown';
import { toRis } from './export-ris';
import { parseImport } from './import';
import type { SavedHighlight } from './model';

export const EXPORT_FORMATS = ['jsonld', 'csv', 'markdown', 'ris'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_INFO: Record<ExportFormat, { label: string; extension: string; mime: string }> = {
  jsonld: { label: 'Backup (JSON-LD)', extension: 'jsonld', mime: 'application/ld+json' },
  csv: { label: 'CSV', extension: 'csv', mime: 'text/csv' },
  markdown: { label: 'Markdown', extension: 'md', mime: 'text/markdown' },
  ris: { label: 'RIS (Zotero)', extension: 'ris', mime: 'application/x-research-info-systems' },
};

export function formatHighlights(hs: SavedHighlight[], format: ExportFormat, now = new Date()): string {
  switch (format) {
    case 'jsonld':
      return toJsonLd(hs, now);
    case 'csv':
      return toCsv(hs);
    case 'markdown':
      return toMarkdown(hs);
    case 'ris':
      return toRis(hs);
  }
}

/** Reads a backup's text and writes it in `format`; throws ImportError for a file that is not a backup. */
export function exportFile(jsonText: string, format: ExportFormat): string {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new Error(`unknown format ${format}`);
  return formatHighlights(parseImport(jsonText), format);
}

/** attache-highlights-2024-05-01.csv */
export function exportFileName(format: ExportFormat, now = new Date()): string {
  return `attache-highlights-${now.toISOString().slice(0, 10)}.${FORMAT_INFO[format].extension}`;
}
