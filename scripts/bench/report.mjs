// The bench's printed table and its budget verdicts (issue 8).
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

export { kb, ms, pct, times };
