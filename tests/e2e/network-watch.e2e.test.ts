// Positive controls for the network and error watch (./network-watch.ts) that the sweep and the
// hostile-page suite rely on for "0 requests, 0 errors": a watch that saw nothing must be one that
// would have seen something. Requests are made on purpose from the extension's own contexts, from
// code that carries a content script's URL, and from the page itself (which must not count).
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, poll, type BrowserName, type ExtensionSession } from './browsers';
import { article, paragraphs, startPageServer, type PageServer } from './hardening-pages';
import { shouldSkip } from './helpers';
import { watchExtension, type ExtensionWatch } from './network-watch';

const urls = (w: ExtensionWatch) => w.extensionRequests.map((r) => new URL(r.url).search);

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.skipIf(shouldSkip(name))(`${name}: the network and error watch sees what it must`, () => {
    let server: PageServer;
    let session: ExtensionSession;
    let watch: ExtensionWatch;
    let popup: Page;

    beforeAll(async () => {
      server = await startPageServer({
        '/2024/05/07/story.html': { body: article({ body: paragraphs(8) }) },
        // Readable from any origin, so a failed fetch never hides whether the request went out.
        '/canary': { body: 'ok', headers: { 'access-control-allow-origin': '*' } },
      });
      session = await launchWithExtension(name);
      watch = await watchExtension(session);
      popup = await session.openExtensionPage('popup.html');
    });

    afterAll(async () => {
      watch?.stop();
      await session?.close();
      await server?.close();
    });

    it('a request from an extension page counts as the extension’s', async () => {
      await popup.evaluate((u: string) => fetch(u).then((r) => r.text()), `${server.origin}/canary?from=popup`);
      await poll(() => urls(watch).includes('?from=popup'), 5000, 'the popup request in the watch');
    });

    it.runIf(name === 'chromium')('a request from the service worker counts as the extension’s', async () => {
      // An MV3 worker sleeps when idle: any message wakes it (this one is ignored as malformed).
      await popup.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'wake-up' }).catch(() => {}));
      const sw = await session.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(session.extOrigin), { timeout: 10_000 });
      const worker = await sw.worker();
      await worker!.evaluate((u: string) => fetch(u).then((r) => r.text()), `${server.origin}/canary?from=sw`);
      await poll(() => urls(watch).includes('?from=sw'), 5000, 'the service worker request in the watch');
    });

    it.runIf(name === 'firefox')('a request from the background page counts as the extension’s', async () => {
      await popup.evaluate(async (u: string) => {
        const g = globalThis as any;
        const bg = await g.browser.runtime.getBackgroundPage();
        return bg.fetch(u).then((r: Response) => r.text());
      }, `${server.origin}/canary?from=background`);
      expect(server.requests).toContain('/canary');
      // BiDi does not report it (it belongs to no tab): collect() reads the background page's own record.
      await watch.collect();
      expect(urls(watch)).toContain('?from=background');
    });

    it.runIf(name === 'chromium')(
      'in a page: a request from a content script’s code counts, the page’s own does not; a content script error is the extension’s',
      async () => {
        const page = await session.browser.newPage();
        const errors = await watch.page(page);
        await page.goto(`${server.origin}/2024/05/07/story.html`, { waitUntil: 'load' });
        await poll(() => page.evaluate(() => document.querySelectorAll('mark.attache-hl').length > 0), 10_000, 'highlights');
        await page.evaluate((u: string) => fetch(u).then((r) => r.text()), `${server.origin}/canary?from=page`);

        // Run code in the content script's isolated world, named as the content script's file.
        const cdp = await page.createCDPSession();
        const contexts: any[] = [];
        cdp.on('Runtime.executionContextCreated', (e: any) => contexts.push(e.context));
        await cdp.send('Runtime.enable');
        const ext = await poll(() => contexts.find((c) => c.origin?.startsWith(session.extOrigin)), 5000, 'the content script world');
        const asContentScript = (code: string) =>
          cdp.send('Runtime.evaluate', { contextId: ext.id, expression: `${code}\n//# sourceURL=${session.extOrigin}/content-scripts/content.js` });
        await asContentScript(`fetch(${JSON.stringify(`${server.origin}/canary?from=content-script`)})`);
        await asContentScript(`setTimeout(() => { throw new Error('canary thrown in the content script'); }, 0)`);

        await poll(() => urls(watch).includes('?from=content-script'), 5000, 'the content script request in the watch');
        await poll(() => errors.extension.some((e) => e.includes('canary thrown in the content script')), 5000, 'the content script error');
        expect(urls(watch)).not.toContain('?from=page');
        expect(watch.allRequests.map((r) => new URL(r.url).search)).toContain('?from=page');
        expect(errors.page).toEqual([]);
        await cdp.detach();
        await page.close();
      },
    );
  });
}
