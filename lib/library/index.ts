// The saved-highlights library in one import for the extension's pages and the CLI: model,
// URL keys, storage, import and export. Pure apart from IndexedDB, which is a web API.
export { ImportError, StorageFullError, isQuotaError } from './errors';
export {
  CONTEXT_CHARS,
  SCHEMA_VERSION,
  validateHighlight,
  type HighlightEntity,
  type HighlightKind,
  type HighlightPage,
  type HighlightTarget,
  type SavedHighlight,
  type TextPositionSelector,
  type TextQuoteSelector,
} from './model';
export { DEFAULT_HIGHLIGHT_COLOR, cleanTags, createHighlight, editHighlight, entitiesInRange, parseTags, type NewHighlight } from './highlight';
export { canonicalSource, cleanUrl, normalizeUrl, siteOf } from './url';
export { openLibrary, type Facet, type Library, type MergeResult, type SearchQuery } from './store';
export { DB_NAME, DB_VERSION } from './schema';
export { MAX_IMPORT_BYTES, importBackup, mergeImport, parseImport, readImportFile } from './import';
export {
  EXPORT_FORMATS,
  exportFile,
  exportFileName,
  exportHighlights,
  toCsv,
  toJsonLd,
  toMarkdown,
  toRis,
  type ExportFormat,
} from './export';
