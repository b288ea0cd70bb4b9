// Turns the map asset (public/world-110m.json: world-atlas TopoJSON with alpha-2 ids, plus points
// for countries too small for 110m shapes) into SVG path data, once per page. Kept apart from the
// view so that d3-geo and topojson-client load in their own chunk, only when a map is shown.
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface MapAsset extends Topology<{ countries: GeometryCollection<{ name: string }> }> {
  /** [longitude, latitude] of countries with no shape at this scale, by alpha-2 code. */
  points: Record<string, [number, number]>;
}

export interface MapShape {
  /** ISO 3166-1 alpha-2, or null for a shape with no code (N. Cyprus, Somaliland): never shaded. */
  code: string | null;
  /** SVG path data in the map's own coordinates. */
  d: string;
}

export interface MapDot {
  code: string;
  x: number;
  y: number;
}

export interface MapShapes {
  width: number;
  height: number;
  shapes: MapShape[];
  dots: MapDot[];
}

export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 330;

/** Rounds path numbers to one decimal: a tenth of a pixel is invisible and halves the DOM text. */
const tidy = (d: string) => d.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));

export function buildMapShapes(asset: MapAsset, width = MAP_WIDTH, height = MAP_HEIGHT): MapShapes {
  const countries = feature(asset, asset.objects.countries);
  // Antarctica takes a fifth of the height and is never a news subject: fit the map without it.
  const fitted = { ...countries, features: countries.features.filter((f) => f.id !== 'AQ') };
  const projection = geoNaturalEarth1().fitSize([width, height], fitted);
  const path = geoPath(projection);
  const shapes: MapShape[] = [];
  for (const f of fitted.features) {
    const d = path(f);
    if (d) shapes.push({ code: typeof f.id === 'string' ? f.id : null, d: tidy(d) });
  }
  const dots: MapDot[] = [];
  for (const [code, lonLat] of Object.entries(asset.points ?? {})) {
    const p = projection(lonLat);
    if (p && p[1] >= 0 && p[1] <= height) dots.push({ code, x: Math.round(p[0] * 10) / 10, y: Math.round(p[1] * 10) / 10 });
  }
  return { width, height, shapes, dots };
}
