// Issue 7 acceptance for the world map, in real headless Chromium and Firefox ESR: on the
// reference page the popup's map shades exactly the countries the popup lists (Malta, too small for
// the 110m shapes, as a dot); a click narrows the lists to that country and its officials. Then
// paragraphs of the page are saved through the content script's save path, and the library page's
// map shades exactly the countries highlighted inside them, with a count per country; hover names
// and counts, a click filters the list. Screenshots go to e2e-artifacts/screenshots/ for review.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, poll, SHARED_DIR, type BrowserName, type ExtensionSession } from './browsers';
import { readMarks, readPopupRows, screenshot, seriousA11yViolations, shouldSkip, tabIdForUrl } from './helpers';
import { startStaticServer, type StaticServer } from './static-server';

const FIXTURE = '/fixtures/ichongqing-envoys.html';

/** The country highlights inside the `n` first article paragraphs that have any, one list per paragraph. */
function paragraphCountries(article: Page, n: number): Promise<string[][]> {
  return article.evaluate((n: number) => {
    const ps = [...document.querySelectorAll('p')].filter(
      (p) => !p.closest('header, footer, nav, aside') && p.querySelector('mark.attache-hl[data-attache-type="country"]'),
    );
    return ps.slice(0, n).map((p) => [
      ...new Set([...p.querySelectorAll('mark.attache-hl[data-attache-type="country"]')].map((m) => m.getAttribute('data-attache-key')!.toUpperCase())),
    ]);
  }, n);
}

/** Selects the whole text of the i-th such paragraph (first to last text node), as a reader would. */
function selectParagraph(article: Page, i: number): Promise<string> {
  return article.evaluate((i: number) => {
    const p = [...document.querySelectorAll('p')].filter(
      (p) => !p.closest('header, footer, nav, aside') && p.querySelector('mark.attache-hl[data-attache-type="country"]'),
    )[i];
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let t = walker.nextNode(); t; t = walker.nextNode()) if ((t as Text).data.trim()) texts.push(t as Text);
    const r = document.createRange();
    r.setStart(texts[0], 0);
    r.setEnd(texts.at(-1)!, texts.at(-1)!.data.length);
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(r);
    return sel.toString();
  }, i);
}

const shadedCodes = (popup: Page) =>
  popup.evaluate(() => [...document.querySelectorAll<SVGElement>('.world-map [role="button"]')].map((e) => e.dataset.code ?? ''));

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.skipIf(shouldSkip(name))(`${name}: world map`, () => {
    let server: StaticServer;
    let session: ExtensionSession;
    let popup: Page;
    let article: Page;
    let tabId: number;

    beforeAll(async () => {
      server = await startStaticServer(SHARED_DIR);
      session = await launchWithExtension(name);
      const url = server.origin + FIXTURE;
      article = await session.browser.newPage();
      await article.goto(url, { waitUntil: 'load' });
      await poll(async () => (await readMarks(article)).length > 0, 20_000, 'highlights in the article');
      const helper = await session.openExtensionPage('popup.html');
      tabId = await poll(() => tabIdForUrl(helper, url), 10_000, 'the article tab id');
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

    it("the library's map shades the countries of the saved highlights; hover names and counts; a click filters the list", async () => {
      const perParagraph = await paragraphCountries(article, 3);
      expect(perParagraph.length).toBe(3);
      for (let i = 0; i < perParagraph.length; i++) {
        expect((await selectParagraph(article, i)).length).toBeGreaterThan(40);
        const out: any = await popup.evaluate(
          (id: number) => ((globalThis as any).browser ?? (globalThis as any).chrome).tabs.sendMessage(id, { type: 'attache:save-selection' }),
          tabId,
        );
        expect(out, `saving paragraph ${i}`).toMatchObject({ ok: true });
      }
      // What the map must show, from the page's own highlights: per country, how many saved paragraphs name it.
      const expected = new Map<string, number>();
      for (const codes of perParagraph) for (const c of codes) expected.set(c, (expected.get(c) ?? 0) + 1);

      const lib = await session.openExtensionPage('library.html');
      await lib.setViewport({ width: 1000, height: 900 });
      await poll(async () => (await shadedCodes(lib)).length > 0, 10_000, 'the library map');
      expect(await lib.$$eval('.items > li', (els) => els.length)).toBe(3);
      expect((await shadedCodes(lib)).sort()).toEqual([...expected.keys()].sort());
      const labels = await lib.$$eval('.world-map [role="button"]', (els) => els.map((e) => [e.getAttribute('data-code'), e.getAttribute('aria-label')]));
      for (const [code, label] of labels) expect(label).toMatch(new RegExp(`: ${expected.get(code!)} saved highlights?$`));

      // A country named in some saved paragraphs but not all, whose shape is under its own centre (for the pointer).
      const pick = await lib.evaluate((candidates: string[]) => {
        for (const code of candidates) {
          const el = document.querySelector(`.world-map [data-code="${code}"]`);
          const r = el?.getBoundingClientRect();
          if (r && document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el) return code;
        }
        return null;
      }, [...expected].filter(([, n]) => n < 3).sort((a, b) => b[1] - a[1]).map(([c]) => c));
      expect(pick, 'a country to point at').toBeTruthy();
      const sel = `.world-map [data-code="${pick}"]`;
      const label = await lib.$eval(sel, (e) => e.getAttribute('aria-label'));
      expect(await lib.$eval('.map-caption', (e) => e.textContent)).not.toBe(label);
      await lib.hover(sel);
      await poll(async () => (await lib.$eval('.map-caption', (e) => e.textContent)) === label, 5000, 'the hover caption');
      expect(await lib.$eval(`${sel} title`, (e) => e.textContent)).toBe(label);

      await lib.click(sel);
      await poll(async () => (await lib.$$eval('.items > li', (els) => els.length)) === expected.get(pick!), 5000, 'the list to narrow');
      const mentions = await lib.$$eval('.filters select', (els) => els.map((e) => (e as HTMLSelectElement).value));
      expect(mentions).toContain(`country:${pick}`);
      expect(await lib.$eval(sel, (e) => e.getAttribute('aria-pressed'))).toBe('true');
      await screenshot(lib, `${name}-map-library`);
      expect(await seriousA11yViolations(lib)).toEqual([]);
      await lib.click('.map-filter button');
      await poll(async () => (await lib.$$eval('.items > li', (els) => els.length)) === 3, 5000, 'the whole list again');
      await lib.close();
    });
  });
}
