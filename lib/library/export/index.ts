// Every export format behind one function, for the library page's menu and for
// `npx attache export --format F backup.json` (cli/export.ts), so both produce the same files.
import { parseImport } from '../import';
import type { SavedHighlight } from '../model';
import { toCsv } from './csv';
import { toJsonLd } from './jsonld';
import { toMarkdown } from './markdown';
import { toRis } from './ris';

export { CSV_HEADER, csvRow, toCsv } from './csv';
export { toAnnotation, toAnnotationCollection, toJsonLd } from './jsonld';
export { toMarkdown } from './markdown';
export { toRis } from './ris';

export type ExportFormat = 'jsonld' | 'csv' | 'markdown' | 'ris';

/** File name extension and media type per format, for downloads. */
export const EXPORT_FORMATS: Record<ExportFormat, { label: string; extension: string; mime: string }> = {
  jsonld: { label: 'Backup (JSON-LD, W3C Web Annotation)', extension: 'jsonld', mime: 'application/ld+json' },
  csv: { label: 'Spreadsheet (CSV)', extension: 'csv', mime: 'text/csv;charset=utf-8' },
  markdown: { label: 'Notes (Markdown for Obsidian, Logseq)', extension: 'md', mime: 'text/markdown;charset=utf-8' },
  ris: { label: 'References (RIS for Zotero)', extension: 'ris', mime: 'application/x-research-info-systems' },
};

export function exportHighlights(highlights: readonly SavedHighlight[], format: ExportFormat): string {
  switch (format) {
    case 'jsonld':
      return toJsonLd(highlights);
    case 'csv':
      return toCsv(highlights);
    case 'markdown':
      return toMarkdown(highlights);
    case 'ris':
      return toRis(highlights);
    default:
      throw new Error(`unknown export format ${JSON.stringify(format)}`);
  }
}

/** A backup's text converted to `format`; throws ImportError for a malformed or foreign backup. */
export function exportFile(jsonText: string, format: ExportFormat): string {
  return exportHighlights(parseImport(jsonText), format);
}

/** "attache-highlights-2024-05-02.md" */
export function exportFileName(format: ExportFormat, now = new Date()): string {
  return `attache-highlights-${now.toISOString().slice(0, 10)}.${EXPORT_FORMATS[format].extension}`;
}
