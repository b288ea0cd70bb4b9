// The full backup: a W3C Web Annotation collection (https://www.w3.org/TR/annotation-model/) that
// other annotation tools can read, with the fields the model has no place for (page facts,
// entities, colour, kind, visited URL) under one namespaced property so that import loses nothing.
import { SCHEMA_VERSION, type SavedHighlight, type TextPositionSelector, type TextQuoteSelector } from '../model';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Our extension namespace; a URN, so no one is tempted to fetch it. */
export const ATTACHE_NS = 'urn:attache:ns:';
export const EXT = 'attache:highlight';
export const VERSION_KEY = 'attache:version';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/plain';
}

export interface AnnotationExtension {
  schemaVersion: number;
  visitedUrl: string;
  page: SavedHighlight['page'];
  entities: SavedHighlight['entities'];
  kind: SavedHighlight['kind'];
  color: string;
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
  [EXT]: AnnotationExtension;
}

export interface AnnotationCollection {
  '@context': [typeof ANNO_CONTEXT, { attache: string }];
  type: 'AnnotationCollection';
  label: string;
  total: number;
  [VERSION_KEY]: number;
  generator: { type: 'Software'; name: string };
  generated: string;
  first: { type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
}

export const UUID_IRI = 'urn:uuid:';

export function toAnnotation(h: SavedHighlight): Annotation {
  const body: TextualBody[] = [];
  if (h.note !== '') body.push({ type: 'TextualBody', value: h.note, purpose: 'commenting', format: 'text/plain' });
  for (const tag of h.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const [quote, position] = h.target.selectors;
  return {
    id: `${UUID_IRI}${h.id}`,
    type: 'Annotation',
    motivation: h.note !== '' ? 'commenting' : 'highlighting',
    created: h.created,
    modified: h.modified,
    ...(body.length ? { body } : {}),
    target: { source: h.target.source, selector: [{ ...quote }, { ...position }] },
    [EXT]: {
      schemaVersion: h.schemaVersion,
      visitedUrl: h.target.visitedUrl,
      page: { ...h.page },
      entities: h.entities.map((e) => ({ ...e })),
      kind: h.kind,
      color: h.color,
    },
  };
}

export function toAnnotationCollection(highlights: readonly SavedHighlight[], now = new Date()): AnnotationCollection {
  return {
    '@context': [ANNO_CONTEXT, { attache: ATTACHE_NS }],
    type: 'AnnotationCollection',
    label: 'Attaché saved highlights',
    total: highlights.length,
    [VERSION_KEY]: SCHEMA_VERSION,
    generator: { type: 'Software', name: 'Attaché' },
    generated: now.toISOString(),
    first: { type: 'AnnotationPage', startIndex: 0, items: highlights.map(toAnnotation) },
  };
}

/** The backup file's text. */
export function toJsonLd(highlights: readonly SavedHighlight[], opts: { now?: Date } = {}): string {
  return `${JSON.stringify(toAnnotationCollection(highlights, opts.now), null, 2)}\n`;
}
