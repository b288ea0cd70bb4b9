import { describe, expect, it } from 'vitest';
import {
  isEntity,
  isFromExtension,
  parseBackgroundRequest,
  parseContentRequest,
  parsePageResults,
  parseScrollResult,
} from '../lib/messages';

describe('parseContentRequest', () => {
  it.each([
    [{ type: 'attache:get-results' }, { type: 'attache:get-results' }],
    [{ type: 'attache:get-results', extra: 1 }, { type: 'attache:get-results' }],
    [{ type: 'attache:set-highlights', on: false }, { type: 'attache:set-highlights', on: false }],
    [
      { type: 'attache:scroll-to', entityType: 'country', key: 'GW' },
      { type: 'attache:scroll-to', entityType: 'country', key: 'GW' },
    ],
    [{ type: 'attache:analyze', force: true }, { type: 'attache:analyze', force: true }],
    [{ type: 'attache:toggle-highlights' }, { type: 'attache:toggle-highlights' }],
  ])('accepts %j', (input, expected) => {
    expect(parseContentRequest(input)).toEqual(expected);
  });

  it.each([
    null,
    undefined,
    'attache:get-results',
    [],
    {},
    { type: 'attache:unknown' },
    { type: 'attache:set-highlights' },
    { type: 'attache:set-highlights', on: 'yes' },
    { type: 'attache:scroll-to', entityType: 'person', key: 'x' },
    { type: 'attache:scroll-to', entityType: 'official', key: '' },
    { type: 'attache:scroll-to', entityType: 'official', key: 'k'.repeat(201) },
    { type: 'attache:scroll-to', entityType: 'official' },
    { type: 'attache:analyze', force: 1 },
  ])('rejects %j', (input) => {
    expect(parseContentRequest(input)).toBeNull();
  });

  it('drops fields that are not part of the message', () => {
    const parsed = parseContentRequest({ type: 'attache:set-highlights', on: true, html: '<img>' });
    expect(parsed).toEqual({ type: 'attache:set-highlights', on: true });
    expect(parsed).not.toHaveProperty('html');
  });
});

describe('parseBackgroundRequest', () => {
  it.each([
    [{ type: 'attache:page-results', count: 18, isArticle: true }, true],
    [{ type: 'attache:page-results', count: 0, isArticle: false }, true],
    [{ type: 'attache:page-results', count: -1, isArticle: true }, false],
    [{ type: 'attache:page-results', count: 1.5, isArticle: true }, false],
    [{ type: 'attache:page-results', count: '3', isArticle: true }, false],
    [{ type: 'attache:page-results', count: 3 }, false],
    [{ type: 'attache:get-results' }, false],
  ])('%j → valid %s', (input, valid) => {
    expect(parseBackgroundRequest(input) !== null).toBe(valid);
  });
});

const country = { type: 'country', key: 'AL', name: 'Albania', code: 'AL', mentions: [{ start: 3, end: 10 }], confidence: 0.9 };
const official = {
  type: 'official',
  key: 'selim-belortaja',
  name: 'Selim Belortaja',
  mentions: [{ start: 20, end: 35 }],
  confidence: 0.8,
  aliases: ['Belortaja'],
  titles: ['Ambassador'],
  country: 'AL',
};

describe('isEntity', () => {
  it.each([
    [country, true],
    [official, true],
    [{ ...official, country: null }, true],
    [{ ...country, code: undefined }, false],
    [{ ...official, titles: 'Ambassador' }, false],
    [{ ...official, aliases: [1] }, false],
    [{ ...country, mentions: [{ start: 5, end: 2 }] }, false],
    [{ ...country, mentions: [{ start: -1, end: 2 }] }, false],
    [{ ...country, confidence: NaN }, false],
    [{ ...country, type: 'place' }, false],
  ])('%j → %s', (input, valid) => {
    expect(isEntity(input)).toBe(valid);
  });
});

const results = {
  status: 'done',
  url: 'http://127.0.0.1/a.html',
  title: 'A',
  detection: { isArticle: true, score: 0.9, signals: ['jsonld:NewsArticle'] },
  meta: { title: 'A', byline: null, siteName: null, publishedTime: null, lang: 'en', length: 1200 },
  entities: [country, official],
  highlightsOn: true,
  forced: false,
  highlighted: 2,
  error: null,
  ms: 12.5,
  site: null,
};

describe('parsePageResults', () => {
  it('accepts a complete answer', () => {
    expect(parsePageResults(results)).toEqual(results);
  });

  it.each([
    ['unknown status', { status: 'weird' }],
    ['missing url', { url: undefined }],
    ['bad entity', { entities: [{ ...country, name: 3 }] }],
    ['entities not a list', { entities: {} }],
    ['bad detection', { detection: { isArticle: 'yes', score: 1, signals: [] } }],
    ['bad meta', { meta: { title: 'A' } }],
    ['bad error', { error: 5 }],
    ['missing forced', { forced: undefined }],
    ['unknown site rule', { site: 'sometimes' }],
    ['missing site rule', { site: undefined }],
  ])('rejects %s', (_label, patch) => {
    expect(parsePageResults({ ...results, ...patch })).toBeNull();
  });

  it('accepts a disabled site with its rule', () => {
    const off = { ...results, status: 'disabled', detection: null, meta: null, entities: [], highlighted: 0, site: 'never' };
    expect(parsePageResults(off)).toEqual(off);
  });

  it('accepts a not-article answer without meta', () => {
    const na = { ...results, status: 'not-article', meta: null, entities: [], highlighted: 0 };
    expect(parsePageResults(na)?.status).toBe('not-article');
  });
});

describe('parseScrollResult', () => {
  it.each([
    [{ found: true, index: 1, total: 3 }, true],
    [{ found: false, index: 0, total: 0 }, true],
    [{ found: true, index: -1, total: 3 }, false],
    [{ index: 0, total: 1 }, false],
  ])('%j → valid %s', (input, valid) => {
    expect(parseScrollResult(input) !== null).toBe(valid);
  });
});

describe('isFromExtension', () => {
  it.each([
    [{ id: 'abc' }, true],
    [{ id: 'other' }, false],
    [{}, false],
    [undefined, false],
  ])('%j → %s', (sender, ok) => {
    expect(isFromExtension(sender, 'abc')).toBe(ok);
  });
});
