// Issue 5 acceptance in real headless Chromium and Firefox ESR: on a corpus article served from
// localhost, save two selections (through the content script's save-selection request, the path the
// context menu and the shortcut take) and one entity mention (a real click on the highlight, then on
// "Save this mention"); reload: all three reappear; serve an edited page (a sentence inserted before
// the quotes, a word changed inside one, one quoted paragraph removed): two still anchor and the
// third is listed as an orphan in the popup. Also: URL variants, #attache=<id>, and the data safety
// checks of issue 6: the highlights survive an extension reload, an update (a new version installed
// over the old one), and closing the browser and starting it again on the same profile; two tabs
// saving at the same moment both land.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDir, launchWithExtension, poll, SHARED_DIR, type BrowserName, type ExtensionSession } from './browsers';
import { screenshot, sendToTab, shouldSkip, tabIdForUrl, waitForResults } from './helpers';
import { OFFLINE_CSP, startStaticServer, type StaticServer } from './static-server';

/** An English article whose gold file names officials (Mike Pompeo, Benjamin Netanyahu…). */
const ARTICLE = 'aeb-833caf3bdb';
const GEN = '/gen/saved-article.html';
/** The article at a second address, with a canonical link of its own: another page of the library. */
const GEN2 = '/gen/saved-article-2.html';
const ORIGINAL = readFileSync(path.join(SHARED_DIR, `corpus/pages/${ARTICLE}.html`), 'utf8');
const SECOND = ORIGINAL.replace(/(<link rel="canonical" href="[^"]+)"/, '$1-second-copy"');
const INSERTED = 'An inserted sentence that was not there when the highlights were saved. ';


/** Text nodes of the analysed article's paragraphs that appear verbatim in the served HTML. */
function pickQuotes(page: Page, html: string): Promise<string[]> {
  return page.evaluate((source: string) => {
    const out: string[] = [];
    for (const p of document.querySelectorAll('p')) {
      if (p.closest('header, footer, nav, aside')) continue;
      for (const n of p.childNodes) {
        if (n.nodeType !== 3) continue;
        const t = (n as Text).data;
        if (t.length < 90 || !source.includes(t) || /[&<>]/.test(t)) continue;
        // About 60 characters on word boundaries, from the second word: unique enough, small enough.
        const words = t.trim().split(/\s+/);
        let q = '';
        for (const w of words.slice(1)) {
          if ((q + ' ' + w).trim().length > 65) break;
          q = (q + ' ' + w).trim();
        }
        if (q.length > 40 && source.split(q).length === 2) out.push(q);
        break;
      }
    }
    return out;
  }, html);
}

/** Selects `quote` (inside one text node) in the page, from the page's own world. */
function select(page: Page, quote: string): Promise<boolean> {
  return page.evaluate((q: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(q);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + q.length);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(r);
      return true;
    }
    return false;
  }, quote);
}

/** Every highlight id in the extension's library, read from an extension page (same origin as the background). */
function libraryIds(extPage: Page): Promise<string[]> {
  return extPage.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('attache-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const q = db.transaction('highlights').objectStore('highlights').getAllKeys();
          q.onsuccess = () => {
            db.close();
            resolve((q.result as string[]).sort());
          };
          q.onerror = () => reject(q.error);
        };
      }),
  );
}

/** Saved highlight ids on the page, with the text each one covers. */
function savedMarks(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const m of document.querySelectorAll('mark[data-attache-type="saved"]')) {
      const id = m.getAttribute('data-attache-id')!;
      out[id] = (out[id] ?? '') + m.textContent;
    }
    return out;
  });
}

