#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --json FILE] [-- --no-chromium] [-- --build]`: what Attaché costs,
// side by side with what it must be small next to (issue 8). Node (happy-dom, as the CLI) and real
// Chromium (the built extension), ratios measured in the same run, medians over runs after a
// warm-up. The parts are in scripts/bench/; the budgets in scripts/bench/report.mjs.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import { measureBundles, measurePacks } from './bench/bundles.mjs';
import { loadCorpus } from './bench/corpus.mjs';
import { longArticleHtml } from './bench/long-article.mjs';
import { detectShares, extractTexts, loadModules, pipelineRatios, retainedHeap } from './bench/node-run.mjs';
import { compareRecognition } from './bench/recognition.mjs';
import { BUDGETS, printTable, tableLines, verdict } from './bench/report.mjs';
import { median, round, spread } from './bench/stats.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.ATTACHE_SHARED ?? resolve(root, '../shared');
const args = process.argv.slice(2);
const opt = { quick: false, json: null, chromium: true, build: false };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--quick') opt.quick = true;
  else if (a === '--json') opt.json = args[++i];
  else if (a === '--no-chromium') opt.chromium = false;
  else if (a === '--build') opt.build = true;
  else {
    console.error(`bench: unknown argument ${a}\nusage: npm run bench -- [--quick] [--json FILE] [--no-chromium] [--build]`);
    process.exit(2);
  }
}
// Full: every corpus page in Chromium, a spread of pages in Node (happy-dom is slow on big pages).
const plan = opt.quick
  ? { nodePages: 4, detectRuns: 3, readRuns: 2, pipelineRuns: 2, recogTexts: 6, recogRuns: 2, chromePages: 6, chromeRuns: 2 }
  : { nodePages: 10, detectRuns: 5, readRuns: 3, pipelineRuns: 3, recogTexts: Infinity, recogRuns: 3, chromePages: Infinity, chromeRuns: 3 };

const started = performance.now();
const loadBefore = loadavg()[0];
const tty = process.stderr.isTTY;
const say = (s) => tty && process.stderr.write(`\r\x1b[K[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${s}`);
const progress = (label) => (id) => say(`${label}: ${id}`);
/** Seconds spent in each part, for keeping the run short. */
const sections = {};
let mark = performance.now();
const lap = (name) => {
  sections[name] = round((performance.now() - mark) / 1000, 1);
  mark = performance.now();
};

// Bundle sizes (builds when there is no build, or with --build).
const outDir = join(root, '.output/chrome-mv3');
if (opt.build || !existsSync(join(outDir, 'manifest.json'))) {
  say('building (npm run build)');
  const b = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (b.status !== 0) {
    console.error('\nbench: npm run build failed');
    process.exit(1);
  }
}
// A copy of the build: others may rebuild .output while the bench runs.
const extDir = mkdtempSync(join(tmpdir(), 'attache-bench-ext-'));
cpSync(outDir, extDir, { recursive: true });
process.on('exit', () => rmSync(extDir, { recursive: true, force: true }));
const bundles = measureBundles(extDir);

register();
const m = await loadModules();
const packs = await measurePacks();
const nlp = (await import('compromise')).default;
const corpus = loadCorpus(shared);
// The memory measures use a middle-sized non-article page.
const memoryNonArticle = corpus.nonArticles[Math.floor(corpus.nonArticles.length / 2)];

// Article texts for recognition (English: compromise reads English only); this pass also warms the JIT.
say('extracting article texts');
const english = corpus.labelled.filter((p) => p.gold.lang === 'en');
const texts = extractTexts(m, spread(english, Math.min(plan.recogTexts, english.length))).filter((t) => t.text);
const longPage = longArticleHtml(texts, m.recognize);
lap('setup');

// Real Chromium first: it visits every article cheaply and so names the longest one.
let chrome = null;
if (opt.chromium) {
  const { runChromium } = await import('./bench/chromium.mjs');
  const nonArt = spread(corpus.nonArticles, Math.min(plan.chromePages, corpus.nonArticles.length));
  const arts = spread(corpus.articles, Math.min(plan.chromePages, corpus.articles.length));
  try {
    chrome = await runChromium({
      shared,
      extDir,
      articles: arts,
      nonArticles: nonArt,
      longArticleHtml: longPage.html,
      memoryPagesAfter: (rows) => {
        const longest = rows.reduce((a, b) => (b.length > a.length ? b : a));
        const page = corpus.articles.find((p) => p.id === longest.id);
        return [memoryNonArticle, page];
      },
      runs: plan.chromeRuns,
      readRuns: plan.chromeRuns,
      progress: progress('chromium'),
    });
  } catch (err) {
    chrome = { skipped: `failed: ${err?.stack ?? err}` };
  }
}

lap('chromium');
// Node: a spread of pages over the smallest 90% by size, plus the longest article.
const bulk = (list) => list.slice(0, Math.max(1, Math.ceil(list.length * 0.9)));
const longestId =
  chrome?.pipeline?.length > 0
    ? chrome.pipeline.reduce((a, b) => (b.length > a.length ? b : a)).id
    : texts.reduce((a, b) => (b.text.length > a.text.length ? b : a)).page.id;
