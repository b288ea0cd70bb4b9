// Golden test: detection on every page of the shared corpus (real pages with a human isArticle
// verdict) must stay at or above the accuracy the issue asks for.
import { afterAll, describe, expect, it } from 'vitest';
import { detectArticle } from '../../lib/detect/detect';
import { emptyScan, scanLimits, scanPage } from '../../lib/detect/scan';
import { scanByLists } from '../../lib/detect/scan-lists';
import { scanDifferences } from './scan-equal';
import { corpusDir, corpusGold, hasCorpus, loadCorpusPage, releasePages } from '../helpers/load-page';

const MIN_ACCURACY = 0.95;

if (!hasCorpus) console.warn(`detect corpus test skipped: no corpus at ${corpusDir}`);

describe.skipIf(!hasCorpus)('article detection on the corpus', () => {
  afterAll(releasePages);

  it(`classifies at least ${MIN_ACCURACY * 100}% of pages like the gold`, async () => {
    const gold = corpusGold().filter((g) => g.isArticle !== undefined);
    const wrong: string[] = [];
    for (const g of gold) {
      const d = detectArticle(loadCorpusPage(g.page));
      if (d.isArticle !== g.isArticle) {
        wrong.push(`${g.id}: detected ${d.isArticle} (score ${d.score}; ${d.signals.join(' ')}), gold ${g.isArticle}`);
      }
      await releasePages();
    }
    const accuracy = (gold.length - wrong.length) / gold.length;
    console.info(`detection accuracy ${gold.length - wrong.length}/${gold.length}${wrong.length ? `; misclassified:\n  ${wrong.join('\n  ')}` : ''}`);
    expect(gold.length).toBeGreaterThanOrEqual(100);
    expect(accuracy, `misclassified:\n${wrong.join('\n')}`).toBeGreaterThanOrEqual(MIN_ACCURACY);
  }, 240_000);

  // Browsers find microdata by attribute query, happy-dom by the walk (scan.ts): the same elements.
  it('finds the same microdata by query as by the walk on every page', async () => {
    const differ: string[] = [];
    let found = 0;
    for (const g of corpusGold()) {
      const doc = loadCorpusPage(g.page);
      const walked = scanPage(doc, { queryMicrodata: false });
      const queried = scanPage(doc, { queryMicrodata: true });
      found += walked.props.length + walked.items.length;
      const same = (a: Element[], b: Element[]) => a.length === b.length && a.every((e, i) => e === b[i]);
      if (!same(walked.props, queried.props) || !same(walked.items, queried.items)) differ.push(g.id);
      await releasePages();
    }
    expect(found).toBeGreaterThan(100);
    expect(differ).toEqual([]);
  }, 240_000);

  // Browsers collect from element lists where that finds what the walk finds (scan-lists.ts).
  it('collects the same elements from the lists as by the walk on every page', async () => {
    const differ: string[] = [];
    let listed = 0;
    for (const g of corpusGold()) {
      const doc = loadCorpusPage(g.page);
      // happy-dom parses as a browser with scripting off, which reads <noscript> as markup; a
      // browser running the content script reads it as text.
      for (const ns of Array.from(doc.getElementsByTagName('noscript'))) ns.textContent = ns.innerHTML;
      const walked = scanPage(doc, { queryMicrodata: true, listElements: false });
      const lists = scanPage(doc, { queryMicrodata: true, listElements: true });
      if (scanByLists(doc, emptyScan(), scanLimits())) listed++;
      const fields = scanDifferences(walked, lists);
      if (fields.length) differ.push(`${g.id}: ${fields.join(', ')}`);
      await releasePages();
    }
    expect(differ).toEqual([]);
    expect(listed).toBe(corpusGold().length);
  }, 240_000);
});
