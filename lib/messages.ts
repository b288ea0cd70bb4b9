// The messages that cross the extension's process boundaries (popup ⇄ content script ⇄ background).
// A message is untrusted input until its shape is checked, so every receiver runs it through one of
// the parse* functions here; anything that does not parse is ignored. Pure: no `browser.*`.
import type { SiteRule } from './settings';
import type { ArticleMeta, Detection, Entity, EntityType, SkippedWork } from './types';

// Saved highlights (issue 5) have their own requests and answers, parsed the same way.
export * from './saved/messages';

/** Requests an extension page (popup) sends to a tab's content script. */
export type ContentRequest =
  | { type: 'attache:get-results' }
  | { type: 'attache:set-highlights'; on: boolean }
  /** The keyboard shortcut (commands API), relayed by the background: highlights off if on, on if off. */
  | { type: 'attache:toggle-highlights' }
  | { type: 'attache:scroll-to'; entityType: EntityType; key: string }
  | { type: 'attache:analyze'; force: boolean };

/** What a content script tells the background about its page (for the toolbar badge). */
export type BackgroundRequest = { type: 'attache:page-results'; count: number; isArticle: boolean };

/** `disabled`: the reader chose "Never on this site"; nothing was analysed. */
export type PageStatus = 'pending' | 'not-article' | 'done' | 'error' | 'disabled';

/** The content script's answer to get-results, set-highlights and analyze. */
export interface PageResults {
  status: PageStatus;
  url: string;
  title: string;
  detection: Detection | null;
  meta: ArticleMeta | null;
  entities: Entity[];
  highlightsOn: boolean;
  /** The last analysis was asked for with "Analyze this page anyway". */
  forced: boolean;
  /** Mentions that got a highlight element; may be less than all mentions when some were skipped. */
  highlighted: number;
  error: string | null;
  /** Wall time of the last analysis in milliseconds. */
  ms: number;
  /** Milliseconds per stage of the last analysis (detect, extract, recognize, highlight), for the bench. */
  timings?: Record<string, number>;
  /** The reader's rule for this site, if any ("Never" / "Always on this site"). */
  site: SiteRule | null;
  /** What the content script's size and time limits left out (lib/budget), to tell the reader. */
  skipped?: SkippedWork[];
}

/** The answer to scroll-to: which mention (0-based) was shown, out of how many. */
export interface ScrollResult {
  found: boolean;
  index: number;
  total: number;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isInt = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
const isBool = (x: unknown): x is boolean => typeof x === 'boolean';
const isStrOrNull = (x: unknown): x is string | null => x === null || isStr(x);
const isStrArr = (x: unknown): x is string[] => Array.isArray(x) && x.every(isStr);
const isEntityType = (x: unknown): x is EntityType => x === 'official' || x === 'country';
/** Keys are short ids (ISO codes, name slugs); a bound keeps a hostile sender from passing megabytes. */
const isKey = (x: unknown): x is string => isStr(x) && x.length > 0 && x.length <= 200;

export function parseContentRequest(x: unknown): ContentRequest | null {
  if (!isObj(x)) return null;
  switch (x.type) {
    case 'attache:get-results':
    case 'attache:toggle-highlights':
      return { type: x.type };
    case 'attache:set-highlights':
      return isBool(x.on) ? { type: x.type, on: x.on } : null;
    case 'attache:scroll-to':
      return isEntityType(x.entityType) && isKey(x.key)
        ? { type: x.type, entityType: x.entityType, key: x.key }
        : null;
    case 'attache:analyze':
      return isBool(x.force) ? { type: x.type, force: x.force } : null;
    default:
      return null;
  }
}

export function parseBackgroundRequest(x: unknown): BackgroundRequest | null {
  if (!isObj(x) || x.type !== 'attache:page-results') return null;
  if (!isInt(x.count) || !isBool(x.isArticle)) return null;
  return { type: x.type, count: x.count, isArticle: x.isArticle };
}

function isMention(x: unknown): boolean {
  return isObj(x) && isInt(x.start) && isInt(x.end) && x.end >= x.start;
}

export function isEntity(x: unknown): x is Entity {
  if (!isObj(x) || !isEntityType(x.type) || !isKey(x.key) || !isStr(x.name)) return false;
  if (!Array.isArray(x.mentions) || !x.mentions.every(isMention) || !isNum(x.confidence)) return false;
  if (x.type === 'country') return isStr(x.code);
  return isStrArr(x.aliases) && isStrArr(x.titles) && isStrOrNull(x.country);
}

function isDetection(x: unknown): x is Detection {
  return isObj(x) && isBool(x.isArticle) && isNum(x.score) && isStrArr(x.signals);
}

function isMeta(x: unknown): x is ArticleMeta {
  return (
    isObj(x) && isStr(x.title) && isStrOrNull(x.byline) && isStrOrNull(x.siteName) &&
    isStrOrNull(x.publishedTime) && isStrOrNull(x.lang) && isInt(x.length)
  );
}

const STAGES: readonly SkippedWork['stage'][] = ['load', 'extract', 'recognize', 'highlight', 'late'];
function isSkippedWork(x: unknown): x is SkippedWork {
  return isObj(x) && STAGES.includes(x.stage as SkippedWork['stage']) && isStr(x.reason) && x.reason.length <= 500;
}

const STATUSES: readonly PageStatus[] = ['pending', 'not-article', 'done', 'error', 'disabled'];

/** Checks a content script's answer before the popup renders any of it. */
export function parsePageResults(x: unknown): PageResults | null {
  if (!isObj(x) || !STATUSES.includes(x.status as PageStatus)) return null;
  if (!isStr(x.url) || !isStr(x.title) || !isBool(x.highlightsOn) || !isBool(x.forced)) return null;
  if (!isInt(x.highlighted)) return null;
  if (!(x.detection === null || isDetection(x.detection))) return null;
  if (!(x.meta === null || isMeta(x.meta))) return null;
  if (!Array.isArray(x.entities) || !x.entities.every(isEntity)) return null;
  if (!isStrOrNull(x.error) || !isNum(x.ms)) return null;
  if (!(x.site === null || x.site === 'never' || x.site === 'always')) return null;
  if (!(x.skipped === undefined || (Array.isArray(x.skipped) && x.skipped.every(isSkippedWork)))) return null;
  return x as unknown as PageResults;
}

export function parseScrollResult(x: unknown): ScrollResult | null {
  if (!isObj(x) || !isBool(x.found) || !isInt(x.index) || !isInt(x.total)) return null;
  return { found: x.found, index: x.index, total: x.total };
}

/**
 * Only this extension's own pages and scripts may talk to it. Web pages cannot reach
 * runtime.onMessage directly, but a check costs nothing and keeps it so if that ever changes.
 */
export function isFromExtension(sender: { id?: string } | undefined, ownId: string): boolean {
  return !!sender && sender.id === ownId;
}
