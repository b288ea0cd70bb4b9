// The pipeline hands extraction the part of the page detection found the article in (issue 8): on an
// article, Readability reads that part; on a page judged no article and analysed anyway, the whole page.
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeDocument } from '../lib/pipeline';
import { articlePartOf, detectArticle } from '../lib/detect/detect';
import { extractArticle } from '../lib/extract/extract';
import { PAGE_LIMITS } from '../lib/budget';
import { corpusDir, hasCorpus, loadCorpusPage, loadHtml, releasePages } from './helpers/load-page';

if (!hasCorpus) console.warn(`pipeline corpus test skipped: no corpus at ${corpusDir}`);

const URL = 'https://news.example/2024/05/01/story';

describe('analyzeDocument and the article part', () => {
  afterAll(releasePages);

  // The whole page's extraction of this real article starts with the site's menu ("Sign In", "Home",
  // "Subscribe"); the part, which holds the headline and the story, has none of it.
  it.skipIf(!hasCorpus)('reads the part on an article page, with or without the content script limits', () => {
    const doc = loadCorpusPage('corpus/pages/aeb-db6b0816c6.html', URL);
    const detection = detectArticle(doc, URL);
    const part = articlePartOf(detection, doc);
    expect(detection.isArticle).toBe(true);
    expect(part).not.toBeNull();
    expect(extractArticle(doc)!.map.text).toContain('Subscribe');
    const read = extractArticle(doc, { part })!.map.text;
    expect(read).not.toContain('Subscribe');
    expect(read).toContain('Esper');
    for (const limits of [undefined, PAGE_LIMITS]) {
      expect(analyzeDocument(doc, { url: URL, detection, limits, clock: () => 0 }).map!.text).toBe(read);
      expect(analyzeDocument(doc, { url: URL, limits, clock: () => 0 }).map!.text).toBe(read);
    }
  });

  it('reads the whole page when a page judged no article is analysed anyway', () => {
    const teaser = (i: number) => `<div class="card"><h3><a href="/a/${i}">Headline ${i}</a></h3><p>${'A long standfirst about the summit and its outcome for the region. '.repeat(3)}</p></div>`;
    const doc = loadHtml(`<html><head><title>Daily Example</title></head><body><h1>Daily Example</h1><main>${Array.from({ length: 12 }, (_, i) => teaser(i)).join('')}</main></body></html>`, 'https://news.example/');
    const analysis = analyzeDocument(doc, { force: true, url: 'https://news.example/' });
    expect(analysis.detection.isArticle).toBe(false);
    expect(articlePartOf(analysis.detection, doc)).toBeNull();
    expect(analysis.map!.text).toBe(extractArticle(doc)!.map.text);
  });
});
