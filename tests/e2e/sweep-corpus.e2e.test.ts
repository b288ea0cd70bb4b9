// Issue 6, the real-page sweep: every saved page of ../shared/corpus/pages and the reference
// fixture, served from localhost to real Chromium with the extension. For each page it records
// uncaught errors of the extension (content script, service worker, extension pages), errors the
// page throws that it does not throw without the extension (a second, plain Chromium loads the same
// page), whether document.body.innerText is the same after highlights are removed as before the
// analysis (or, on a page that changes its own text, as with highlights), and how long the analysis took against the content script's time bound. Requests to
// anything but localhost are aborted (the saved pages point at the web; there is no network here).
// One browser, one tab at a time; the table goes to e2e-artifacts/sweep-chromium.json.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TIME_BOUND_MS } from '../../lib/budget';
import { ARTIFACTS_DIR, launchWithExtension, poll, SHARED_DIR, type ExtensionSession } from './browsers';
import { sendToTab, shouldSkip } from './helpers';
import { describeException, type ExtensionWatch } from './network-watch';
import { startStaticServer, type StaticServer } from './static-server';

const PAGES = [
  ...readdirSync(path.join(SHARED_DIR, 'corpus/pages'))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => `/corpus/pages/${f}`),
  '/fixtures/ichongqing-envoys.html',
];
/** How long the content script waits for HTML that never ends (entrypoints/content/index.ts). */
const MAX_PARSE_WAIT_MS = 8000;

interface Row {
  page: string;
  status: string;
  ms: number;
  /** From navigation start to results that are no longer "pending". */
  wallMs: number;
  highlighted: number;
  skipped: string[];
  extensionErrors: string[];
  /** Page errors with the extension that the page does not throw without it. */
  causedErrors: string[];
  textChanged: boolean;
  /** The page changed its own text after DOMContentLoaded, so it was judged around the removal. */
  dynamic: boolean;
  /** Only when textChanged: where the texts first differ. */
  diff?: string;
}

// Taken in the page's world at DOMContentLoaded, before the content script analyses (it starts after
// DOMContentLoaded): the visible text as the page made it.
const SNAPSHOT = `document.addEventListener('DOMContentLoaded', () => { window.__sweepBefore = document.body ? document.body.innerText : ''; });`;

async function offline(page: Page, origin: string): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    const url = r.url();
    if (!/^(https?|wss?):/i.test(url) || url.startsWith(origin)) r.continue().catch(() => {});
    else r.abort('internetdisconnected').catch(() => {});
  });
}

/** The promise's value, or `fallback` once `ms` have passed (a page that blocks its thread never answers). */
function within<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  return Promise.race([p.catch(() => fallback), new Promise<T>((r) => setTimeout(() => r(fallback), ms))]);
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `at ${i}: before ${JSON.stringify(a.slice(Math.max(0, i - 30), i + 30))} after ${JSON.stringify(b.slice(Math.max(0, i - 30), i + 30))}`;
}

