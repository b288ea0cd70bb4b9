// One saved highlight in the library: the quote, where it came from, its entities, note and tags,
// and the actions on it (open the page at the highlight, edit note and tags, delete). Page-derived
// text is only ever rendered as JSX text.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SavedHighlight } from '@/lib/saved/model';
import { siteLabel } from '@/lib/saved/search';
import { highlightLink } from '@/lib/saved/url';
import { useT } from './i18n';

export interface LibraryItemProps {
  highlight: SavedHighlight;
  onSave(h: SavedHighlight, edits: { note: string; tags: string[] }): Promise<boolean>;
  onDelete(h: SavedHighlight): void;
  onTag(tag: string): void;
}

/** A date in the UI language (`lang`, from the message file shown), else the browser's default. */
export function formatDate(iso: string | null, lang?: string): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const opts = { year: 'numeric', month: 'short', day: 'numeric' } as const;
  try {
    return new Date(t).toLocaleDateString(lang, opts);
  } catch {
    return new Date(t).toLocaleDateString(undefined, opts);
  }
}

export const splitTags = (s: string) => s.split(/[\s,]+/).filter(Boolean);

function EditForm({ h, onDone, onSave }: { h: SavedHighlight; onDone(): void; onSave: LibraryItemProps['onSave'] }) {
  const [note, setNote] = useState(h.note);
  const [tags, setTags] = useState(h.tags.join(' '));
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const t = useT();
  useEffect(() => noteRef.current?.focus(), []);
  const save = async (e?: Event) => {
    e?.preventDefault();
    if (await onSave(h, { note, tags: splitTags(tags) })) onDone();
  };
  return (
    <form
      class="edit"
      onSubmit={save}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
        else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save(e);
      }}
    >
      <label>
        {t('library_note')}
        <textarea ref={noteRef} rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label>
        {t('library_tags')} <span class="hint">{t('library_tags_hint')}</span>
        <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <div class="row">
        <button type="submit" class="action">{t('library_save')}</button>
        <button type="button" class="tool" onClick={onDone}>{t('library_cancel')}</button>
      </div>
    </form>
  );
}

export function LibraryItem({ highlight: h, onSave, onDelete, onTag }: LibraryItemProps) {
  const [editing, setEditing] = useState(false);
  const t = useT();
  const editRef = useRef<HTMLButtonElement>(null);
  const link = highlightLink(h.target.url, h.id);
  const title = h.page.title.trim() || h.target.url;
  const lang = t('ui_lang');
  const facts = [siteLabel(h), formatDate(h.page.publishedTime, lang), h.page.byline].filter(Boolean).join(' · ');
  const done = () => {
    setEditing(false);
    // Back to where the reader was, for keyboard use.
    setTimeout(() => editRef.current?.focus(), 0);
  };
  return (
    <li class="item" data-id={h.id} style={{ borderLeftColor: h.color }}>
      <blockquote class="quote">{h.target.selectors[0].exact}</blockquote>
      <p class="source">
        {link ? (
          <a href={link} target="_blank" rel="noopener noreferrer" title={t('library_open_page')}>
            {title}
          </a>
        ) : (
          title
        )}
        {facts && <span class="facts"> — {facts}</span>}
      </p>
      {h.entities.length > 0 && (
        <ul class="chips" aria-label={t('library_mentions')}>
          {h.entities.map((e) => (
            <li key={`${e.type}:${e.key}`} class={`chip chip-${e.type}`}>{e.name}</li>
          ))}
        </ul>
      )}
      {editing ? (
        <EditForm h={h} onSave={onSave} onDone={done} />
      ) : (
        <>
          {h.note && <p class="item-note">{h.note}</p>}
          {h.tags.length > 0 && (
            <ul class="chips" aria-label={t('library_tags')}>
              {h.tags.map((tag) => (
                <li key={tag}>
                  <button type="button" class="tag" onClick={() => onTag(tag)} aria-label={t('library_tagged', tag)}>
                    #{tag}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <div class="row item-actions">
        <span class="saved">{t('library_saved_on', formatDate(h.created, lang))}</span>
        {!editing && (
          <button type="button" class="tool" ref={editRef} onClick={() => setEditing(true)}>
            {t('library_edit')}
          </button>
        )}
        <button type="button" class="tool" onClick={() => onDelete(h)}>
          {t('library_delete')}
        </button>
      </div>
    </li>
  );
}
