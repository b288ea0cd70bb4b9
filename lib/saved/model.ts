// What a saved highlight is, in one place: the record the store keeps, the backup carries and the
// exporters read. Anything that comes from outside (an imported file, an old database) goes through
// validateHighlight, which rebuilds the record field by field so no stray property survives.
import type { TextPositionSelector, TextQuoteSelector } from '../anchor/selectors';
import { ImportError } from './errors';

/** Version of the record format. Records of another version are refused, never guessed at. */
export const HIGHLIGHT_VERSION = 1;

export type HighlightKind = 'selection' | 'entity';

export interface EntityRef {
  type: 'official' | 'country';
  key: string;
  name: string;
}

export interface HighlightTarget {
  /** pageKey() of the page: the same for URL variants of one article. */
  source: string;
  /** The address as visited. */
  url: string;
  canonicalUrl: string | null;
  selectors: [TextQuoteSelector, TextPositionSelector];
}

export interface PageFacts {
  title: string;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
}

export interface SavedHighlight {
  id: string;
  schemaVersion: number;
  kind: HighlightKind;
  target: HighlightTarget;
  page: PageFacts;
  /** Entities with a mention inside the quote. */
  entities: EntityRef[];
  note: string;
  tags: string[];
  color: string;
  /** ISO 8601 UTC as Date.toISOString() writes it, so string order is time order. */
  created: string;
  modified: string;
}

export const DEFAULT_COLOR = 'yellow';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
// A named colour or a hex value: the content script puts it into a style, so nothing else gets in.
const COLOR = /^(?:[a-z]{1,20}|#[0-9a-f]{3}|#[0-9a-f]{6})$/i;
const MAX_TAGS = 100;
const MAX_TAG = 100;
const MAX_KEY = 200;

type Obj = Record<string, unknown>;
const fail = (path: string, reason: string): never => {
  throw new ImportError(reason, path);
};
function obj(x: unknown, path: string): Obj {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) fail(path, 'expected an object');
  return x as Obj;
}
function str(x: unknown, path: string, nonEmpty = false): string {
  if (typeof x !== 'string') return fail(path, 'expected a string');
  if (nonEmpty && !x) fail(path, 'must not be empty');
  return x;
}
const strOrNull = (x: unknown, path: string): string | null => (x === null ? null : str(x, path));
function arr(x: unknown, path: string): unknown[] {
  if (!Array.isArray(x)) fail(path, 'expected an array');
  return x as unknown[];
}
function offset(x: unknown, path: string): number {
  if (!Number.isSafeInteger(x) || (x as number) < 0) fail(path, 'expected a whole number ≥ 0');
  return x as number;
}
function time(x: unknown, path: string): string {
  const s = str(x, path);
  if (!ISO_UTC.test(s) || Number.isNaN(Date.parse(s))) fail(path, 'expected a UTC time like 2024-05-01T12:00:00.000Z');
  return s;
}
function httpUrl(x: unknown, path: string): string {
  const s = str(x, path, true);
  if (!isHttpUrl(s)) fail(path, 'expected an http(s) address');
  return s;
}

export function isHttpUrl(s: string): boolean {
  try {
    return /^https?:$/.test(new URL(s).protocol);
  } catch {
    return false;
  }
}

