// Issue 7 acceptance for the world map, in real headless Chromium and Firefox ESR: on the
// reference page the popup's map shades exactly the countries the popup lists (Malta, too small for
// the 110m shapes, as a dot); a click narrows the lists to that country and its officials.
// Screenshots go to e2e-artifacts/screenshots/ for review.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, poll, SHARED_DIR, type BrowserName, type ExtensionSession } from './browsers';
import { readMarks, readPopupRows, screenshot, seriousA11yViolations, shouldSkip, tabIdForUrl } from './helpers';
import { startStaticServer, type StaticServer } from './static-server';

const FIXTURE = '/fixtures/ichongqing-envoys.html';

const shadedCodes = (popup: Page) =>
  popup.evaluate(() => [...document.querySelectorAll<SVGElement>('.world-map [role="button"]')].map((e) => e.dataset.code ?? ''));

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.skipIf(shouldSkip(name))(`${name}: world map`, () => {
    let server: StaticServer;
    let session: ExtensionSession;
    let popup: Page;

    beforeAll(async () => {
      server = await startStaticServer(SHARED_DIR);
      session = await launchWithExtension(name);
      const url = server.origin + FIXTURE;
      const article = await session.browser.newPage();
      await article.goto(url, { waitUntil: 'load' });
      await poll(async () => (await readMarks(article)).length > 0, 20_000, 'highlights in the article');
      const helper = await session.openExtensionPage('popup.html');
      const tabId = await poll(() => tabIdForUrl(helper, url), 10_000, 'the article tab id');
      await helper.close();
      popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
      await popup.setViewport({ width: 380, height: 900 });
      await poll(async () => (await readPopupRows(popup)).length > 0, 10_000, 'popup rows');
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it("renders, and its shaded countries equal the popup's country list", async () => {
      await poll(async () => (await shadedCodes(popup)).length > 0, 10_000, 'the map');
      const listed = (await readPopupRows(popup)).filter((r) => r.type === 'country').map((r) => r.key);
      const shaded = await shadedCodes(popup);
      expect(shaded.length).toBeGreaterThan(5);
      expect([...shaded].sort()).toEqual([...listed].sort());
      // Drawn for real: the shapes have a size on screen, and Malta is a dot.
      const box = await popup.$eval('.world-map svg', (s) => s.getBoundingClientRect().width);
      expect(box).toBeGreaterThan(200);
      expect(await popup.$('.world-map circle[data-code="MT"]')).not.toBeNull();
      const label = await popup.$eval('.world-map [data-code="CN"]', (e) => e.getAttribute('aria-label'));
      expect(label).toMatch(/^China: \d+ mentions?$/);
      await screenshot(popup, `${name}-map-popup`);
      expect(await seriousA11yViolations(popup)).toEqual([]);
    });

    it('a click on a country narrows the lists to it and its officials; Show all brings them back', async () => {
      const before = await readPopupRows(popup);
      await popup.click('.world-map [data-code="AL"]');
      await poll(async () => (await readPopupRows(popup)).length < before.length, 5000, 'the lists to narrow');
      const rows = await readPopupRows(popup);
      expect(rows.filter((r) => r.type === 'country').map((r) => r.key)).toEqual(['AL']);
      for (const r of rows.filter((r) => r.type === 'official')) expect(r.country).toBe('Albania');
      expect(rows.some((r) => r.type === 'official')).toBe(true);
      await screenshot(popup, `${name}-map-popup-albania`);
      await popup.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Show all')?.click());
      await poll(async () => (await readPopupRows(popup)).length === before.length, 5000, 'the full lists');
    });
  });
}
