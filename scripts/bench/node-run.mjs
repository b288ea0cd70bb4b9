// The Node half of the bench: the same stages the content script runs, on pages parsed with the
// CLI's DOM (happy-dom, scripts off), each set against `new Readability(clone).parse()` on the same
// page in the same process. Times are CPU milliseconds (see stats.mjs); each figure is the median
// over runs on one page after a warm-up, then the median over pages.
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { readPage } from './corpus.mjs';
import { cpuMs, median, timed } from './stats.mjs';

/** The project's own modules, through tsx (bench.mjs registers it before calling this). */
export async function loadModules() {
  const [pipeline, detect, highlight, parse, readability] = await Promise.all([
    import('../../lib/pipeline.ts'),
    import('../../lib/detect/detect.ts'),
    import('../../lib/highlight/highlight.ts'),
    import('../../cli/parse-html.ts'),
    import('@mozilla/readability'),
  ]);
  // English is registered on import, as in the CLI (the content script gets it from the background).
  await import('../../lib/entities/english.ts');
  const recognize = await import('../../lib/entities/recognize.ts');
  return {
    analyzeDocument: pipeline.analyzeDocument,
    detectArticle: detect.detectArticle,
    applyHighlights: highlight.applyHighlights,
    parseHtml: parse.parseHtml,
    Readability: readability.Readability,
    recognize: recognize.recognize,
  };
}

/** The highlight specs the content script builds from entities (entrypoints/content/controller.ts). */
export function marksFor(entities) {
  const marks = [];
  for (const e of entities) {
    e.mentions.forEach((m, i) => marks.push({ start: m.start, end: m.end, type: e.type, key: e.key, id: `${e.type}:${e.key}:${i}` }));
  }
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Parses a corpus page as the CLI does (file URL, no page scripts). */
export function openPage(m, page) {
  return m.parseHtml(readPage(page), pathToFileURL(page.file).href);
}

/** The whole pipeline as the content script runs it: analyse (forced, so every stage runs), then highlight. */
export function runPipeline(m, doc, clock) {
  const t0 = clock();
  const analysis = m.analyzeDocument(doc, { force: true, clock });
  let handle = null;
  const stages = { ...analysis.timings };
  if (analysis.map) {
    const t1 = clock();
    handle = m.applyHighlights(analysis.map, marksFor(analysis.entities), doc);
    stages.highlight = clock() - t1;
  }
  return { analysis, handle, stages, total: clock() - t0 };
}

/** `new Readability(clone).parse()`: [clone ms, parse ms]. */
export function runReadability(m, doc, clock) {
  const [clone, cloneMs] = timed(clock, () => doc.cloneNode(true));
  const [, parseMs] = timed(clock, () => new m.Readability(clone).parse());
  return [cloneMs, parseMs];
}

/** Article texts (the pipeline's own TextMap text) for the recognition comparison; also warms the JIT. */
export function extractTexts(m, pages) {
  return pages.map((page) => {
    const { document, close } = openPage(m, page);
    try {
      const a = m.analyzeDocument(document, { force: true });
      return { page, text: a.map?.text ?? '', lang: a.meta?.lang ?? page.gold.lang ?? null };
    } finally {
      close();
    }
  });
}

/** Detection against Readability on non-article pages. */
export function detectShares(m, pages, { runs, readRuns }, clock = cpuMs, progress = () => {}) {
  return pages.map((page) => {
    progress(page.id);
    const detect = [];
    let verdict = null;
    // Each detection on a page parsed afresh: happy-dom keeps the answers of querySelectorAll until
    // the document changes, so a second detection on the same document would be flattered.
    for (let i = 0; i <= runs; i++) {
      const fresh = openPage(m, page);
      try {
        const [d, t] = timed(clock, () => m.detectArticle(fresh.document));
        verdict = d.isArticle;
        if (i > 0) detect.push(t); // the first is the warm-up
      } finally {
        fresh.close();
      }
    }
    const { document, close } = openPage(m, page);
    try {
      const parse = [];
      const clone = [];
      for (let i = 0; i <= readRuns; i++) {
        const [c, p] = runReadability(m, document, clock);
        if (i === 0) continue; // warm-up, as for detection
        clone.push(c);
        parse.push(p);
      }
      const row = { id: page.id, detectMs: median(detect), readabilityMs: median(parse), cloneMs: median(clone), isArticle: verdict };
      return { ...row, share: row.detectMs / row.readabilityMs };
    } finally {
      close();
    }
  });
}

/** The whole pipeline against Readability alone (clone + parse) on article pages. */
export function pipelineRatios(m, pages, { runs }, clock = cpuMs, progress = () => {}) {
  return pages.map((page) => {
    progress(page.id);
    const { document, close } = openPage(m, page);
    try {
      const totals = [];
      const stageRuns = [];
      const clone = [];
      const parse = [];
      let mentions = 0;
      let length = 0;
      // Run 0 of each side is a warm-up on this page (the "medians over runs after a warm-up").
      for (let i = 0; i <= runs; i++) {
        const r = runPipeline(m, document, clock);
        mentions = r.analysis.entities.reduce((n, e) => n + e.mentions.length, 0);
        length = r.analysis.map?.text.length ?? 0;
        r.handle?.remove(); // leaves the page as it was for the next run
        const [c, p] = runReadability(m, document, clock);
        if (i === 0) continue;
        totals.push(r.total);
        stageRuns.push(r.stages);
        clone.push(c);
        parse.push(p);
      }
      const stages = {};
      for (const k of ['detect', 'extract', 'recognize', 'highlight']) stages[k] = median(stageRuns.map((s) => s[k] ?? 0));
      // Readability's runs as totals too (clone and parse of one run), like the pipeline's.
      const readMs = median(clone.map((c, k) => c + parse[k]));
      const row = { id: page.id, length, mentions, pipelineMs: median(totals), cloneMs: median(clone), readabilityMs: median(parse), readMs, stages };
      return {
        ...row,
        ratio: row.pipelineMs / row.readMs,
        ratioParseOnly: row.pipelineMs / row.readabilityMs,
      };
    } finally {
      close();
    }
  });
}

function gcFunction() {
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc');
}

/**
 * Heap the analysis keeps, in Node: the page is parsed and collected, then analysed as the content
 * script does (detection only on a non-article, everything plus highlights on an article) with the
 * results held, then collected again. happy-dom itself keeps memory after Readability has parsed a
 * clone (about as much as the page), so the same is measured for a bare Readability parse on a
 * second copy of the page: `keptBytes - readabilityResidueBytes` is what Attaché's data holds.
 */
export function retainedHeap(m, page, article) {
  const gc = gcFunction();
  const used = () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };
  const measure = (fn) => {
    const opened = openPage(m, page);
    try {
      const h0 = used();
      const held = fn(opened.document);
      const h1 = used();
      return [h1 - h0, held];
    } finally {
      opened.close();
    }
  };
  const [keptBytes, held] = measure((doc) =>
    article ? runPipeline(m, doc, () => 0) : { analysis: m.analyzeDocument(doc, {}) },
  );
  const [readabilityResidueBytes] = article ? measure((doc) => void new m.Readability(doc.cloneNode(true)).parse()) : [0];
  const mentions = held.analysis.entities.reduce((n, e) => n + e.mentions.length, 0);
  return { id: page.id, article, mentions, keptBytes, readabilityResidueBytes, dataBytes: keptBytes - readabilityResidueBytes };
}
