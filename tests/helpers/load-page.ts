// Shared loaders for tests: parse HTML into a happy-dom Document with page scripts, style sheets and
// navigation switched off, so saved real pages are inert and tests stay deterministic and offline.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Window } from 'happy-dom';
import { inertWindow } from '../../cli/parse-html';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** ../shared next to the repository: corpus, fixtures and scorer (present in CI). */
export const sharedDir = path.resolve(repoRoot, '../shared');
export const corpusDir = path.join(sharedDir, 'corpus');
export const hasCorpus = existsSync(path.join(corpusDir, 'gold'));

export interface Gold {
  id: string;
  /** Relative to sharedDir, e.g. "corpus/pages/x.html". */
  page: string;
  lang?: string;
  isArticle?: boolean;
  countries?: string[];
  officials?: { name: string; aliases?: string[]; country: string | null; roles: string[] }[];
  optionalOfficials?: string[];
  notOfficials?: string[];
  mentionCounts?: Record<string, number>;
}

/**
 * Without url the document's URL is a file: URL, as for a saved page opened by the CLI (relative
 * links still resolve, and detection cannot read anything from it). Parsed with DOMParser in the
 * CLI's inert window (see cli/parse-html.ts): nothing runs, nothing loads.
 */
export function loadHtml(html: string, url = 'file:///saved-page.html'): Document {
  const window = inertWindow(url);
  open.push(window);
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  return doc as unknown as Document;
}

const open: Window[] = [];

/** Closes every window loadHtml opened, so loops over many pages do not keep them all alive. */
export async function releasePages(): Promise<void> {
  await Promise.all(open.splice(0).map((w) => w.happyDOM.close()));
}

/** relPath is relative to sharedDir ("corpus/pages/x.html", "fixtures/y.html"), as in gold `page`. */
export function loadCorpusPage(relPath: string, url?: string): Document {
  return loadHtml(readFileSync(path.join(sharedDir, relPath), 'utf8'), url);
}

/** Every gold file, sorted by id; empty when the corpus is absent. */
export function corpusGold(): Gold[] {
  const dir = path.join(corpusDir, 'gold');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Gold);
}
