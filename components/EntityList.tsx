// One list of entities in the popup (officials, countries, or the less certain ones). Each entry is
// a button: activating it shows the entity's next mention in the page. Page-derived text is only
// ever rendered as JSX text.
import { plural, type Translate } from '@/lib/i18n';
import type { Entity } from '@/lib/types';
import { defaultT, useT } from './i18n';

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
export function officialDetail(e: Entity, countryName: (code: string) => string, t: Translate = defaultT): string[] {
  if (e.type !== 'official') return [];
  return [e.titles[0] ?? t('entity_office_unknown'), e.country ? countryName(e.country) : t('entity_country_unknown')];
}

export function EntityList({ id, title, entities, positions, countryName, onShow }: EntityListProps) {
  const t = useT();
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
          const [office, country] = officialDetail(e, countryName, t);
          return (
            <li key={entityId(e)}>
              <button
                type="button"
                class={`entity entity-${e.type}`}
                data-entity-type={e.type}
                data-entity-key={e.key}
                onClick={() => onShow(e)}
                title={pos ? t('entity_show_next') : t('entity_show_first')}
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
                  <span class="visually-hidden"> {plural(t, n, 'entity_mentions_one', 'entity_mentions_other')}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
