// The one path a page takes through Attaché: detect, extract, recognise. The content script, the
// CLI and the bench all call this, so what the scorer measures is what the reader sees.
import { articlePartOf, detectArticle } from './detect/detect';
import { extractArticle } from './extract/extract';
import { recognize } from './entities/recognize';
import { tokenize } from './entities/matcher';
import { missingData } from './entities/languages';
import { detectLang, documentLang } from './lang/detect-lang';
import { formatCount, readableLength, type AnalysisLimits } from './budget';
import { extractWithin } from './bounded-extract';
import type { Detection, PageAnalysis, SkippedWork } from './types';

export interface AnalyzeOptions {
  /** Analyse even when detection says the page is not an article ("Analyze this page anyway"). */
  force?: boolean;
  /** The page's URL, when the document does not know it (saved files). */
  url?: string;
  /** A clock for stage timings (performance.now in browsers); no timings without it. */
  clock?: () => number;
  /** Bounds on each stage (the content script passes PAGE_LIMITS from ./budget); none by default. */
  limits?: AnalysisLimits;
  /** Detection already made on this document (the content script detects first, to fetch word lists only for articles). */
  detection?: Detection;
}

export interface TimedAnalysis extends PageAnalysis {
  /** Milliseconds per stage, when a clock was given. */
  timings: Record<string, number>;
  /** What the limits left out; empty without limits. */
  skipped: SkippedWork[];
}

export function analyzeDocument(doc: Document, opts: AnalyzeOptions = {}): TimedAnalysis {
  const timings: Record<string, number> = {};
  const clock = opts.clock;
  const time = <T>(stage: string, fn: () => T): T => {
    if (!clock) return fn();
    const t0 = clock();
    try {
      return fn();
    } finally {
      timings[stage] = clock() - t0;
    }
  };

  const { limits } = opts;
  const skipped: SkippedWork[] = [];
  const start = clock?.() ?? 0;
  // Stages cannot be interrupted (they are synchronous), so the budget decides whether the next one starts.
  const overBudget = (stage: SkippedWork['stage']): boolean => {
    if (!limits || !clock) return false;
    const spent = clock() - start;
    if (spent <= limits.budgetMs) return false;
    skipped.push({ stage, reason: `the time budget of ${formatCount(limits.budgetMs)} ms was spent (${formatCount(Math.round(spent))} ms)` });
    return true;
  };
  if (limits && doc.readyState === 'loading') skipped.push({ stage: 'load', reason: 'the page was still loading: only the part that had arrived was read' });

  const detection = opts.detection ?? time('detect', () => detectArticle(doc, opts.url));
  const none = (): TimedAnalysis => ({ detection, meta: null, map: null, entities: [], timings, skipped });
  if (!detection.isArticle && !opts.force) return none();

  if (overBudget('extract')) return none();
  // Readability reads the part detection found the article in; a forced analysis of a page judged
  // no article has no such part (detection keeps one for articles only), and Readability reads the
  // whole page.
  const part = articlePartOf(detection, doc);
  const extracted = time('extract', () => (limits ? extractWithin(doc, limits, skipped, clock, timings, part) : extractArticle(doc, { clock, timings, part })));
  if (!extracted) return none();
  const { meta, map } = extracted;
  if (overBudget('recognize')) return { detection, meta, map, entities: [], timings, skipped };
  let text = map.text;
  if (limits) {
    const n = readableLength(text, limits.maxRecognizeChars);
    if (n < text.length) {
      skipped.push({ stage: 'recognize', reason: `only the first ${formatCount(n)} of ${formatCount(text.length)} characters of article text were read` });
      text = text.slice(0, n);
    }
  }
  // Word lists come separately (languages.ts); without them the page is read but not recognised.
  const missing = missingData();
  if (missing) {
    meta.lang = detectLang({ declared: meta.lang, text: map.text });
    skipped.push({ stage: 'recognize', reason: missing });
    return { detection, meta, map, entities: [], timings, skipped };
  }
  // The article's language picks the lexicon: what the page declares, unless its text clearly says
  // otherwise. Reading the text's language is part of recognition's time, and uses its tokens.
  const entities = time('recognize', () => {
    const tokens = tokenize(text);
    meta.lang = detectLang({ declared: meta.lang, text: map.text, tokens });
    return recognize(text, { lang: meta.lang ?? undefined, tokens });
  });
  return { detection, meta, map, entities, timings, skipped };
}

/**
 * analyzeDocument after the page language's data is loaded (issue 7): `load` is loadLanguage from
 * lib/entities/load-language in Node, and a request to the background in the content script. It
 * is passed in so that this module never imports the language chunks itself.
 */
export async function analyzeDocumentAsync(doc: Document, opts: AnalyzeOptions, load: (lang: string) => Promise<void>): Promise<TimedAnalysis> {
  await load(documentLang(doc));
  return analyzeDocument(doc, opts);
}
