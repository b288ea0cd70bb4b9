// Positive controls for the network and error watch (./network-watch.ts) that every session of the
// e2e run carries (./browsers.ts) and that the sweep and the hostile-page suite rely on for "0
// requests, 0 errors": a watch that saw nothing must be one that would have seen something. Requests
// are made on purpose from the extension's own contexts, from code that carries a content script's
// URL, and from the page itself (which must not count). They are then acknowledged as controls, so
// the session's close and the run's ledger do not count them as the extension's; the ledger check
// itself is tested on a made-up ledger.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildDir, launchWithExtension, poll, type BrowserName, type ExtensionSession } from './browsers';
import { article, paragraphs, startPageServer, type PageServer } from './hardening-pages';
import { shouldSkip, tabIdForUrl } from './helpers';
import type { ExtensionWatch } from './network-watch';
import { judgeLedger, type LedgerEntry } from './watch-ledger';

const urls = (w: ExtensionWatch) => w.extensionRequests.map((r) => new URL(r.url).search);

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.skipIf(shouldSkip(name))(`${name}: the network and error watch sees what it must`, () => {
    let server: PageServer;
    let session: ExtensionSession;
    let watch: ExtensionWatch;
    let popup: Page;
    let extensionDir: string | undefined;

    beforeAll(async () => {
      server = await startPageServer({
        '/2024/05/07/story.html': { body: article({ body: paragraphs(8) }) },
        // Readable from any origin, so a failed fetch never hides whether the request went out.
        '/canary': { body: 'ok', headers: { 'access-control-allow-origin': '*' } },
      });
      if (name === 'firefox') {
        // Only here, in a copy (the watch is what this file tests): a host permission for the test
        // server, so that tabs.executeScript may run code in a tab's content-script sandbox, and one for
        // a web address, without which Firefox refuses a content script's request before it leaves.
        extensionDir = mkdtempSync(path.join(tmpdir(), 'attache-firefox-watch-ext-'));
        cpSync(buildDir(name), extensionDir, { recursive: true });
        const manifestPath = path.join(extensionDir, 'manifest.json');
        const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
        writeFileSync(manifestPath, JSON.stringify({ ...manifest, permissions: [...manifest.permissions, 'http://127.0.0.1/*', 'http://control.attache.invalid/*'] }));
      }
      session = await launchWithExtension(name, { extensionDir });
      watch = session.watch;
      popup = await session.openExtensionPage('popup.html');
    });

    afterAll(async () => {
      // The requests made on purpose here are controls; anything else the extension sent still fails close().
      watch?.acknowledge((u) => new URL(u).pathname === '/canary');
      await session?.close();
      await server?.close();
      if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
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

    it.runIf(name === 'firefox')(
      'in a page: a request to the web from the extension’s content-script world counts, the page’s own does not',
      async () => {
        const page = await session.browser.newPage();
        const url = `${server.origin}/2024/05/07/story.html`;
        await page.goto(url, { waitUntil: 'load' });
        await poll(() => page.evaluate(() => document.querySelectorAll('mark.attache-hl').length > 0), 10_000, 'highlights');
        await page.evaluate((u: string) => fetch(u).then((r) => r.text()), `${server.origin}/canary?from=page`);
        const tabId = await poll(() => tabIdForUrl(popup, url), 10_000, 'the tab id');
        // tabs.executeScript runs code in the same sandbox as the content script (Firefox MV2), and
        // Firefox gives the watch no other handle on that world.
        const answer = await popup.evaluate(async (id: number, u: string) => {
          const g = globalThis as any;
          return g.browser.tabs.executeScript(id, { code: `fetch(${JSON.stringify(u)}).then((r) => r.status, (e) => String(e))` });
        }, tabId, 'http://control.attache.invalid/canary?from=content-script');
        // The sink proxy's answer: the request did go out.
        expect(answer).toEqual([502]);
        // Neither BiDi nor the page's Resource Timing shows it: the sink proxy does.
        await poll(async () => {
          await watch.collect();
          return urls(watch).includes('?from=content-script');
        }, 5000, 'the content script request in the watch');
        expect(urls(watch)).not.toContain('?from=page');
        expect(watch.allRequests.map((r) => new URL(r.url).search)).toContain('?from=page');
        await page.close();
      },
    );

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

describe('the run’s ledger of watched sessions', () => {
  const entry = (over: Partial<LedgerEntry>): LedgerEntry => ({
    file: 'tests/e2e/x.e2e.test.ts',
    browser: 'chromium',
    requestsSeen: 10,
    extensionRequests: [],
    controlsSent: 1,
    controlsCaught: 1,
    acknowledged: 0,
    disconnected: false,
    problem: null,
    ...over,
  });

  it('passes a clean run and sums it up', () => {
    const { summary, failures } = judgeLedger([entry({}), entry({ browser: 'firefox', controlsSent: 2, controlsCaught: 2 })], true);
    expect(failures).toEqual([]);
    expect(summary).toContain('2 sessions watched (chromium 1, firefox 1), 20 requests seen, 0 by the extension; controls caught 3/3');
  });

  it('fails on any request by the extension, on a missed control, and on a CI run that watched nothing', () => {
    const { failures } = judgeLedger(
      [
        entry({ extensionRequests: [{ url: 'https://tracker.example/p', from: 'service_worker' }] }),
        entry({ browser: 'firefox', controlsCaught: 0, problem: 'the network watch missed 1 of its 1 control requests' }),
      ],
      true,
    );
    expect(failures).toEqual([
      'chromium tests/e2e/x.e2e.test.ts: the extension requested https://tracker.example/p (service_worker)',
      'firefox tests/e2e/x.e2e.test.ts: the network watch missed 1 of its 1 control requests',
    ]);
    expect(judgeLedger([], true).failures).toEqual(['no browser session was watched (CI=true)']);
    expect(judgeLedger([], false).failures).toEqual([]);
  });
});
