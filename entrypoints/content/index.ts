// The content script: runs on every http(s) page once its HTML is parsed (see whenParsed). It reads
// the reader's settings first ("Never on this site" stops it there), then detection comes first
// inside the pipeline, so on most pages this costs one storage read and one cheap check. Glue only:
// the work is in lib/ (pipeline, highlight, settings) and ./controller, ./card, ./late-content,
// ./url-watch; this file wires them to `browser.*` and the page's events.
import { browser } from 'wxt/browser';
import { analyzeDocument } from '@/lib/pipeline';
import { PAGE_LIMITS } from '@/lib/budget';
import { recognize } from '@/lib/entities/recognize';
import { missingData, needsPack, packsNeeded, registerLanguageData } from '@/lib/entities/languages';
import { LANGUAGE_PACK_REQUEST } from '@/lib/entities/language-pack';
import { detectArticle } from '@/lib/detect/detect';
import { documentLang } from '@/lib/lang/detect-lang';
import { applyHighlights } from '@/lib/highlight/highlight';
import { isFromExtension, parseContentRequest } from '@/lib/messages';
import { loadSettings, settingsFromChange } from '@/lib/settings';
import { countryName } from '../popup/country-name';
import { createCard } from './card';
import { cardContent } from './card-content';
import { createController } from './controller';
import { watchLateContent } from './late-content';
import { createUrlWatcher } from './url-watch';
import { startSavedHighlights } from './saved-wiring';
import { onRuntimeMessage } from './listen';
import './style.css';

/** How often the URL is looked at when the page gives no history event (pushState is invisible here). */
const URL_POLL_MS = 1000;
/** A new URL must hold this long before the new article is analysed (apps render around pushState). */
const URL_SETTLE_MS = 400;
/** A page whose HTML is still arriving after this long is analysed as far as it got (and says so). */
const MAX_PARSE_WAIT_MS = 8000;

/**
 * Runs `fn` once the HTML is parsed, or after MAX_PARSE_WAIT_MS if it never is. document_idle would
 * wait for the end of the HTML, which a page that never finishes loading never sends: the content
 * script would never run and the popup would wait forever.
 */
function whenParsed(ctx: { setTimeout(fn: () => void, ms: number): number; addEventListener(t: Document, type: 'DOMContentLoaded', fn: () => void): void }, fn: () => void) {
  if (document.readyState !== 'loading') {
    ctx.setTimeout(fn, 0);
    return;
  }
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    fn();
  };
  // After the page's own DOMContentLoaded handlers, which may still be building the article.
  ctx.addEventListener(document, 'DOMContentLoaded', () => ctx.setTimeout(once, 0));
  ctx.setTimeout(once, MAX_PARSE_WAIT_MS);
}

/**
 * The word lists (English, and the page's language when it has a pack) come from the background,
 * and only for a page that is to be analysed (the controller asks after detection): content scripts
 * cannot load extension chunks, and the bundle stays small (issues 7 and 8). A pack that does not
 * come, or comes malformed, is left out; the pipeline then reports recognition as skipped.
 */
function languageLoader(): (doc: Document) => Promise<void> {
  // Reading the page's language takes about a millisecond (its paragraphs' text, two regex passes);
  // a page analysed again at the same address has the packs it needed, unless one failed to come.
  let readyFor: string | null = null;
  return async (doc) => {
    if (readyFor === doc.URL) return;
    const needed = packsNeeded(documentLang(doc));
    await Promise.all(
      needed.map(async (lang) =>
        registerLanguageData(await browser.runtime.sendMessage({ type: LANGUAGE_PACK_REQUEST, lang }).catch(() => null)),
      ),
    );
    if (!needed.some(needsPack)) readyFor = doc.URL;
  };
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Not document_idle: see whenParsed.
  runAt: 'document_start',
  async main(ctx) {
    // Frames have their own documents; the article is in the top one.
    if (window.top !== window) return;
    const settings = await loadSettings(browser.storage.local);
    if (ctx.isInvalid) return;

    let controller: ReturnType<typeof createController>;
    let saved: ReturnType<typeof startSavedHighlights> | null = null;
    const card = createCard({
      doc: document,
      lookup: (mark) => {
        const entity = controller.entityOf(mark);
        return entity ? cardContent(entity, controller.entities(), countryName) : null;
      },
    });
    try {
      controller = createController({
        doc: document,
        settings,
        analyze: (doc, opts) => analyzeDocument(doc, { ...opts, clock: () => performance.now(), limits: PAGE_LIMITS }),
        detect: (doc, url) => detectArticle(doc, url),
        loadData: languageLoader(),
        recognize: (text, lang) => (missingData() ? [] : recognize(text, { lang })),
        highlight: (map, marks, doc) => applyHighlights(map, marks, doc),
        report: (count, isArticle) => {
          browser.runtime.sendMessage({ type: 'attache:page-results', count, isArticle }).catch(() => {});
        },
        now: () => performance.now(),
        watch: (root, hooks) => watchLateContent({ root, ...hooks, debounceMs: 500, maxWaitMs: 3000 }),
        onHighlights: (present) => (present ? card.attach() : card.detach()),
        // Saved highlights (issue 5) are placed again after every analysis.
        onRun: () => void saved?.refresh().catch(() => {}),
      });
    } catch {
      return;
    }
    const page = controller;
    saved = startSavedHighlights(ctx, page);

    // A handler that throws gives no answer (onRuntimeMessage): the popup shows "unavailable".
    onRuntimeMessage((raw, sender) => {
      if (!isFromExtension(sender, browser.runtime.id)) return;
      const msg = parseContentRequest(raw);
      return msg ? page.handle(msg) : undefined;
    });

    // Settings changed in the options page or another tab's popup: apply them here at once.
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const next = settingsFromChange(changes, area);
      if (next) page.setSettings(next);
    };
    browser.storage.onChanged.addListener(onStorage);

    const urls = createUrlWatcher({
      read: () => location.href,
      onChange: () => void page.navigated(),
      settleMs: URL_SETTLE_MS,
      schedule: (fn, ms) => ctx.setTimeout(fn, ms),
      cancel: (h) => clearTimeout(h as number),
    });
    const check = () => urls.check();
    ctx.addEventListener(window, 'popstate', check);
    ctx.setInterval(check, URL_POLL_MS);
    // The Navigation API (where the browser has it) reports pushState too, without waiting for the timer.
    const nav = (window as unknown as { navigation?: EventTarget }).navigation;
    nav?.addEventListener?.('navigatesuccess', check);

    ctx.onInvalidated(() => {
      urls.stop();
      nav?.removeEventListener?.('navigatesuccess', check);
      browser.storage.onChanged.removeListener(onStorage);
      card.detach();
      page.dispose();
    });

    whenParsed(ctx, () => void page.start(false));
  },
});
