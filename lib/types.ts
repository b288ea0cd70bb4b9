// The shapes that cross module boundaries. One offset convention everywhere: UTF-16 code-unit
// offsets into the single article text string that lib/extract builds for a page.

/** A half-open span [start, end) of the page's article text. */
export interface Mention {
  start: number;
  end: number;
}

export type EntityType = 'official' | 'country';

interface EntityBase {
  type: EntityType;
  /** Stable id within a page: the ISO code for a country, a slug of the fullest name for a person. */
  key: string;
  /** Display name: the country's short English name, or the official's fullest name in the text. */
  name: string;
  /** Every mention in text order; counts are `mentions.length`. */
  mentions: Mention[];
  /** 0..1. The popup shows entities below LOW_CONFIDENCE apart from the others. */
  confidence: number;
}

export interface CountryEntity extends EntityBase {
  type: 'country';
  /** ISO 3166-1 alpha-2 (plus XK for Kosovo). */
  code: string;
}

export interface OfficialEntity extends EntityBase {
  type: 'official';
  /** Other forms the text uses for this person ("Pompeo", "Mr. Pompeo"). */
  aliases: string[];
  /** Office words found for this person, most specific first ("Foreign Minister"). */
  titles: string[];
  /** ISO alpha-2 of the state served; null for international organisations or unknown. */
  country: string | null;
}

export type Entity = CountryEntity | OfficialEntity;

export const LOW_CONFIDENCE = 0.5;

/** Facts about the page, from Readability and the page's metadata. */
export interface ArticleMeta {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  /** Length of the article text in UTF-16 code units. */
  length: number;
}

/** The verdict of lib/detect. */
export interface Detection {
  isArticle: boolean;
  /** Roughly 0..1; the threshold is in lib/detect. */
  score: number;
  /** Which cheap signals fired, for the popup and for debugging ("jsonld:NewsArticle", "listing"). */
  signals: string[];
}

/**
 * The page's article text and where each piece of it lives in the live DOM. Built by lib/extract,
 * used by highlighting, click-to-jump, saving and re-anchoring. `text.slice(s.start, s.end)` equals
 * `s.node.data` for every segment; offsets between segments (block separators such as "\n\n")
 * belong to no node.
 */
export interface TextSegment {
  start: number;
  end: number;
  node: Text;
}

export interface TextMap {
  text: string;
  /** Sorted by start, non-overlapping. */
  segments: TextSegment[];
}

/** Work that a size or time limit left out (lib/budget), reported to the reader instead of hidden. */
export interface SkippedWork {
  /** load: the page had not finished loading; the others are pipeline stages. */
  stage: 'load' | 'extract' | 'recognize' | 'highlight' | 'late';
  reason: string;
}

/** What lib/pipeline returns for one document; the CLI, content script and bench all use it. */
export interface PageAnalysis {
  detection: Detection;
  /** null when the page was judged not an article and no analysis was forced. */
  meta: ArticleMeta | null;
  map: TextMap | null;
  entities: Entity[];
  /** What limits left out (the content script sets limits; the CLI does not). */
  skipped?: SkippedWork[];
}
