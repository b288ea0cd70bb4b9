// Loads the world map for the popup (and the library): the atlas is a packaged file
// (public/world-110m.json) and the projection code a chunk of its own, both fetched only when a
// map is drawn, so neither weighs on the page's first script. One load per page.
import { browser } from 'wxt/browser';
import type { MapAsset, MapShapes } from '@/lib/map/project';

let shapes: Promise<MapShapes> | null = null;

export function loadMap(): Promise<MapShapes> {
  shapes ??= Promise.all([
    import('@/lib/map/project'),
    fetch(browser.runtime.getURL('/world-110m.json')).then((r) => {
      if (!r.ok) throw new Error(`map data: HTTP ${r.status}`);
      return r.json() as Promise<MapAsset>;
    }),
  ]).then(([{ buildMapShapes }, asset]) => buildMapShapes(asset));
  shapes.catch(() => (shapes = null));
  return shapes;
}
