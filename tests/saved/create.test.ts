import { describe, expect, it } from 'vitest';
import { anchor } from '../../lib/anchor/selectors';
import { createHighlight, editHighlight, entitiesInRange, newId } from '../../lib/saved/create';
import { validateHighlight } from '../../lib/saved/model';
import { facets, matchesQuery } from '../../lib/saved/search';
import type { Entity } from '../../lib/types';
import { highlight } from './fixtures';

const TEXT = 'On Monday, Prime Minister Edi Rama said Albania would sign. Serbia objected. Rama left.';
const at = (s: string, from = 0) => TEXT.indexOf(s, from);
const entities: Entity[] = [
  { type: 'official', key: 'edi-rama', name: 'Edi Rama', mentions: [{ start: at('Edi Rama'), end: at('Edi Rama') + 8 }, { start: at('Rama left'), end: at('Rama left') + 4 }], confidence: 1, aliases: ['Rama'], titles: ['Prime Minister'], country: 'AL' },
  { type: 'country', key: 'AL', code: 'AL', name: 'Albania', mentions: [{ start: at('Albania'), end: at('Albania') + 7 }], confidence: 1 },
  { type: 'country', key: 'RS', code: 'RS', name: 'Serbia', mentions: [{ start: at('Serbia'), end: at('Serbia') + 6 }], confidence: 1 },
];

describe('createHighlight', () => {
  it('records selectors that anchor back, the page key and the entities inside the quote', () => {
    const start = at('Prime');
    const end = at('sign.') + 5;
    const h = createHighlight(
      {
        kind: 'selection', text: TEXT, start, end,
        url: 'https://www.news.example/a/amp?utm_source=x', canonicalUrl: null,
        meta: { title: 'T', siteName: 'News', byline: null, publishedTime: null },
        entities, tags: [' #Balkans ', 'eu enlargement', 'Balkans', ''],
      },
      new Date('2024-05-01T12:00:00Z'),
    );
    expect(validateHighlight(h)).toStrictEqual(h);
    expect(h.target.source).toBe('https://news.example/a');
    expect(h.target.selectors[0]).toEqual({ type: 'TextQuoteSelector', exact: TEXT.slice(start, end), prefix: 'On Monday, ', suffix: ' Serbia objected. Rama left.' });
    expect(anchor(TEXT, { quote: h.target.selectors[0], position: h.target.selectors[1] })).toEqual({ start, end, method: 'exact' });
    expect(h.entities).toEqual([{ type: 'official', key: 'edi-rama', name: 'Edi Rama' }, { type: 'country', key: 'AL', name: 'Albania' }]);
    expect(h.tags).toEqual(['Balkans', 'eu-enlargement']);
    expect(h.created).toBe('2024-05-01T12:00:00.000Z');
    expect(h.modified).toBe(h.created);
  });

  it('keeps an entity only when a whole mention is inside', () => {
    expect(entitiesInRange(entities, at('Minister Edi'), at('Edi Rama') + 5)).toEqual([]);
    expect(entitiesInRange(entities, at('Serbia'), TEXT.length).map((e) => e.key)).toEqual(['RS', 'edi-rama']);
  });

  it('editHighlight changes note and tags and moves modified forward', () => {
    const h = highlight();
    const e = editHighlight(h, { note: 'n', tags: ['x y'] }, new Date('2025-01-01T00:00:00Z'));
    expect(e).toMatchObject({ note: 'n', tags: ['x-y'], modified: '2025-01-01T00:00:00.000Z', created: h.created });
    expect(editHighlight(h, { note: 'n' }, new Date('2000-01-01T00:00:00Z')).modified).toBe(h.modified);
  });
});

describe('newId', () => {
  it('makes valid v4 UUIDs without crypto.randomUUID (insecure http pages)', () => {
    // An own property shadows the prototype's method, as if the context were insecure.
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = Array.from({ length: 50 }, newId);
      for (const x of ids) expect(x).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(new Set(ids).size).toBe(50);
      expect(() => validateHighlight({ ...highlight(), id: ids[0] })).not.toThrow();
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(typeof crypto.randomUUID).toBe('function');
  });
});

describe('validateHighlight', () => {
  it.each<[string, (h: Record<string, any>) => void, RegExp]>([
    ['bad id', (h) => (h.id = '../x'), /id: expected a UUID/],
    ['bad kind', (h) => (h.kind = 'word'), /kind: expected "selection" or "entity"/],
    ['css in colour', (h) => (h.color = 'red;background:url(x)'), /color: expected a colour/],
    ['tag with spaces', (h) => (h.tags = ['a b']), /tags\[0\]: expected a tag/],
    ['end before start', (h) => (h.target.selectors[1].end = 1), /selectors\[1\]\.end: must not be before start/],
    ['local time', (h) => (h.created = '2024-05-01T12:00:00+02:00'), /created: expected a UTC time/],
    ['missing page', (h) => delete h.page, /page: expected an object/],
  ])('%s', (_l, spoil, re) => {
    const h = structuredClone(highlight()) as Record<string, any>;
    spoil(h);
    expect(() => validateHighlight(h, 'h')).toThrow(re);
  });

  it('drops unknown properties', () => {
    const h = { ...highlight(), extra: '<script>' };
    expect(validateHighlight(h)).not.toHaveProperty('extra');
  });
});

describe('search helpers', () => {
  it('facets count sites, entities and tags', () => {
    const f = facets([highlight({ tags: ['a'] }), highlight({ id: '00000000-0000-4000-8000-000000000002', tags: ['a', 'b'], entities: [] })]);
    expect(f.sites).toEqual([{ value: 'news.example', label: 'Example News', count: 2 }]);
    expect(f.tags.map((t) => [t.value, t.count])).toEqual([['a', 2], ['b', 1]]);
    expect(f.entities.map((e) => e.value)).toEqual(['country:AL', 'country:XK']);
  });
  it('matches all words in quote or note', () => {
    const h = highlight({ note: 'Ministère' });
    expect(matchesQuery(h, { text: 'ALBANIA ministere' })).toBe(true);
    expect(matchesQuery(h, { text: 'albania serbia' })).toBe(false);
  });
});
