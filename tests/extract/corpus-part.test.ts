// Golden test: Readability reads the part of the page detection found the article in (articlePartOf)
// instead of the whole page. On the corpus's real articles that must read the same article: the same
// text on nearly every page, and where not, no less of the article than the whole page gave.
import { afterAll, describe, expect, it } from 'vitest';
import { articlePartOf, detectArticle } from '../../lib/detect/detect';
import { extractArticle } from '../../lib/extract/extract';
import { corpusDir, corpusGold, hasCorpus, loadCorpusPage, releasePages } from '../helpers/load-page';

if (!hasCorpus) console.warn(`extraction corpus test skipped: no corpus at ${corpusDir}`);

// Each paragraph of the whole page's text at least this long must be in the part's text.
const PARAGRAPH = 200;

describe.skipIf(!hasCorpus)('extraction from the part of the page that holds the article', () => {
  afterAll(releasePages);

  it('reads the same article as from the whole page', async () => {
    let parts = 0;
    const differ: string[] = [];
    const lost: string[] = [];
    for (const g of corpusGold().filter((x) => x.isArticle)) {
      const doc = loadCorpusPage(g.page, 'https://news.example/2024/05/01/story');
      const d = detectArticle(doc);
      const part = d.isArticle ? articlePartOf(d, doc) : null;
      if (part) {
        parts++;
        const whole = extractArticle(doc)?.map.text ?? '';
        const read = extractArticle(doc, { part })?.map.text ?? '';
        if (read !== whole) {
          differ.push(g.id);
          for (const p of whole.split(/\n\s*\n/)) if (p.trim().length >= PARAGRAPH && !read.includes(p.trim())) lost.push(`${g.id}: ${p.trim().slice(0, 80)}`);
        }
      }
      await releasePages();
    }
    console.info(`article parts on ${parts} pages; text differs on ${differ.length}: ${differ.join(', ')}`);
    expect(parts).toBeGreaterThanOrEqual(40);
    expect(differ.length).toBeLessThanOrEqual(parts / 10);
    expect(lost).toEqual([]);
  }, 240_000);
});
