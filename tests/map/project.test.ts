import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMapShapes, type MapAsset } from '../../lib/map/project';
// @ts-expect-error plain .mjs build script, no types
import { buildMapAsset } from '../../scripts/build-map-asset.mjs';

const require = createRequire(import.meta.url);
const asset = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../public/world-110m.json'), 'utf8')) as MapAsset;

describe('public/world-110m.json', () => {
  it('is what scripts/build-map-asset.mjs makes from world-atlas now (not stale)', () => {
    expect(JSON.stringify(buildMapAsset())).toBe(JSON.stringify(asset));
  });

  it('names every world-atlas shape that has a numeric id by its alpha-2 code, and Kosovo XK', () => {
    const iso = require('i18n-iso-countries');
    const source = require('world-atlas/countries-110m.json');
    const ids = asset.objects.countries.geometries.map((g) => g.id);
    source.objects.countries.geometries.forEach((g: { id?: string; properties: { name: string } }, i: number) => {
      if (g.id) expect(ids[i]).toBe(iso.numericToAlpha2(g.id));
    });
    expect(ids).toContain('XK');
    expect(ids.filter((id) => id !== undefined).every((id) => /^[A-Z]{2}$/.test(String(id)))).toBe(true);
  });
});

describe('buildMapShapes', () => {
  const shapes = buildMapShapes(asset, 640, 330);

  it('projects every shape into the box, with one path per coded country', () => {
    const codes = shapes.shapes.map((s) => s.code).filter(Boolean);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(expect.arrayContaining(['FR', 'CN', 'AL', 'BR', 'XK']));
    expect(codes).not.toContain('AQ');
    for (const s of shapes.shapes) {
      const nums = s.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      expect(Math.min(...nums)).toBeGreaterThanOrEqual(-1);
      expect(Math.max(...nums)).toBeLessThanOrEqual(641);
    }
  });

  it('keeps shapes without a code (N. Cyprus, Somaliland) unnamed', () => {
    expect(shapes.shapes.filter((s) => s.code === null)).toHaveLength(2);
  });

  it('places small countries missing from the 110m shapes as dots where they are (Malta in the Mediterranean)', () => {
    const mt = shapes.dots.find((d) => d.code === 'MT')!;
    const it = shapes.shapes.find((s) => s.code === 'IT')!;
    const itNums = it.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    const xs = itNums.filter((_, i) => i % 2 === 0);
    const ys = itNums.filter((_, i) => i % 2 === 1);
    expect(mt.x).toBeGreaterThan(Math.min(...xs));
    expect(mt.x).toBeLessThan(Math.max(...xs));
    expect(mt.y).toBeGreaterThan(Math.max(...ys) - 5);
    expect(shapes.shapes.some((s) => s.code === 'MT')).toBe(false);
  });
});
