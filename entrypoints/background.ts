// The background keeps the toolbar badge: the number of entities the content script found on each
// tab. It holds no state of its own (an MV3 service worker may be stopped at any time); the badge is
// set per tab, and both Chrome and Firefox reset a tab's badge when that tab navigates to a new
// document, so a page Attaché cannot read never shows the previous page's count.
import { browser } from 'wxt/browser';
import { isFromExtension, parseBackgroundRequest } from '@/lib/messages';

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
    const msg = parseBackgroundRequest(raw);
    const tabId = sender.tab?.id;
    // Only content scripts (which run in a tab) report page results.
    if (!msg || tabId === undefined || tabId < 0) return;
    setBadge(tabId, msg.count);
  });
});
