// The bench's pages: every gold file of ../shared/corpus (page paths relative to the shared
// directory) and the reference fixture, split into articles and non-articles by the gold verdict.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export function loadCorpus(shared) {
  const goldDir = join(shared, 'corpus/gold');
  if (!existsSync(goldDir)) throw new Error(`bench: no corpus at ${goldDir} (set ATTACHE_SHARED)`);
  const pages = [];
  for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8'));
    const file = join(shared, gold.page);
    if (!existsSync(file)) continue;
    pages.push({ id: gold.id ?? basename(f, '.json'), path: gold.page, file, bytes: statSync(file).size, gold });
  }
  const bySize = (a, b) => a.bytes - b.bytes || a.id.localeCompare(b.id);
  return {
    all: pages,
    articles: pages.filter((p) => p.gold.isArticle).sort(bySize),
    nonArticles: pages.filter((p) => p.gold.isArticle === false).sort(bySize),
    /** Articles with gold entities (countries and officials), for the recognition comparison. */
    labelled: pages.filter((p) => p.gold.isArticle && p.gold.officials && p.gold.countries).sort(bySize),
  };
}

export const readPage = (page) => readFileSync(page.file, 'utf8');
