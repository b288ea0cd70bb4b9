// The content script: runs on every http(s) page at document_idle. Detection comes first inside
// the pipeline, so on most pages this costs one cheap check and stops. Glue only: the work is in
// lib/ (pipeline, highlight) and ./controller; this file wires them to `browser.runtime`.
import { browser } from 'wxt/browser';
import { analyzeDocument } from '@/lib/pipeline';
import { applyHighlights } from '@/lib/highlight/highlight';
import { isFromExtension, parseContentRequest } from '@/lib/messages';
import { createController } from './controller';
import './style.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Frames have their own documents; the article is in the top one.
    if (window.top !== window) return;
    let controller;
    try {
      controller = createController({
        doc: document,
        analyze: (doc, opts) => analyzeDocument(doc, { ...opts, clock: () => performance.now() }),
        highlight: (map, marks, doc) => applyHighlights(map, marks, doc),
        report: (count, isArticle) => {
          browser.runtime.sendMessage({ type: 'attache:page-results', count, isArticle }).catch(() => {});
        },
        now: () => performance.now(),
      });
    } catch {
      return;
    }
    const page = controller;

    browser.runtime.onMessage.addListener((raw: unknown, sender) => {
      if (!isFromExtension(sender, browser.runtime.id)) return;
      const msg = parseContentRequest(raw);
      if (!msg) return;
      try {
        return Promise.resolve(page.handle(msg));
      } catch {
        return; // never let a failure escape into the page; the popup shows "unavailable"
      }
    });
    ctx.onInvalidated(() => page.dispose());

    page.run(false);
  },
});
