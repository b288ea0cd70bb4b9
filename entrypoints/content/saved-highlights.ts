// Saved highlights in the page (issue 5): save the selection or an entity mention, place the page's
// saved highlights again after each analysis (exact quote, then position, then fuzzy: lib/anchor),
// keep the ones that cannot be placed as orphans for the popup, and scroll to the one named by
// #attache=<id>. The library is the background's (./background.ts): records come and go by message.
import { anchor } from '@/lib/anchor/selectors';
import { readPageMetadata } from '@/lib/detect/metadata';
import { applyHighlights, type HighlightHandle } from '@/lib/highlight/highlight';
import { createHighlight } from '@/lib/saved/create';
import {
  highlightIdFromHash,
  parseListAnswer,
  parseSaveOutcome,
  trustedPageKey,
  visitedUrl,
  type SaveOutcome,
  type SavedContentRequest,
  type SavedItem,
  type SavedOnPage,
} from '@/lib/saved/messages';
import type { HighlightKind, SavedHighlight } from '@/lib/saved/model';
import { bodyTextMap, selectionSpan } from '@/lib/saved/selection';
import type { PageResults } from '@/lib/messages';
import type { Entity, TextMap } from '@/lib/types';
import type { Toast } from './saved-ui';
import { msg } from './ui-text';

export const SAVED_TYPE = 'saved';
const FLASH_MS = 1600;

/** What this module needs from the page controller (./controller). */
export interface SavedPage {
  results(): Pick<PageResults, 'status' | 'meta'>;
  /** The article's text map, or null when the page was not read as an article. */
  map(): TextMap | null;
  entities(): Entity[];
  /** Runs a page change unseen by the late-content watcher; the returned map's text nodes become known. */
  alongside<T extends { map?: TextMap }>(fn: () => T): T;
}

export interface SavedDeps {
  doc: Document;
  page: SavedPage;
  /** runtime.sendMessage to the background. */
  send(msg: unknown): Promise<unknown>;
  toast: Toast;
}

