// The library page: every saved highlight, newest first, with search, filters, editing, delete with
// undo, export and import. The store is passed in (IndexedDB in the extension, a fake in tests);
// filtering runs in memory on what all() returned, so typing in the search box stays instant.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { editHighlight } from '@/lib/saved/create';
import { ImportError, StorageFullError } from '@/lib/saved/errors';
import { exportFileName, formatHighlights, FORMAT_INFO, type ExportFormat } from '@/lib/saved/export';
import { MAX_IMPORT_BYTES, mergeImport, parseImport, tooLargeMessage } from '@/lib/saved/import';
import { quoteOf, type SavedHighlight } from '@/lib/saved/model';
import { facets, fold, matchesQuery, newestFirst, type SearchQuery } from '@/lib/saved/search';
import type { LibraryStore } from '@/lib/saved/store';
import { countLibraryCountries } from '@/lib/map/counts';
import type { MapShapes } from '@/lib/map/project';
import { LibraryFilters, NO_FILTERS, type FilterValues } from './LibraryFilters';
import { LibraryItem } from './LibraryItem';
import { LibraryToolbar } from './LibraryToolbar';
import { WorldMap } from './WorldMap';
import { defaultT, useT } from './i18n';
import { plural, type Translate } from '@/lib/i18n';

export const PAGE_SIZE = 100;

export interface LibraryProps {
  store: Pick<LibraryStore, 'all' | 'put' | 'delete' | 'merge'>;
  download(fileName: string, mime: string, text: string): void;
  now?(): Date;
  /** Loads the world map's shapes (lazily); no map without it. */
  loadMap?(): Promise<MapShapes>;
  /** Country names in the UI language (the map's labels); the names saved with the highlights otherwise. */
  countryName?(code: string): string;
}

type Status = { kind: 'info' | 'error'; text: string } | null;

function toQuery(v: FilterValues): SearchQuery {
  const day = (d: string, end: boolean) => (d ? new Date(`${d}T${end ? '23:59:59.999' : '00:00:00'}`).toISOString() : undefined);
  return { text: v.text, site: v.site, entity: v.entity, tag: v.tag, from: day(v.from, false), to: day(v.to, true) };
}

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

export function messageOf(err: unknown, t: Translate = defaultT): string {
  if (err instanceof ImportError || err instanceof StorageFullError) return err.message;
  return t('library_went_wrong', (err as Error)?.message ?? String(err));
}

