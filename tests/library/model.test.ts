// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describe as describeSelectors } from '../../lib/anchor/selectors';
import { ImportError } from '../../lib/library/errors';
import { cleanTags, createHighlight, editHighlight, entitiesInRange, parseTags, uuid } from '../../lib/library/highlight';
import { SCHEMA_VERSION, validateHighlight, type SavedHighlight } from '../../lib/library/model';
import type { Entity } from '../../lib/types';
import { makeHighlight } from './fixtures';

const TEXT =
  'On Monday in Tirana, Prime Minister Edi Rama said that Albania would not wait forever for the European Union to open talks.';

describe('createHighlight', () => {
  it('builds W3C selectors from lib/anchor’s describe(), with a cleaned canonical source', () => {
    const start = TEXT.indexOf('Prime');
    const end = TEXT.indexOf(' would');
    const { quote, position } = describeSelectors(TEXT, start, end);
    const h = createHighlight({
      visitedUrl: 'https://www.example.com/amp/world/talks?utm_source=x#top',
      canonicalUrl: 'https://www.example.com/world/talks',
      quote,
      position,
      page: { title: 'Talks', siteName: 'Example', byline: null, publishedTime: null },
      now: new Date('2024-05-03T10:00:00Z'),
    });
    expect(h.schemaVersion).toBe(SCHEMA_VERSION);
    expect(h.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(h.target.source).toBe('https://www.example.com/world/talks');
    expect(h.target.visitedUrl).toBe('https://www.example.com/amp/world/talks?utm_source=x#top');
    expect(h.target.selectors).toEqual([
      { type: 'TextQuoteSelector', exact: 'Prime Minister Edi Rama said that Albania', prefix: TEXT.slice(0, start), suffix: TEXT.slice(end, end + 32) },
      { type: 'TextPositionSelector', start, end },
    ]);
    expect(h.target.selectors[0].suffix).toHaveLength(32);
    expect(h.page.url).toBe('https://www.example.com/world/talks');
    expect([h.kind, h.note, h.tags, h.created, h.modified]).toEqual(['selection', '', [], '2024-05-03T10:00:00.000Z', '2024-05-03T10:00:00.000Z']);
  });

  it('keeps only 32 characters of context on each side, nearest the quote', () => {
    const h = createHighlight({
      visitedUrl: 'https://example.com/a',
      quote: { exact: 'x', prefix: 'p'.repeat(40) + 'END', suffix: 'START' + 's'.repeat(40) },
      position: { start: 43, end: 44 },
      page: { title: '', siteName: null, byline: null, publishedTime: null },
    });
    expect(h.target.selectors[0].prefix).toBe('p'.repeat(29) + 'END');
    expect(h.target.selectors[0].suffix).toBe('START' + 's'.repeat(27));
  });

  it('gives distinct ids', () => {
    const make = () =>
      createHighlight({ visitedUrl: 'https://example.com/a', quote: { exact: 'x' }, position: { start: 0, end: 1 }, page: { title: '', siteName: null, byline: null, publishedTime: null } });
    expect(make().id).not.toBe(make().id);
  });

  it('makes v4 UUIDs even where crypto.randomUUID is missing (content scripts on http pages)', () => {
    // Shadows the prototype's method on the instance; deleting the shadow restores it.
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 50 }, uuid));
      expect(ids.size).toBe(50);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(typeof crypto.randomUUID).toBe('function');
  });

  it('refuses an empty quote', () => {
    expect(() =>
      createHighlight({ visitedUrl: 'https://example.com/a', quote: { exact: '' }, position: { start: 0, end: 0 }, page: { title: '', siteName: null, byline: null, publishedTime: null } }),
    ).toThrow('target.selectors[0].exact: must not be empty');
  });
});

describe('entitiesInRange', () => {
  const country = (key: string, name: string, spans: Array<[number, number]>): Entity => ({
    type: 'country', key, name, code: key, confidence: 1, mentions: spans.map(([start, end]) => ({ start, end })),
  });
  const rama: Entity = {
    type: 'official', key: 'edi-rama', name: 'Edi Rama', aliases: [], titles: ['Prime Minister'], country: 'AL', confidence: 1,
    mentions: [{ start: 36, end: 44 }],
  };
  const entities = [country('AL', 'Albania', [[55, 62]]), rama, country('EU', 'European Union', [[95, 109]])];

  it.each<[string, number, number, string[]]>([
    ['both entities inside the quote, in text order', 21, 62, ['edi-rama', 'AL']],
    ['a mention cut by the quote still counts', 40, 58, ['edi-rama', 'AL']],
    ['none', 0, 20, []],
    ['touching is not inside', 44, 55, []],
  ])('%s', (_label, start, end, keys) => {
    expect(entitiesInRange(entities, start, end).map((e) => e.key)).toEqual(keys);
  });

  it('keeps only type, key and name', () => {
    expect(entitiesInRange([rama], 0, 200)).toEqual([{ type: 'official', key: 'edi-rama', name: 'Edi Rama' }]);
  });
});

