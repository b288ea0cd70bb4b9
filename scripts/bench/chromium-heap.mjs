// Heap kept by the content script in real Chromium: the renderer's V8 heap after forced GCs, in a
// browser with the extension minus the same pages in a browser without it. The pages are served
// without their own scripts (JSON-LD kept), or their scripts' allocations would swamp the figure.
// Each sequence of pages runs in a fresh tab. The back/forward cache keeps a page alive after the
// tab leaves it, so "nothing kept after navigating away" is checked with that cache off, and the
// figure with it on (Chrome's default) is reported beside.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

export const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
/** As tests/e2e/browsers.ts and shared/notes/toolchain.md. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const NO_BFCACHE = '--disable-features=BackForwardCache';

export const withoutScripts = (html) => html.replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '');

/** Served pages for the heap measure: { '/bench/heap/<id>.html': html }. */
export function heapPages(pages) {
  return Object.fromEntries(pages.map((p) => [`/bench/heap/${p.id}.html`, withoutScripts(readFileSync(p.file, 'utf8'))]));
}

async function heapAfterGc(page) {
  const cdp = await page.createCDPSession();
  try {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return await cdp.send('Runtime.getHeapUsage');
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * Self sizes in a heap snapshot by V8 node type: "code" (bytecode, machine code) apart from data
 * (objects, strings, arrays...), since V8 keeps a script's compiled code across documents.
 */
async function heapByType(page) {
  const cdp = await page.createCDPSession();
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    await cdp.detach().catch(() => {});
  }
  const snap = JSON.parse(chunks.join(''));
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [ti, si] = [fields.indexOf('type'), fields.indexOf('self_size')];
  const by = {};
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const t = types[snap.nodes[i + ti]];
    by[t] = (by[t] ?? 0) + snap.nodes[i + si];
  }
  return by;
}

/** Heap after each sequence of URLs, each in a fresh tab; with the extension, after its results are in. */
async function heapsFor(sequences, { extDir, bfcache, origin, poll, tabIdForUrl, snapshots = [] }) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'attache-bench-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: !!extDir,
    userDataDir,
    args: [...CHROMIUM_FLAGS, ...(bfcache ? [] : [NO_BFCACHE])],
  });
  try {
    let ext = null;
    if (extDir) {
      const id = await browser.installExtension(resolve(extDir));
      ext = await browser.newPage();
      await ext.goto(`chrome-extension://${id}/popup.html`, { waitUntil: 'load' });
    }
    const out = [];
    for (const urls of sequences) {
      const tab = await browser.newPage();
      await tab.setRequestInterception(true);
      tab.on('request', (req) => (req.url().startsWith(origin) ? req.continue() : req.abort('blockedbyclient')).catch(() => {}));
      for (const url of urls) {
        await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
        if (ext) {
          await poll(async () => {
            const id = await tabIdForUrl(ext, url);
            if (id === null) return false;
            const r = await ext.evaluate((t) => (globalThis.browser ?? globalThis.chrome).tabs.sendMessage(t, { type: 'attache:get-results' }), id);
            return r?.status && r.status !== 'pending';
          }, 20_000, `results for ${url}`);
        } else await new Promise((r) => setTimeout(r, 200));
      }
      const heap = await heapAfterGc(tab);
      if (snapshots.includes(out.length)) heap.byType = await heapByType(tab);
      out.push(heap);
      await tab.close();
    }
    return out;
  } finally {
    await browser.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

const codeDiff = (after, before) => (after.code ?? 0) - (before.code ?? 0);

function dataDiff(after, before) {
  let bytes = 0;
  for (const t of new Set([...Object.keys(after), ...Object.keys(before)])) if (t !== 'code') bytes += (after[t] ?? 0) - (before[t] ?? 0);
  return bytes;
}

/** nonArticle, longest: URLs of the script-free copies. */
export async function measureHeap({ extDir, origin, nonArticle, longest }) {
  const { poll } = await import('../../tests/e2e/browsers.ts');
  const { tabIdForUrl } = await import('../../tests/e2e/helpers.ts');
  const N = nonArticle;
  const L = longest;
  const sequences = [[N], [L], [L, N], [L, N, L, N, L, N]];
  const ctx = { origin, poll, tabIdForUrl };
  const withExt = await heapsFor(sequences, { ...ctx, extDir, bfcache: false, snapshots: [0, 2] });
  const without = await heapsFor(sequences, { ...ctx, bfcache: false, snapshots: [0, 2] });
  const withExtBf = await heapsFor([[L, N]], { ...ctx, extDir, bfcache: true });
  const withoutBf = await heapsFor([[L, N]], { ...ctx, bfcache: true });
  const kept = (a, b) => a.usedSize - b.usedSize;
  const nonArticleBytes = kept(withExt[0], without[0]);
  return {
    nonArticleBytes,
    longestBytes: kept(withExt[1], without[1]),
    longestDomBytes: withExt[1].embedderHeapUsedSize - without[1].embedderHeapUsedSize,
    /** After leaving the article for the non-article page, beyond what the non-article page alone keeps. */
    afterNavigateBytes: kept(withExt[2], without[2]) - nonArticleBytes,
    /**
     * Of that, what is not compiled code: heap snapshots of the two sequences in both browsers, so
     * that what the browser itself keeps from the first page (its resource cache) cancels out.
     */
    afterNavigateDataBytes: dataDiff(withExt[2].byType, withExt[0].byType) - dataDiff(without[2].byType, without[0].byType),
    afterNavigateCodeBytes: codeDiff(withExt[2].byType, withExt[0].byType) - codeDiff(without[2].byType, without[0].byType),
    /** The same after three rounds: it must not grow with the pages read. */
    afterThreeRoundsBytes: kept(withExt[3], without[3]) - nonArticleBytes,
    /** With the back/forward cache on: the article, frozen in the cache, still holds its data. */
    afterNavigateBfcacheBytes: kept(withExtBf[0], withoutBf[0]) - nonArticleBytes,
    raw: { withExt, without, withExtBf, withoutBf },
  };
}
