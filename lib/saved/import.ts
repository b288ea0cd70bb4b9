// Reading a backup back in. Only our own JSON-LD backup is accepted, and all of it is checked before
// anything is written: a truncated, foreign, too new or tampered file is refused with a message that
// says why, and the library stays as it was.
import { ImportError } from './errors';
import {
  ANNO_CONTEXT, ANNOTATION_ID_PREFIX, BACKUP_FORMAT, BACKUP_MARKER, BACKUP_VERSION, EXTENSION_KEY,
} from './export-jsonld';
import { HIGHLIGHT_VERSION, validateHighlight, type SavedHighlight } from './model';
import type { LibraryStore, MergeCounts } from './store';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

export function tooLargeMessage(size: number): string {
  return `This file is ${(size / 1024 / 1024).toFixed(1)} MB; Attaché imports backups of up to 50 MB.`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const msg = (err as Error).message;
    if (!text.trim() || /end of (json )?(data|input)|unterminated|unexpected end/i.test(msg)) {
      throw new ImportError('This file ends too early: it looks cut short (truncated).');
    }
    throw new ImportError(`This file is not valid JSON (${msg}).`);
  }
}

function hasAnnoContext(ctx: unknown): boolean {
  return ctx === ANNO_CONTEXT || (Array.isArray(ctx) && ctx.includes(ANNO_CONTEXT));
}

function checkCollection(doc: unknown): unknown[] {
  const foreign = 'This is not an Attaché backup. Import reads the JSON-LD backup that “Export backup” writes.';
  if (!isObj(doc) || !hasAnnoContext(doc['@context']) || doc.type !== 'AnnotationCollection') throw new ImportError(foreign);
  const marker = doc[BACKUP_MARKER];
  if (!isObj(marker) || marker.format !== BACKUP_FORMAT) throw new ImportError(foreign);
  if (marker.version !== BACKUP_VERSION) {
    const v = JSON.stringify(marker.version);
    throw new ImportError(
      typeof marker.version === 'number' && marker.version > BACKUP_VERSION
        ? `This backup was made by a newer version of Attaché (format ${v}); this version reads format ${BACKUP_VERSION}. Update Attaché and try again.`
        : `This backup has an unknown format version (${v}); this version of Attaché reads format ${BACKUP_VERSION}.`,
    );
  }
  const first = doc.first;
  if (!isObj(first) || !Array.isArray(first.items)) throw new ImportError('expected an annotation page with items', 'first');
  if (doc.total !== first.items.length) {
    throw new ImportError(`The backup says it holds ${JSON.stringify(doc.total)} highlights but contains ${first.items.length}; it may be incomplete.`);
  }
  return first.items;
}

function bodies(x: unknown, path: string): { note: string; tags: string[] } {
  if (x === undefined) return { note: '', tags: [] };
  if (!Array.isArray(x)) throw new ImportError('expected an array', path);
  let note: string | null = null;
  const tags: unknown[] = [];
  x.forEach((b, i) => {
    const p = `${path}[${i}]`;
    if (!isObj(b) || b.type !== 'TextualBody') throw new ImportError('expected a TextualBody', p);
    if (b.purpose === 'tagging') tags.push(b.value);
    else if (b.purpose === 'commenting' && note === null) {
      if (typeof b.value !== 'string' || !b.value) throw new ImportError('expected a non-empty note', `${p}.value`);
      note = b.value;
    } else throw new ImportError('expected one commenting body and tagging bodies', `${p}.purpose`);
  });
  return { note: note ?? '', tags: tags as string[] };
}

/** One Annotation back to our record; every field is then checked by validateHighlight. */
function fromAnnotation(x: unknown, path: string): SavedHighlight {
  if (!isObj(x) || x.type !== 'Annotation') throw new ImportError('expected an Annotation', path);
  const ext = x[EXTENSION_KEY];
  if (!isObj(ext)) throw new ImportError(`missing "${EXTENSION_KEY}"`, path);
  if (ext.version !== HIGHLIGHT_VERSION) {
    throw new ImportError(`unknown highlight version ${JSON.stringify(ext.version)} (this version of Attaché reads ${HIGHLIGHT_VERSION})`, `${path}.${EXTENSION_KEY}.version`);
  }
  if (typeof x.id !== 'string' || !x.id.startsWith(ANNOTATION_ID_PREFIX)) throw new ImportError(`expected a ${ANNOTATION_ID_PREFIX} id`, `${path}.id`);
  const target = x.target;
  if (!isObj(target)) throw new ImportError('expected an object', `${path}.target`);
  const { note, tags } = bodies(x.body, `${path}.body`);
  return validateHighlight(
    {
      id: x.id.slice(ANNOTATION_ID_PREFIX.length),
      schemaVersion: ext.version,
      kind: ext.kind,
      target: { source: target.source, url: ext.url, canonicalUrl: ext.canonicalUrl, selectors: target.selector },
      page: ext.page,
      entities: ext.entities,
      note,
      tags,
      color: ext.color,
      created: x.created,
      modified: x.modified,
    },
    path,
  );
}

/** The highlights of a backup file's text; throws ImportError (and only that) when it is not one. */
export function parseImport(text: string): SavedHighlight[] {
  if (typeof text !== 'string') throw new ImportError('expected the text of a file');
  // Checked before parsing: JSON.parse of a huge file would freeze the page first.
  if (text.length > MAX_IMPORT_BYTES) throw new ImportError(tooLargeMessage(text.length));
  try {
    const items = checkCollection(parseJson(text));
    return items.map((x, i) => fromAnnotation(x, `items[${i}]`));
  } catch (err) {
    if (err instanceof ImportError) throw err;
    // Anything unforeseen in a hostile file is still the file's fault, not a crash.
    throw new ImportError(`This file could not be read as a backup (${(err as Error).message}).`);
  }
}

/** Newer `modified` wins; the same id twice in one file keeps the newer one. */
export function newerWins(incoming: SavedHighlight, existing: SavedHighlight | undefined): SavedHighlight | null {
  return !existing || incoming.modified > existing.modified ? incoming : null;
}

/** Merges by id in one transaction: either every record is merged or none. */
export async function mergeImport(store: Pick<LibraryStore, 'merge'>, hs: SavedHighlight[]): Promise<MergeCounts> {
  const byId = new Map<string, SavedHighlight>();
  for (const h of hs) {
    const seen = byId.get(h.id);
    if (!seen || newerWins(h, seen)) byId.set(h.id, h);
  }
  return store.merge([...byId.values()], newerWins);
}