describe('tags and edits', () => {
  it.each([
    ['Albania, sanctions; EU', ['Albania', 'sanctions', 'EU']],
    ['  two   words ,#hashed,, ', ['two words', 'hashed']],
    ['EU, eu, Eu', ['EU']],
    ['', []],
  ])('parseTags(%j)', (input, tags) => {
    expect(parseTags(input)).toEqual(tags);
  });

  it('cleanTags keeps the first spelling of a duplicate', () => {
    expect(cleanTags(['Balkans', 'balkans', ' BALKANS '])).toEqual(['Balkans']);
  });

  it('editHighlight changes note, tags and colour and moves modified, nothing else', () => {
    const h = makeHighlight();
    const e = editHighlight(h, { note: 'new', tags: ['a', 'A', 'b'], color: '#0072b2' }, new Date('2025-01-01T00:00:00Z'));
    expect(e).toEqual({ ...h, note: 'new', tags: ['a', 'b'], color: '#0072b2', modified: '2025-01-01T00:00:00.000Z' });
    expect(() => editHighlight(h, { color: 'red' })).toThrow(/color: expected a #rrggbb colour/);
  });
});

describe('validateHighlight', () => {
  it('returns an equal copy of a valid highlight, dropping unknown fields', () => {
    const h = makeHighlight({ tags: ['a'], entities: [{ type: 'country', key: 'AL', name: 'Albania' }] });
    const v = validateHighlight({ ...h, extra: 1, target: { ...h.target, extra: 2 } });
    expect(v).toEqual(h);
    expect(v).not.toBe(h);
  });

  type Mutate = (h: Record<string, any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any
  it.each<[string, Mutate, string]>([
    ['not an object', () => {}, ''],
    ['id missing', (h) => delete h.id, 'id: expected a string, got undefined'],
    ['id not a UUID', (h) => (h.id = 'abc'), 'id: expected a UUID, got "abc"'],
    ['newer schema', (h) => (h.schemaVersion = 5), 'schemaVersion: written by a newer Attaché'],
    ['bad schema', (h) => (h.schemaVersion = '1'), 'schemaVersion: unknown highlight format "1"'],
    ['target null', (h) => (h.target = null), 'target: expected an object, got null'],
    ['one selector', (h) => h.target.selectors.pop(), 'target.selectors: expected 2 selectors (quote, position), got 1'],
    ['selectors swapped', (h) => h.target.selectors.reverse(), 'target.selectors[0].type: expected one of "TextQuoteSelector"'],
    ['prefix missing', (h) => delete h.target.selectors[0].prefix, 'target.selectors[0].prefix: expected a string, got undefined'],
    ['negative start', (h) => (h.target.selectors[1].start = -1), 'target.selectors[1].start: expected a whole number ≥ 0, got -1'],
    ['fractional end', (h) => (h.target.selectors[1].end = 1.5), 'target.selectors[1].end: expected a whole number ≥ 0, got 1.5'],
    ['end before start', (h) => (h.target.selectors[1].end = 0), 'target.selectors[1]: end (0) is before start (120)'],
    ['empty source', (h) => (h.target.source = ''), 'target.source: must not be empty'],
    ['title a number', (h) => (h.page.title = 3), 'page.title: expected a string, got number'],
    ['siteName undefined', (h) => delete h.page.siteName, 'page.siteName: expected a string, got undefined'],
    ['entity type', (h) => (h.entities = [{ type: 'city', key: 'x', name: 'X' }]), 'entities[0].type: expected one of "official", "country", got "city"'],
    ['entity key empty', (h) => (h.entities = [{ type: 'country', key: '', name: 'X' }]), 'entities[0].key: must not be empty'],
    ['kind', (h) => (h.kind = 'note'), 'kind: expected one of "selection", "entity", got "note"'],
    ['note null', (h) => (h.note = null), 'note: expected a string, got null'],
    ['tags object', (h) => (h.tags = {}), 'tags: expected an array, got an object'],
    ['empty tag', (h) => (h.tags = ['a', '']), 'tags[1]: must not be empty'],
    ['colour name', (h) => (h.color = 'yellow'), 'color: expected a #rrggbb colour, got "yellow"'],
    ['created not ISO', (h) => (h.created = '03/05/2024'), 'created: expected an ISO 8601 time'],
    ['created impossible', (h) => (h.created = '2024-13-45T99:00:00Z'), 'created: not a real date'],
    ['huge note', (h) => (h.note = 'x'.repeat(100_001)), 'note: longer than 100000 characters'],
  ])('%s', (label, mutate, message) => {
    const h = structuredClone(makeHighlight()) as SavedHighlight & Record<string, unknown>;
    mutate(h);
    const input = label === 'not an object' ? 'text' : h;
    let err: unknown;
    try {
      validateHighlight(input, '');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ImportError);
    expect((err as Error).message).toContain(message || 'expected an object, got string');
  });

  it('prefixes the path it is given', () => {
    expect(() => validateHighlight({ ...makeHighlight(), note: 1 }, 'items[3]')).toThrow('items[3].note: expected a string, got number');
  });
});