/** The page's canonical link, resolved; null when absent or not http(s). */
export function canonicalLink(doc: Document): string | null {
  const link = [...doc.querySelectorAll('link[rel][href]')].find((l) => /(^|\s)canonical(\s|$)/i.test(l.getAttribute('rel') ?? ''));
  try {
    const u = link ? new URL(link.getAttribute('href')!, doc.location?.href) : null;
    return u && /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

const item = (h: SavedHighlight): SavedItem => ({ id: h.id, quote: h.target.selectors[0].exact, color: h.color, note: h.note });
const short = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}…` : s);
const cssEscape = (s: string) => (typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&'));

export function createSavedHighlights({ doc, page, send, toast }: SavedDeps) {
  let records: SavedHighlight[] = [];
  let orphans: SavedHighlight[] = [];
  let handles: HighlightHandle[] = [];
  let error: string | null = null;
  let generation = 0;
  let shownHash: string | null = null;

  const href = () => visitedUrl(doc.location?.href ?? '');
  const key = () => trustedPageKey(href(), canonicalLink(doc));

  function clear() {
    if (!handles.length) return;
    const hs = handles.reverse();
    handles = [];
    page.alongside(() => {
      hs.forEach((h) => h.remove());
      return {};
    });
  }

  function apply(map: TextMap, list: Array<{ h: SavedHighlight; start: number; end: number }>) {
    if (!list.length) return;
    const specs = list.map(({ h, start, end }) => ({ start, end, type: SAVED_TYPE, key: h.id, id: h.id }));
    const handle = page.alongside(() => applyHighlights(map, specs, doc));
    handles.push(handle);
    handle.elements.forEach((els, i) => {
      for (const el of els) el.style.setProperty('--attache-saved', list[i].h.color);
    });
  }

  /** Anchors every record: in the article's text first, then in the whole body (text saved outside it). */
  function place() {
    const article = page.results().status === 'done' ? page.map() : null;
    let body: TextMap | null | undefined;
    const inArticle: Array<{ h: SavedHighlight; start: number; end: number }> = [];
    const inBody: typeof inArticle = [];
    orphans = [];
    for (const h of records) {
      const sel = { quote: h.target.selectors[0], position: h.target.selectors[1] };
      const a = article ? anchor(article, sel) : null;
      if (a) {
        inArticle.push({ h, start: a.start, end: a.end });
        continue;
      }
      if (body === undefined) body = bodyTextMap(doc);
      const b = body ? anchor(body, sel) : null;
      if (b) inBody.push({ h, start: b.start, end: b.end });
      else orphans.push(h);
    }
    if (article) apply(article, inArticle);
    if (body) apply(body, inBody);
  }

  /** Places the page's saved highlights again (after every analysis); the library is asked anew. */
  async function refresh(): Promise<void> {
    const gen = ++generation;
    clear();
    const status = page.results().status;
    if (status === 'disabled' || status === 'pending') {
      records = [];
      orphans = [];
      return;
    }
    const raw = await send({ type: 'attache:list-highlights', url: href(), canonical: canonicalLink(doc) }).catch(() => null);
    if (gen !== generation) return;
    const answer = parseListAnswer(raw);
    if (!answer?.ok) {
      error = answer?.error ?? 'Attaché could not reach its library.';
      return;
    }
    error = null;
    records = answer.highlights;
    try {
      place();
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
    showFromHash();
  }

  function marksOf(id: string): HTMLElement[] {
    return [...doc.querySelectorAll<HTMLElement>(`mark[data-attache-type="${SAVED_TYPE}"][data-attache-id="${cssEscape(id)}"]`)];
  }

  /** Scrolls to a saved highlight and flashes it; false when it is not placed on the page. */
  function show(id: string): boolean {
    const els = marksOf(id);
    if (!els.length) return false;
    els[0].scrollIntoView({ block: 'center', behavior: doc.visibilityState === 'visible' ? 'smooth' : 'auto' });
    for (const el of els) {
      el.classList.remove('attache-flash');
      void el.offsetWidth;
      el.classList.add('attache-flash');
      setTimeout(() => el.classList.remove('attache-flash'), FLASH_MS);
    }
    return true;
  }

  /** #attache=<id> (a link from the library): show that highlight once, or say it was not found. */
  function showFromHash() {
    const hash = doc.location?.hash ?? '';
    const id = highlightIdFromHash(hash);
    if (!id || hash === shownHash) return;
    shownHash = hash;
    if (show(id)) return;
    const known = records.some((h) => h.id === id);
    toast.show(
      known
        ? msg('saved_not_found_here', 'This saved highlight could not be found on the page as it is now. The popup lists it under “Not found on this page”.')
        : msg('saved_not_in_library', 'This saved highlight is not in your library any more.'),
      'error',
    );
  }

  function facts() {
    const meta = page.results().meta;
    if (meta) return { ...meta, title: meta.title || doc.title };
    const m = readPageMetadata(doc);
    return { title: m.title ?? doc.title, siteName: m.siteName, byline: m.byline, publishedTime: m.publishedTime };
  }

  async function commit(kind: HighlightKind, map: TextMap, start: number, end: number, entities: Entity[]): Promise<SaveOutcome> {
    const url = href();
    const canonical = canonicalLink(doc);
    const h = createHighlight({ kind, text: map, start, end, url, canonicalUrl: canonical, meta: facts(), entities });
    h.target.source = trustedPageKey(url, canonical);
    const raw = await send({ type: 'attache:save-highlight', highlight: h }).catch(() => null);
    const outcome = parseSaveOutcome(raw) ?? { ok: false, error: msg('saved_no_library', 'Attaché could not reach its library. Reload the page and try again.') };
    if (!outcome.ok) {
      toast.show(outcome.full ? outcome.error : msg('saved_not_saved', 'Not saved. $1', [outcome.error]), 'error');
      return outcome;
    }
    records.push(h);
    apply(map, [{ h, start, end }]);
    toast.show(msg('saved_done', 'Saved to your Attaché library: “$1”', [short(outcome.quote)]));
    return outcome;
  }

  const refuse = (error: string): SaveOutcome => {
    toast.show(error, 'error');
    return { ok: false, error };
  };

  /** Saves the reader's current selection. */
  async function saveSelection(): Promise<SaveOutcome> {
    const status = page.results().status;
    if (status === 'disabled') return refuse(msg('saved_off_site', 'Attaché is off on this site (“Never on this site”). Turn it on in the popup to save highlights here.'));
    const sel = doc.getSelection();
    const range = sel && sel.rangeCount ? sel.getRangeAt(0) : null;
    const article = status === 'done' ? page.map() : null;
    const span = selectionSpan(range, article, () => bodyTextMap(doc));
    if (!span.ok) return refuse(span.error);
    const outcome = await commit('selection', span.map, span.start, span.end, span.inArticle ? page.entities() : []);
    if (outcome.ok) sel?.removeAllRanges();
    return outcome;
  }

  /** Saves the mention an entity highlight stands for (data-attache-id is type:key:index). */
  async function saveMention(mark: Element): Promise<SaveOutcome> {
    const id = mark.getAttribute('data-attache-id') ?? '';
    const m = /^(official|country):(.+):(\d+)$/.exec(id);
    const entity = m ? page.entities().find((e) => e.type === m[1] && e.key === m[2]) : undefined;
    const mention = entity && m ? entity.mentions[Number(m[3])] : undefined;
    const map = page.map();
    if (!mention || !map) return refuse(msg('saved_mention_gone', 'This mention is no longer part of the page’s analysis. Reload the page and try again.'));
    return commit('entity', map, mention.start, mention.end, page.entities());
  }

  function onPage(): SavedOnPage {
    const lost = new Set(orphans.map((h) => h.id));
    return {
      pageKey: key(),
      placed: records.filter((h) => !lost.has(h.id)).map(item),
      orphans: orphans.map(item),
      error,
    };
  }

  function handle(msg: SavedContentRequest): Promise<SaveOutcome> | SavedOnPage | { found: boolean } {
    switch (msg.type) {
      case 'attache:save-selection':
        return saveSelection();
      case 'attache:get-saved':
        return onPage();
      case 'attache:show-saved':
        return { found: show(msg.id) };
    }
  }

  return {
    refresh,
    saveSelection,
    saveMention,
    show,
    showFromHash,
    onPage,
    handle,
    dispose: () => {
      generation++;
      try {
        clear();
      } catch {
        /* the page is going away */
      }
    },
  };
}

export type SavedHighlights = ReturnType<typeof createSavedHighlights>;
