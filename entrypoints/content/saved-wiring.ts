// Connects saved highlights (./saved-highlights) to `browser.*` and the page's events: requests from
// the popup and the background (menu, shortcut), the #attache=<id> links of the library page, the
// "Save this mention" button, and clean-up when the extension goes away. Kept out of ./index so the
// content script's entry only gains a few lines.
import { browser } from 'wxt/browser';
import { isFromExtension } from '@/lib/messages';
import { parseSavedContentRequest } from '@/lib/saved/messages';
import { createSavedHighlights, type SavedPage } from './saved-highlights';
import { createMentionAction, createToast } from './saved-ui';
import { onRuntimeMessage } from './listen';

interface Ctx {
  addEventListener(target: Window, type: 'hashchange', fn: () => void): void;
  onInvalidated(fn: () => void): void;
}

export function startSavedHighlights(ctx: Ctx, page: SavedPage) {
  const toast = createToast(document);
  const saved = createSavedHighlights({
    doc: document,
    page,
    send: (msg) => browser.runtime.sendMessage(msg),
    toast,
  });
  const action = createMentionAction(document, (mark) => void saved.saveMention(mark));
  action.attach();

  onRuntimeMessage((raw, sender) => {
    if (!isFromExtension(sender, browser.runtime.id)) return;
    const msg = parseSavedContentRequest(raw);
    if (!msg) return;
    return Promise.resolve(saved.handle(msg)).catch((err: unknown) => ({
      ok: false,
      error: err instanceof Error ? err.message : 'The highlight could not be saved.',
    }));
  });
  ctx.addEventListener(window, 'hashchange', () => saved.showFromHash());
  ctx.onInvalidated(() => {
    action.detach();
    toast.hide();
    saved.dispose();
  });
  return saved;
}
