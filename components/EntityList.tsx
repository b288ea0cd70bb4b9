// One list of entities in the popup (officials, countries, or the less certain ones). Each entry is
// a button: activating it shows the entity's next mention in the page. Page-derived text is only
// ever rendered as JSX text.
import type { Entity } from '@/lib/types';

export interface Position {
  index: number;
  total: number;
}

export interface EntityListProps {
  id: string;
  title: string;
  entities: Entity[];
  positions: Record<string, Position>;
  countryName(code: string): string;
  onShow(entity: Entity): void;
}

export const entityId = (e: Entity) => `${e.type}:${e.key}`;

/** Most-mentioned first; ties by name so the order is stable between openings. */
export function sortByMentions(entities: Entity[]): Entity[] {
  return [...entities].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

/** The office and country line under an official's name. */
export function officialDetail(e: Entity, countryName: (code: string) => string): string[] {
  if (e.type !== 'official') return [];
  return [e.titles[0] ?? 'Office not stated', e.country ? countryName(e.country) : 'Country unknown'];
}

export function EntityList({ id, title, entities, positions, countryName, onShow }: EntityListProps) {
  if (!entities.length) return null;
  const headingId = `${id}-heading`;
  return (
    <section class="entity-section" aria-labelledby={headingId} data-section={id}>
      <h2 id={headingId}>
        {title} <span class="section-count">({entities.length})</span>
      </h2>
      <ul class="entity-list">
        {sortByMentions(entities).map((e) => {
          const n = e.mentions.length;
          const pos = positions[entityId(e)];
          const [office, country] = officialDetail(e, countryName);
          return (
            <li key={entityId(e)}>
              <button
                type="button"
                class={`entity entity-${e.type}`}
                data-entity-type={e.type}
                data-entity-key={e.key}
                onClick={() => onShow(e)}
                title={`Show ${pos ? 'the next' : 'the first'} mention in the page`}
              >
                <span class={`swatch swatch-${e.type}`} aria-hidden="true" />
                <span class="entity-text">
                  <span class="entity-name">{e.name}</span>
                  {e.type === 'official' && (
                    <span class="entity-detail">
                      <span class="entity-office">{office}</span>
                      {', '}
                      <span class="entity-country">{country}</span>
                    </span>
                  )}
                </span>
                <span class="entity-count">
                  {pos ? `${pos.index + 1}/${pos.total}` : n}
                  <span class="visually-hidden">{n === 1 ? ' mention' : ' mentions'}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
