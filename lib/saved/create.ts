// Building and editing records, so the content script (saving) and the library page (editing) fill
// in ids, keys and times the same way.
import { describe } from '../anchor/selectors';
import type { ArticleMeta, Entity, TextMap } from '../types';
import { DEFAULT_COLOR, HIGHLIGHT_VERSION, normaliseTag, type EntityRef, type HighlightKind, type SavedHighlight } from './model';
import { pageKey } from './url';

export interface NewHighlight {
  kind: HighlightKind;
  /** The page's article text (or its TextMap) and the span being saved, in its UTF-16 offsets. */
  text: TextMap | string;
  start: number;
  end: number;
  url: string;
  canonicalUrl: string | null;
  meta: Pick<ArticleMeta, 'title' | 'siteName' | 'byline' | 'publishedTime'>;
  /** The page's recognised entities; those with a mention inside [start, end) are kept. */
  entities: Entity[];
  note?: string;
  tags?: string[];
  color?: string;
}

/** Entities with at least one mention wholly inside [start, end), in first-mention order. */
export function entitiesInRange(entities: Entity[], start: number, end: number): EntityRef[] {
  const hits: Array<{ at: number; ref: EntityRef }> = [];
  for (const e of entities) {
    const m = e.mentions.find((m) => m.start >= start && m.end <= end);
    if (m) hits.push({ at: m.start, ref: { type: e.type, key: e.key, name: e.name } });
  }
  return hits.sort((a, b) => a.at - b.at).map((h) => h.ref);
}

/**
 * A v4 UUID. crypto.randomUUID exists only in secure contexts, and a content script on an http://
 * page runs in an insecure one; getRandomValues is available everywhere.
 */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function cleanTags(tags: string[]): string[] {
  return [...new Set(tags.map(normaliseTag).filter(Boolean))];
}

export function createHighlight(input: NewHighlight, now = new Date()): SavedHighlight {
  const { quote, position } = describe(input.text, input.start, input.end);
  const t = now.toISOString();
  return {
    id: newId(),
    schemaVersion: HIGHLIGHT_VERSION,
    kind: input.kind,
    target: {
      source: pageKey(input.url, input.canonicalUrl),
      url: input.url,
      canonicalUrl: input.canonicalUrl,
      selectors: [quote, position],
    },
    page: {
      title: input.meta.title,
      siteName: input.meta.siteName,
      byline: input.meta.byline,
      publishedTime: input.meta.publishedTime,
    },
    entities: entitiesInRange(input.entities, input.start, input.end),
    note: input.note ?? '',
    tags: cleanTags(input.tags ?? []),
    color: input.color ?? DEFAULT_COLOR,
    created: t,
    modified: t,
  };
}

export interface HighlightEdits {
  note?: string;
  tags?: string[];
  color?: string;
}

/** A copy with the reader's edits and a new modified time (never earlier than the old one). */
export function editHighlight(h: SavedHighlight, edits: HighlightEdits, now = new Date()): SavedHighlight {
  const t = now.toISOString();
  return {
    ...h,
    note: edits.note ?? h.note,
    tags: edits.tags ? cleanTags(edits.tags) : h.tags,
    color: edits.color ?? h.color,
    modified: t > h.modified ? t : h.modified,
  };
}