describe.skipIf(shouldSkip('chromium'))('chromium: sweep over every corpus page', () => {
  let server: StaticServer;
  let session: ExtensionSession;
  let watch: ExtensionWatch;
  let plain: Browser;
  let helper: Page;

  beforeAll(async () => {
    server = await startStaticServer(SHARED_DIR);
    session = await launchWithExtension('chromium');
    watch = session.watch;
    helper = await session.openExtensionPage('popup.html');
    plain = await puppeteer.launch({
      executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
      headless: true,
      pipe: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await session?.close();
    await plain?.close().catch(() => {});
    await server?.close();
  });

  const send = (tabId: number, msg: unknown) => sendToTab(helper, tabId, msg);

  // One page is open at a time, so the tab whose content script answers is that page's (matching by
  // URL would miss pages that rewrite their own URL with history.replaceState).
  const tabIdFor = () =>
    helper.evaluate(async () => {
      const g = globalThis as any;
      const api = g.browser ?? g.chrome;
      for (const tab of await api.tabs.query({})) {
        try {
          if (await api.tabs.sendMessage(tab.id, { type: 'attache:get-results' })) return tab.id as number;
        } catch {
          /* no content script in that tab (yet) */
        }
      }
      return null;
    });

  interface Baseline {
    errors: string[];
    /** The page's own scripts keep its main thread busy: no content script could run there either. */
    hangs: boolean;
    /** Its visible text changes on its own after DOMContentLoaded (carousels, late rendering). */
    dynamic: boolean;
  }

  /** The page in a browser without the extension, observed the same way. */
  async function baseline(url: string): Promise<Baseline> {
    const page = await plain.newPage();
    const errors: string[] = [];
    try {
      const cdp = await page.createCDPSession();
      cdp.on('Runtime.exceptionThrown', (e: any) => errors.push(describeException(e.exceptionDetails)));
      await cdp.send('Runtime.enable');
      await offline(page, server.origin);
      await page.evaluateOnNewDocument(SNAPSHOT);
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 }).catch(() => {});
      const first = await within(page.evaluate(() => (window as any).__sweepBefore as string | undefined), 10_000, 'hangs');
      if (first === 'hangs') return { errors, hangs: true, dynamic: false };
      await new Promise((r) => setTimeout(r, 1000));
      const later = await within(page.evaluate(() => (document.body ? document.body.innerText : '')), 10_000, null);
      return { errors, hangs: later === null, dynamic: first !== later };
    } finally {
      await page.close().catch(() => {});
    }
  }

  interface Observed {
    page: string;
    wallMs: number;
    results: any;
    extensionErrors: string[];
    pageErrors: string[];
    before?: string;
    on?: string;
    off?: string;
  }

  async function observe(rel: string): Promise<Observed> {
    const url = server.origin + rel;
    const page = await session.browser.newPage();
    try {
      const errors = await watch.page(page);
      await offline(page, server.origin);
      await page.evaluateOnNewDocument(SNAPSHOT);
      const t0 = Date.now();
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 }).catch(() => {});
      const deadline = MAX_PARSE_WAIT_MS + TIME_BOUND_MS + 10_000;
      let tabId: number | null = null;
      const answer = (msg: unknown) => within(send(tabId ?? -1, msg), 5000, null);
      let results: any = null;
      while (Date.now() - t0 < deadline) {
        tabId ??= await within(tabIdFor(), 5000, null);
        results = tabId === null ? null : await answer({ type: 'attache:get-results' });
        if (results && results.status !== 'pending') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const obs: Observed = { page: rel, wallMs: Date.now() - t0, results, extensionErrors: errors.extension, pageErrors: errors.page };
      if (!results || results.status === 'pending') return obs;
      const read = () => within(page.evaluate(() => (document.body ? document.body.innerText : '')), 10_000, undefined);
      // Some pages reveal or rotate their own text for a while after load (seen under CI load): read
      // until two readings 300 ms apart agree, so the comparison is between settled texts.
      const text = async () => {
        let last = await read();
        for (let i = 0; i < 10; i++) {
          await new Promise((r) => setTimeout(r, 300));
          const next = await read();
          if (next === last) return next;
          last = next;
        }
        return last;
      };
      obs.on = await text();
      const off = await answer({ type: 'attache:set-highlights', on: false });
      obs.off = await text();
      obs.before = await within(page.evaluate(() => (window as any).__sweepBefore as string | undefined), 5000, undefined);
      const marks = await within(page.evaluate(() => document.querySelectorAll('mark.attache-hl').length), 5000, -1);
      if (!off || off.highlightsOn !== false || marks !== 0) obs.extensionErrors = [...obs.extensionErrors, `highlights did not turn off (${marks} left)`];
      return obs;
    } finally {
      await page.close().catch(() => {});
    }
  }

  function judge(o: Observed, base: Baseline): Row {
    const r = o.results;
    const row: Row = {
      page: o.page,
      status: r?.status ?? 'no-answer',
      ms: r ? Math.round(r.ms) : NaN,
      wallMs: o.wallMs,
      highlighted: r?.highlighted ?? 0,
      skipped: (r?.skipped ?? []).map((s: { stage: string; reason: string }) => `${s.stage}: ${s.reason}`),
      extensionErrors: [...o.extensionErrors, ...(r?.error ? [`status error: ${r.error}`] : [])],
      // Same page, same server: an error the page also throws without the extension is its own.
      causedErrors: o.pageErrors.filter((e) => !base.errors.includes(e)),
      textChanged: false,
      dynamic: base.dynamic,
    };
    if ((!r || r.status === 'pending') && base.hangs) return { ...row, status: 'page-hangs-without-extension', ms: 0 };
    if (!r || r.status === 'pending') return row;
    // Unchanged: the text after removal is the text at DOMContentLoaded (before the analysis). A page
    // that changes its own text meanwhile (seen without the extension, or between DOMContentLoaded and
    // the reading with highlights) is judged by its text with highlights against the text just after
    // their removal: highlights never change visible text, and removing them restores it.
    const { before, on, off } = o;
    const pageMoved = base.dynamic || before !== on;
    row.dynamic = pageMoved && before !== off;
    row.textChanged = off === undefined || (before !== off && !(pageMoved && on === off));
    if (row.textChanged) row.diff = off === undefined || before === undefined ? 'a text could not be read' : firstDifference(row.dynamic ? on ?? '' : before, off);
    return row;
  }

  it(`${PAGES.length} pages: no extension error, no page error caused, the same visible text after removal, every analysis within ${TIME_BOUND_MS} ms`, async () => {
    const started = Date.now();
    // The plain browser runs through the pages alongside, so the sweep takes about as long as one pass.
    const baselines = (async () => {
      const out: Baseline[] = [];
      for (const rel of PAGES) out.push(await baseline(server.origin + rel));
      return out;
    })();
    const observed: Observed[] = [];
    for (const rel of PAGES) observed.push(await observe(rel));
    const bases = await baselines;
    // A page whose own scripts only sometimes block its main thread (wcxb-dev-2157 under load: no
    // DOMContentLoaded within 20 s, with or without the extension) is checked once more without the
    // extension before the extension is blamed for its silence.
    // Likewise a page error seen only with the extension is looked for once more without it (under
    // load the baseline has missed wcxb-dev-0085's own failed module import, which it throws with or
    // without Attaché); errors from either baseline count as the page's own.
    for (let i = 0; i < PAGES.length; i++) {
      const r = observed[i].results;
      if ((!r || r.status === 'pending') && !bases[i].hangs) bases[i] = await baseline(server.origin + PAGES[i]);
      else if (observed[i].pageErrors.some((e) => !bases[i].errors.includes(e))) {
        const again = await baseline(server.origin + PAGES[i]);
        bases[i] = { ...bases[i], errors: [...bases[i].errors, ...again.errors] };
      }
    }
    const rows = observed.map((o, i) => judge(o, bases[i]));
    await watch.collect();

    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const summary = {
      pages: rows.length,
      articles: rows.filter((r) => r.status === 'done').length,
      extensionErrors: rows.reduce((n, r) => n + r.extensionErrors.length, 0) + watch.extensionErrors.length,
      causedPageErrors: rows.reduce((n, r) => n + r.causedErrors.length, 0),
      changedText: rows.filter((r) => r.textChanged).length,
      dynamicPages: rows.filter((r) => r.dynamic).length,
      maxMs: Math.max(...rows.map((r) => r.ms || 0)),
      maxWallMs: Math.max(...rows.map((r) => r.wallMs)),
      overBound: rows.filter((r) => r.ms > TIME_BOUND_MS).length,
      hangWithoutExtension: rows.filter((r) => r.status === 'page-hangs-without-extension').map((r) => r.page),
      withSkips: rows.filter((r) => r.skipped.length).length,
      extensionRequests: watch.extensionRequests.length,
      sweepSeconds: Math.round((Date.now() - started) / 1000),
    };
    writeFileSync(path.join(ARTIFACTS_DIR, 'sweep-chromium.json'), JSON.stringify({ summary, rows, workerErrors: watch.extensionErrors }, null, 2));
    console.info(`[e2e] sweep: ${JSON.stringify(summary)}`);

    expect(rows.filter((r) => r.extensionErrors.length).map((r) => [r.page, r.extensionErrors])).toEqual([]);
    expect(watch.extensionErrors).toEqual([]);
    expect(rows.filter((r) => r.causedErrors.length).map((r) => [r.page, r.causedErrors])).toEqual([]);
    expect(rows.filter((r) => r.textChanged).map((r) => [r.page, r.diff])).toEqual([]);
    const finished = (r: Row) => ['done', 'not-article', 'page-hangs-without-extension'].includes(r.status) && r.ms <= TIME_BOUND_MS;
    expect(rows.filter((r) => !finished(r)).map((r) => [r.page, r.status, r.ms])).toEqual([]);
    expect(watch.extensionRequests).toEqual([]);
  }, 600_000);
});
