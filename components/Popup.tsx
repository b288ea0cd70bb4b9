// The popup's whole view for one tab: a status line for every state the page can be in (reading,
// unavailable, error, not an article, nothing found) and, on an article, the highlight switch, the
// legend and the entity lists; the site's never/always rule wherever the page is readable; a
// link to the options. Props in, JSX out; messaging and storage live in entrypoints/popup.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { TableFormat } from '@/lib/entity-table';
import type { PageResults } from '@/lib/messages';
import { DEFAULT_SETTINGS, markColors, siteKey, type Settings, type SiteRule } from '@/lib/settings';
import { LOW_CONFIDENCE, type Entity, type EntityType } from '@/lib/types';
import { countPageCountries, filterByCountry } from '@/lib/map/counts';
import type { MapShapes } from '@/lib/map/project';
import { EntityList, type Position } from './EntityList';
import { SiteControls } from './SiteControls';
import { WorldMap } from './WorldMap';
import { useT } from './i18n';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; page: PageResults };

export interface PopupProps {
  state: PopupState;
  positions: Record<string, Position>;
  /** Screen-reader announcement after an action ("Mention 2 of 3 of Selim Belortaja"). */
  announcement: string;
  busy: boolean;
  countryName(code: string): string;
  onToggle(on: boolean): void;
  onAnalyze(force: boolean): void;
  onShow(entity: Entity): void;
  /** Copy the listed entities (what the filter shows) as a table. */
  onCopy(format: TableFormat, entities: Entity[]): void;
  /** The reader's settings (colours for the legend); defaults until loaded. */
  settings?: Settings;
  /** Sets (or clears, with null) the rule for the page's site. */
  onSiteRule?(rule: SiteRule | null): void;
  onOpenOptions?(): void;
  /** Loads the world map's shapes (lazily, in their own chunk); no map without it. */
  loadMap?(): Promise<MapShapes>;
  /** The saved-highlights panel (SavedPanel), shown under the page's results. */
  saved?: ComponentChildren;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Entities whose name, other names, office or country contain the query (case and accents ignored). */
export function filterEntities(entities: Entity[], query: string, countryName: (code: string) => string): Entity[] {
  const q = fold(query.trim());
  if (!q) return entities;
  return entities.filter((e) => {
    const words =
      e.type === 'official'
        ? [e.name, ...e.aliases, ...e.titles, e.country ? countryName(e.country) : '']
        : [e.name, countryName(e.code)];
    return words.some((w) => fold(w).includes(q));
  });
}

export function Popup(props: PopupProps) {
  const t = useT();
  return (
    <main class="popup" aria-busy={props.busy || props.state.kind === 'loading'}>
      <header class="popup-header">
        <h1>Attaché</h1>
        {props.onOpenOptions && (
          <button type="button" class="tool options-link" onClick={() => props.onOpenOptions?.()}>
            {t('popup_options')}
          </button>
        )}
      </header>
      <Body {...props} />
      {props.saved}
      {props.state.kind === 'ready' && props.onSiteRule && <Site page={props.state.page} {...props} />}
      <p class="status-line" role="status" aria-live="polite">
        {props.announcement}
      </p>
    </main>
  );
}

function Site({ page, busy, onSiteRule }: PopupProps & { page: PageResults }) {
  const site = siteKey(page.url);
  if (!site || !onSiteRule || page.status === 'pending') return null;
  return <SiteControls site={site} rule={page.site} busy={busy} onSiteRule={onSiteRule} />;
}

/** A legend swatch in the reader's colour for that type (underline style as on the page). */
function Swatch({ type, settings }: { type: EntityType; settings?: Settings }) {
  const c = markColors((settings ?? DEFAULT_SETTINGS).colors[type]);
  return <span class={`swatch swatch-${type}`} aria-hidden="true" style={{ background: c.background, borderBottomColor: c.line }} />;
}

function Body({ state, positions, busy, countryName, onToggle, onAnalyze, onShow, onCopy, settings, onSiteRule, loadMap }: PopupProps) {
  const [query, setQuery] = useState('');
  const [mapCountry, setMapCountry] = useState<string | null>(null);
  const t = useT();
  if (state.kind === 'loading') return <p class="note">{t('popup_reading')}</p>;
  if (state.kind === 'unavailable')
    return (
      <div class="note note-unavailable" role="alert">
        <p><strong>{t('popup_cannot_work')}</strong></p>
        <p>{state.reason}</p>
      </div>
    );
  if (state.kind === 'error')
    return (
      <div class="note note-error" role="alert">
        <p><strong>{t('popup_went_wrong')}</strong></p>
        <p>{state.message}</p>
      </div>
    );

  const page = state.page;
  if (page.status === 'pending') return <p class="note">{t('popup_still_reading')}</p>;
  if (page.status === 'disabled')
    return (
      <div class="note note-disabled">
        <p><strong>{t('popup_off_site')}</strong></p>
        <p>{t('popup_off_site_why')}</p>
        {onSiteRule && (
          <button type="button" class="action" disabled={busy} onClick={() => onSiteRule(null)}>
            {t('popup_turn_on_site')}
          </button>
        )}
      </div>
    );
  if (page.status === 'error')
    return (
      <div class="note note-error" role="alert">
        <p><strong>{t('popup_could_not_analyse')}</strong></p>
        <p>{page.error ?? t('popup_unknown_error')}</p>
        <button type="button" class="action" disabled={busy} onClick={() => onAnalyze(true)}>
          {t('popup_try_again')}
        </button>
      </div>
    );
  if (page.status === 'not-article' && page.forced)
    return <p class="note note-not-article">{t('popup_no_article_text')}</p>;
  if (page.status === 'not-article')
    return (
      <div class="note note-not-article">
        <p>{t('popup_not_article')}</p>
        <button type="button" class="action" disabled={busy} onClick={() => onAnalyze(true)}>
          {t('popup_analyze_anyway')}
        </button>
      </div>
    );

  const shown = filterByCountry(filterEntities(page.entities, query, countryName), mapCountry);
  const sure = shown.filter((e) => e.confidence >= LOW_CONFIDENCE);
  const unsure = shown.filter((e) => e.confidence < LOW_CONFIDENCE);
  const officials = sure.filter((e) => e.type === 'official');
  const countries = sure.filter((e) => e.type === 'country');
  const listProps = { positions, countryName, onShow };

  return (
    <>
      <div class="controls">
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={page.highlightsOn}
            disabled={busy}
            onChange={(ev) => onToggle((ev.currentTarget as HTMLInputElement).checked)}
          />
          <span>{t('popup_highlights_switch')}</span>
        </label>
        <ul class="legend" aria-label={t('popup_legend')}>
          <li><Swatch type="official" settings={settings} /> {t('popup_official')}</li>
          <li><Swatch type="country" settings={settings} /> {t('popup_country')}</li>
        </ul>
      </div>
      {page.entities.length === 0 ? (
        <p class="note note-empty">{t('popup_nothing_found')}</p>
      ) : (
        <>
          <div class="tools">
            <label class="filter">
              <span class="visually-hidden">{t('popup_filter_label')}</span>
              <input
                type="search"
                placeholder={t('popup_filter_placeholder')}
                value={query}
                onInput={(ev) => setQuery((ev.currentTarget as HTMLInputElement).value)}
              />
            </label>
            <button type="button" class="tool" onClick={() => onCopy('markdown', shown)} disabled={!shown.length}>
              {t('popup_copy_markdown')}
            </button>
            <button type="button" class="tool" onClick={() => onCopy('csv', shown)} disabled={!shown.length}>
              {t('popup_copy_csv')}
            </button>
          </div>
          {loadMap && (
            <MapPanel load={loadMap} entities={page.entities} selected={mapCountry} onSelect={setMapCountry} countryName={countryName} />
          )}
          {shown.length === 0 && <p class="note note-empty">{t('popup_no_match', query.trim())}</p>}
          <EntityList id="officials" title={t('popup_officials')} entities={officials} {...listProps} />
          <EntityList id="countries" title={t('popup_countries')} entities={countries} {...listProps} />
          <EntityList id="unsure" title={t('popup_less_certain')} entities={unsure} {...listProps} />
        </>
      )}
    </>
  );
}

/** The page's countries on the world map; a click narrows the lists to one country and its officials. */
function MapPanel(p: { load(): Promise<MapShapes>; entities: Entity[]; selected: string | null; onSelect(code: string | null): void; countryName(code: string): string }) {
  const t = useT();
  const counts = countPageCountries(p.entities);
  if (!counts.size) return null;
  return (
    <>
      <WorldMap load={p.load} counts={counts} unit="mentions" selected={p.selected} onSelect={p.onSelect} countryName={p.countryName} />
      {p.selected && (
        <p class="note map-filter" role="status">
          {t('map_filtered', p.countryName(p.selected))}{' '}
          <button type="button" class="tool" onClick={() => p.onSelect(null)}>
            {t('map_show_all')}
          </button>
        </p>
      )}
    </>
  );
}
