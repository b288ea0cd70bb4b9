// What a saved highlight is: a W3C Web Annotation target (quote + position selectors on the page's
// canonical URL) plus the page facts and entities a researcher filters by later. Everything that
// reaches storage or comes out of a backup passes validateHighlight first, so the rest of the
// library can trust the shape.
import type { EntityType } from '../types';
import { ImportError } from './errors';

/** Version of the SavedHighlight shape (and of the backup format); bump with a migration in upgradeRecord. */
export const SCHEMA_VERSION = 1;
/** Characters of context kept on each side of a quote, as the Hypothesis client does. */
export const CONTEXT_CHARS = 32;

/** W3C Web Annotation TextQuoteSelector; compatible with lib/anchor's selector types. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector: UTF-16 offsets into the page's article text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface HighlightTarget {
  /** The page's canonical URL (cleaned of tracking and AMP forms); what the highlight is about. */
  source: string;
  /** The address as it was in the tab when saved. */
  visitedUrl: string;
  selectors: [TextQuoteSelector, TextPositionSelector];
}

export interface HighlightPage {
  title: string;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  url: string;
}

export interface HighlightEntity {
  type: EntityType;
  key: string;
  name: string;
}

export type HighlightKind = 'selection' | 'entity';

export interface SavedHighlight {
  id: string;
  schemaVersion: number;
  target: HighlightTarget;
  page: HighlightPage;
  /** Entities with a mention inside the quote, in text order. */
  entities: HighlightEntity[];
  /** A reader's selection, or one entity mention saved from its highlight. */
  kind: HighlightKind;
  note: string;
  tags: string[];
  /** `#rrggbb`. */
  color: string;
  /** ISO 8601 times. */
  created: string;
  modified: string;
}

type Obj = Record<string, unknown>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const HEX_COLOR = /^#[0-9a-f]{6}$/i;
/** Far above any real quote or note; stops one hostile record from filling the store. */
const MAX_TEXT = 100_000;

function typeName(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  return typeof x === 'object' ? 'an object' : typeof x;
}

function obj(x: unknown, path: string): Obj {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) throw new ImportError(`expected an object, got ${typeName(x)}`, path);
  return x as Obj;
}

function str(x: unknown, path: string, opts: { nonEmpty?: boolean; pattern?: RegExp; what?: string } = {}): string {
  if (typeof x !== 'string') throw new ImportError(`expected a string, got ${typeName(x)}`, path);
  if (opts.nonEmpty && !x) throw new ImportError('must not be empty', path);
  if (x.length > MAX_TEXT) throw new ImportError(`longer than ${MAX_TEXT} characters`, path);
  if (opts.pattern && !opts.pattern.test(x)) throw new ImportError(`expected ${opts.what}, got ${JSON.stringify(x.slice(0, 60))}`, path);
  return x;
}

const strOrNull = (x: unknown, path: string): string | null => (x === null ? null : str(x, path));

function offset(x: unknown, path: string): number {
  if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0) {
    throw new ImportError(`expected a whole number ≥ 0, got ${typeof x === 'number' ? x : typeName(x)}`, path);
  }
  return x;
}

function arr(x: unknown, path: string): unknown[] {
  if (!Array.isArray(x)) throw new ImportError(`expected an array, got ${typeName(x)}`, path);
  return x;
}

function oneOf<T extends string>(x: unknown, allowed: readonly T[], path: string): T {
  if (typeof x !== 'string' || !allowed.includes(x as T)) {
    throw new ImportError(`expected one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${JSON.stringify(x) ?? typeName(x)}`, path);
  }
  return x as T;
}

function time(x: unknown, path: string): string {
  const s = str(x, path, { pattern: ISO_TIME, what: 'an ISO 8601 time' });
  if (Number.isNaN(Date.parse(s))) throw new ImportError(`not a real date: ${JSON.stringify(s)}`, path);
  return s;
}

const at = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/**
 * A checked copy of `x` with exactly the fields of SavedHighlight (unknown ones are dropped), or an
 * ImportError naming the first bad field. `path` prefixes the error's location, e.g. `items[12]`.
 */
export function validateHighlight(x: unknown, path = ''): SavedHighlight {
  const o = obj(x, path);
  const p = (k: string) => at(path, k);
  const version = o.schemaVersion;
  if (version !== SCHEMA_VERSION) {
    if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
      throw new ImportError(`written by a newer Attaché (highlight format ${version}; this version reads up to ${SCHEMA_VERSION})`, p('schemaVersion'));
    }
    throw new ImportError(`unknown highlight format ${JSON.stringify(version) ?? typeName(version)}`, p('schemaVersion'));
  }
  const t = obj(o.target, p('target'));
  const tp = (k: string) => at(p('target'), k);
  const sels = arr(t.selectors, tp('selectors'));
  if (sels.length !== 2) throw new ImportError(`expected 2 selectors (quote, position), got ${sels.length}`, tp('selectors'));
  const qp = at(tp('selectors'), 0);
  const q = obj(sels[0], qp);
  oneOf(q.type, ['TextQuoteSelector'], at(qp, 'type'));
  const pp = at(tp('selectors'), 1);
  const pos = obj(sels[1], pp);
  oneOf(pos.type, ['TextPositionSelector'], at(pp, 'type'));
  const start = offset(pos.start, at(pp, 'start'));
  const end = offset(pos.end, at(pp, 'end'));
  if (end < start) throw new ImportError(`end (${end}) is before start (${start})`, pp);
  const pg = obj(o.page, p('page'));
  const gp = (k: string) => at(p('page'), k);
  const entities = arr(o.entities, p('entities')).map((e, i) => {
    const ep = at(p('entities'), i);
    const eo = obj(e, ep);
    return {
      type: oneOf(eo.type, ['official', 'country'] as const, at(ep, 'type')),
      key: str(eo.key, at(ep, 'key'), { nonEmpty: true }),
      name: str(eo.name, at(ep, 'name')),
    };
  });
  return {
    id: str(o.id, p('id'), { pattern: UUID, what: 'a UUID' }),
    schemaVersion: SCHEMA_VERSION,
    target: {
      source: str(t.source, tp('source'), { nonEmpty: true }),
      visitedUrl: str(t.visitedUrl, tp('visitedUrl'), { nonEmpty: true }),
      selectors: [
        {
          type: 'TextQuoteSelector',
          exact: str(q.exact, at(qp, 'exact'), { nonEmpty: true }),
          prefix: str(q.prefix, at(qp, 'prefix')),
          suffix: str(q.suffix, at(qp, 'suffix')),
        },
        { type: 'TextPositionSelector', start, end },
      ],
    },
    page: {
      title: str(pg.title, gp('title')),
      siteName: strOrNull(pg.siteName, gp('siteName')),
      byline: strOrNull(pg.byline, gp('byline')),
      publishedTime: strOrNull(pg.publishedTime, gp('publishedTime')),
      url: str(pg.url, gp('url')),
    },
    entities,
    kind: oneOf(o.kind, ['selection', 'entity'] as const, p('kind')),
    note: str(o.note, p('note')),
    tags: arr(o.tags, p('tags')).map((tag, i) => str(tag, at(p('tags'), i), { nonEmpty: true })),
    color: str(o.color, p('color'), { pattern: HEX_COLOR, what: 'a #rrggbb colour' }),
    created: time(o.created, p('created')),
    modified: time(o.modified, p('modified')),
  };
}
