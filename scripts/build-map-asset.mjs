#!/usr/bin/env node
// Builds public/world-110m.json, the world map's only data, from world-atlas's countries-110m
// TopoJSON. The popup and library count countries by ISO 3166-1 alpha-2, while world-atlas names
// its shapes by numeric code, so the ids are rewritten here once (i18n-iso-countries) and no code
// table ships. Kosovo and the other shapes without a numeric id get a code by name where one exists
// (Kosovo: XK); the rest (N. Cyprus, Somaliland) stay unnamed and are drawn but never shaded.
// Countries too small for the 110m shapes (Malta, Singapore, Bahrain, …) get a point from
// world-countries' latlng, drawn as a dot. The map is loaded only by extension pages, never by the
// content script. Run: node scripts/build-map-asset.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = path.join(root, 'public/world-110m.json');

/** world-atlas shapes that carry no numeric id, by their `name` property. */
const BY_NAME = { Kosovo: 'XK' };

export function buildMapAsset() {
  const iso = require('i18n-iso-countries');
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
  const shaped = new Set();
  for (const g of topo.objects.countries.geometries) {
    const code = (g.id && iso.numericToAlpha2(g.id)) || BY_NAME[g.properties?.name];
    if (code) {
      g.id = code;
      shaped.add(code);
    } else delete g.id;
    g.properties = { name: g.properties?.name ?? '' };
  }
  const points = {};
  for (const c of require('world-countries')) {
    if (shaped.has(c.cca2) || !Array.isArray(c.latlng) || c.latlng.length !== 2) continue;
    const [lat, lon] = c.latlng;
    points[c.cca2] = [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100];
  }
  delete topo.objects.land;
  return { ...topo, points };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = `${JSON.stringify(buildMapAsset())}\n`;
  if (process.argv.includes('--check')) {
    if (readFileSync(OUT, 'utf8') !== text) {
      console.error('public/world-110m.json is stale: run node scripts/build-map-asset.mjs');
      process.exit(1);
    }
  } else writeFileSync(OUT, text);
}
