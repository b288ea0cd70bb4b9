// A world map of countries shaded by a count (mentions on this page, or saved highlights in the
// library). The shapes are loaded lazily through `load` (d3-geo, topojson-client and the atlas stay
// out of the page's first script); the view only draws SVG paths. Shaded countries are buttons
// with a name-and-count label and a <title>, so hover, focus and screen readers all say the same;
// a click (or Enter/Space) selects a country, and selecting it again clears the choice. The lists
// next to the map stay the main way to read the results.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { mapLegend, mapStep, type CountryCounts } from '@/lib/map/counts';
import type { MapShapes } from '@/lib/map/project';
import { plural } from '@/lib/i18n';
import { useT } from './i18n';
import './world-map.css';

export interface WorldMapProps {
  load(): Promise<MapShapes>;
  counts: CountryCounts;
  /** What a count counts: mentions on a page, or saved highlights. */
  unit: 'mentions' | 'highlights';
  selected: string | null;
  onSelect(code: string | null): void;
  countryName(code: string): string;
}

/** Literal keys, so the message-file check (tests/i18n) sees every one in use. */
const LABELS = {
  mentions: ['map_mentions_one', 'map_mentions_other'],
  highlights: ['map_highlights_one', 'map_highlights_other'],
} as const;
const SUMMARIES = {
  mentions: ['map_summary_one', 'map_summary_other'],
  highlights: ['map_summary_highlights_one', 'map_summary_highlights_other'],
} as const;

export function WorldMap({ load, counts, unit, selected, onSelect, countryName }: WorldMapProps) {
  const t = useT();
  const [shapes, setShapes] = useState<MapShapes | null | 'failed'>(null);
  const [hover, setHover] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (s) => live && setShapes(s),
      () => live && setShapes('failed'),
    );
    return () => {
      live = false;
    };
  }, [load]);

  const max = Math.max(0, ...counts.values());
  const label = (code: string) => {
    const n = counts.get(code) ?? 0;
    const [one, other] = LABELS[unit];
    return plural(t, n, one, other, [countryName(code), n]);
  };
  const summary = plural(t, counts.size, SUMMARIES[unit][0], SUMMARIES[unit][1]);
  if (shapes === 'failed') return null;
  if (shapes === null) return <p class="world-map map-loading">{t('map_loading')}</p>;

  const props = (code: string | null): Omit<JSX.SVGAttributes<SVGGeometryElement>, "ref"> & Record<`data-${string}`, string> => {
    const n = code ? counts.get(code) ?? 0 : 0;
    if (!code || !n) return { class: 'map-c', 'aria-hidden': true };
    const pick = () => onSelect(selected === code ? null : code);
    return {
      class: `map-c map-step-${mapStep(n, max)}${selected === code ? ' map-selected' : ''}`,
      role: 'button',
      tabIndex: 0,
      'aria-label': label(code),
      'aria-pressed': selected === code,
      'data-code': code,
      onClick: pick,
      onKeyDown: (e: KeyboardEvent) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        e.preventDefault();
        pick();
      },
      onMouseEnter: () => setHover(code),
      onMouseLeave: () => setHover(null),
      onFocus: () => setHover(code),
      onBlur: () => setHover(null),
    };
  };
  const info = hover ?? selected;

  return (
    <figure class="world-map" data-unit={unit}>
      <svg viewBox={`0 0 ${shapes.width} ${shapes.height}`} role="group" aria-label={summary}>
        {shapes.shapes.map((s, i) => (
          <path key={s.code ?? `x${i}`} d={s.d} {...props(s.code)}>
            {s.code && counts.has(s.code) && <title>{label(s.code)}</title>}
          </path>
        ))}
        {shapes.dots
          .filter((p) => counts.has(p.code))
          .map((p) => (
            <circle key={p.code} cx={p.x} cy={p.y} r={3.2} {...props(p.code)}>
              <title>{label(p.code)}</title>
            </circle>
          ))}
      </svg>
      <figcaption class="map-info">
        <p class="map-caption" aria-hidden="true">
          {info ? label(info) : summary}
        </p>
        {max > 0 && (
          <ul class="map-legend" aria-label={t('map_legend')}>
            {mapLegend(max).map((s) => (
              <li key={s.step}>
                <span class={`map-key map-step-${s.step}`} aria-hidden="true" />
                {s.from === s.to ? s.from : `${s.from}–${s.to}`}
              </li>
            ))}
          </ul>
        )}
      </figcaption>
    </figure>
  );
}
