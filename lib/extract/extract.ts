// Finds the article in a page and builds its TextMap over the live page's text nodes: Readability
// runs on a clone, and the nodes of its result are traced back to their live twins. Nothing in the
// live document is changed here.
import type { ArticleMeta, TextMap } from '../types';
import { cloneWithMap } from './clone-map';
import { parseWithReadability } from './readability-run';
import { commonAncestor, droppedLeadParagraphs, findHeadline, recoverByQuotes } from './recover';
import { collectTextNodes, isExcludedNode, textMapFromNodes } from './text-map';

export interface ExtractOptions {
  /** Readability's minimum article length before it retries with looser rules (default 500). */
  charThreshold?: number;
  /** Readability refuses documents with more elements than this (0 = no limit). */
  maxElemsToParse?: number;
  /** Add the live headline and dropped opening paragraphs (default true). */
  recoverLead?: boolean;
  /** A clock (performance.now) for sub-stage timings, written into `timings` as `extract.<part>`. */
  clock?: () => number;
  timings?: Record<string, number>;
  /** The page's text nodes (and CDATA sections) in document order, as measurePage listed them. */
  liveTexts?: Text[];
  /**
   * The part of the body that holds the article (detection's articlePartOf): Readability reads a copy
   * of it alone, and the whole page when that finds nothing.
   */
  part?: Element | null;
}

export interface Extraction {
  meta: ArticleMeta;
  map: TextMap;
  /** The live element holding the article body (not necessarily the headline); for scoping observers. */
  root: Element | null;
  /** How the body's nodes were found: traced through the clone, or re-found by quoting (retry). */
  method: 'node-map' | 'quote';
}

/** Below this share of the article's characters traced to live nodes, Readability must have retried. */
const MIN_MAPPED_SHARE = 0.5;

/**
 * `nodes` in document order, by one pass over the page's text nodes as cloneWithMap listed them,
 * stopping once every node is found; any not in the list (none: the list is the whole page's) come
 * first, as given. Sorting with compareDocumentPosition instead costs time linear in the number of
 * siblings per comparison, which made long flat pages (thousands of paragraphs in one container)
 * take minutes; a map from every text node of the page to its position costs an entry for each,
 * most of them never asked for.
 */
function inDocumentOrder(liveTexts: Text[], nodes: Iterable<Text>): Text[] {
  const want = new Set(nodes);
  const found: Text[] = [];
  for (let i = 0; i < liveTexts.length && want.size; i++) if (want.delete(liveTexts[i])) found.push(liveTexts[i]);
  return want.size ? [...want, ...found] : found;
}

export function extractArticle(doc: Document, opts: ExtractOptions = {}): Extraction | null {
  // Sub-stage marks (issue 8): where extraction's time goes, for the bench and its users.
  const clock = opts.clock;
  const timings = opts.timings;
  let last = clock?.() ?? 0;
  const mark = (part: string): void => {
    if (!clock || !timings) return;
    const now = clock();
    timings[`extract.${part}`] = (timings[`extract.${part}`] ?? 0) + now - last;
    last = now;
  };
  const { clone, toLive, liveTexts, copyBody } = cloneWithMap(doc, opts.liveTexts, opts.part);
  mark('clone');
  let article: ReturnType<typeof parseWithReadability>;
  try {
    article = parseWithReadability(clone, { ...opts, copyBody });
  } catch {
    article = null;
  }
  mark('readability');
  const content = article?.content as Element | null | undefined;
  if (!article || !content) return opts.part ? extractArticle(doc, { ...opts, part: null }) : null;

  const cloned = collectTextNodes(content);
  const cache = new Map<Node, boolean>();
  const mapped: Text[] = [];
  let mappedChars = 0;
  let totalChars = 0;
  for (const t of cloned) {
    const chars = t.data.trim().length;
    totalChars += chars;
    const live = toLive.get(t);
    if (!live || !live.isConnected || isExcludedNode(live, cache)) continue;
    mapped.push(live);
    mappedChars += chars;
  }
  let method: Extraction['method'] = 'node-map';
  let body = mapped;
  if (!mapped.length || mappedChars < MIN_MAPPED_SHARE * totalChars) {
    const recovered = recoverByQuotes(doc, content);
    if (recovered.length) {
      body = recovered;
      method = 'quote';
    }
  }
  body = inDocumentOrder(liveTexts, body);
  mark('trace');

  // Whitespace between blocks says nothing about where the article starts or ends.
  const worded = body.filter((t) => t.data.trim());
  let root: Element | null = null;
  if (worded.length) {
    let n: Node | null = commonAncestor(worded[0], worded[worded.length - 1]);
    while (n && n.nodeType !== 1) n = n.parentNode;
    root = n as Element | null;
  }

  const nodes = new Set(body);
  const recover = opts.recoverLead !== false;
  const headline = recover ? findHeadline(doc, article.title) : null;
  if (headline) for (const t of collectTextNodes(headline)) nodes.add(t);
  if (root && recover) for (const t of droppedLeadParagraphs(root, worded[0], headline)) nodes.add(t);

  mark('recover');
  const map = textMapFromNodes(inDocumentOrder(liveTexts, nodes));
  mark('textmap');
  if (!map.text.trim()) return null;
  const meta: ArticleMeta = {
    title: article.title ?? headline?.textContent?.trim() ?? '',
    byline: article.byline ?? null,
    siteName: article.siteName ?? null,
    publishedTime: article.publishedTime ?? null,
    lang: article.lang || doc.documentElement?.getAttribute('lang') || null,
    length: map.text.length,
  };
  return { meta, map, root, method };
}
