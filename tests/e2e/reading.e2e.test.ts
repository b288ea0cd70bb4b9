// Issue 4 acceptance in real headless Chromium and Firefox ESR: the reading experience on the
// reference page and on five real articles of the corpus, served from localhost. Expectations come
// from the gold files; screenshots (light and dark) go to e2e-artifacts/screenshots/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, poll, REPO_ROOT, SHARED_DIR, type BrowserName, type ExtensionSession } from './browsers';
import {
  badgeText,
  bodyNowAndOriginal,
  colorScheme,
  pageResults,
  readCard,
  readMarks,
  readPopupRows,
  screenshot,
  seriousA11yViolations,
  shouldSkip,
  tabIdForUrl,
  waitForResults,
} from './helpers';
import { OFFLINE_CSP, startStaticServer, type StaticServer } from './static-server';

interface Gold {
  countries: string[];
  officials: { name: string; aliases: string[]; country: string | null; roles: string[] }[];
}
const gold = (id: string): Gold => JSON.parse(readFileSync(path.join(SHARED_DIR, `corpus/gold/${id}.json`), 'utf8'));
const regionName = new Intl.DisplayNames(['en'], { type: 'region' });

const FIXTURE = '/fixtures/ichongqing-envoys.html';
/** English news articles whose gold names officials. */
const ARTICLES = ['aeb-833caf3bdb', 'aeb-7916ecca96', 'aeb-39d5c43beb', 'aeb-a1fca19b88', 'aeb-c7e39ac49f'];
/** The article a pushState navigation moves to. */
const NEXT_ARTICLE = 'aeb-db6b0816c6';
const articlePath = (id: string) => `/corpus/pages/${id}.html`;