/** The edited page: a sentence before the first quote, a word changed in it, the third quote's paragraph removed. */
function editedPage(html: string, changed: string, removed: string): { html: string; changedTo: string } {
  const words = changed.split(' ');
  const k = Math.floor(words.length / 2);
  words[k] = words[k] === 'reported' ? 'announced' : 'reported';
  const changedTo = words.join(' ');
  let out = html.replace(changed, INSERTED + changedTo);
  const at = out.indexOf(removed);
  const open = out.lastIndexOf('<p', at);
  const close = out.indexOf('</p>', at) + '</p>'.length;
  out = out.slice(0, open) + out.slice(close);
  return { html: out, changedTo };
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.skipIf(shouldSkip(name))(`${name}: saved highlights`, () => {
    let server: StaticServer;
    let session: ExtensionSession;
    let helper: Page;
    let article: Page;
    let tabId: number;
    let profileDir: string;
    /** A copy of the build, so that an update can be installed over it from the same place (same id). */
    let extensionDir: string;
    const pages: Record<string, string> = { [GEN]: ORIGINAL, [GEN2]: SECOND };
    const url = () => server.origin + GEN;

    async function visit(href = url()): Promise<void> {
      await article.goto(href, { waitUntil: 'domcontentloaded' });
      tabId ??= (await poll(() => tabIdForUrl(helper, href), 15_000, 'the article tab id'))!;
      await waitForResults(helper, tabId, (r) => r.url === href && r.status === 'done', 'the analysis');
    }

    const send = (msg: unknown) =>
      helper.evaluate(
        (id: number, m: unknown) => {
          const g = globalThis as any;
          return (g.browser ?? g.chrome).tabs.sendMessage(id, m);
        },
        tabId,
        msg as any,
      );

    /** The content script's placed and orphaned highlights, once `n` are known. */
    const savedOnPage = (n: number) =>
      poll(async () => {
        const r: any = await send({ type: 'attache:get-saved' }).catch(() => null);
        return r && r.placed.length + r.orphans.length === n ? r : null;
      }, 15_000, `${n} saved highlights known to the page`);

    beforeAll(async () => {
      server = await startStaticServer(SHARED_DIR, pages, () => ({ 'content-security-policy': OFFLINE_CSP }));
      // A profile of our own, kept across the browser restart below.
      profileDir = mkdtempSync(path.join(tmpdir(), `attache-${name}-saved-`));
      extensionDir = mkdtempSync(path.join(tmpdir(), `attache-${name}-ext-`));
      cpSync(buildDir(name), extensionDir, { recursive: true });
      await start();
    });

    async function start() {
      session = await launchWithExtension(name, { profileDir, extensionDir });
      helper = await session.openExtensionPage('popup.html');
      article = await session.browser.newPage();
      await article.setViewport({ width: 1100, height: 800 });
    }

    afterAll(async () => {
      try {
        await session?.close();
      } finally {
        await server?.close();
        for (const dir of [profileDir, extensionDir]) if (dir) rmSync(dir, { recursive: true, force: true });
      }
    });

    /** The extension's pages close when it reloads or updates; a fresh helper once it is back. */
    const helperAgain = () =>
      poll(async () => {
        const p = await session.openExtensionPage('popup.html').catch(() => null);
        return p && (await p.evaluate(() => !!((globalThis as any).browser ?? (globalThis as any).chrome)?.tabs).catch(() => false)) ? p : null;
      }, 20_000, 'the extension back after a reload or an update');

    const saved: { a: string; b: string; ids: string[]; mentionText: string } = { a: '', b: '', ids: [], mentionText: '' };

    it('saves two selections and one entity mention; after a reload all three reappear', async () => {
      await visit();
      const quotes = await pickQuotes(article, ORIGINAL);
      expect(quotes.length, 'quotable paragraphs').toBeGreaterThanOrEqual(3);
      [saved.a, saved.b] = [quotes[0], quotes[2]];

      for (const q of [saved.a, saved.b]) {
        expect(await select(article, q)).toBe(true);
        const out: any = await send({ type: 'attache:save-selection' });
        expect(out, `saving "${q}"`).toMatchObject({ ok: true, quote: q });
        saved.ids.push(out.id);
      }

      // An official's mention outside both quotes: a real click on it, then on "Save this mention".
      const target = await article.evaluate((qs: string[]) => {
        const marks = [...document.querySelectorAll<HTMLElement>('mark.attache-hl[data-attache-type="official"]')];
        const m = marks.find((el) => !el.closest('a, mark[data-attache-type="saved"]') && !qs.some((q) => q.includes(el.textContent!)));
        return m ? { id: m.getAttribute('data-attache-id')!, text: m.textContent! } : null;
      }, [saved.a, saved.b]);
      expect(target).toBeTruthy();
      saved.mentionText = target!.text;
      const markSel = `mark.attache-hl[data-attache-id="${target!.id}"]`;
      await article.bringToFront();
      await article.click(markSel);
      const box = await poll(
        () =>
          article.evaluate(() => {
            const b = document.getElementById('attache-save-mention')?.shadowRoot?.querySelector('button');
            if (!b) return null;
            const r = b.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2, label: b.textContent };
          }),
        5000,
        'the Save this mention button',
      );
      expect(box.label).toBe('Save this mention');
      // A script's click does not save (only the reader's does).
      await article.evaluate(() => document.getElementById('attache-save-mention')!.shadowRoot!.querySelector('button')!.click());
      expect((await savedOnPage(2)).placed.length).toBe(2);
      await article.mouse.click(box.x, box.y);
      const after = await savedOnPage(3);
      const mentionItem = after.placed.find((h: any) => !saved.ids.includes(h.id));
      expect(mentionItem.quote).toBe(saved.mentionText);
      saved.ids.push(mentionItem.id);
      const toast = await article.evaluate(() => document.getElementById('attache-toast')?.shadowRoot?.textContent ?? '');
      expect(toast).toContain('Saved');

      const marksBefore = await savedMarks(article);
      expect(Object.keys(marksBefore).sort()).toEqual([...saved.ids].sort());

      await visit();
      await savedOnPage(3);
      const marks = await poll(async () => {
        const m = await savedMarks(article);
        return Object.keys(m).length === 3 ? m : null;
      }, 10_000, 'three saved highlights after the reload');
      expect(marks[saved.ids[0]]).toBe(saved.a);
      expect(marks[saved.ids[1]]).toBe(saved.b);
      expect(marks[saved.ids[2]]).toBe(saved.mentionText);
    });

    it('an address with tracking parameters and a fragment finds the same highlights; #attache=<id> scrolls to one and flashes it', async () => {
      await visit(`${url()}?utm_source=newsletter&fbclid=abc#comments`);
      expect((await savedOnPage(3)).orphans).toEqual([]);
      await visit(`${url()}#attache=${saved.ids[1]}`);
      const seen = await poll(
        () =>
          article.evaluate((id: string) => {
            const m = document.querySelector(`mark[data-attache-type="saved"][data-attache-id="${id}"]`);
            if (!m) return false;
            const r = m.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= window.innerHeight && m.classList.contains('attache-flash');
          }, saved.ids[1]),
        5000,
        'the linked highlight in view and flashing',
      );
      expect(seen).toBe(true);
      await screenshot(article, `${name}-saved-highlight-linked`);
    });

    it('on an edited page two still anchor (one by fuzzy matching) and the removed one is an orphan in the popup', async () => {
      const edited = editedPage(ORIGINAL, saved.a, saved.b);
      pages[GEN] = edited.html;
      try {
        await visit();
        const state = await savedOnPage(3);
        expect(state.orphans.map((o: any) => o.id)).toEqual([saved.ids[1]]);
        const marks = await savedMarks(article);
        expect(Object.keys(marks).sort()).toEqual([saved.ids[0], saved.ids[2]].sort());
        expect(marks[saved.ids[0]]).toBe(edited.changedTo);
        expect(marks[saved.ids[2]]).toBe(saved.mentionText);

        const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
        const listed = await poll(
          () =>
            popup.evaluate(() => {
              const orphans = [...document.querySelectorAll('[data-list="orphans"] [data-saved-id]')];
              const placed = [...document.querySelectorAll('[data-list="placed"] [data-saved-id]')];
              return orphans.length
                ? { orphans: orphans.map((o) => o.textContent ?? ''), placed: placed.length, heading: document.getElementById('saved-heading')?.textContent }
                : null;
            }),
          10_000,
          'the orphan in the popup',
        );
        expect(listed.orphans.length).toBe(1);
        expect(listed.orphans[0]).toContain(saved.b.slice(0, 60));
        expect(listed.placed).toBe(2);
        expect(listed.heading).toContain('(3)');
        await popup.close();
      } finally {
        pages[GEN] = ORIGINAL;
      }
    });

    it('the popup saves the selection and offers the library', async () => {
      await visit();
      await savedOnPage(3);
      const quotes = await pickQuotes(article, ORIGINAL);
      const q = quotes.find((x) => x !== saved.a && x !== saved.b)!;
      expect(await select(article, q)).toBe(true);
      const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
      await poll(() => popup.$('button.save-selection'), 10_000, 'the Save selection button');
      await popup.click('button.save-selection');
      const state = await savedOnPage(4);
      expect(state.placed.some((h: any) => h.quote === q)).toBe(true);
      expect(await popup.$eval('.saved-message', (e) => e.textContent)).toContain('Saved');
      expect(await popup.$('button.open-library')).toBeTruthy();
      await popup.close();
    });

    it('saved highlights survive an extension reload', async () => {
      const old = helper;
      if (name === 'chromium') {
        // runtime.reload() leaves a CDP-loaded extension's pages blocked; loading the same unpacked
        // directory again is Chromium's reload (same id, same profile data), as an update would be.
        await session.browser.installExtension(extensionDir);
      } else {
        await helper
          .evaluate(() => {
            const g = globalThis as any;
            (g.browser ?? g.chrome).runtime.reload();
          })
          .catch(() => {});
      }
      helper = await helperAgain();
      // The reload really happened: the extension pages of before are gone or cut off.
      expect(old.isClosed() || !(await old.evaluate(() => !!(globalThis as any).chrome?.runtime?.id || !!(globalThis as any).browser?.runtime?.id).catch(() => false))).toBe(true);
      tabId = undefined as unknown as number;
      await visit();
      const state = await savedOnPage(4);
      expect(state.placed.length).toBe(4);
      const marks = await savedMarks(article);
      expect(Object.keys(marks).length).toBe(4);
    });

    it('saved highlights survive an extension update (a new version installed over the old one)', async () => {
      const before = await libraryIds(helper);
      expect(before.length).toBe(4);
      const manifestPath = path.join(extensionDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      const next = manifest.version.replace(/\d+$/, (n: string) => String(Number(n) + 1));
      writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: next }));
      await session.browser.installExtension(extensionDir);
      helper = await poll(async () => {
        const p = await helperAgain();
        const v = await p.evaluate(() => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.getManifest().version);
        if (v === next) return p;
        await p.close();
        return null;
      }, 20_000, `version ${next} running`);
      expect(await libraryIds(helper)).toEqual(before);
      tabId = undefined as unknown as number;
      await visit();
      const state = await savedOnPage(4);
      expect(state.placed.length).toBe(4);
      expect(Object.keys(await savedMarks(article)).length).toBe(4);
    });

    it('two tabs saving at the same moment both land in the library', async () => {
      expect(SECOND).not.toBe(ORIGINAL);
      const before = await libraryIds(helper);
      expect(before.length).toBe(4);
      const other = await session.browser.newPage();
      const otherUrl = server.origin + GEN2;
      await other.goto(otherUrl, { waitUntil: 'domcontentloaded' });
      const otherTab = (await poll(() => tabIdForUrl(helper, otherUrl), 15_000, 'the second tab id'))!;
      await waitForResults(helper, otherTab, (r) => r.url === otherUrl && r.status === 'done', 'the analysis in the second tab');
      await visit();
      await savedOnPage(4);

      // A different quote in each tab, neither saved before; then both tabs save at once.
      const quotes = (await pickQuotes(article, ORIGINAL)).filter((q) => ![saved.a, saved.b].includes(q));
      const [qa, qb] = [quotes[quotes.length - 1], quotes[quotes.length - 2]];
      expect(qa && qb && qa !== qb).toBeTruthy();
      expect(await select(article, qa)).toBe(true);
      expect(await select(other, qb)).toBe(true);
      const [outA, outB] = await Promise.all([
        sendToTab(helper, tabId, { type: 'attache:save-selection' }),
        sendToTab(helper, otherTab, { type: 'attache:save-selection' }),
      ]);
      expect(outA).toMatchObject({ ok: true, quote: qa });
      expect(outB).toMatchObject({ ok: true, quote: qb });
      expect(outA.id).not.toBe(outB.id);

      const after = await libraryIds(helper);
      expect(after).toEqual([...before, outA.id, outB.id].sort());
      saved.ids.push(outA.id, outB.id);
      // Each tab shows its own new highlight.
      expect((await savedOnPage(5)).placed.map((h: any) => h.id)).toContain(outA.id);
      const inOther: any = await sendToTab(helper, otherTab, { type: 'attache:get-saved' });
      expect(inOther.placed.map((h: any) => h.id)).toEqual([outB.id]);
      await other.close();
    });

    it('saved highlights survive closing the browser and starting it again on the same profile', async () => {
      const before = await libraryIds(helper);
      expect(before.length).toBe(6);
      await session.close();
      expect(session.browser.connected).toBe(false);
      tabId = undefined as unknown as number;
      await start();
      // The extension is installed afresh on the old profile: its library is the one of before.
      expect(await libraryIds(helper)).toEqual(before);
      await visit();
      const state = await savedOnPage(5);
      expect(state.orphans).toEqual([]);
      const marks = await poll(async () => {
        const m = await savedMarks(article);
        return Object.keys(m).length === 5 ? m : null;
      }, 10_000, 'five saved highlights after the restart');
      expect(marks[saved.ids[0]]).toBe(saved.a);
      expect(marks[saved.ids[1]]).toBe(saved.b);
      expect(marks[saved.ids[2]]).toBe(saved.mentionText);
    });
  });
}
