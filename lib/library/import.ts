// Reading a backup back in. A file from elsewhere is untrusted: it is size-checked before it is
// read, parsed and validated whole before anything is written, and refused with a sentence a reader
// can act on. Writing is then one transaction (Library.merge), so a library is never half-imported.
import { ImportError } from './errors';
import { ANNO_CONTEXT, EXT, UUID_IRI, VERSION_KEY } from './export/jsonld';
import { SCHEMA_VERSION, validateHighlight, type SavedHighlight } from './model';
import type { Library, MergeResult } from './store';

/** 50 MB: far above any real library (10,000 highlights take about 20 MB) and refused from there on. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const megabytes = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;

function tooBig(bytes: number): ImportError {
  return new ImportError(`The file is ${megabytes(bytes)}; Attaché imports backups smaller than ${megabytes(MAX_IMPORT_BYTES)}.`);
}

/** UTF-8 size of a string without encoding it; each UTF-16 unit takes at least one byte, so a long string is over at once. */
function utf8Bytes(text: string, limit: number): number {
  if (text.length >= limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

const NOT_OURS =
  'This file is not an Attaché backup. Import reads the JSON-LD file that “Export → Backup (JSON-LD)” writes.';

function hasAnnoContext(ctx: unknown): boolean {
  return ctx === ANNO_CONTEXT || (Array.isArray(ctx) && ctx.includes(ANNO_CONTEXT));
}

/** One W3C annotation as written by toAnnotation, back to the highlight it came from. */
function fromAnnotation(a: unknown, path: string): SavedHighlight {
  if (!isObj(a)) throw new ImportError('expected an annotation object', path);
  if (a.type !== 'Annotation') throw new ImportError(`expected type "Annotation", got ${JSON.stringify(a.type) ?? 'nothing'}`, `${path}.type`);
  const ext = a[EXT];
  if (!isObj(ext)) throw new ImportError(`has no "${EXT}" part; it was not written by Attaché`, path);
  const target = isObj(a.target) ? a.target : {};
  const body = a.body === undefined ? [] : a.body;
  if (!Array.isArray(body)) throw new ImportError('expected an array of bodies', `${path}.body`);
  let note = '';
  const tags: unknown[] = [];
  body.forEach((b, i) => {
    const bp = `${path}.body[${i}]`;
    if (!isObj(b) || b.type !== 'TextualBody') throw new ImportError('expected a TextualBody', bp);
    if (b.purpose === 'tagging') tags.push(b.value);
    else if (b.purpose === 'commenting') {
      if (typeof b.value !== 'string') throw new ImportError('expected the note as a string', `${bp}.value`);
      note = b.value;
    } else throw new ImportError(`unknown body purpose ${JSON.stringify(b.purpose) ?? 'nothing'}`, `${bp}.purpose`);
  });
  const id = typeof a.id === 'string' && a.id.startsWith(UUID_IRI) ? a.id.slice(UUID_IRI.length) : a.id;
  return validateHighlight(
    {
      id,
      schemaVersion: ext.schemaVersion,
      target: { source: target.source, visitedUrl: ext.visitedUrl, selectors: target.selector },
      page: ext.page,
      entities: ext.entities,
      kind: ext.kind,
      note,
      tags,
      color: ext.color,
      created: a.created,
      modified: a.modified,
    },
    path,
  );
}

/** The highlights of a parsed backup; ImportError for anything else. */
export function fromAnnotationCollection(doc: unknown): SavedHighlight[] {
  if (!isObj(doc) || !hasAnnoContext(doc['@context']) || doc.type !== 'AnnotationCollection') throw new ImportError(NOT_OURS);
  const version = doc[VERSION_KEY];
  if (version === undefined) throw new ImportError(`${NOT_OURS} (It is a Web Annotation collection from another program.)`);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ImportError(`unknown backup version ${JSON.stringify(version)}`, VERSION_KEY);
  }
  if (version > SCHEMA_VERSION) {
    throw new ImportError(
      `This backup was written by a newer version of Attaché (backup format ${version}; this version reads format ${SCHEMA_VERSION}). Update Attaché, then import it again.`,
    );
  }
  const first = doc.first;
  if (!isObj(first) || first.type !== 'AnnotationPage') throw new ImportError('expected an embedded AnnotationPage', 'first');
  if (first.next !== undefined) throw new ImportError('backups split over several pages are not supported', 'first.next');
  const items = first.items;
  if (!Array.isArray(items)) throw new ImportError('expected an array of annotations', 'first.items');
  if (doc.total !== items.length) {
    throw new ImportError(`the backup says it holds ${JSON.stringify(doc.total)} highlights but has ${items.length}; it may be damaged`, 'total');
  }
  return items.map((a, i) => fromAnnotation(a, `first.items[${i}]`));
}

/** Every highlight in a backup's text, all validated; nothing is returned unless all of it is good. */
export function parseImport(text: string): SavedHighlight[] {
  if (typeof text !== 'string') throw new ImportError('expected the text of a file');
  const bytes = utf8Bytes(text, MAX_IMPORT_BYTES);
  if (bytes >= MAX_IMPORT_BYTES) throw tooBig(bytes);
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    const detail = err instanceof Error ? ` (${err.message})` : '';
    if (!text.trim()) throw new ImportError('The file is empty.');
    throw new ImportError(`The file is not valid JSON; it may be truncated or damaged${detail}.`);
  }
  return fromAnnotationCollection(doc);
}

/** Reads a picked file, refusing a huge one by its size before reading any of it. */
export async function readImportFile(file: Blob): Promise<SavedHighlight[]> {
  if (file.size >= MAX_IMPORT_BYTES) throw tooBig(file.size);
  return parseImport(await file.text());
}

/** Merges parsed highlights into the library in one transaction (see Library.merge). */
export function mergeImport(store: Pick<Library, 'merge'>, highlights: readonly SavedHighlight[]): Promise<MergeResult> {
  return store.merge(highlights);
}

/** Parse, then merge: the library is untouched unless the whole file is valid and the write succeeds. */
export async function importBackup(store: Pick<Library, 'merge'>, text: string): Promise<MergeResult> {
  return mergeImport(store, parseImport(text));
}