/** Tags are single words so they work as #tags in Obsidian and Logseq; '' when nothing is left. */
export function normaliseTag(raw: string): string {
  return raw.trim().replace(/^#+/, '').replace(/\s+/g, '-').slice(0, MAX_TAG);
}

function tag(x: unknown, path: string): string {
  const s = str(x, path, true);
  if (s.length > MAX_TAG || /\s/.test(s)) fail(path, `expected a tag of at most ${MAX_TAG} characters without spaces`);
  return s;
}

function quoteSelector(x: unknown, path: string): TextQuoteSelector {
  const o = obj(x, path);
  if (o.type !== 'TextQuoteSelector') fail(`${path}.type`, 'expected "TextQuoteSelector"');
  const q: TextQuoteSelector = { type: 'TextQuoteSelector', exact: str(o.exact, `${path}.exact`, true) };
  if (o.prefix !== undefined) q.prefix = str(o.prefix, `${path}.prefix`);
  if (o.suffix !== undefined) q.suffix = str(o.suffix, `${path}.suffix`);
  return q;
}

function positionSelector(x: unknown, path: string): TextPositionSelector {
  const o = obj(x, path);
  if (o.type !== 'TextPositionSelector') fail(`${path}.type`, 'expected "TextPositionSelector"');
  const start = offset(o.start, `${path}.start`);
  const end = offset(o.end, `${path}.end`);
  if (end < start) fail(`${path}.end`, 'must not be before start');
  return { type: 'TextPositionSelector', start, end };
}

function target(x: unknown, path: string): HighlightTarget {
  const o = obj(x, path);
  const sel = arr(o.selectors, `${path}.selectors`);
  if (sel.length !== 2) fail(`${path}.selectors`, 'expected a quote selector and a position selector');
  return {
    source: str(o.source, `${path}.source`, true),
    url: httpUrl(o.url, `${path}.url`),
    canonicalUrl: o.canonicalUrl === null ? null : httpUrl(o.canonicalUrl, `${path}.canonicalUrl`),
    selectors: [quoteSelector(sel[0], `${path}.selectors[0]`), positionSelector(sel[1], `${path}.selectors[1]`)],
  };
}

function page(x: unknown, path: string): PageFacts {
  const o = obj(x, path);
  return {
    title: str(o.title, `${path}.title`),
    siteName: strOrNull(o.siteName, `${path}.siteName`),
    byline: strOrNull(o.byline, `${path}.byline`),
    publishedTime: strOrNull(o.publishedTime, `${path}.publishedTime`),
  };
}

function entity(x: unknown, path: string): EntityRef {
  const o = obj(x, path);
  if (o.type !== 'official' && o.type !== 'country') fail(`${path}.type`, 'expected "official" or "country"');
  const key = str(o.key, `${path}.key`, true);
  if (key.length > MAX_KEY) fail(`${path}.key`, `longer than ${MAX_KEY} characters`);
  return { type: o.type as EntityRef['type'], key, name: str(o.name, `${path}.name`) };
}

/** Checks an untrusted value and returns a clean copy; throws ImportError naming the first bad field. */
export function validateHighlight(x: unknown, path = 'highlight'): SavedHighlight {
  const o = obj(x, path);
  if (o.schemaVersion !== HIGHLIGHT_VERSION) {
    fail(`${path}.schemaVersion`, `unknown record version ${JSON.stringify(o.schemaVersion)} (this version of Attaché reads ${HIGHLIGHT_VERSION})`);
  }
  const id = str(o.id, `${path}.id`, true);
  if (!UUID.test(id)) fail(`${path}.id`, 'expected a UUID');
  if (o.kind !== 'selection' && o.kind !== 'entity') fail(`${path}.kind`, 'expected "selection" or "entity"');
  const tags = arr(o.tags, `${path}.tags`);
  if (tags.length > MAX_TAGS) fail(`${path}.tags`, `more than ${MAX_TAGS} tags`);
  const color = str(o.color, `${path}.color`);
  if (!COLOR.test(color)) fail(`${path}.color`, 'expected a colour name or #hex value');
  return {
    id,
    schemaVersion: HIGHLIGHT_VERSION,
    kind: o.kind as HighlightKind,
    target: target(o.target, `${path}.target`),
    page: page(o.page, `${path}.page`),
    entities: arr(o.entities, `${path}.entities`).map((e, i) => entity(e, `${path}.entities[${i}]`)),
    note: str(o.note, `${path}.note`),
    tags: tags.map((t, i) => tag(t, `${path}.tags[${i}]`)),
    color,
    created: time(o.created, `${path}.created`),
    modified: time(o.modified, `${path}.modified`),
  };
}

export const quoteOf = (h: SavedHighlight): string => h.target.selectors[0].exact;
export const entityId = (e: EntityRef): string => `${e.type}:${e.key}`;
