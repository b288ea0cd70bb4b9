// schema.org data the publisher declared: JSON-LD scripts and microdata items. Only page-level
// items count (top level, @graph, mainEntity), so a listing's ItemList of NewsArticle teasers does
// not make the listing an article. Parsing is bounded.
import type { PageScan } from './scan';

export type LdNode = Record<string, unknown>;

export interface StructuredData {
  /** schema.org types of page-level items, without the vocabulary prefix ("NewsArticle"). */
  types: string[];
  /** Page-level JSON-LD nodes, for metadata (headline, datePublished, author). */
  nodes: LdNode[];
}

const MAX_SCRIPT_CHARS = 400_000;

function typeNames(v: unknown): string[] {
  const list = Array.isArray(v) ? v : [v];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/#:]/, '').trim())
    .filter(Boolean);
}

function collect(v: unknown, out: LdNode[], depth: number): void {
  if (depth > 4 || out.length > 100) return;
  if (Array.isArray(v)) {
    for (const x of v) collect(x, out, depth + 1);
    return;
  }
  if (!v || typeof v !== 'object') return;
  const node = v as LdNode;
  if (node['@type'] !== undefined) out.push(node);
  if (node['@graph']) collect(node['@graph'], out, depth + 1);
  // A QAPage's mainEntity is the question; an FAQPage's questions are a block of any page.
  const main = node.mainEntity;
  if (main && typeof main === 'object' && !typeNames(node['@type']).includes('FAQPage')) {
    collect(main, out, depth + 1);
  }
}

// Publishers wrap JSON-LD in CDATA or comments and sometimes leave it malformed; when parsing fails,
// the declared types are still worth reading.
function parseScript(raw: string, out: LdNode[], types: string[]): void {
  const text = raw
    .slice(0, MAX_SCRIPT_CHARS)
    .replace(/^\s*(?:<!\[CDATA\[|<!--|\/\/\s*<!\[CDATA\[)/, '')
    .replace(/(?:\]\]>|-->|\/\/\s*\]\]>)\s*$/, '');
  try {
    collect(JSON.parse(text), out, 0);
  } catch {
    const top = /"@type"\s*:\s*"([^"]{1,60})"/.exec(text);
    if (top) types.push(...typeNames(top[1]));
  }
}

export function readStructuredData(scan: PageScan): StructuredData {
  const nodes: LdNode[] = [];
  const types: string[] = [];
  for (const script of scan.ldScripts) parseScript(script.textContent ?? '', nodes, types);
  for (const n of nodes) types.push(...typeNames(n['@type']));
  // Microdata: an item that is no other item's property describes the page itself.
  for (const el of scan.items) {
    const prop = el.getAttribute('itemprop');
    if (prop && !/mainEntity/i.test(prop)) continue;
    types.push(...typeNames((el.getAttribute('itemtype') ?? '').split(/\s+/)));
  }
  return { types, nodes };
}

const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'BlogPosting',
  'LiveBlogPosting', 'Report', 'ScholarlyArticle', 'SatiricalArticle', 'Review', 'ClaimReview',
]);
const FORUM_TYPES = new Set(['DiscussionForumPosting', 'QAPage', 'Question', 'Conversation']);
const PRODUCT_TYPES = new Set([
  'Product', 'ProductGroup', 'IndividualProduct', 'ProductModel', 'Offer', 'AggregateOffer',
  'SoftwareApplication', 'WebApplication', 'MobileApplication', 'Vehicle', 'Car', 'SoftwareSourceCode',
]);
const LISTING_TYPES = new Set(['CollectionPage', 'ItemList', 'SearchResultsPage', 'ProfilePage']);
const DOCS_TYPES = new Set(['TechArticle', 'APIReference']);

export type SchemaKind = 'article' | 'forum' | 'product' | 'listing' | 'docs';

/** Which kinds of page the declared types name; article types that docs also use are 'docs'. */
export function schemaKinds(types: string[]): Set<SchemaKind> {
  const kinds = new Set<SchemaKind>();
  for (const t of types) {
    if (ARTICLE_TYPES.has(t)) kinds.add('article');
    else if (FORUM_TYPES.has(t)) kinds.add('forum');
    else if (PRODUCT_TYPES.has(t)) kinds.add('product');
    else if (LISTING_TYPES.has(t)) kinds.add('listing');
    else if (DOCS_TYPES.has(t)) kinds.add('docs');
  }
  return kinds;
}
