// The bench's printed table and its budget verdicts (issue 8).
import { cpus } from 'node:os';
import { kb, ms, pct, times } from './stats.mjs';

export const BUDGETS = {
  detectShare: { max: 0.05, text: '≤ 5% of Readability' },
  pipelineRatio: { max: 1.3, text: '≤ 1.3× Readability' },
  recognitionSpeedup: { min: 20, text: '≥ 20× compromise' },
  contentScriptGzBytes: { max: 60 * 1024, text: '≤ 60 KB gz' },
  popupGzBytes: { max: 30 * 1024, text: '≤ 30 KB gz' },
  chromiumDetectShare: { max: 0.05, text: '≤ 5% of Readability' },
  chromiumPipelineRatio: { max: 1.3, text: '≤ 1.3× Readability' },
  chromiumHeapNonArticleBytes: { max: 1024 * 1024, text: '≤ 1 MB' },
  chromiumHeapLongestBytes: { max: 5 * 1024 * 1024, text: '≤ 5 MB' },
  chromiumHeapAfterNavigateDataBytes: { max: 256 * 1024, text: '≈ 0 (< 256 KB, noise of V8 caches)' },
  chromiumHighlightLongMs: { max: 16, text: '≤ 16 ms (one frame)' },
};

export function verdict(key, value) {
  const b = BUDGETS[key];
  if (!b || !Number.isFinite(value)) return '';
  const ok = b.max !== undefined ? value <= b.max : value >= b.min;
  return `${ok ? 'PASS' : 'FAIL'} (${b.text})`;
}

export function printTable(lines) {
  const w0 = Math.max(...lines.filter(Array.isArray).map((l) => l[0].length));
  const w1 = Math.max(...lines.filter(Array.isArray).map((l) => String(l[1]).length));
  for (const l of lines) {
    if (!Array.isArray(l)) console.log(l);
    else console.log(`  ${l[0].padEnd(w0)}  ${String(l[1]).padEnd(w1)}  ${l[2] ?? ''}`.trimEnd());
  }
}


