// Export and import controls. The backup always holds the whole library; the reading formats hold
// the highlights currently shown, so a filtered view can be taken to a notes app or Zotero.
import { EXPORT_FORMATS, FORMAT_INFO, type ExportFormat } from '@/lib/saved/export';
import { useT } from './i18n';

export interface LibraryToolbarProps {
  total: number;
  shown: number;
  busy: boolean;
  onExport(format: ExportFormat): void;
  onImport(file: File): void;
}

export function LibraryToolbar({ total, shown, busy, onExport, onImport }: LibraryToolbarProps) {
  const filtered = shown !== total;
  const t = useT();
  return (
    <div class="toolbar">
      <div class="row" role="group" aria-label={t('library_export')}>
        {EXPORT_FORMATS.map((f) => {
          const n = f === 'jsonld' ? total : shown;
          return (
            <button
              key={f}
              type="button"
              class="tool"
              data-format={f}
              disabled={busy || n === 0}
              onClick={() => onExport(f)}
              title={f === 'jsonld' ? t('library_backup_title') : t('library_shown_title', n)}
            >
              {f === 'jsonld' ? t('library_export_backup') : t('library_export_as', FORMAT_INFO[f].label)}
              {f !== 'jsonld' && filtered ? ` ${t('library_n_shown', n)}` : ''}
            </button>
          );
        })}
      </div>
      <label class="tool import">
        {t('library_import')}
        <input
          type="file"
          class="visually-hidden"
          accept=".jsonld,.json,application/ld+json,application/json"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            // Cleared so choosing the same file again still fires.
            input.value = '';
            if (file) onImport(file);
          }}
        />
      </label>
    </div>
  );
}