export function Library({ store, download, now = () => new Date(), loadMap, countryName }: LibraryProps) {
  const [items, setItems] = useState<SavedHighlight[] | null>(null);
  const [filters, setFilters] = useState<FilterValues>(NO_FILTERS);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [status, setStatus] = useState<Status>(null);
  const [deleted, setDeleted] = useState<SavedHighlight | null>(null);
  const [busy, setBusy] = useState(false);
  const undoRef = useRef<HTMLButtonElement>(null);
  const t = useT();

  const reload = () =>
    store.all().then(
      (hs) => setItems(hs),
      (err) => setStatus({ kind: 'error', text: t('library_read_failed', messageOf(err, t)) }),
    );
  useEffect(() => {
    void reload();
    // Highlights saved in other tabs show up when the reader comes back to this one.
    const onShow = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', onShow);
    return () => document.removeEventListener('visibilitychange', onShow);
  }, [store]);
  useEffect(() => setLimit(PAGE_SIZE), [filters]);
  useEffect(() => {
    if (deleted) undoRef.current?.focus();
  }, [deleted]);

  const all = items ?? [];
  const folded = useMemo(() => new Map(all.map((h) => [h.id, fold(`${quoteOf(h)}\n${h.note}`)])), [items]);
  const menus = useMemo(() => facets(all), [items]);
  const query = toQuery(filters);
  const shown = all.filter((h) => matchesQuery(h, query, folded.get(h.id)));

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (err) {
      setStatus({ kind: 'error', text: messageOf(err, t) });
    } finally {
      setBusy(false);
    }
  };

  const onSave = async (h: SavedHighlight, edits: { note: string; tags: string[] }) => {
    try {
      const next = editHighlight(h, edits, now());
      await store.put(next);
      setItems((cur) => (cur ?? []).map((x) => (x.id === h.id ? next : x)));
      setStatus({ kind: 'info', text: t('library_saved') });
      return true;
    } catch (err) {
      setStatus({ kind: 'error', text: messageOf(err, t) });
      return false;
    }
  };

  const onDelete = (h: SavedHighlight) =>
    run(async () => {
      const gone = await store.delete(h.id);
      setItems((cur) => (cur ?? []).filter((x) => x.id !== h.id));
      setDeleted(gone ?? h);
      setStatus({ kind: 'info', text: t('library_deleted', short(quoteOf(h))) });
    });

  const onUndo = () =>
    run(async () => {
      if (!deleted) return;
      await store.put(deleted);
      setItems((cur) => [...(cur ?? []), deleted].sort(newestFirst));
      setDeleted(null);
      setStatus({ kind: 'info', text: t('library_restored') });
    });

  const onExport = (format: ExportFormat) => {
    const at = now();
    const hs = format === 'jsonld' ? all : shown;
    download(exportFileName(format, at), FORMAT_INFO[format].mime, formatHighlights(hs, format, at));
    setStatus({ kind: 'info', text: plural(t, hs.length, 'library_exported_one', 'library_exported_other', [hs.length, FORMAT_INFO[format].label]) });
  };

  const onImport = (file: File) =>
    run(async () => {
      try {
        if (file.size > MAX_IMPORT_BYTES) throw new ImportError(tooLargeMessage(file.size));
        const counts = await mergeImport(store, parseImport(await file.text()));
        await reload();
        setStatus({ kind: 'info', text: t('library_imported', [file.name, counts.added, counts.updated, counts.unchanged]) });
      } catch (err) {
        setStatus({ kind: 'error', text: t('library_import_failed', messageOf(err, t)) });
      }
    });

  return (
    <main class="library">
      <header class="library-header">
        <h1>{t('library_title')}</h1>
        <LibraryToolbar total={all.length} shown={shown.length} busy={busy} onExport={onExport} onImport={onImport} />
      </header>
      <LibraryFilters values={filters} facets={menus} onChange={setFilters} />
      {loadMap && <LibraryMap load={loadMap} highlights={all} filters={filters} onChange={setFilters} countryName={countryName} />}
      <div class={`status ${status?.kind ?? ''}`} role={status?.kind === 'error' ? 'alert' : 'status'}>
        {status?.text}
        {deleted && (
          <button type="button" class="tool undo" ref={undoRef} onClick={onUndo}>
            {t('library_undo')}
          </button>
        )}
      </div>
      {items === null ? (
        <p class="empty">{t('library_opening')}</p>
      ) : !all.length ? (
        <p class="empty">{t('library_empty')}</p>
      ) : (
        <section aria-label={t('library_highlights')}>
          <h2 class="count">
            {shown.length === all.length
              ? plural(t, all.length, 'library_count_one', 'library_count')
              : t('library_count_of', [shown.length, all.length])}
          </h2>
          {!shown.length && <p class="empty">{t('library_no_match')}</p>}
          <ol class="items">
            {shown.slice(0, limit).map((h) => (
              <LibraryItem key={h.id} highlight={h} onSave={onSave} onDelete={onDelete} onTag={(tag) => setFilters({ ...filters, tag })} />
            ))}
          </ol>
          {shown.length > limit && (
            <button type="button" class="tool more" onClick={() => setLimit(limit + PAGE_SIZE)}>
              {t('library_show_more', Math.min(PAGE_SIZE, shown.length - limit))}
            </button>
          )}
        </section>
      )}
    </main>
  );
}

/** Countries across the whole library, by saved highlights; a click sets the Mentions filter. */
function LibraryMap(p: { load(): Promise<MapShapes>; highlights: SavedHighlight[]; filters: FilterValues; onChange(v: FilterValues): void; countryName?(code: string): string }) {
  const t = useT();
  const counts = useMemo(() => countLibraryCountries(p.highlights), [p.highlights]);
  const names = useMemo(
    () => new Map(p.highlights.flatMap((h) => h.entities.filter((e) => e.type === 'country').map((e) => [e.key.toUpperCase(), e.name] as const))),
    [p.highlights],
  );
  if (!counts.size) return null;
  const selected = p.filters.entity.startsWith('country:') ? p.filters.entity.slice('country:'.length).toUpperCase() : null;
  const onSelect = (code: string | null) => p.onChange({ ...p.filters, entity: code ? `country:${code}` : '' });
  const countryName = p.countryName ?? ((code: string) => names.get(code) ?? code);
  return (
    <>
      <WorldMap load={p.load} counts={counts} unit="highlights" selected={selected} onSelect={onSelect} countryName={countryName} />
      {selected && (
        <p class="map-filter" role="status">
          {t('map_filtered_library', countryName(selected))}{' '}
          <button type="button" class="tool" onClick={() => onSelect(null)}>
            {t('map_show_all')}
          </button>
        </p>
      )}
    </>
  );
}