/** The printed table: one line per figure, with its budget verdict where there is one. */
export function tableLines({ f, opt, chrome, chromeOk, detectRows, ratioRows, recog, longest, longestRow, heapRows, memoryNonArticle, texts, higherF1, started, sections, load }) {
  const q = recog.quality;
  const lines = [];
  const parts = (s) => Object.keys(s ?? {}).filter((k) => k.startsWith('extract.'));
  const stageLine = (s) =>
    ['detect', 'extract', 'recognize', 'highlight'].map((k) => `${k} ${ms(s?.[k])}`).join(', ') +
    (parts(s).length ? ` (extract = ${parts(s).map((k) => `${k.slice(8)} ${ms(s[k])}`).join(' + ')})` : '');
  const row = (label, value, key) => lines.push([label, value, key ? verdict(key, f[key]) : '']);
  lines.push(`Attaché bench (${opt.quick ? 'quick' : 'full'}; Node times are CPU ms with happy-dom, Chromium times are the content script's performance.now())`);
  lines.push('Speed, medians per page over runs after a warm-up, then over pages');
  row(`detect / Readability.parse, non-articles (Node, ${detectRows.length} pages)`, pct(f.detectShare), 'detectShare');
  row(`pipeline / Readability clone+parse, articles (Node, ${ratioRows.length} pages)`, times(f.pipelineRatio), 'pipelineRatio');
  row('  same, against parse only', times(f.pipelineRatioParseOnly));
  if (chromeOk) {
    row(`detect / Readability.parse, non-articles (Chromium, ${chrome.detect.length} pages)`, pct(f.chromiumDetectShare), 'chromiumDetectShare');
    row(`pipeline / Readability clone+parse, articles (Chromium, ${chrome.pipeline.length} pages)`, times(f.chromiumPipelineRatio), 'chromiumPipelineRatio');
    row('  same, against parse only', times(f.chromiumPipelineRatioParseOnly));
    row("  same, against Readability in the page's main world", times(f.chromiumPipelineRatioMainWorld));
    row('  same, against Readability run back to back (no pause; the measure until 2026-11-30)', times(f.chromiumPipelineRatioBackToBack));
    row('  first analysis of each page, against Readability\'s first run', `${times(f.chromiumFirstPipelineRatio)} (${ms(f.chromiumFirstPipelineMs)}: ${stageLine(f.chromiumFirstStages)})`);
    if (chrome.failures.length) row('  pages that failed in Chromium', chrome.failures.map((x) => x.id).join(', '));
  } else lines.push([`Chromium`, 'skipped', chrome?.skipped ?? '--no-chromium']);
  row(`recognize() speed-up over compromise (${recog.rows.length} English texts)`, times(f.recognitionSpeedup, 1), 'recognitionSpeedup');
  lines.push(`Longest corpus article: ${longest.id} (${longestRow?.length ?? '?'} chars, ${longestRow?.mentions ?? '?'} mentions)`);
  row('  Node stages', stageLine(longestRow?.stages));
  row('  Node pipeline / Readability clone+parse', `${ms(longestRow?.pipelineMs)} / ${ms(longestRow?.cloneMs)} + ${ms(longestRow?.readabilityMs)}`);
  if (chromeOk) {
    const c = chrome.pipeline.find((r) => r.id === longest.id);
    row('  Chromium stages', stageLine(c?.stages));
    row('  Chromium pipeline / Readability clone+parse', `${ms(c?.pipelineMs)} / ${ms(c?.cloneMs)} + ${ms(c?.readabilityMs)}`);
    const L = chrome.longArticle;
    lines.push(`Long article (generated from corpus paragraphs, ${L.length} chars, ${L.mentions} mentions, ${L.highlighted} highlighted)`);
    row('  Chromium highlight (content script)', ms(L.highlightMs), 'chromiumHighlightLongMs');
    row('  then layouts / style recalcs per toggle (max)', `${L.layouts} / ${L.styleRecalcs}`, L.layouts <= 2 ? 'no layout thrash' : 'LAYOUT THRASH');
    row('  then browser layout + style time', `${ms(L.layoutMs)} + ${ms(L.styleMs)}`);
    row('  Chromium stages', stageLine(L.stages));
  }
  lines.push('Bundles (.output/chrome-mv3), raw / gzip -9');
  for (const [name, key] of [['content script', 'contentScript'], ['popup', 'popup'], ['background', 'background'], ['library', 'library']]) {
    if (f[`${key}Bytes`] == null) row(`  ${name}`, 'not built');
    else row(`  ${name}`, `${kb(f[`${key}Bytes`])} / ${kb(f[`${key}GzBytes`])}`, `${key}GzBytes`);
  }
  if (f.languagePacks) {
    lines.push('  word lists on demand (in the background; sent as JSON to the content script on articles only), raw / gzip -9');
    for (const [lang, p] of Object.entries(f.languagePacks)) row(`    ${lang}${lang === 'en' ? ' (every article)' : ''}`, `${kb(p.bytes)} / ${kb(p.gzBytes)}`);
  }
  lines.push('Memory');
  if (chromeOk) {
    row(`  Chromium JS heap, with the extension minus without: non-article`, kb(f.chromiumHeapNonArticleBytes), 'chromiumHeapNonArticleBytes');
    row(`  longest article`, `${kb(f.chromiumHeapLongestBytes)} (+ ${kb(chrome.memory.longestDomBytes)} DOM heap)`, 'chromiumHeapLongestBytes');
    row('  left after navigating from it to the non-article (bfcache off)', kb(f.chromiumHeapAfterNavigateBytes));
    row('    of which data (not compiled code), by heap snapshot', kb(f.chromiumHeapAfterNavigateDataBytes), 'chromiumHeapAfterNavigateDataBytes');
    row('    of which compiled code V8 keeps for the script', kb(f.chromiumHeapAfterNavigateCodeBytes));
    row('  left after three rounds of article, non-article', kb(f.chromiumHeapAfterThreeRoundsBytes));
    row('  same with the back/forward cache on (page frozen, alive)', kb(f.chromiumHeapAfterNavigateBfcacheBytes));
  }
  lines.push(`  (non-article page: ${memoryNonArticle.id}; longest article: ${longest.id})`);
  row(`  Node heap held by the analysis, non-article`, kb(f.nodeHeapNonArticleBytes));
  row('  Node heap held by the analysis, longest article', `${kb(f.nodeHeapLongestBytes)} (after ${kb(heapRows[1].readabilityResidueBytes)} that happy-dom keeps after any Readability parse)`);
  lines.push(`Recognition quality on the same texts (${texts.length} English gold articles; compromise mapped generously, see README)`);
  const qLine = (x) => `P ${x.p.toFixed(2)} R ${x.r.toFixed(2)} F1 ${x.f1.toFixed(2)}`;
  row('  officials: Attaché', qLine(q.ours.people));
  row('  people() vs gold officials: compromise', `${qLine(q.compromise.people)} (any gold person: P ${q.compromise.people.personPrecision.toFixed(2)})`);
  row('  countries: Attaché', qLine(q.ours.countries));
  row('  places() mapped to countries: compromise', qLine(q.compromise.countries));
  row('  higher F1 than compromise', higherF1 ? 'yes' : 'no', null);
  lines.push(`(${((performance.now() - started) / 1000).toFixed(0)} s: ${Object.entries(sections).map(([k, v]) => `${k} ${v}`).join(', ')}; load average ${load.map((x) => x.toFixed(1)).join(' → ')} on ${cpus().length} cores: Chromium times are wall clock, so a busy machine inflates them)`);
  return lines;
}
