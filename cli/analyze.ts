// `attache analyze`: runs the lib/ pipeline on saved HTML files, one result per file, so that
// researchers can batch-process pages and the scorer can measure quality.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { analyzeDocumentAsync } from '../lib/pipeline';
import { loadLanguage } from '../lib/entities/load-language';
import { parseHtml } from './parse-html';
import { toResultLine, type ResultLine } from './format';

export interface AnalyzeCliOptions {
  jsonl: boolean;
  force: boolean;
  mentions: boolean;
  url?: string;
}

export const ANALYZE_HELP = `Usage: attache analyze [options] FILE.html...

Runs Attaché's pipeline (article detection, Readability extraction, recognition of officials
and countries) on saved HTML pages, and prints one JSON object per file on stdout.

Options:
  --jsonl        one compact JSON object per line (JSON Lines), for ../shared/eval/score.mjs
  --force        analyse pages even when they are judged not to be articles
  --mentions     include each entity's mentions (UTF-16 offsets into the article text, and the text)
  --url URL      the page's URL, when all files come from one address (default: the file's path)
  -h, --help     this help

A file that cannot be read or parsed gets a line with an "error" field and the run goes on.
Exit status: 0 when every file was analysed, 1 when any failed, 2 on a usage error.
Progress is shown on stderr when stderr is a terminal.`;

export async function analyzeFile(file: string, opts: AnalyzeCliOptions): Promise<ResultLine> {
  let html: string;
  try {
    html = await readFile(file, 'utf8');
  } catch (err) {
    return { file, isArticle: false, error: `cannot read: ${(err as Error).message}` };
  }
  const url = opts.url ?? pathToFileURL(resolve(file)).href;
  let page: ReturnType<typeof parseHtml> | null = null;
  try {
    page = parseHtml(html, url);
    const analysis = await analyzeDocumentAsync(page.document, { force: opts.force, url: opts.url }, loadLanguage);
    return toResultLine(file, analysis, opts.mentions);
  } catch (err) {
    return { file, isArticle: false, error: `cannot analyse: ${(err as Error).message}` };
  } finally {
    page?.close();
  }
}

export async function runAnalyze(
  files: string[],
  opts: AnalyzeCliOptions,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  let failed = 0;
  const progress = Boolean((err as NodeJS.WriteStream).isTTY);
  for (const [i, file] of files.entries()) {
    if (progress) err.write(`\r\x1b[K[${i + 1}/${files.length}] ${file}`);
    const line = await analyzeFile(file, opts);
    if (line.error) failed++;
    out.write(opts.jsonl ? JSON.stringify(line) + '\n' : JSON.stringify(line, null, 2) + '\n');
  }
  if (progress) err.write(`\r\x1b[K${files.length} files, ${failed} failed\n`);
  return failed ? 1 : 0;
}
