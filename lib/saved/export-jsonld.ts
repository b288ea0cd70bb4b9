// The full backup: W3C Web Annotation JSON-LD, so other annotation tools can read the quotes, notes
// and tags, while the fields the standard has no place for (page facts, entities, colour, visited
// address) ride along under "attache:highlight". import.ts reads it back without loss.
import { HIGHLIGHT_VERSION, type SavedHighlight } from './model';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Marks a file as our backup; `version` is the backup format, bumped only on incompatible change. */
export const BACKUP_MARKER = 'attache:backup';
export const BACKUP_FORMAT = 'attache-highlights';
export const BACKUP_VERSION = 1;
export const EXTENSION_KEY = 'attache:highlight';

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'tagging';
  value: string;
  format?: 'text/plain';
}

/** Our fields outside the Web Annotation vocabulary. */
export interface HighlightExtension {
  version: number;
  kind: SavedHighlight['kind'];
  color: string;
  url: string;
  canonicalUrl: string | null;
  page: SavedHighlight['page'];
  entities: SavedHighlight['entities'];
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: { source: string; selector: SavedHighlight['target']['selectors'] };
  [EXTENSION_KEY]: HighlightExtension;
}

export interface Backup {
  '@context': typeof ANNO_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  generator: { type: 'Software'; name: string };
  generated: string;
  [BACKUP_MARKER]: { format: string; version: number };
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
}

export const ANNOTATION_ID_PREFIX = 'urn:uuid:';

export function toAnnotation(h: SavedHighlight): Annotation {
  const body: TextualBody[] = [];
  if (h.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: h.note, format: 'text/plain' });
  for (const t of h.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: t });
  return {
    id: `${ANNOTATION_ID_PREFIX}${h.id}`,
    type: 'Annotation',
    motivation: 'highlighting',
    created: h.created,
    modified: h.modified,
    ...(body.length ? { body } : {}),
    target: { source: h.target.source, selector: h.target.selectors },
    [EXTENSION_KEY]: {
      version: HIGHLIGHT_VERSION,
      kind: h.kind,
      color: h.color,
      url: h.target.url,
      canonicalUrl: h.target.canonicalUrl,
      page: h.page,
      entities: h.entities,
    },
  };
}

export function toBackup(hs: SavedHighlight[], now = new Date()): Backup {
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Attaché saved highlights',
    generator: { type: 'Software', name: 'Attaché' },
    generated: now.toISOString(),
    [BACKUP_MARKER]: { format: BACKUP_FORMAT, version: BACKUP_VERSION },
    total: hs.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: hs.map(toAnnotation) },
  };
}

/** The backup file's text. */
export function toJsonLd(hs: SavedHighlight[], now = new Date()): string {
  return `${JSON.stringify(toBackup(hs, now), null, 2)}\n`;
}
