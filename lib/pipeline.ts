// The one path a page takes through Attaché: detect, extract, recognise. The content script, the
// CLI and the bench all call this, so what the scorer measures is what the reader sees.
import { detectArticle } from './detect/detect';
import { extractArticle } from './extract/extract';
import { recognize } from './entities/recognize';
import { detectLang, documentLang } from './lang/detect-lang';
import type { PageAnalysis } from './types';

export interface AnalyzeOptions {
  /** Analyse even when detection says the page is not an article ("Analyze this page anyway"). */
  force?: boolean;
  /** The page's URL, when the document does not know it (saved files). */
  url?: string;
  /** A clock for stage timings (performance.now in browsers); no timings without it. */
  clock?: () => number;
}

export interface TimedAnalysis extends PageAnalysis {
  /** Milliseconds per stage, when a clock was given. */
  timings: Record<string, number>;
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

  const detection = time('detect', () => detectArticle(doc, opts.url));
  const none: TimedAnalysis = { detection, meta: null, map: null, entities: [], timings };
  if (!detection.isArticle && !opts.force) return none;

  const extracted = time('extract', () => extractArticle(doc));
  if (!extracted) return none;
  const { meta, map } = extracted;
  // The article's language picks the lexicon: what the page declares, unless its text clearly says otherwise.
  meta.lang = detectLang({ declared: meta.lang, text: map.text });
  const entities = time('recognize', () => recognize(map.text, { lang: meta.lang ?? undefined }));
  return { detection, meta, map, entities, timings };
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
