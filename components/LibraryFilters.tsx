// The library's search box and filters. Values are plain strings so the form is fully controlled;
// Library turns them into a SearchQuery.
import type { Facets } from '@/lib/saved/search';
import { useT } from './i18n';

export interface FilterValues {
  text: string;
  site: string;
  entity: string;
  tag: string;
  /** YYYY-MM-DD from the date inputs; '' for no bound. */
  from: string;
  to: string;
}

export const NO_FILTERS: FilterValues = { text: '', site: '', entity: '', tag: '', from: '', to: '' };

export interface LibraryFiltersProps {
  values: FilterValues;
  facets: Facets;
  onChange(values: FilterValues): void;
}

export function LibraryFilters({ values, facets, onChange }: LibraryFiltersProps) {
  const t = useT();
  const set = (k: keyof FilterValues) => (e: Event) => onChange({ ...values, [k]: (e.currentTarget as HTMLInputElement).value });
  const select = (k: 'site' | 'entity' | 'tag', label: string, all: string, options: Facets['sites']) => (
    <label>
      {label}
      <select value={values[k]} onChange={set(k)}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label} ({o.count})
          </option>
        ))}
      </select>
    </label>
  );
  const active = Object.values(values).some(Boolean);
  return (
    <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label class="search">
        {t('library_search')}
        <input type="search" value={values.text} onInput={set('text')} placeholder={t('library_search_placeholder')} />
      </label>
      {select('site', t('library_site'), t('library_all_sites'), facets.sites)}
      {select('entity', t('library_mentions'), t('library_anyone'), facets.entities)}
      {select('tag', t('library_tag'), t('library_all_tags'), facets.tags)}
      <label>
        {t('library_from')}
        <input type="date" value={values.from} onInput={set('from')} />
      </label>
      <label>
        {t('library_to')}
        <input type="date" value={values.to} onInput={set('to')} />
      </label>
      {active && (
        <button type="button" class="tool" onClick={() => onChange(NO_FILTERS)}>
          {t('library_clear')}
        </button>
      )}
    </form>
  );
}
