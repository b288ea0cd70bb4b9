// Issue 7: the map is "loaded only by the extension pages, never by the content script". Two
// checks: (1) the content script's import graph (static and dynamic imports, from the sources)
// never reaches the map code or its packages, while the popup's does (positive control); (2) when
// a build is present (npm run build, as CI does before the e2e), the built content scripts carry
// none of the strings that d3-geo, topojson-client and the atlas bring, which the map chunk does.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MAP_PACKAGES = ['d3-geo', 'd3-array', 'topojson-client', 'world-atlas'];
const MAP_FILES = ['lib/map/project.ts', 'entrypoints/popup/map-loader.ts', 'components/WorldMap.tsx', 'public/world-110m.json'];

function resolveLocal(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? path.join(ROOT, spec.slice(2)) : path.resolve(path.dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** Every project file and package reached from `entry` through import/export-from/import(). */
function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [path.join(ROOT, entry)];
  while (todo.length) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    if (!/\.(tsx?|mjs|js)$/.test(file)) continue;
    const src = readFileSync(file, 'utf8');
    const specs = [
      ...src.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]/gms),
      ...src.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
      ...src.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
    ].map((m) => m[1]);
    for (const spec of specs) {
      if (spec.startsWith('.') || spec.startsWith('@/')) {
        const target = resolveLocal(file, spec);
        if (target) todo.push(target);
      } else {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
      }
    }
  }
  return { files: new Set([...files].map((f) => path.relative(ROOT, f))), packages };
}

describe('the map stays out of the content script', () => {
  it("the popup's imports reach the map code and its packages (positive control)", () => {
    const popup = importGraph('entrypoints/popup/main.tsx');
    expect([...popup.files]).toEqual(expect.arrayContaining(['lib/map/project.ts', 'entrypoints/popup/map-loader.ts', 'components/WorldMap.tsx']));
    expect([...popup.packages]).toEqual(expect.arrayContaining(['d3-geo', 'topojson-client']));
  });

  it("the content script's imports (static and dynamic) never reach them", () => {
    const content = importGraph('entrypoints/content/index.ts');
    expect(content.files.size).toBeGreaterThan(10);
    expect([...content.files].filter((f) => MAP_FILES.includes(f) || f.startsWith('lib/map/'))).toEqual([]);
    expect([...content.packages].filter((p) => MAP_PACKAGES.includes(p))).toEqual([]);
  });

  // The strings d3-geo (geometry types it streams) and topojson-client bring survive minification.
  const SIGNS = ['GeometryCollection', 'MultiPolygon', 'Sphere'];
  const builds = ['.output/chrome-mv3', '.output/firefox-mv2'].filter((d) => existsSync(path.join(ROOT, d, 'manifest.json')));

  it.runIf(builds.length > 0).each(builds)('the built content script of %s has no map code; its map chunk has', (dir) => {
    const chunks = readdirSync(path.join(ROOT, dir, 'chunks')).map((f) => readFileSync(path.join(ROOT, dir, 'chunks', f), 'utf8'));
    const mapChunk = chunks.find((c) => SIGNS.every((s) => c.includes(s)));
    expect(mapChunk, 'a chunk with the map code').toBeTruthy();
    const contentDir = path.join(ROOT, dir, 'content-scripts');
    const scripts = readdirSync(contentDir).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const f of scripts) {
      const js = readFileSync(path.join(contentDir, f), 'utf8');
      expect(SIGNS.filter((s) => js.includes(s)), f).toEqual([]);
      expect(js.includes('world-110m'), f).toBe(false);
    }
  });
});
