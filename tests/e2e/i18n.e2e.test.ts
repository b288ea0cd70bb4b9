// Issue 7, the UI in French: real headless Chromium and Firefox ESR launched with French as the UI
// language pick the extension's French message file. On the reference page the popup, its map, the
// in-page card and "Save this mention" button, the library page (with its map) and the options
// page speak French, with country names in French; the default launch speaks English. axe runs on
// the French popup and library. The expected texts are read from the message files, so a changed
// translation does not need the test changed, but an English page would fail it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, poll, REPO_ROOT, SHARED_DIR, type BrowserName, type ExtensionSession } from './browsers';
import { readMarks, readPopupRows, screenshot, seriousA11yViolations, shouldSkip, tabIdForUrl } from './helpers';
import { startStaticServer, type StaticServer } from './static-server';

const FIXTURE = '/fixtures/ichongqing-envoys.html';
type Messages = Record<string, { message: string }>;
const messages = (lang: string) => JSON.parse(readFileSync(path.join(REPO_ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Messages;
const LOCALES = { en: messages('en'), fr: messages('fr') };

/** Headings, buttons and labels of an extension page, as the reader sees them. */
function pageWords(page: Page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    h1: document.querySelector('h1')?.textContent ?? '',
    h2: [...document.querySelectorAll('h2')].map((h) => h.textContent ?? ''),
    buttons: [...document.querySelectorAll('button')].map((b) => b.textContent?.trim() ?? ''),
    labels: [...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label') ?? ''),
    text: document.body.innerText,
  }));
}

async function setUp(name: BrowserName, lang: 'en' | 'fr', server: StaticServer) {
  const session = await launchWithExtension(name, lang === 'fr' ? { lang: 'fr' } : {});
  const url = server.origin + FIXTURE;
  const article = await session.browser.newPage();
  await article.setViewport({ width: 1100, height: 800 });
  await article.goto(url, { waitUntil: 'load' });
  await poll(async () => (await readMarks(article)).length > 0, 20_000, 'highlights in the article');
  const helper = await session.openExtensionPage('popup.html');
  const tabId = await poll(() => tabIdForUrl(helper, url), 10_000, 'the article tab id');
  await helper.close();
  const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.setViewport({ width: 380, height: 900 });
  await poll(async () => (await readPopupRows(popup)).length > 0, 10_000, 'popup rows');
  return { session, article, popup, tabId };
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  for (const lang of ['fr', 'en'] as const) {
    const m = (key: string) => LOCALES[lang][key].message;
    const other = LOCALES[lang === 'fr' ? 'en' : 'fr'];

    describe.skipIf(shouldSkip(name))(`${name}: the UI in ${lang === 'fr' ? 'French (--lang / intl.locale.requested)' : 'English (default launch)'}`, () => {
      let server: StaticServer;
      let session: ExtensionSession;
      let article: Page;
      let popup: Page;
      let tabId: number;

      beforeAll(async () => {
        server = await startStaticServer(SHARED_DIR);
        ({ session, article, popup, tabId } = await setUp(name, lang, server));
      });

      afterAll(async () => {
        await session?.close();
        await server?.close();
      });

      it('the popup: headings, buttons, map labels and country names', async () => {
        await poll(() => popup.$('.world-map svg'), 10_000, 'the map');
        const w = await pageWords(popup);
        expect(w.lang).toBe(lang);
        expect(w.h2.some((h) => h.startsWith(`${m('popup_officials')} (`))).toBe(true);
        expect(w.h2.some((h) => h.startsWith(`${m('popup_countries')} (`))).toBe(true);
        expect(w.h2.some((h) => h.startsWith(`${m('saved_heading')} (`))).toBe(true);
        expect(w.buttons).toEqual(expect.arrayContaining([m('popup_copy_markdown'), m('popup_copy_csv'), m('saved_open_library'), m('site_never')]));
        // Not the other language's words for the same things.
        expect(w.buttons).not.toContain(other.popup_copy_markdown.message);
        expect(w.text).not.toContain(other.popup_highlights_switch.message);
        expect(w.text).toContain(m('popup_highlights_switch'));

        // Country names come in the UI language (the page itself is in English).
        const china = lang === 'fr' ? 'Chine' : 'China';
        const albania = lang === 'fr' ? 'Albanie' : 'Albania';
        const cn = await popup.$eval('.world-map [data-code="CN"]', (e) => e.getAttribute('aria-label'));
        expect(cn).toMatch(new RegExp(`^${china} ?: \\d+ mentions?$`));
        const rows = await readPopupRows(popup);
        expect(rows.find((r) => r.type === 'official' && r.country === albania), `an official of ${albania}`).toBeTruthy();
        // The manifest's shortcut descriptions (__MSG_…__) in the browser's shortcut settings.
        const commands = await popup.evaluate(async () =>
          ((await ((globalThis as any).browser ?? (globalThis as any).chrome).commands.getAll()) as { name: string; description: string }[]).map((c) => [c.name, c.description]),
        );
        expect(Object.fromEntries(commands)).toMatchObject({ 'toggle-highlights': m('ext_command_toggle'), 'save-selection': m('ext_command_save') });
        if (lang === 'fr') await screenshot(popup, `${name}-popup-fr`);
        expect(await seriousA11yViolations(popup)).toEqual([]);
      });

      it('the in-page card and the "Save this mention" button', async () => {
        await article.bringToFront();
        const id = await article.evaluate(
          () => [...document.querySelectorAll('mark.attache-hl[data-attache-type="official"]')].find((m) => !m.closest('a'))?.getAttribute('data-attache-id'),
        );
        expect(id).toBeTruthy();
        const mark = `mark.attache-hl[data-attache-id="${id}"]`;
        await article.focus(mark);
        const card = await poll(
          () => article.evaluate(() => document.getElementById('attache-card')?.shadowRoot?.textContent ?? ''),
          5000,
          'the card',
        );
        expect(card).toContain(`${m('card_office')}: `);
        expect(card).toContain(`${m('card_country')}: `);
        expect(card).not.toContain(`${other.card_office.message}: `);
        await article.click(mark);
        const button = await poll(
          () => article.evaluate(() => document.getElementById('attache-save-mention')?.shadowRoot?.querySelector('button')?.textContent ?? ''),
          5000,
          'the Save this mention button',
        );
        expect(button).toBe(m('saved_save_mention'));
        await article.keyboard.press('Escape');
      });

      it('the library page (with a saved highlight and its map) and the options page', async () => {
        const quote = await article.evaluate(() => {
          const p = [...document.querySelectorAll('p')].find((p) => p.querySelector('mark.attache-hl[data-attache-type="country"]'))!;
          const texts = [...p.childNodes].filter((n): n is Text => n.nodeType === 3 && (n as Text).data.trim().length > 0);
          const r = document.createRange();
          r.setStart(texts[0], 0);
          r.setEnd(texts.at(-1)!, texts.at(-1)!.data.length);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(r);
          return getSelection()!.toString();
        });
        expect(quote.length).toBeGreaterThan(40);
        const out: any = await popup.evaluate(
          (id: number) => ((globalThis as any).browser ?? (globalThis as any).chrome).tabs.sendMessage(id, { type: 'attache:save-selection' }),
          tabId,
        );
        expect(out).toMatchObject({ ok: true });

        const lib = await session.openExtensionPage('library.html');
        await lib.setViewport({ width: 1000, height: 900 });
        await poll(() => lib.$('.world-map svg'), 10_000, 'the library map');
        const w = await pageWords(lib);
        expect(w.lang).toBe(lang);
        expect(w.title).toBe(m('library_page_title'));
        expect(w.h1).toBe(m('library_title'));
        expect(w.buttons).toEqual(expect.arrayContaining([m('library_export_backup'), m('library_edit'), m('library_delete')]));
        expect(w.buttons).not.toContain(other.library_delete.message);
        expect(w.text).toContain(m('library_search'));
        const label = await lib.$eval('.world-map [role="button"]', (e) => e.getAttribute('aria-label'));
        expect(label).toMatch(lang === 'fr' ? / ?: 1 surlignage enregistré$/ : /: 1 saved highlight$/);
        if (lang === 'fr') await screenshot(lib, `${name}-library-fr`);
        expect(await seriousA11yViolations(lib)).toEqual([]);
        await lib.close();

        const options = await session.openExtensionPage('options.html');
        await poll(() => options.$('h1'), 5000, 'the options page');
        const o = await pageWords(options);
        expect(o.lang).toBe(lang);
        expect(o.h1).toBe(m('options_title'));
        expect(o.h2).toEqual(expect.arrayContaining([m('options_types_heading'), m('options_colors_heading'), m('options_sites_heading')]));
        expect(o.buttons).toContain(m('options_reset'));
        expect(await seriousA11yViolations(options)).toEqual([]);
        await options.close();
      });
    });
  }
}
