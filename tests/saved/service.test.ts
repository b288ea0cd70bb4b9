// @vitest-environment node
// The background's side: saves and lists through the library, only for a content script in a tab
// and only for its own site; a full disk comes back as a message fit to show; the menu and the
// shortcut ask the right tab to save.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageFullError } from '../../lib/saved/errors';
import { handleSavedRequest, libraryOpener, SAVE_COMMAND, SAVE_MENU_ID, startSavedHighlights } from '../../lib/saved/service';
import { openLibrary, type LibraryStore } from '../../lib/saved/store';
import { highlight } from './fixtures';

const stores: LibraryStore[] = [];
const fresh = () =>
  libraryOpener(async () => {
    const s = await openLibrary({ indexedDB: new IDBFactory(), name: 'svc' });
    stores.push(s);
    return s;
  });
afterEach(() => stores.splice(0).forEach((s) => s.close()));

const PAGE = 'https://www.news.example/world/accord?utm_source=x';
const fromTab = { id: 'ext', url: PAGE, tab: { id: 4, url: PAGE } };
const save = (h: unknown) => ({ type: 'attache:save-highlight', highlight: h });
const list = (url = PAGE, canonical: string | null = 'https://news.example/world/accord') => ({ type: 'attache:list-highlights', url, canonical });

describe('handleSavedRequest', () => {
  it('saves a highlight and lists it for any address of the same article', async () => {
    const open = fresh();
    const h = highlight();
    expect(await handleSavedRequest(save(h), fromTab, open)).toEqual({ ok: true, id: h.id, quote: h.target.selectors[0].exact });
    const answer = await handleSavedRequest(list('https://news.example/world/accord#x', null), { ...fromTab, url: 'https://news.example/world/accord#x' }, open);
    expect(answer).toEqual({ ok: true, highlights: [h] });
  });

  it('answers nothing to other messages and to senders outside a tab', async () => {
    const open = fresh();
    expect(await handleSavedRequest({ type: 'attache:page-results', count: 1, isArticle: true }, fromTab, open)).toBeNull();
    expect(await handleSavedRequest(save(highlight()), { id: 'ext', url: PAGE }, open)).toBeNull();
  });

  it('refuses a malformed record with a message', async () => {
    const out = await handleSavedRequest(save({ ...highlight(), tags: 'x' }), fromTab, fresh());
    expect(out).toMatchObject({ ok: false });
  });

  it('refuses a highlight for another site than the sender’s, and a list of another site', async () => {
    const open = fresh();
    const other = { id: 'ext', url: 'https://evil.example/', tab: { id: 5, url: 'https://evil.example/' } };
    expect(await handleSavedRequest(save(highlight()), other, open)).toMatchObject({ ok: false });
    expect(await handleSavedRequest(list(), other, open)).toMatchObject({ ok: false });
    expect((await (await open()).count())).toBe(0);
  });

  it('refuses a record whose page key does not follow from its addresses', async () => {
    const h = highlight();
    h.target.source = 'https://news.example/another-story';
    expect(await handleSavedRequest(save(h), fromTab, fresh())).toMatchObject({ ok: false });
  });

  it('a full library gives the reader’s message and full: true, and nothing is written', async () => {
    const open = fresh();
    const store = await open();
    vi.spyOn(store, 'put').mockRejectedValueOnce(new StorageFullError());
    const out = await handleSavedRequest(save(highlight()), fromTab, open);
    expect(out).toEqual({ ok: false, error: new StorageFullError().message, full: true });
    expect(await store.count()).toBe(0);
  });

  it('a library that cannot open is reported, and opened again on the next request', async () => {
    let calls = 0;
    const open = libraryOpener(async () => {
      calls++;
      if (calls === 1) throw new Error('blocked');
      const s = await openLibrary({ indexedDB: new IDBFactory(), name: 'retry' });
      stores.push(s);
      return s;
    });
    expect(await handleSavedRequest(list(), fromTab, open)).toMatchObject({ ok: false });
    expect(await handleSavedRequest(list(), fromTab, open)).toEqual({ ok: true, highlights: [] });
  });
});

describe('startSavedHighlights', () => {
  function fakeApi() {
    const hooks: Record<string, (...a: any[]) => any> = {};
    const api = {
      runtime: { id: 'ext', onMessage: { addListener: (fn: any) => (hooks.message = fn) } },
      tabs: { sendMessage: vi.fn(async () => ({})), query: vi.fn(async () => [{ id: 9 }]) },
      contextMenus: {
        removeAll: vi.fn(async () => {}),
        create: vi.fn(),
        onClicked: { addListener: (fn: any) => (hooks.menu = fn) },
      },
      commands: { onCommand: { addListener: (fn: any) => (hooks.command = fn) } },
    };
    return { api, hooks };
  }

  it('creates the selection menu item; a click asks that tab to save its selection', async () => {
    const { api, hooks } = fakeApi();
    startSavedHighlights(api, fresh());
    await vi.waitFor(() => expect(api.contextMenus.create).toHaveBeenCalledWith(expect.objectContaining({ id: SAVE_MENU_ID, contexts: ['selection'] })));
    hooks.menu({ menuItemId: SAVE_MENU_ID }, { id: 3 });
    hooks.menu({ menuItemId: 'something-else' }, { id: 3 });
    expect(api.tabs.sendMessage).toHaveBeenCalledTimes(1);
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(3, { type: 'attache:save-selection' });
  });

  it('the shortcut asks the active tab', async () => {
    const { api, hooks } = fakeApi();
    startSavedHighlights(api, fresh());
    hooks.command('toggle-highlights');
    hooks.command(SAVE_COMMAND);
    await vi.waitFor(() => expect(api.tabs.sendMessage).toHaveBeenCalledWith(9, { type: 'attache:save-selection' }));
    expect(api.tabs.sendMessage).toHaveBeenCalledTimes(1);
  });

  it('the message listener ignores other extensions and other message types', async () => {
    const { api, hooks } = fakeApi();
    startSavedHighlights(api, fresh());
    expect(hooks.message(list(), { ...fromTab, id: 'someone-else' })).toBeUndefined();
    expect(hooks.message({ type: 'attache:page-results', count: 0, isArticle: false }, fromTab)).toBeUndefined();
    await expect(hooks.message(list(), fromTab)).resolves.toEqual({ ok: true, highlights: [] });
  });
});
