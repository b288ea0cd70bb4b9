// The background's side of saved highlights: it owns the library (IndexedDB lives in the
// extension's origin, which content scripts cannot open), answers the content scripts' save and list
// requests, and turns the context menu and the keyboard shortcut into a "save the selection" request
// to the tab. The browser API is passed in (structurally typed), so this is tested without a browser.
import { StorageFullError } from './errors';
import {
  parseSavedBackgroundRequest,
  sameSite,
  trustedPageKey,
  type ListAnswer,
  type SavedBackgroundRequest,
  type SaveOutcome,
} from './messages';
import type { LibraryStore } from './store';

export const SAVE_COMMAND = 'save-selection';
export const SAVE_MENU_ID = 'attache-save-selection';
export const SAVE_SELECTION_REQUEST = { type: 'attache:save-selection' } as const;

/** What the background knows about who sent a message. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

const FAILED = 'Attaché could not reach its library. Try again; if it keeps failing, reload the extension.';

/**
 * Answers one request from a content script; null when it is not one of these requests (another
 * listener may answer it). Only a content script in a tab may save or list, and only for its own site.
 */
export async function handleSavedRequest(raw: unknown, sender: SenderInfo, open: () => Promise<LibraryStore>): Promise<SaveOutcome | ListAnswer | null> {
  const msg: SavedBackgroundRequest | null = parseSavedBackgroundRequest(raw);
  if (!msg) {
    const t = (raw as { type?: unknown } | null)?.type;
    if (t === 'attache:save-highlight') return { ok: false, error: 'This highlight could not be saved: its record is malformed.' };
    return null;
  }
  const from = sender.url ?? sender.tab?.url;
  if (!from || sender.tab?.id === undefined) return null;
  if (msg.type === 'attache:list-highlights') {
    if (!sameSite(msg.url, from)) return { ok: false, error: 'Not this page’s site.' };
    try {
      const store = await open();
      return { ok: true, highlights: await store.listByPage(trustedPageKey(msg.url, msg.canonical)) };
    } catch {
      return { ok: false, error: FAILED };
    }
  }
  const h = msg.highlight;
  if (!sameSite(h.target.url, from) || h.target.source !== trustedPageKey(h.target.url, h.target.canonicalUrl)) {
    return { ok: false, error: 'This highlight does not belong to the page it was sent from.' };
  }
  try {
    const store = await open();
    await store.put(h);
    return { ok: true, id: h.id, quote: h.target.selectors[0].exact };
  } catch (err) {
    if (err instanceof StorageFullError) return { ok: false, error: err.message, full: true };
    return { ok: false, error: FAILED };
  }
}

/** Opens the library once and keeps it; a failed open is retried on the next request. */
export function libraryOpener(openLibrary: () => Promise<LibraryStore>): () => Promise<LibraryStore> {
  let pending: Promise<LibraryStore> | null = null;
  return () => {
    pending ??= openLibrary().catch((err) => {
      pending = null;
      throw err;
    });
    return pending;
  };
}

type Listener<A extends unknown[], R = void> = { addListener(fn: (...args: A) => R): void };

/** The parts of `browser` this module uses. */
export interface SavedBackgroundApi {
  runtime: { id: string; onMessage: Listener<[unknown, SenderInfo], Promise<unknown> | undefined> };
  tabs: { sendMessage(tabId: number, msg: unknown): Promise<unknown>; query(q: { active: true; currentWindow: true }): Promise<{ id?: number }[]> };
  contextMenus?: {
    removeAll(): Promise<void>;
    create(props: { id: string; title: string; contexts: ['selection'] }): unknown;
    onClicked: Listener<[{ menuItemId: string | number }, { id?: number } | undefined]>;
  };
  commands?: { onCommand: Listener<[string]> };
}

/** Asks a tab's content script to save its selection; false when the tab has none (a browser page). */
export async function saveInTab(api: Pick<SavedBackgroundApi, 'tabs'>, tabId: number | undefined): Promise<boolean> {
  if (tabId === undefined || tabId < 0) return false;
  try {
    await api.tabs.sendMessage(tabId, SAVE_SELECTION_REQUEST);
    return true;
  } catch {
    return false;
  }
}

/** Wires the menu item, the shortcut and the message listener. */
export function startSavedHighlights(api: SavedBackgroundApi, open: () => Promise<LibraryStore>): void {
  api.runtime.onMessage.addListener((raw, sender) => {
    if (!sender || sender.id !== api.runtime.id) return undefined;
    const type = (raw as { type?: unknown } | null)?.type;
    if (type !== 'attache:save-highlight' && type !== 'attache:list-highlights') return undefined;
    return handleSavedRequest(raw, sender, open);
  });
  const menus = api.contextMenus;
  if (menus) {
    // Every start (an MV3 worker starts often): remove first, so the id is never a duplicate.
    void menus
      .removeAll()
      .then(() => menus.create({ id: SAVE_MENU_ID, title: 'Save highlight in Attaché', contexts: ['selection'] }))
      .catch(() => {});
    menus.onClicked.addListener((info, tab) => {
      if (info.menuItemId === SAVE_MENU_ID) void saveInTab(api, tab?.id);
    });
  }
  api.commands?.onCommand.addListener((command) => {
    if (command !== SAVE_COMMAND) return;
    void api.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => saveInTab(api, tab?.id))
      .catch(() => {});
  });
}
