// Issue 2 acceptance in real headless Chromium and Firefox ESR: the built extension on the
// reference page served from localhost. Expected officials and countries come from the gold file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, poll, SHARED_DIR, type BrowserName, type ExtensionSession } from './browsers';
import {
  badgeText,
  bodyNowAndOriginal,
  pageResults,
  readMarks,
  readPopupRows,
  screenshot,
  seriousA11yViolations,
  shouldSkip,
  tabIdForUrl,
} from './helpers';
import { startStaticServer, type StaticServer } from './static-server';

interface GoldOfficial {
  name: string;
  aliases: string[];
  country: string;
  roles: string[];
}
const gold = JSON.parse(readFileSync(path.join(SHARED_DIR, 'corpus/gold/ichongqing-envoys.json'), 'utf8')) as {
  countries: string[];
  officials: GoldOfficial[];
};
const regionName = new Intl.DisplayNames(['en'], { type: 'region' });
const FIXTURE = '/fixtures/ichongqing-envoys.html';

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.skipIf(shouldSkip(name))(`${name}: reference page`, () => {
    let server: StaticServer;
    let session: ExtensionSession;
    let article: Page;
    let popup: Page;
    let tabId: number;
    let url: string;

    beforeAll(async () => {
      server = await startStaticServer(SHARED_DIR);
      session = await launchWithExtension(name);
      url = server.origin + FIXTURE;
      article = await session.browser.newPage();
      await article.setViewport({ width: 1100, height: 700 });
      await article.goto(url, { waitUntil: 'load' });
      await poll(async () => (await readMarks(article)).length > 0, 20_000, 'highlights in the article');
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it('highlights exactly the gold officials, with every later mention of them', async () => {
      const marks = (await readMarks(article)).filter((m) => m.type === 'official');
      const forms = new Set(gold.officials.flatMap((o) => [o.name, ...o.aliases]));
      for (const m of marks) expect(forms, `unexpected official highlight "${m.text}"`).toContain(m.text);
      const fullNames = new Set(marks.map((m) => m.text).filter((t) => gold.officials.some((o) => o.name === t)));
      expect([...fullNames].sort()).toEqual(gold.officials.map((o) => o.name).sort());
      expect(new Set(marks.map((m) => m.key)).size).toBe(gold.officials.length);

      // Every occurrence of a name or short form in the article's paragraphs carries a highlight.
      const inParagraphs = await article.evaluate((names: string[]) => {
        // Longest form first, so "Yuan" inside "Yuan Jiajun" is not counted on its own.
        const alt = [...names].sort((a, b) => b.length - a.length).join('|');
        const re = new RegExp(`(?<![\\p{L}-])(?:${alt})(?![\\p{L}-])`, 'gu');
        const text = [...document.querySelectorAll('.content p')].map((p) => p.textContent).join('\n');
        const counts: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
        for (const m of text.matchAll(re)) counts[m[0]]++;
        return counts;
      }, [...forms]);
      const highlightedInParagraphs = await article.evaluate(() =>
        [...document.querySelectorAll('.content p mark.attache-hl[data-attache-type="official"]')].map((m) => m.textContent),
      );
      for (const [form, n] of Object.entries(inParagraphs)) {
        expect(highlightedInParagraphs.filter((t) => t === form).length, `mentions of "${form}"`).toBe(n);
      }
    });

    it('highlights the 14 gold countries, Guinea-Bissau and Guinea once each', async () => {
      const marks = (await readMarks(article)).filter((m) => m.type === 'country');
      expect([...new Set(marks.map((m) => m.key))].sort()).toEqual([...gold.countries].sort());
      expect(marks.filter((m) => m.key === 'GW').map((m) => m.text)).toEqual(['Guinea-Bissau']);
      expect(marks.filter((m) => m.key === 'GN').map((m) => m.text)).toEqual(['Guinea']);
      // A mark never contains part of another: "Guinea" inside "Guinea-Bissau" is not a second highlight.
      const nested = await article.evaluate(() => document.querySelectorAll('mark.attache-hl mark.attache-hl').length);
      expect(nested).toBe(0);
    });

    it('highlights nothing outside the article (footer, cookie notice, "More" box, header)', async () => {
      const outside = (await readMarks(article)).filter((m) => m.region !== null);
      expect(outside).toEqual([]);
      await screenshot(article, `${name}-article-highlighted`);
    });

    it('the popup lists the officials with office and country, and the countries; badge matches', async () => {
      const helper = await session.openExtensionPage('popup.html');
      tabId = await poll(() => tabIdForUrl(helper, url), 10_000, 'the article tab id');
      await helper.close();
      popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
      await popup.setViewport({ width: 380, height: 640 });
      await poll(async () => (await readPopupRows(popup)).length > 0, 10_000, 'popup rows');
      const rows = await readPopupRows(popup);
      const results = await pageResults(popup, tabId);
      console.info(`[e2e] ${name}: content script analysed and highlighted the page in ${results.ms.toFixed(0)} ms`);

      const officials = rows.filter((r) => r.type === 'official');
      expect(officials.map((r) => r.name).sort()).toEqual(gold.officials.map((o) => o.name).sort());
      for (const r of officials) {
        const g = gold.officials.find((o) => o.name === r.name)!;
        expect(r.country).toBe(regionName.of(g.country));
        expect(
          g.roles.some((role) => r.office?.toLowerCase().includes(role.toLowerCase())),
          `office "${r.office}" of ${r.name}`,
        ).toBe(true);
      }
      const countries = rows.filter((r) => r.type === 'country');
      expect(countries.map((r) => r.key).sort()).toEqual([...gold.countries].sort());
      // Sorted by mentions, most first.
      const counts = countries.map((r) => parseInt(r.count, 10));
      expect(counts).toEqual([...counts].sort((a, b) => b - a));

      expect(await badgeText(popup, tabId)).toBe(String(rows.length));
      await screenshot(popup, `${name}-popup`);
      expect(await seriousA11yViolations(popup)).toEqual([]);
    });

    it('activating an entry (keyboard) scrolls to its mentions in turn and flashes them', async () => {
      const rows = await readPopupRows(popup);
      const target = rows.filter((r) => r.type === 'country').find((r) => parseInt(r.count, 10) >= 2) ?? rows[0];
      const total = parseInt(target.count, 10);
      const sel = `button[data-entity-type="${target.type}"][data-entity-key="${target.key}"]`;
      const flashed = () =>
        article.evaluate(
          (t: string, k: string) =>
            [...document.querySelectorAll('mark.attache-hl.attache-flash')].filter(
              (m) => m.getAttribute('data-attache-type') === t && m.getAttribute('data-attache-key') === k,
            ).length,
          target.type,
          target.key,
        );
      const seen: number[] = [];
      for (let i = 1; i <= Math.min(total, 3); i++) {
        await popup.focus(sel);
        await popup.keyboard.press('Enter');
        await poll(
          async () => (await popup.$eval(sel, (b) => b.querySelector('.entity-count')?.textContent)) === `${i}/${total} mentions`,
          5000,
          `popup position ${i}/${total}`,
        );
        await poll(flashed, 5000, 'a flashed highlight');
        seen.push(
          await article.evaluate(() => {
            const on = document.querySelector('mark.attache-flash')!;
            const sel = `mark.attache-hl[data-attache-type="${on.getAttribute('data-attache-type')}"]`;
            return [...document.querySelectorAll(sel)].filter((m) => m.getAttribute('data-attache-key') === on.getAttribute('data-attache-key')).indexOf(on);
          }),
        );
        // Wait for the flash to end so the next one is seen as new.
        await poll(async () => (await flashed()) === 0, 5000, 'the flash to end');
      }
      // Each activation shows the next mention, in page order.
      expect(seen).toEqual(seen.map((_, i) => seen[0] + i));

      // An official near the end of the article: the page scrolls down to it.
      const last = rows.filter((r) => r.type === 'official').at(-1)!;
      await article.evaluate(() => window.scrollTo(0, 0));
      await popup.click(`button[data-entity-type="official"][data-entity-key="${last.key}"]`);
      await poll(() => article.evaluate(() => window.scrollY > 0), 5000, 'the article to scroll');
    });

    it('turning highlights off restores document.body.innerHTML exactly; on brings them back', async () => {
      const before = (await readMarks(article)).length;
      expect(before).toBeGreaterThan(0);
      const highlighted = await bodyNowAndOriginal(article);
      expect(highlighted.now).not.toBe(highlighted.original);

      await popup.click('input[role="switch"]');
      await poll(async () => (await readMarks(article)).length === 0, 5000, 'highlights removed');
      const off = await bodyNowAndOriginal(article);
      expect(off.now).toBe(off.original);
      expect(await popup.$eval('input[role="switch"]', (i) => (i as HTMLInputElement).checked)).toBe(false);

      await popup.click('input[role="switch"]');
      await poll(async () => (await readMarks(article)).length === before, 5000, 'highlights restored');
    });
  });
}