const longest = corpus.articles.find((p) => p.id === longestId);
const nodeNonArticles = spread(bulk(corpus.nonArticles), plan.nodePages);
const nodeArticles = spread(bulk(corpus.articles), plan.nodePages).filter((p) => p !== longest);
const detectRows = detectShares(m, nodeNonArticles, { runs: plan.detectRuns, readRuns: plan.readRuns }, undefined, progress('node detect'));
const pipelineRows = pipelineRatios(m, [...nodeArticles, longest], { runs: plan.pipelineRuns }, undefined, progress('node pipeline'));
const longestRow = pipelineRows.find((r) => r.id === longest.id);
const ratioRows = pipelineRows;
say('node memory');
const heapRows = [retainedHeap(m, memoryNonArticle, false), retainedHeap(m, longest, true)];

lap('node');
say('recognition against compromise');
const recog = compareRecognition(m.recognize, nlp, texts, { runs: plan.recogRuns }, undefined, progress('recognition'));
lap('recognition');
if (tty) process.stderr.write('\r\x1b[K');

// Figures.
const f = {
  detectShare: median(detectRows.map((r) => r.share)),
  pipelineRatio: median(ratioRows.map((r) => r.ratio)),
  pipelineRatioParseOnly: median(ratioRows.map((r) => r.ratioParseOnly)),
  recognitionSpeedup: median(recog.rows.map((r) => r.speedup)),
  contentScriptGzBytes: bundles.content?.gzBytes,
  contentScriptBytes: bundles.content?.bytes,
  popupGzBytes: bundles.popup?.gzBytes,
  popupBytes: bundles.popup?.bytes,
  backgroundGzBytes: bundles.background?.gzBytes,
  backgroundBytes: bundles.background?.bytes,
  // Inside the background; sent to a content script only on articles (English, plus the page's language).
  englishPackGzBytes: packs.en?.gzBytes,
  languagePacks: packs,
  libraryGzBytes: bundles.library?.gzBytes ?? null,
  libraryBytes: bundles.library?.bytes ?? null,
  nodeHeapNonArticleBytes: heapRows[0].dataBytes,
  nodeHeapLongestBytes: heapRows[1].dataBytes,
};
const chromeOk = chrome && !chrome.skipped;
if (chromeOk) {
  const byId = (id) => chrome.pipeline.find((r) => r.id === id);
  Object.assign(f, {
    chromiumDetectShare: median(chrome.detect.map((r) => r.share)),
    chromiumPipelineRatio: median(chrome.pipeline.map((r) => r.ratio)),
    chromiumPipelineRatioParseOnly: median(chrome.pipeline.map((r) => r.ratioParseOnly)),
    chromiumPipelineRatioMainWorld: median(chrome.pipeline.map((r) => r.ratioMainWorld)),
    chromiumPipelineRatioBackToBack: median(chrome.pipeline.map((r) => r.ratioBackToBack)),
    // As the bench computed it until 2026-11-29: over the median clone plus the median parse.
    chromiumPipelineRatioSummedMedians: median(chrome.pipeline.map((r) => r.pipelineMs / (r.cloneMs + r.readabilityMs))),
    chromiumFirstPipelineRatio: median(chrome.pipeline.map((r) => r.firstRatio)),
    chromiumFirstPipelineMs: median(chrome.pipeline.map((r) => r.firstPipelineMs)),
    chromiumFirstStages: Object.fromEntries(['detect', 'extract', 'recognize', 'highlight'].map((k) => [k, median(chrome.pipeline.map((r) => r.firstStages?.[k] ?? 0))])),
    chromiumHeapNonArticleBytes: chrome.memory.nonArticleBytes,
    chromiumHeapLongestBytes: chrome.memory.longestBytes,
    chromiumHeapAfterNavigateBytes: chrome.memory.afterNavigateBytes,
    chromiumHeapAfterNavigateDataBytes: chrome.memory.afterNavigateDataBytes,
    chromiumHeapAfterNavigateCodeBytes: chrome.memory.afterNavigateCodeBytes,
    chromiumHeapAfterThreeRoundsBytes: chrome.memory.afterThreeRoundsBytes,
    chromiumHeapAfterNavigateBfcacheBytes: chrome.memory.afterNavigateBfcacheBytes,
    chromiumHighlightLongMs: chrome.longArticle.highlightMs,
    chromiumLongestStages: byId(longest.id)?.stages ?? null,
  });
}
const q = recog.quality;

const higherF1 = q.ours.people.f1 > q.compromise.people.f1 && q.ours.countries.f1 > q.compromise.countries.f1;
printTable(
  tableLines({ f, opt, chrome, chromeOk, detectRows, ratioRows, recog, longest, longestRow, heapRows, memoryNonArticle, texts, higherF1, started, sections, load: [loadBefore, loadavg()[0]] }),
);

if (opt.json) {
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim() || null;
  const budgets = Object.fromEntries(Object.keys(BUDGETS).filter((k) => Number.isFinite(f[k])).map((k) => [k, verdict(k, f[k]).startsWith('PASS')]));
  budgets.higherF1 = higherF1;
  const rounded = Object.fromEntries(Object.entries(f).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v]));
  const out = {
    ...rounded,
    budgets,
    run: { date: new Date().toISOString(), commit, quick: opt.quick, seconds: round((performance.now() - started) / 1000, 1), sections, plan, loadAverage: [round(loadBefore, 2), round(loadavg()[0], 2)] },
    longest: { id: longest.id, node: longestRow },
    recognitionQuality: q,
    details: { node: { detect: detectRows, pipeline: pipelineRows, heap: heapRows }, recognition: recog.rows, chromium: chrome, bundles, longArticle: { chars: longPage.chars, mentions: longPage.mentions } },
  };
  writeFileSync(opt.json, JSON.stringify(out, null, 2) + '\n');
  console.log(`figures written to ${opt.json}`);
}
