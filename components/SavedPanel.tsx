// The popup's part for saved highlights (issue 5): save the selection, the highlights saved on this
// page (a click shows one in the page), the ones that could not be placed again (orphans, listed
// apart with their quote, never dropped), and a way to the library page. Props in, JSX out; page
// text is only ever rendered as JSX text.
import type { SavedItem, SavedOnPage } from '@/lib/saved/messages';
import { useT } from './i18n';

export interface SavedPanelProps {
  /** null while unknown or when the tab has no content script (the panel then offers the library only). */
  saved: SavedOnPage | null;
  busy: boolean;
  /** The last save's result, to show and announce ("Saved…", or why not). */
  message: { text: string; kind: 'ok' | 'error' } | null;
  onSaveSelection(): void;
  onShowSaved(id: string): void;
  onOpenLibrary(): void;
}

const short = (s: string) => (s.length > 140 ? `${s.slice(0, 137)}…` : s);

function Quote({ item }: { item: SavedItem }) {
  return (
    <>
      <span class="saved-quote">“{short(item.quote)}”</span>
      {item.note && <span class="saved-note">{short(item.note)}</span>}
    </>
  );
}

export function SavedPanel({ saved, busy, message, onSaveSelection, onShowSaved, onOpenLibrary }: SavedPanelProps) {
  const placed = saved?.placed ?? [];
  const orphans = saved?.orphans ?? [];
  const t = useT();
  return (
    <section class="saved-panel" aria-labelledby="saved-heading" data-section="saved">
      <h2 id="saved-heading">
        {t('saved_heading')} <span class="section-count">({placed.length + orphans.length})</span>
      </h2>
      <div class="tools">
        {saved && (
          <button type="button" class="tool save-selection" disabled={busy} onClick={onSaveSelection}>
            {t('saved_save_selection')}
          </button>
        )}
        <button type="button" class="tool open-library" onClick={onOpenLibrary}>
          {t('saved_open_library')}
        </button>
      </div>
      {message && (
        <p class={`saved-message saved-message-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {saved?.error && <p class="note saved-message-error">{saved.error}</p>}
      {placed.length > 0 && (
        <ul class="saved-list" data-list="placed">
          {placed.map((h) => (
            <li key={h.id}>
              <button type="button" class="saved-item" data-saved-id={h.id} onClick={() => onShowSaved(h.id)} title={t('saved_show_in_page')}>
                <Quote item={h} />
              </button>
            </li>
          ))}
        </ul>
      )}
      {orphans.length > 0 && (
        <>
          <h3 class="saved-orphans-heading">
            {t('saved_orphans_heading')} <span class="section-count">({orphans.length})</span>
          </h3>
          <p class="saved-orphans-note">{t('saved_orphans_note')}</p>
          <ul class="saved-list" data-list="orphans">
            {orphans.map((h) => (
              <li key={h.id} class="saved-orphan" data-saved-id={h.id}>
                <Quote item={h} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
