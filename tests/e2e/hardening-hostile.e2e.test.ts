// Issue 6, hostile pages: generated pages served from localhost that are huge, deep, framed,
// editable, scripted against the extension, or never finish loading. On each, the content script
// must finish or give up within its time bound, say what it skipped, leave the page working and its
// text as it was, throw nothing, and send nothing over the network. Every case runs in Chromium; the
// core ones also in Firefox.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_LIMITS, TIME_BOUND_MS } from '../../lib/budget';
import { launchWithExtension, poll, type BrowserName, type ExtensionSession } from './browsers';
import { FRAME, hostileCases, startPageServer, type HostileCase, type PageServer } from './hardening-pages';
import { sendToTab, shouldSkip, tabIdForUrl } from './helpers';
import type { ExtensionWatch, PageErrors } from './network-watch';

/** How long the content script waits for HTML that never ends (entrypoints/content/index.ts). */
const MAX_PARSE_WAIT_MS = 8000;

interface Visit {
  page: Page;
  tabId: number;
  results: any;
  errors: PageErrors;
  /** From navigation to results that are no longer "pending". */
  wallMs: number;
}

// Evaluated as strings: some pages overwrite Array.prototype and friends in their own world, so the
// checks use only plain loops and properties.
const COUNT_MARKS = `document.getElementsByClassName('attache-hl').length`;
const BODY_HTML = `document.body.innerHTML`;
const BODY_TEXT = `document.body.innerText`;

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.skipIf(shouldSkip(name))(`${name}: hostile pages`, () => {
    let server: PageServer;
    let cross: PageServer;
    let session: ExtensionSession;
    let watch: ExtensionWatch;
    let helper: Page;
    let cases: HostileCase[];

    beforeAll(async () => {
      cross = await startPageServer({ '/frame.html': { body: FRAME } });
      cases = hostileCases(cross.origin);
      const routes = Object.fromEntries(cases.map((c) => [c.path, c.route]));
      server = await startPageServer({ ...routes, '/frame.html': { body: FRAME } });
      session = await launchWithExtension(name);
      watch = session.watch;
      helper = await session.openExtensionPage('popup.html');
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
      await cross?.close();
    });

    const send = (tabId: number, msg: unknown) => sendToTab(helper, tabId, msg);

    async function visit(c: HostileCase): Promise<Visit> {
      const page = await session.browser.newPage();
      const errors = await watch.page(page);
      const url = server.origin + c.path;
      const t0 = Date.now();
      // A page that never finishes never fires load (nor DOMContentLoaded): do not wait for either.
      page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 }).catch(() => {});
      const bound = TIME_BOUND_MS + (c.route.hang ? MAX_PARSE_WAIT_MS : 0) + 20_000;
      const tabId = await poll(() => tabIdForUrl(helper, url), bound, `${c.name}: the content script answering`);
      const results = await poll(async () => {
        const r = await send(tabId, { type: 'attache:get-results' });
        return r && r.status !== 'pending' ? r : null;
      }, bound, `${c.name}: the analysis to finish`);
      return { page, tabId, results, errors, wallMs: Date.now() - t0 };
    }

    /** Highlights off: the page's markup and text are back to what they were before the analysis. */
    async function expectRestored(c: HostileCase, v: Visit) {
      const off = await send(v.tabId, { type: 'attache:set-highlights', on: false });
      expect(off.highlightsOn).toBe(false);
      expect(await v.page.evaluate(COUNT_MARKS)).toBe(0);
      const snap = await v.page.evaluate(`window.__snap === undefined ? null : { html: window.__snap, text: window.__text }`);
      if (snap) {
        const now = (await v.page.evaluate(`({ html: ${BODY_HTML}, text: ${BODY_TEXT} })`)) as { html: string; text: string };
        expect(now.text).toBe((snap as any).text);
        expect(now.html).toBe((snap as any).html);
      } else if (c.source) {
        const { now, original } = (await v.page.evaluate(
          (src: string) => ({ now: document.body.innerHTML, original: new DOMParser().parseFromString(src, 'text/html').body.innerHTML }),
          c.source,
        )) as { now: string; original: string };
        expect(now).toBe(original);
      }
    }

    /** Common to every case: bounded, nothing thrown, the page's own scripts still running. */
    async function expectSound(c: HostileCase, v: Visit) {
      expect(v.results.status, `${c.name}: ${v.results.error}`).not.toBe('error');
      expect(v.results.error).toBeNull();
      expect(v.results.ms).toBeLessThanOrEqual(TIME_BOUND_MS);
      expect(v.errors.extension).toEqual([]);
      // Firefox logs the CSP page's own blocked script and favicon; a block of anything of the extension's would stay.
      const ownCsp = (e: string) => c.name === 'strict-csp' && /^Content-Security-Policy:/.test(e) && !/-extension:\/\//.test(e);
      expect(v.errors.page.filter((e) => !ownCsp(e))).toEqual([]);
      const alive = await v.page.evaluate(`window.__alive === undefined ? null : window.__alive`);
      if (alive !== null) {
        await poll(async () => ((await v.page.evaluate(`window.__alive`)) as number) > (alive as number), 5000, `${c.name}: the page's own timer`);
      }
      console.info(`[e2e] ${name} ${c.name}: ${v.results.status} in ${Math.round(v.results.ms)} ms (${v.wallMs} ms from navigation), ${v.results.highlighted} highlights; skipped: ${JSON.stringify(v.results.skipped ?? [])}`);
    }

    const run = (caseName: string, check: (c: HostileCase, v: Visit) => Promise<void>) => {
      const core = hostileCases('http://x').find((c) => c.name === caseName)!.core;
      it.skipIf(name === 'firefox' && !core)(caseName, async () => {
        const c = cases.find((x) => x.name === caseName)!;
        const v = await visit(c);
        try {
          await expectSound(c, v);
          await check(c, v);
        } finally {
          await v.page.close().catch(() => {});
        }
      });
    };

    run('big-text', async (c, v) => {
      expect(v.results.status).toBe('done');
      const stages = (v.results.skipped as { stage: string }[]).map((s) => s.stage);
      expect(stages).toEqual(expect.arrayContaining(['extract', 'recognize', 'highlight']));
      expect(v.results.highlighted).toBe(3000);
      // Only the first part was read: every mention lies within the recognition limit.
      for (const e of v.results.entities) for (const m of e.mentions) expect(m.end).toBeLessThanOrEqual(PAGE_LIMITS.maxRecognizeChars);
      await expectRestored(c, v);
    });

    run('many-elements', async (c, v) => {
      expect(v.results.status).toBe('done');
      // Readability is not run; the article container is read instead (the comments are outside it).
      expect(v.results.skipped).toEqual([expect.objectContaining({ stage: 'extract', reason: expect.stringMatching(/^the page has more than [\d,]+ elements: Readability was not run/) })]);
      expect(v.results.highlighted).toBeGreaterThan(0);
      expect(await v.page.evaluate(`document.querySelector('.comments mark') === null`)).toBe(true);
      await expectRestored(c, v);
    });

    run('deep-nesting', async (c, v) => {
      expect(await v.page.evaluate(`document.getElementById('deep-span').getElementsByTagName('span').length`)).toBe(3000);
      expect(v.results.skipped).toEqual([expect.objectContaining({ stage: 'extract', reason: expect.stringMatching(/^the page nests elements more than [\d,]+ deep: Readability was not run/) })]);
      expect(v.results.highlighted).toBeGreaterThan(0);
      await expectRestored(c, v);
    });

    run('iframes', async (c, v) => {
      expect(v.results.highlighted).toBeGreaterThan(0);
      const frames = v.page.frames().filter((f) => f !== v.page.mainFrame());
      expect(frames.length).toBe(2);
      for (const f of frames) {
        // Frames are not analysed (the article is in the top document) and are left exactly as served.
        expect(await f.evaluate(`document.getElementsByTagName('mark').length`)).toBe(0);
        expect(await f.evaluate(`document.getElementById('fp').innerHTML`)).toBe('In a frame: French President Emmanuel Macron and Germany.');
      }
      await expectRestored(c, v);
    });

    run('shadow-roots', async (c, v) => {
      expect(v.results.highlighted).toBeGreaterThan(0);
      const inside = await v.page.evaluate(() =>
        ['host1', 'host2'].map((id) => document.getElementById(id)!.shadowRoot?.innerHTML ?? null),
      );
      expect(inside).toEqual([
        '<p>Inside an open shadow root, Japan and India signed a pact.</p>',
        '<p>A declarative shadow root: Brazil and Chile met.</p>',
      ]);
      await expectRestored(c, v);
    });

    run('editable', async (c, v) => {
      expect(v.results.highlighted).toBeGreaterThan(0);
      const state = () =>
        v.page.evaluate(() => ({
          ce: document.getElementById('ce')!.innerHTML,
          input: (document.getElementById('in') as HTMLInputElement).value,
          ta: (document.getElementById('ta') as HTMLTextAreaElement).value,
          sel: document.getElementById('sel')!.innerHTML,
        }));
      expect(await state()).toEqual({
        ce: 'France and Germany in an editable box, with Wang Yi too.',
        input: 'Wang Yi visited France',
        ta: 'Germany and Japan in a textarea.',
        sel: '<option>France</option><option>China</option>',
      });
      // Still editable as before.
      await v.page.focus('#in');
      await v.page.evaluate(() => (document.getElementById('in') as HTMLInputElement).select());
      await v.page.keyboard.type('Chile');
      await v.page.click('#ta');
      await v.page.keyboard.press('End');
      await v.page.keyboard.type(' Peru.');
      expect(await v.page.evaluate(() => [(document.getElementById('in') as HTMLInputElement).value, (document.getElementById('ta') as HTMLTextAreaElement).value])).toEqual([
        'Chile',
        'Germany and Japan in a textarea. Peru.',
      ]);
      await v.page.evaluate(() => ((document.getElementById('in') as HTMLInputElement).value = 'Wang Yi visited France'));
      await v.page.evaluate(() => ((document.getElementById('ta') as HTMLTextAreaElement).value = 'Germany and Japan in a textarea.'));
      await expectRestored(c, v);
    });

    run('script-style', async (c, v) => {
      expect(v.results.highlighted).toBeGreaterThan(0);
      expect(
        await v.page.evaluate(() => ['s1', 's2', 'st', 'ns'].map((id) => document.getElementById(id)!.innerHTML).concat((document.getElementById('tp') as HTMLTemplateElement).innerHTML)),
      ).toEqual([
        'window.__scriptText = "Wang Yi visited France";',
        '{"country": "France", "official": "Wang Yi"}',
        '.x::after { content: "China and Germany"; }',
        'Japan and India',
        '<p>India and Pakistan</p>',
      ]);
      await expectRestored(c, v);
    });

    run('split-inline', async (c, v) => {
      // A mention across inline elements is one highlight made of several mark elements.
      const groups = await v.page.evaluate(() => {
        const by: Record<string, { text: string; parts: number; inB: boolean }> = {};
        for (const m of document.querySelectorAll('#split mark.attache-hl')) {
          const id = m.getAttribute('data-attache-id')!;
          const g = (by[id] ??= { text: '', parts: 0, inB: false });
          g.text += m.textContent;
          g.parts++;
          g.inB ||= !!m.closest('b');
        }
        return Object.values(by);
      });
      expect(groups).toEqual(expect.arrayContaining([
        { text: 'Wang Yi', parts: 2, inB: true },
        { text: 'France', parts: 2, inB: false },
        { text: 'Germany', parts: 2, inB: false },
      ]));
      await expectRestored(c, v);
    });

    run('rtl', async (c, v) => {
      expect(v.results.highlighted).toBeGreaterThan(0);
      await expectRestored(c, v);
    });

    run('invisible-spaces', async (c, v) => {
      expect(v.results.highlighted).toBeGreaterThan(0);
      await expectRestored(c, v);
    });

    run('prototype-overwrite', async (c, v) => {
      // The page's overwrites are still in place in its world, yet the content script (isolated world) worked.
      expect(await v.page.evaluate(`window.__overwritten()`)).toBe(true);
      expect(v.results.status).toBe('done');
      expect(v.results.highlighted).toBeGreaterThan(0);
      expect(await v.page.evaluate(COUNT_MARKS)).toBe(v.results.highlighted);
      await expectRestored(c, v);
      expect(await v.page.evaluate(`window.__overwritten()`)).toBe(true);
    });

    run('strips-highlights', async (c, v) => {
      // The page unwraps every highlight as it appears; the content script notices the page changed and
      // analyses it again a bounded number of times, never throwing and never looping forever.
      await poll(async () => ((await v.page.evaluate(`window.__stripped`)) as number) > 0, 5000, 'the page stripping highlights');
      for (const msg of [
        { type: 'attache:set-highlights', on: false },
        { type: 'attache:set-highlights', on: true },
        { type: 'attache:analyze', force: false },
        { type: 'attache:scroll-to', entityType: 'country', key: 'FR' },
      ]) {
        const r = await send(v.tabId, msg);
        expect(r, JSON.stringify(msg)).toBeTruthy();
        expect(r.status === undefined || r.status === 'done', JSON.stringify(r).slice(0, 200)).toBe(true);
      }
      await new Promise((r) => setTimeout(r, 1500));
      const after = await send(v.tabId, { type: 'attache:get-results' });
      expect(after.status).toBe('done');
      expect(after.ms).toBeLessThanOrEqual(TIME_BOUND_MS);
      await expectRestored(c, v);
      expect(v.errors.extension).toEqual([]);
    });

    run('rewrites-dom', async (c, v) => {
      // While the page rewrites its article every 20 ms: re-analysis, toggling and scrolling all answer.
      for (let i = 0; i < 3; i++) {
        for (const msg of [
          { type: 'attache:analyze', force: false },
          { type: 'attache:set-highlights', on: false },
          { type: 'attache:set-highlights', on: true },
          { type: 'attache:scroll-to', entityType: 'country', key: 'JP' },
        ]) {
          const r = await send(v.tabId, msg);
          expect(r, JSON.stringify(msg)).toBeTruthy();
          if (r.status !== undefined) {
            expect(r.status).toBe('done');
            expect(r.ms).toBeLessThanOrEqual(TIME_BOUND_MS);
          }
        }
      }
      await poll(() => v.page.evaluate(`window.__churnDone === true`), 15_000, 'the page to stop rewriting');
      const off = await send(v.tabId, { type: 'attache:set-highlights', on: false });
      expect(off.highlightsOn).toBe(false);
      expect(await v.page.evaluate(COUNT_MARKS)).toBe(0);
      // The page's own rewrites changed its text, so it cannot be compared with the first snapshot;
      // but no highlight is left and the page's text has no trace of the extension.
      const text = (await v.page.evaluate(BODY_TEXT)) as string;
      expect(text).toContain('Update 150: Japan and India signed a pact; Wang Yi welcomed it.');
      expect(v.errors.extension).toEqual([]);
      expect(v.errors.page).toEqual([]);
    });

    run('strict-csp', async (c, v) => {
      expect(await v.page.evaluate(`window.__ran === undefined`)).toBe(true); // the page's CSP is in force
      expect(v.results.status).toBe('done');
      expect(v.results.highlighted).toBeGreaterThan(0);
      // The highlight styles come from the extension's stylesheet, which the page's CSP does not block.
      const style = await v.page.evaluate(() => getComputedStyle(document.querySelector('mark.attache-hl')!).textDecorationLine);
      expect(style).toBe('underline');
      await v.page.type('#in', 'still typing');
      expect(await v.page.evaluate(() => (document.getElementById('in') as HTMLInputElement).value)).toBe('still typing');
      await v.page.evaluate(() => ((document.getElementById('in') as HTMLInputElement).value = ''));
      await expectRestored(c, v);
    });

    run('never-finishes', async (c, v) => {
      expect(await v.page.evaluate(`document.readyState`)).toBe('loading');
      expect(v.results.status).toBe('done');
      expect(v.results.highlighted).toBeGreaterThan(0);
      expect(v.results.skipped).toEqual(expect.arrayContaining([expect.objectContaining({ stage: 'load' })]));
      expect(v.wallMs).toBeLessThanOrEqual(MAX_PARSE_WAIT_MS + TIME_BOUND_MS + 5000);
      const off = await send(v.tabId, { type: 'attache:set-highlights', on: false });
      expect(off.highlightsOn).toBe(false);
      expect(await v.page.evaluate(COUNT_MARKS)).toBe(0);
    });

    it('the extension made no network request and threw nothing in its own contexts', async () => {
      await watch.collect();
      expect(watch.extensionRequests).toEqual([]);
      expect(watch.extensionErrors).toEqual([]);
      // The server saw only the pages and frames it serves (and the browser's favicon requests).
      const expected = new Set([...cases.map((c) => c.path), '/frame.html', '/favicon.ico']);
      expect(server.requests.filter((p) => !expected.has(p))).toEqual([]);
      expect(cross.requests.filter((p) => p !== '/frame.html' && p !== '/favicon.ico')).toEqual([]);
      console.info(`[e2e] ${name} network watch: ${watch.allRequests.length} requests seen, ${watch.extensionRequests.length} by the extension`);
    });
  });
}
