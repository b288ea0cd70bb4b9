// The bench in real Chromium: the built extension (.output/chrome-mv3) on corpus pages served from
// localhost, reusing the e2e launcher and static server. Stage times are the content script's own
// (its results carry `timings`); Readability is timed in an isolated world of its own (as the content script runs) on the same DOM with
// highlights off. Heap is the renderer's V8 heap after a forced GC, with and without the extension.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_FLAGS, heapPages, measureHeap } from './chromium-heap.mjs';
import { median } from './stats.mjs';

const READABILITY_SRC = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');
/** The pause before each timed run, on both sides (see readLoop). */
const SETTLE_MS = 30;
const settle = () => new Promise((r) => setTimeout(r, SETTLE_MS));
export const LONG_ARTICLE_PATH = '/bench/long-article.html';

/** Only the local server answers: the pages' own remote resources are refused at once. */
async function localOnly(page, origin) {
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const u = req.url();
    if (u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:')) req.continue().catch(() => {});
    else req.abort('blockedbyclient').catch(() => {});
  });
}

/** Chromium with the extension from `extDir` (a copy of the build, so a rebuild meanwhile changes nothing). */
async function launch(extDir) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'attache-bench-'));
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, pipe: true, enableExtensions: true, userDataDir, args: CHROMIUM_FLAGS, protocolTimeout: 30_000 });
  const id = await browser.installExtension(extDir);
  return {
    browser,
    extOrigin: `chrome-extension://${id}`,
    close: async () => {
      await browser.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function runChromium({ shared, extDir, articles, nonArticles, memoryPagesAfter, longArticleHtml, runs, readRuns, progress = () => {} }) {
  const { poll } = await import('../../tests/e2e/browsers.ts');
  const { startStaticServer } = await import('../../tests/e2e/static-server.ts');
  const { tabIdForUrl } = await import('../../tests/e2e/helpers.ts');
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };

  // The server reads this object on each request: the heap pages are added once they are known.
  const served = { [LONG_ARTICLE_PATH]: longArticleHtml };
  const server = await startStaticServer(shared, served);
  const session = await launch(extDir);
  try {
    const ext = await session.browser.newPage();
    await ext.goto(`${session.extOrigin}/popup.html`, { waitUntil: 'load' });
    // A message the page cannot answer (its main thread stuck in its own script) gives up after 15 s.
    const send = (id, msg) =>
      Promise.race([
        ext.evaluate((t, m) => (globalThis.browser ?? globalThis.chrome).tabs.sendMessage(t, m), id, msg),
        new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer to ${msg.type}`)), 15_000)),
      ]);

    // The tab and its id, found through our own page (a corpus page's scripts may change its URL).
    const longUrl = server.origin + LONG_ARTICLE_PATH;
    let tab = null;
    let tabId = null;
    async function newTab() {
      if (tab) await tab.close().catch(() => {});
      tab = await session.browser.newPage();
      await localOnly(tab, server.origin);
      await tab.goto(longUrl, { waitUntil: 'load' });
      tabId = await poll(() => tabIdForUrl(ext, longUrl), 20_000, 'the content script');
    }
    await newTab();
    async function open(url) {
      // A page whose load never ends (a resource that never comes) is measured once its HTML is in.
      await tab.goto(url, { waitUntil: 'load', timeout: 10_000 }).catch((err) => {
        if (err?.name !== 'TimeoutError') throw err;
      });
      // Some saved pages loop in their own scripts: nothing (content script included) runs there.
      await Promise.race([
        tab.evaluate(() => document.readyState),
        new Promise((_, reject) => setTimeout(() => reject(new Error("the page's own script blocks its main thread")), 5_000)),
      ]);
      return poll(async () => {
        const r = await send(tabId, { type: 'attache:get-results' });
        return r && r.status !== 'pending' ? r : null;
      }, 20_000, `results for ${url}`);
    }
    /** Runs fn for a page; a page that fails is recorded and skipped, not the end of the bench. */
    const failures = [];
    async function guarded(page, fn) {
      try {
        return await fn();
      } catch (err) {
        failures.push({ id: page.id, error: String(err?.message ?? err).slice(0, 200) });
        await newTab(); // the old one may be stuck
        return null;
      }
    }
    /** The content script's stage timings over `runs` analyses after a warm-up. */
    async function analyses(force) {
      const out = [];
      let last = null;
      for (let i = 0; i <= runs; i++) {
        await settle();
        last = await send(tabId, { type: 'attache:analyze', force });
        if (i > 0) out.push(last);
      }
      return { runs: out, last };
    }
    // Readability in an isolated world of its own, as the content script runs (in Chromium a DOM
    // object's wrapper is found more slowly in an isolated world than in the page's main world, so
    // timing Readability in the main world set the pipeline against a faster Readability than the
    // one it runs). The main world's time is kept too (`readabilityMainMs`).
    // Each timed run, Readability's as the pipeline's, starts after the same pause (SETTLE_MS), so the
    // two sides are timed in one condition. Until 2026-11-30 Readability's runs went back to back in
    // one loop, each starting microseconds after the last, while each analysis came after a message's
    // round trip through the browser and whatever the previous one left running (its report, the
    // repaint of its highlights); back to back, Readability took about four fifths of its time after a
    // pause (README, Benchmark). Those times are still taken, after the settled ones in the same world
    // (`readHotMs`, `chromiumPipelineRatioBackToBack`).
    const readLoop = (settled) => `(async () => {
      const R = globalThis.__attacheBenchReadability;
      const out = [];
      for (let i = 0; i <= ${Number(readRuns)}; i++) {
        ${settled ? `await new Promise((r) => setTimeout(r, ${SETTLE_MS}));` : ''}
        const t0 = performance.now();
        const clone = document.cloneNode(true);
        const t1 = performance.now();
        new R(clone).parse();
        const t2 = performance.now();
        out.push([t1 - t0, t2 - t1]);
      }
      return out;
    })()`;
    const LOAD_READABILITY = `${READABILITY_SRC}\n;globalThis.__attacheBenchReadability = Readability;`;
    let worlds = 0;
    /** Settled runs in a new isolated world (`settled`), then back-to-back runs in the same world (`hot`). */
    async function readability() {
      const cdp = await tab.createCDPSession();
      try {
        const { frameTree } = await cdp.send('Page.getFrameTree');
        const { executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `attache-bench-${++worlds}` });
        await cdp.send('Runtime.evaluate', { expression: LOAD_READABILITY, contextId });
        const runs = async (settled) => {
          const r = await cdp.send('Runtime.evaluate', { expression: readLoop(settled), contextId, returnByValue: true, awaitPromise: true });
          if (r.exceptionDetails || !Array.isArray(r.result?.value)) throw new Error(`Readability in an isolated world: ${r.exceptionDetails?.text ?? 'no result'}`);
          return r.result.value;
        };
        const settled = await runs(true);
        const [, ...hot] = await runs(false);
        return { settled, hot };
      } finally {
        await cdp.detach().catch(() => {});
      }
    }
    async function readabilityMainWorld() {
      await tab.evaluate(LOAD_READABILITY);
      return tab.evaluate(readLoop(true));
    }
    const stageMedians = (rs) => {
      const s = {};
      for (const k of ['detect', 'extract', 'recognize', 'highlight']) s[k] = median(rs.map((r) => r.timings?.[k] ?? NaN));
      // Extraction's parts (extract.measure, .clone, .readability, .trace, .recover, .textmap), when the build reports them.
      for (const k of Object.keys(rs[0]?.timings ?? {})) if (k.startsWith('extract.')) s[k] = median(rs.map((r) => r.timings?.[k] ?? 0));
      return s;
    };
    const noTimings = (r) => !r.timings || !Number.isFinite(r.timings.detect);

    const detect = [];
    for (const page of nonArticles) {
      progress(page.id);
      const first = await guarded(page, () => open(`${server.origin}/${page.path}`));
      if (!first) continue;
      if (noTimings(first)) return { skipped: 'the built content script reports no stage timings (rebuild with npm run build)' };
      await guarded(page, async () => {
        const { runs: rs } = await analyses(false);
        const [, ...rd] = (await readability()).settled;
        const row = { id: page.id, detectMs: median(rs.map((r) => r.timings.detect)), readabilityMs: median(rd.map((x) => x[1])), cloneMs: median(rd.map((x) => x[0])), isArticle: rs[0].status === 'done' };
        detect.push({ ...row, share: row.detectMs / row.readabilityMs });
      });
    }

    const pipeline = [];
    for (const page of articles) {
      progress(page.id);
      const t0 = Date.now();
      const first = await guarded(page, () => open(`${server.origin}/${page.path}`));
      if (!first) continue;
      if (noTimings(first)) return { skipped: 'the built content script reports no stage timings (rebuild with npm run build)' };
      await guarded(page, async () => {
        const { runs: rs, last } = await analyses(true);
        await send(tabId, { type: 'attache:set-highlights', on: false });
        // Its first run, in a world where it has not run before, is set against the page's first analysis.
        const { settled, hot } = await readability();
        const [rdFirst, ...rd] = settled;
        const [, ...rdMain] = await readabilityMainWorld();
        const stages = stageMedians(rs);
        const stageSum = (r) => ['detect', 'extract', 'recognize', 'highlight'].reduce((a, k) => a + (r.timings[k] ?? 0), 0);
        const pipelineMs = median(rs.map(stageSum));
        const row = {
          id: page.id,
          length: last.meta?.length ?? 0,
          mentions: last.entities.reduce((n, e) => n + e.mentions.length, 0),
          highlighted: last.highlighted,
          skipped: last.skipped?.length ? last.skipped : undefined,
          pipelineMs,
          wallMs: median(rs.map((r) => r.ms)),
          cloneMs: median(rd.map((x) => x[0])),
          readabilityMs: median(rd.map((x) => x[1])),
          // Each run's clone and parse together: the same statistic as pipelineMs (a median of
          // per-run totals), which a sum of the two medians is not (it is lower when a pause lands in
          // the clone of one run and the parse of another).
          readMs: median(rd.map((x) => x[0] + x[1])),
          readHotMs: median(hot.map((x) => x[0] + x[1])),
          readabilityMainMs: median(rdMain.map((x) => x[1])),
          cloneMainMs: median(rdMain.map((x) => x[0])),
          readMainMs: median(rdMain.map((x) => x[0] + x[1])),
          stages,
          // The analysis the page got when it loaded (what a reader waits for): code not yet warm.
          firstPipelineMs: stageSum(first),
          firstStages: stageMedians([first]),
          firstReadabilityMs: rdFirst[0] + rdFirst[1],
        };
        row.seconds = (Date.now() - t0) / 1000;
        pipeline.push({
          ...row,
          ratio: row.pipelineMs / row.readMs,
          ratioParseOnly: row.pipelineMs / row.readabilityMs,
          ratioMainWorld: row.pipelineMs / row.readMainMs,
          ratioBackToBack: row.pipelineMs / row.readHotMs,
          firstRatio: row.firstPipelineMs / row.firstReadabilityMs,
        });
      });
    }

    // A long article with hundreds of mentions: highlighting alone, switched off and on again.
    progress('long article');
    await open(longUrl);
    const { last: longLast } = await analyses(true);
    const highlightRuns = [];
    for (let i = 0; i <= runs + 2; i++) {
      await send(tabId, { type: 'attache:set-highlights', on: false });
      const before = await tab.metrics();
      const r = await send(tabId, { type: 'attache:set-highlights', on: true });
      // Let the browser render the result, so its style and layout work shows in the metrics.
      await tab.evaluate(() => new Promise((res) => { requestAnimationFrame(() => setTimeout(res, 0)); setTimeout(res, 500); }));
      const after = await tab.metrics();
      if (i > 0)
        highlightRuns.push({
          ms: r.timings?.highlight ?? NaN,
          layouts: after.LayoutCount - before.LayoutCount,
          styleRecalcs: after.RecalcStyleCount - before.RecalcStyleCount,
          layoutMs: (after.LayoutDuration - before.LayoutDuration) * 1000,
          styleMs: (after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000,
        });
    }
    const longArticle = {
      length: longLast.meta?.length ?? 0,
      mentions: longLast.entities.reduce((n, e) => n + e.mentions.length, 0),
      highlighted: longLast.highlighted,
      stages: stageMedians([longLast]),
      highlightMs: median(highlightRuns.map((x) => x.ms)),
      layouts: Math.max(...highlightRuns.map((x) => x.layouts)),
      styleRecalcs: Math.max(...highlightRuns.map((x) => x.styleRecalcs)),
      layoutMs: median(highlightRuns.map((x) => x.layoutMs)),
      styleMs: median(highlightRuns.map((x) => x.styleMs)),
    };

    // Heap: browsers of its own (chromium-heap.mjs), on script-free copies of two pages.
    progress('memory');
    const [nonArticle, longest] = memoryPagesAfter(pipeline);
    Object.assign(served, heapPages([nonArticle, longest]));
    const memory = await measureHeap({
      extDir,
      origin: server.origin,
      nonArticle: `${server.origin}/bench/heap/${nonArticle.id}.html`,
      longest: `${server.origin}/bench/heap/${longest.id}.html`,
    });
    memory.nonArticle = nonArticle.id;
    memory.longest = longest.id;

    return { detect, pipeline, longArticle, memory, failures };
  } finally {
    await session.close();
    await server.close();
  }
}
