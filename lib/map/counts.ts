// What the world map shows: a count per country (mentions on this page, or saved highlights across
// the library), a sequential colour step for each count, and the list filter behind a click.
// Pure, so the popup, the library and the tests share one definition.
import type { Entity } from '../types';

export type CountryCounts = Map<string, number>;

/** Mentions per country on one page: every country entity, as listed in the popup. */
export function countPageCountries(entities: readonly Entity[]): CountryCounts {
  const counts: CountryCounts = new Map();
  for (const e of entities) if (e.type === 'country') counts.set(e.code, (counts.get(e.code) ?? 0) + e.mentions.length);
  return counts;
}

interface EntityRefLike {
  type: string;
  key: string;
}

/** Saved highlights per country: a highlight counts once for each country it mentions. */
export function countLibraryCountries(highlights: readonly { entities: readonly EntityRefLike[] }[]): CountryCounts {
  const counts: CountryCounts = new Map();
  for (const h of highlights) {
    const codes = new Set(h.entities.filter((e) => e.type === 'country').map((e) => e.key.toUpperCase()));
    for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return counts;
}

/** Number of colour steps in the sequential scale (the CSS defines --map-1 … --map-5). */
export const MAP_STEPS = 5;

/**
 * The colour step (1..MAP_STEPS) for a count, 0 for none. Steps grow with the square root of the
 * share of the largest count, so one country named 40 times does not wash all the others out.
 */
export function mapStep(count: number, max: number): number {
  if (!(count > 0) || !(max > 0)) return 0;
  return Math.min(MAP_STEPS, Math.max(1, Math.ceil(Math.sqrt(count / max) * MAP_STEPS)));
}

export interface LegendStep {
  step: number;
  from: number;
  to: number;
}

/** The count range behind each step that some count can reach, for the legend. */
export function mapLegend(max: number): LegendStep[] {
  const out: LegendStep[] = [];
  for (let n = 1; n <= max; n++) {
    const step = mapStep(n, max);
    const last = out.at(-1);
    if (last?.step === step) last.to = n;
    else out.push({ step, from: n, to: n });
  }
  return out;
}

/** The popup's list narrowed to one country: that country and the officials who serve it. */
export function filterByCountry<E extends Entity>(entities: readonly E[], code: string | null): E[] {
  if (!code) return [...entities];
  return entities.filter((e) => (e.type === 'country' ? e.code === code : e.country === code));
}