/** The reference page with a dark theme under prefers-color-scheme: dark, for the screenshots. */
function darkCapableFixture(): string {
  const html = readFileSync(path.join(SHARED_DIR, FIXTURE.slice(1)), 'utf8');
  const style = `<base href="/fixtures/"><style>@media (prefers-color-scheme: dark) {
    html, body, body *:not(mark) { background-color: #15171a !important; color: #e6e6e6 !important; border-color: #333 !important; }
    a, a * { color: #8ab4f8 !important; } }</style>`;
  return html.replace(/<head>/i, `<head>${style}`);
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.skipIf(shouldSkip(name))(`${name}: reading experience`, () => {
    let server: StaticServer;
    let session: ExtensionSession;
    let helper: Page;
    let article: Page;
    let tabId: number;

    async function openPopup(id: number, height = 600): Promise<Page> {
      const popup = await session.openExtensionPage(`popup.html?tab=${id}`);
      await popup.setViewport({ width: 380, height });
      return popup;
    }

    async function visit(p: string): Promise<any> {
      const url = server.origin + p;
      await article.goto(url, { waitUntil: 'domcontentloaded' });
      tabId ??= (await poll(() => tabIdForUrl(helper, url), 15_000, 'the article tab id'))!;
      return waitForResults(helper, tabId, (r) => r.url === url && r.status !== 'pending', `the analysis of ${p}`);
    }

    beforeAll(async () => {
      server = await startStaticServer(SHARED_DIR, { '/gen/envoys-dark.html': darkCapableFixture() }, () => ({
        'content-security-policy': OFFLINE_CSP,
      }));
      session = await launchWithExtension(name);
      helper = await session.openExtensionPage('popup.html');
      article = await session.browser.newPage();
      await article.setViewport({ width: 1100, height: 700 });
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it('on five real articles the badge count equals the popup entity count, and the gold officials are listed', async () => {
      for (const id of ARTICLES) {
        const results = await visit(articlePath(id));
        expect(results.status, id).toBe('done');
        const popup = await openPopup(tabId);
        await poll(async () => (await readPopupRows(popup)).length > 0, 10_000, `popup rows for ${id}`);
        const rows = await readPopupRows(popup);
        expect(await badgeText(helper, tabId), id).toBe(String(rows.length));
        expect(rows.length, id).toBe(results.entities.length);
        const listed = new Set(rows.filter((r) => r.type === 'official').map((r) => r.name));
        const found = gold(id).officials.filter((o) => listed.has(o.name) || o.aliases.some((a) => listed.has(a)));
        expect(found.length, `${id}: gold officials in the popup`).toBeGreaterThan(0);
        await popup.close();
      }
    });

    it('a popup click scrolls the page to the mention and flashes it', async () => {
      await visit(articlePath(ARTICLES[0]));
      // The official whose first mention is lowest in the page needs the longest scroll.
      const target = await article.evaluate(() => {
        const firsts = [...document.querySelectorAll<HTMLElement>('mark.attache-hl[data-attache-type="official"]')].filter((m) =>
          m.getAttribute('data-attache-id')?.endsWith(':0'),
        );
        const y = (m: HTMLElement) => m.getBoundingClientRect().top + window.scrollY;
        const low = firsts.sort((a, b) => y(b) - y(a))[0];
        return { key: low.getAttribute('data-attache-key')!, top: y(low) };
      });
      expect(target.top).toBeGreaterThan(700); // below the first screen
      await article.evaluate(() => window.scrollTo(0, 0));
      const popup = await openPopup(tabId);
      await poll(() => popup.$(`button[data-entity-key="${target.key}"]`), 10_000, 'the entry in the popup');
      await popup.click(`button[data-entity-type="official"][data-entity-key="${target.key}"]`);
      const seen = await poll(
        () =>
          article.evaluate((key: string) => {
            const m = document.querySelector(`mark.attache-hl[data-attache-id="official:${key}:0"]`)!;
            const r = m.getBoundingClientRect();
            return window.scrollY > 0 && r.top >= 0 && r.bottom <= window.innerHeight && m.classList.contains('attache-flash');
          }, target.key),
        5000,
        'the mention scrolled into view and flashed',
      );
      expect(seen).toBe(true);
      await popup.close();
    });

    it('the card shows office and country for Selim Belortaja on hover and on keyboard focus; Escape closes it', async () => {
      const results = await visit(FIXTURE);
      const selim = results.entities.find((e: any) => e.name === 'Selim Belortaja');
      expect(selim).toBeTruthy();
      const g = gold('ichongqing-envoys').officials.find((o) => o.name === 'Selim Belortaja')!;
      const first = `mark.attache-hl[data-attache-id="official:${selim.key}:0"]`;
      const { original } = await bodyNowAndOriginal(article);
      const before = await article.evaluate(() => document.body.innerHTML);

      await article.hover(first);
      const card = await poll(() => readCard(article), 5000, 'the card on hover');
      expect(card.title).toBe('Selim Belortaja');
      expect(g.roles.some((r) => card.office?.toLowerCase().includes(r.toLowerCase())), `office "${card.office}"`).toBe(true);
      expect(card.country).toBe(regionName.of(g.country!));
      await article.mouse.move(5, 5);
      await poll(async () => (await readCard(article)) === null, 5000, 'the card to go when the pointer leaves');

      // Keyboard: the first mention is a tab stop; Tab from the mark before it reaches it.
      expect(await article.$eval(first, (m) => (m as HTMLElement).tabIndex)).toBe(0);
      await article.evaluate((sel: string) => {
        const stops = [...document.querySelectorAll<HTMLElement>('mark.attache-hl[tabindex="0"]')];
        const i = stops.indexOf(document.querySelector<HTMLElement>(sel)!);
        (i > 0 ? stops[i - 1] : document.querySelector<HTMLElement>(sel)!).focus();
      }, first);
      const isFocused = () => article.$eval(first, (m) => m === document.activeElement);
      for (let i = 0; i < 10 && !(await isFocused()); i++) await article.keyboard.press('Tab');
      expect(await isFocused()).toBe(true);
      const focused = await poll(() => readCard(article), 5000, 'the card on focus');
      expect(focused.country).toBe(regionName.of(g.country!));
      await screenshot(article, `${name}-card-official`);
      await article.keyboard.press('Escape');
      await poll(async () => (await readCard(article)) === null, 5000, 'Escape to close the card');
      await article.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      // The card leaves nothing behind: the body is as it was before it was shown.
      expect(await article.evaluate(() => document.body.innerHTML)).toBe(before);
      expect(before).not.toBe(original);

      // A country's card lists the officials of that country in the article.
      await article.hover(`mark.attache-hl[data-attache-id="country:AL:0"]`);
      const al = await poll(() => readCard(article), 5000, 'the card of Albania');
      expect(al.title).toBe('Albania');
      expect(al.flag).toBe('🇦🇱');
      expect(al.officials.some((o) => o.startsWith('Selim Belortaja'))).toBe(true);
      await article.mouse.move(5, 5);
    });

    it('text added to the article later is highlighted, once', async () => {
      await visit(FIXTURE);
      const count = (await pageResults(helper, tabId)).entities.length;
      await article.evaluate(() => {
        const p = document.createElement('p');
        p.id = 'late';
        p.textContent = 'Later in the day, envoys from Portugal and Albania joined them.';
        document.querySelector('.content')!.append(p);
      });
      const late = await poll(
        async () => {
          const keys = await article.evaluate(() => [...document.querySelectorAll('#late mark.attache-hl')].map((m) => m.getAttribute('data-attache-key')));
          return keys.length ? keys : null;
        },
        10_000,
        'highlights in the late paragraph',
      );
      expect(late).toEqual(expect.arrayContaining(['PT', 'AL']));
      expect(await article.evaluate(() => document.querySelectorAll('mark.attache-hl mark.attache-hl').length)).toBe(0);
      const after = await pageResults(helper, tabId);
      expect(after.entities.length).toBe(count + 1); // Portugal is new; Albania gained a mention
      expect(await badgeText(helper, tabId)).toBe(String(after.entities.length));
    });

    it('the shortcut (its message, as the background relays it) removes and restores the highlights', async () => {
      const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, name === 'chromium' ? '.output/chrome-mv3' : '.output/firefox-mv2', 'manifest.json'), 'utf8'));
      expect(manifest.commands['toggle-highlights'].suggested_key.default).toBe('Alt+Shift+H');
      await visit(FIXTURE);
      const before = (await readMarks(article)).length;
      expect(before).toBeGreaterThan(0);
      const toggle = () =>
        helper.evaluate(async (id: number) => {
          const g = globalThis as any;
          return (g.browser ?? g.chrome).tabs.sendMessage(id, { type: 'attache:toggle-highlights' });
        }, tabId);
      expect((await toggle()).highlightsOn).toBe(false);
      expect((await readMarks(article)).length).toBe(0);
      const off = await bodyNowAndOriginal(article);
      expect(off.now).toBe(off.original);
      expect((await toggle()).highlightsOn).toBe(true);
      expect((await readMarks(article)).length).toBe(before);
    });

    it('a pushState navigation to a second article replaces the entity list', async () => {
      await visit(articlePath(ARTICLES[0]));
      const first = await readPopupRows(await openPopup(tabId));
      const nextUrl = server.origin + articlePath(NEXT_ARTICLE);
      await article.evaluate(async (u: string) => {
        const html = await (await fetch(u)).text();
        const next = new DOMParser().parseFromString(html, 'text/html');
        document.title = next.title;
        document.body.replaceWith(document.importNode(next.body, true));
        history.pushState({}, '', u);
      }, nextUrl);
      const results = await waitForResults(helper, tabId, (r) => r.url === nextUrl && r.status === 'done', 'the analysis after pushState');
      const popup = await openPopup(tabId);
      await poll(async () => (await readPopupRows(popup)).length > 0, 10_000, 'popup rows after pushState');
      const rows = await readPopupRows(popup);
      expect(rows.length).toBe(results.entities.length);
      expect(await badgeText(helper, tabId)).toBe(String(rows.length));
      const names = new Set(rows.map((r) => r.name));
      const a = gold(ARTICLES[0]).officials.map((o) => o.name);
      const b = gold(NEXT_ARTICLE).officials.map((o) => o.name);
      expect(b.filter((n) => !a.includes(n)).some((n) => names.has(n)), 'an official of the second article').toBe(true);
      expect(a.filter((n) => !b.includes(n)).filter((n) => names.has(n)), 'officials of the first article').toEqual([]);
      expect(rows.map((r) => r.key)).not.toEqual(first.map((r) => r.key));
      // Highlights of the first article are gone with it; the new ones are there.
      const keys = new Set((await readMarks(article)).map((m) => m.key));
      expect(rows.every((r) => keys.has(r.key) || r.section === 'unsure')).toBe(true);
      await popup.close();
    });

    it('screenshots of the popup and of a highlighted page, light and dark; axe finds nothing serious', async () => {
      await visit('/gen/envoys-dark.html');
      await screenshot(article, `${name}-page-light`);
      const popup = await openPopup(tabId, 640);
      await poll(async () => (await readPopupRows(popup)).length > 0, 10_000, 'popup rows');
      await screenshot(popup, `${name}-popup-light`);
      expect(await seriousA11yViolations(popup)).toEqual([]);
      if ((await colorScheme(article, 'dark')) && (await colorScheme(popup, 'dark'))) {
        await screenshot(article, `${name}-page-dark`);
        await screenshot(popup, `${name}-popup-dark`);
        expect(await seriousA11yViolations(popup)).toEqual([]);
        await colorScheme(article, 'light');
      } else {
        console.info(`[e2e] ${name}: no prefers-color-scheme emulation here; dark screenshots come from Chromium`);
      }
      await popup.close();
    });

    it('the options page: types and colours apply at once in the open tab; axe finds nothing serious', async () => {
      await visit(FIXTURE);
      const options = await session.openExtensionPage('options.html');
      await options.setViewport({ width: 800, height: 900 });
      await options.waitForSelector('input[name="type-country"]');
      expect(await seriousA11yViolations(options)).toEqual([]);
      await screenshot(options, `${name}-options`);
      if (await colorScheme(options, 'dark')) {
        expect(await seriousA11yViolations(options)).toEqual([]);
        await screenshot(options, `${name}-options-dark`);
      }

      await options.click('input[name="type-country"]');
      await poll(async () => (await readMarks(article)).every((m) => m.type !== 'country'), 5000, 'country highlights removed');
      expect((await readMarks(article)).some((m) => m.type === 'official')).toBe(true);
      await options.click('input[name="color-official"][value="#009e73"]');
      await poll(
        () => article.evaluate(() => getComputedStyle(document.querySelector('mark.attache-hl[data-attache-type="official"]')!).textDecorationColor),
        5000,
        'the new colour',
      ).then((c) => expect(c).toBe('rgb(0, 158, 115)'));
      await options.click('input[name="type-country"]');
      await options.click('input[name="color-official"][value="#d55e00"]');
      await poll(async () => (await readMarks(article)).some((m) => m.type === 'country'), 5000, 'country highlights back');
      await options.close();
    });

    it('"Never on this site" stops the content script, also after a reload; turning it on again restores it', async () => {
      await visit(FIXTURE);
      const popup = await openPopup(tabId);
      await poll(async () => (await readPopupRows(popup)).length > 0, 10_000, 'popup rows');
      await popup.click('button.site-rule-never');
      await poll(async () => (await readMarks(article)).length === 0, 5000, 'highlights removed');
      await poll(() => popup.evaluate(() => /off on this site/.test(document.body.innerText)), 5000, 'the disabled note');
      expect(await badgeText(helper, tabId)).toBe('');
      await screenshot(popup, `${name}-popup-never`);
      expect(await seriousA11yViolations(popup)).toEqual([]);
      await popup.close();

      await article.reload({ waitUntil: 'load' });
      const off = await waitForResults(helper, tabId, (r) => r.status !== 'pending', 'the answer after reload');
      expect(off).toMatchObject({ status: 'disabled', site: 'never', detection: null, entities: [], ms: 0 });
      expect(await readMarks(article)).toEqual([]);
      const body = await bodyNowAndOriginal(article);
      expect(body.now).toBe(body.original);

      const again = await openPopup(tabId);
      const on = await again.waitForSelector('::-p-text(Turn on for this site)');
      await on!.click();
      await poll(async () => (await readMarks(article)).length > 0, 10_000, 'highlights back');
      expect((await pageResults(helper, tabId)).site).toBeNull();
      await again.close();
    });
  });
}
