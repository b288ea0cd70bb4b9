// Making and editing highlights: the few rules (context length, tag cleaning, which entities belong
// to a quote) that the content script, the popup and the library page must apply the same way.
import type { Entity } from '../types';
import { CONTEXT_CHARS, SCHEMA_VERSION, validateHighlight, type HighlightEntity, type HighlightKind, type HighlightPage, type SavedHighlight } from './model';
import { canonicalSource } from './url';

export const DEFAULT_HIGHLIGHT_COLOR = '#e69f00';

export interface NewHighlight {
  visitedUrl: string;
  canonicalUrl?: string | null;
  /** As lib/anchor's describe(map, start, end) returns them. */
  quote: { exact: string; prefix?: string; suffix?: string };
  position: { start: number; end: number };
  page: Omit<HighlightPage, 'url'> & { url?: string };
  entities?: HighlightEntity[];
  kind?: HighlightKind;
  note?: string;
  tags?: string[];
  color?: string;
  /** For tests and imports; defaults to a fresh UUID and the current time. */
  id?: string;
  now?: Date;
}

/**
 * A version 4 UUID. crypto.randomUUID exists only in secure contexts, and a content script on an
 * http:// news page is not one; getRandomValues works everywhere.
 */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A new highlight from what the content script knows at the moment of saving. */
export function createHighlight(n: NewHighlight): SavedHighlight {
  const now = (n.now ?? new Date()).toISOString();
  const source = canonicalSource(n.visitedUrl, n.canonicalUrl);
  const prefix = n.quote.prefix ?? '';
  const suffix = n.quote.suffix ?? '';
  return validateHighlight({
    id: n.id ?? uuid(),
    schemaVersion: SCHEMA_VERSION,
    target: {
      source,
      visitedUrl: n.visitedUrl,
      selectors: [
        { type: 'TextQuoteSelector', exact: n.quote.exact, prefix: prefix.slice(-CONTEXT_CHARS), suffix: suffix.slice(0, CONTEXT_CHARS) },
        { type: 'TextPositionSelector', start: n.position.start, end: n.position.end },
      ],
    },
    page: { ...n.page, url: n.page.url ?? source },
    entities: n.entities ?? [],
    kind: n.kind ?? 'selection',
    note: n.note ?? '',
    tags: cleanTags(n.tags ?? []),
    color: n.color ?? DEFAULT_HIGHLIGHT_COLOR,
    created: now,
    modified: now,
  });
}

/** The entities with at least one mention overlapping [start, end), first-mentioned first. */
export function entitiesInRange(entities: readonly Entity[], start: number, end: number): HighlightEntity[] {
  const hits: Array<{ at: number; e: HighlightEntity }> = [];
  for (const e of entities) {
    const m = e.mentions.find((m) => m.start < end && m.end > start);
    if (m) hits.push({ at: m.start, e: { type: e.type, key: e.key, name: e.name } });
  }
  return hits.sort((a, b) => a.at - b.at).map((h) => h.e);
}

/** Tags as typed in a box ("Albania, sanctions; EU"): trimmed, inner spaces collapsed, no duplicates. */
export function parseTags(text: string): string[] {
  return cleanTags(text.split(/[,;\n]/));
}

export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const t = raw.replace(/\s+/g, ' ').trim().replace(/^#/, '');
    if (t && !seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      out.push(t);
    }
  }
  return out;
}

/** An edit from the library page; `modified` moves so that merges prefer it. */
export function editHighlight(
  h: SavedHighlight,
  changes: Partial<Pick<SavedHighlight, 'note' | 'tags' | 'color'>>,
  now = new Date(),
): SavedHighlight {
  const next = { ...h, ...changes, modified: now.toISOString() };
  if (changes.tags) next.tags = cleanTags(changes.tags);
  return validateHighlight(next);
}
