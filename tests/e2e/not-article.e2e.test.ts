// The popup's other states in real browsers: a page judged not an article (then "Analyze this page
// anyway"), and a tab where no content script runs. The page is generated here: a site's front page
// with a short welcome text that names two countries.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, poll, SHARED_DIR, type BrowserName, type ExtensionSession } from './browsers';
import { badgeText, readMarks, readPopupRows, screenshot, shouldSkip, tabIdForUrl } from './helpers';
import { startStaticServer, type StaticServer } from './static-server';

const FRONT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour Books</title></head>
<body>
<nav><a href="/shop">Shop</a> <a href="/events">Events</a> <a href="/about">About</a></nav>
<div class="welcome">
<p>Welcome to Harbour Books, an independent bookshop by the river. This month our travel shelves
feature walking guides to France and long rail journeys through Germany, with maps, phrasebooks and
cookbooks from both countries. Our reading group meets on Thursdays; everyone is welcome.</p>
<p>Booksellers recommend new fiction every week, and we order any title in print within two days.
Gift cards are available in the shop, and members receive a discount on every purchase.</p>
</div>
<footer>Harbour Books, 1 Quay Street</footer>
</body></html>`;

const popupText = (p: Page) => p.evaluate(() => document.body.innerText);

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.skipIf(shouldSkip(name))(`${name}: popup states`, () => {
    let server: StaticServer;
    let session: ExtensionSession;

    beforeAll(async () => {
      server = await startStaticServer(SHARED_DIR, { '/': FRONT_PAGE });
      session = await launchWithExtension(name);
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it('says a non-article page is not an article, and "Analyze this page anyway" analyses it', async () => {
      const url = `${server.origin}/`;
      const page = await session.browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const helper = await session.openExtensionPage('popup.html');
      const tabId = await poll(() => tabIdForUrl(helper, url), 10_000, 'the page tab id');
      await helper.close();
      expect(await readMarks(page)).toEqual([]);

      const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
      await popup.setViewport({ width: 380, height: 300 });
      await poll(async () => /doesn’t look like a news article/.test(await popupText(popup)), 10_000, 'the not-article note');
      expect(await badgeText(popup, tabId)).toBe('');
      await screenshot(popup, `${name}-popup-not-article`);

      const button = await popup.waitForSelector('::-p-text(Analyze this page anyway)');
      await button!.click();
      await poll(async () => (await readPopupRows(popup)).length > 0, 10_000, 'entities after analysing anyway');
      const keys = (await readPopupRows(popup)).filter((r) => r.type === 'country').map((r) => r.key);
      expect(keys).toEqual(expect.arrayContaining(['FR', 'DE']));
      const marks = await readMarks(page);
      expect(marks.filter((m) => m.type === 'country').map((m) => m.text)).toEqual(expect.arrayContaining(['France', 'Germany']));
      expect(marks.filter((m) => m.region !== null)).toEqual([]);
      expect(Number(await badgeText(popup, tabId))).toBe((await readPopupRows(popup)).length);
    });

    it('in a tab without the content script, the popup says Attaché cannot work there', async () => {
      // Opened on its own, the popup's active tab is the popup page itself: no content script there.
      const popup = await session.openExtensionPage('popup.html');
      await poll(async () => /can’t work on this page/.test(await popupText(popup)), 10_000, 'the unavailable note');
      expect(await popup.$('button.entity')).toBeNull();
    });
  });
}
