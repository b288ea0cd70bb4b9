import { describe, expect, it } from 'vitest';
import { countLibraryCountries, countPageCountries, filterByCountry, mapLegend, mapStep, MAP_STEPS } from '../../lib/map/counts';
import type { Entity } from '../../lib/types';

const mentions = (n: number) => Array.from({ length: n }, (_, i) => ({ start: i * 10, end: i * 10 + 4 }));
const country = (code: string, n: number, confidence = 0.9): Entity => ({ type: 'country', key: code, code, name: code, mentions: mentions(n), confidence });
const official = (key: string, c: string | null): Entity => ({ type: 'official', key, name: key, mentions: mentions(1), confidence: 0.9, aliases: [], titles: [], country: c });

describe('countPageCountries', () => {
  it('counts the mentions of every country entity, certain or not, and ignores officials', () => {
    const counts = countPageCountries([country('CN', 5), country('MT', 1, 0.3), official('yuan', 'CN')]);
    expect([...counts]).toEqual([['CN', 5], ['MT', 1]]);
  });
});

describe('countLibraryCountries', () => {
  it('counts each highlight once per country it mentions', () => {
    const hs = [
      { entities: [{ type: 'country', key: 'FR', name: 'France' }, { type: 'country', key: 'FR', name: 'France' }] },
      { entities: [{ type: 'country', key: 'fr', name: 'France' }, { type: 'official', key: 'macron', name: 'Macron' }] },
      { entities: [{ type: 'country', key: 'DE', name: 'Germany' }] },
      { entities: [] },
    ];
    expect(Object.fromEntries(countLibraryCountries(hs))).toEqual({ FR: 2, DE: 1 });
  });
});

describe('mapStep and mapLegend', () => {
  it.each([
    [0, 10, 0],
    [1, 10, 2],
    [10, 10, MAP_STEPS],
    [1, 1, MAP_STEPS],
    [3, 0, 0],
  ])('count %i of max %i is step %i', (n, max, step) => expect(mapStep(n, max)).toBe(step));

  it('never goes down as the count grows', () => {
    const steps = Array.from({ length: 40 }, (_, i) => mapStep(i + 1, 40));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });

  it('the legend covers 1..max without gaps, one entry per step reached', () => {
    const legend = mapLegend(12);
    expect(legend[0].from).toBe(1);
    expect(legend.at(-1)!.to).toBe(12);
    for (let i = 1; i < legend.length; i++) expect(legend[i].from).toBe(legend[i - 1].to + 1);
    expect(new Set(legend.map((s) => s.step)).size).toBe(legend.length);
    expect(mapLegend(0)).toEqual([]);
  });
});

describe('filterByCountry', () => {
  const all = [country('CN', 3), country('AL', 1), official('yuan', 'CN'), official('belortaja', 'AL'), official('someone', null)];
  it('keeps the country and the officials who serve it', () => {
    expect(filterByCountry(all, 'CN').map((e) => e.key)).toEqual(['CN', 'yuan']);
  });
  it('keeps everything without a country chosen', () => {
    expect(filterByCountry(all, null)).toEqual(all);
  });
});
