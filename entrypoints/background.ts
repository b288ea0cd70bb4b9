// The background keeps the toolbar badge: the number of entities the content script found on each
// tab. It holds no state of its own (an MV3 service worker may be stopped at any time); the badge is
// set per tab, and both Chrome and Firefox reset a tab's badge when that tab navigates to a new
// document, so a page Attaché cannot read never shows the previous page's count. It also relays
// the keyboard shortcut (commands API) to the active tab's content script.
import { browser } from 'wxt/browser';
import { isFromExtension, parseBackgroundRequest } from '@/lib/messages';
import { languagePackRequest } from '@/lib/entities/language-pack';
import { languagePack } from '@/lib/entities/data/packs';
import { openLibrary } from '@/lib/saved/store';
import { libraryOpener, startSavedHighlights } from '@/lib/saved/service';

export default defineBackground(() => {
  // MV3 (Chrome) has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;

  const setBadge = (tabId: number, count: number) => {
    const text = count > 0 ? (count > 999 ? '999+' : String(count)) : '';
    action.setBadgeText({ tabId, text }).catch(() => {});
    if (text) action.setBadgeBackgroundColor({ tabId, color: '#1f4e79' }).catch(() => {});
  };

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!isFromExtension(sender, browser.runtime.id)) return;
    // A content script on an article asks for the word lists of English and the page's language (issues 7, 8).
    const lang = languagePackRequest(raw);
    if (lang) return languagePack(lang);
    const msg = parseBackgroundRequest(raw);
    const tabId = sender.tab?.id;
    // Only content scripts (which run in a tab) report page results.
    if (!msg || tabId === undefined || tabId < 0) return;
    setBadge(tabId, msg.count);
  });

  browser.commands?.onCommand.addListener((command) => {
    if (command === TOGGLE_COMMAND) void toggleActiveTab(browser);
  });

  // Saved highlights (issue 5): the background owns the library; menu item and shortcut save the selection.
  startSavedHighlights(browser, libraryOpener(() => openLibrary()));
});

/** The name of the shortcut in wxt.config.ts's `commands`. */
export const TOGGLE_COMMAND = 'toggle-highlights';

type TabsApi = {
  tabs: {
    query(q: { active: true; currentWindow: true }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, msg: unknown): Promise<unknown>;
  };
};

/** Asks the active tab's content script to switch its highlights; a tab without one is left alone. */
export async function toggleActiveTab(api: TabsApi): Promise<boolean> {
  try {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return false;
    await api.tabs.sendMessage(tab.id, { type: 'attache:toggle-highlights' });
    return true;
  } catch {
    return false; // a browser page, or a page opened before install: nothing to toggle
  }
}
