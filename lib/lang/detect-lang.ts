// Which language an article is written in, so recognition uses that language's names and titles
// (issue 7). Pages declare a language (<html lang>, content-language, og:locale) but templates often
// declare it wrongly or not at all, so the text itself is checked too: the script for Chinese and
// Arabic, counts of frequent function words for the Latin-script languages. Cheap: a few native
// regex passes over a sample of the text, no model. (Regexes, not loops over characters: this runs
// once or twice per page in a content script that is new on each page, where a loop's code is seldom
// optimised; in Chromium the loops cost 2 to 4 times these passes on corpus articles' text.)

/** Languages whose lexicons Attaché has; others are recognised with the English lexicon. */
export const SUPPORTED_LANGS = ['en', 'fr', 'de', 'es', 'zh', 'ar'] as const;

const SAMPLE = 4000;

/** 'fr-FR' -> 'fr', 'zh_Hans_CN' -> 'zh', 'EN' -> 'en'; null for empty or malformed tags. */
export function normaliseLang(tag: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_]|\s*$)/i.exec(tag ?? '');
  return m ? m[1].toLowerCase() : null;
}

// Frequent words that belong to one language only (the shared "de", "la", "que", "en", "es" are
// left out so they cannot tip the balance).
const STOP: Record<string, string> = {
  en: 'the and of to is that was for with said are have this from has which',
  fr: 'le les des est et une dans qui pour pas sur au aux du avec sont',
  de: 'der die das und ist nicht mit den dem von zu ein eine sich auf auch',
  es: 'el los las del por con una para se su al como más pero fue según',
};
const STOP_LANGS = Object.keys(STOP);
/** Stop word → the index of its language in STOP_LANGS. */
const STOP_WORD = new Map<string, number>();
STOP_LANGS.forEach((lang, k) => STOP[lang].split(' ').forEach((w) => STOP_WORD.set(w, k)));
const LONGEST_STOP = Math.max(...[...STOP_WORD.keys()].map((w) => w.length));

export interface TextLang {
  lang: string | null;
  /** True when the evidence is clear enough to overrule what the page declares. */
  sure: boolean;
}

// Code units by script, in runs. OTHER is every unit from U+0370 up that none of the others counts.
export const HAN = /[\u4e00-\u9fff]+/g;
export const KANA = /[\u3040-\u30ff]+/g;
export const ARABIC = /[\u0600-\u06ff]+/g;
export const LATIN = /[A-Za-z\u00c0-\u024f]+/g;
export const OTHER = /[\u0370-\u05ff\u0700-\u303f\u3100-\u4dff\ua000-\uffff]+/g;
// The units in a script's runs, as what removing them takes away: one match per run (a word) rather
// than an array of one string per unit, about 4 times faster on an article's sample.
export const countUnits = (s: string, re: RegExp): number => s.length - s.replace(re, '').length;

/** The language of a text from its script and function words (`tokens`: the text's, when already split). */
export function detectTextLang(text: string, tokens?: readonly WordToken[]): TextLang {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const han = countUnits(sample, HAN);
  const kana = countUnits(sample, KANA);
  const arabic = countUnits(sample, ARABIC);
  const latin = countUnits(sample, LATIN);
  const other = countUnits(sample, OTHER);
  // Latin letters of names, URLs and acronyms are common in Chinese and Arabic news: Han characters
  // carry a word each, so they weigh more than letters. Other scripts (Cyrillic, Hangul...) have no
  // lexicon here: they are reported as no language, and recognition falls back to English.
  const total = han * 3 + kana * 3 + arabic + latin + other;
  if (total < 20) return { lang: null, sure: false };
  if (kana * 3 > total * 0.1) return { lang: 'ja', sure: true };
  if (han * 3 > total * 0.4) return { lang: 'zh', sure: true };
  if (arabic > total * 0.4) return { lang: 'ar', sure: true };
  if (latin < total * 0.5) return { lang: null, sure: false };

  const { counts, words } = tokens ? countStopTokens(tokens, sample.length) : countStopWords(sample);
  const ranked = STOP_LANGS.map((lang, k): [string, number] => [lang, counts[k]]).sort((a, b) => b[1] - a[1]);
  const [best, n] = ranked[0];
  const second = ranked[1][1];
  if (n < 3 || n < words * 0.05) return { lang: null, sure: false };
  return { lang: best, sure: n >= 8 && n >= second * 2.5 };
}

const WORD = /\p{L}+/gu;

/** Words (runs of \p{L}) in `text`, and how many of them are each language's stop words. */
export function countStopWords(text: string): { counts: number[]; words: number } {
  const counts = STOP_LANGS.map(() => 0);
  let words = 0;
  for (const m of text.matchAll(WORD)) {
    words++;
    const w = m[0];
    // Longer than every stop word: not copied in lower case nor looked up.
    if (w.length > LONGEST_STOP) continue;
    const k = STOP_WORD.get(w.toLowerCase());
    if (k !== undefined) counts[k]++;
  }
  return { counts, words };
}

/** A token of the text as the recognizer splits it (lib/entities/matcher's Token fits). */
export interface WordToken {
  end: number;
  text: string;
  isWord: boolean;
}

/**
 * countStopWords over the word tokens that end within the first `limit` code units. Recognition
 * splits the text anyway, and counting over its tokens costs about a quarter of the regex pass.
 * A word token is not quite a \p{L}+ run: digits belong to it (so a number is a word), and each Han
 * character is one; neither changes which Latin-script language wins.
 */
export function countStopTokens(tokens: readonly WordToken[], limit: number): { counts: number[]; words: number } {
  const counts = STOP_LANGS.map(() => 0);
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.end > limit) break;
    if (!t.isWord) continue;
    words++;
    if (t.text.length > LONGEST_STOP) continue;
    const k = STOP_WORD.get(t.text.toLowerCase());
    if (k !== undefined) counts[k]++;
  }
  return { counts, words };
}

export interface LangHints {
  /** <html lang>, or what the page's metadata declares. */
  declared?: string | null;
  /** Article text (or a sample of the page's text). */
  text?: string | null;
  /** The text's tokens, when recognition has split it already. */
  tokens?: readonly WordToken[];
}

/** The article's language: the text's when it is clear, else the declared one, else English. */
export function detectLang(hints: LangHints): string {
  const declared = normaliseLang(hints.declared);
  const fromText = hints.text ? detectTextLang(hints.text, hints.tokens) : { lang: null, sure: false };
  if (fromText.lang && (fromText.sure || !declared)) return fromText.lang;
  return declared ?? fromText.lang ?? 'en';
}

/** What a document declares: <html lang>, then content-language, og:locale and similar metadata. */
export function declaredLang(doc: Document): string | null {
  const html = normaliseLang(doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang'));
  if (html) return html;
  const metas = doc.head?.getElementsByTagName('meta') ?? [];
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const key = (m.getAttribute('http-equiv') ?? m.getAttribute('property') ?? m.getAttribute('name') ?? '').toLowerCase();
    if (key === 'content-language' || key === 'og:locale' || key === 'language' || key === 'dc.language') {
      const lang = normaliseLang(m.getAttribute('content'));
      if (lang) return lang;
    }
  }
  return null;
}

/**
 * The language of a live page before it is analysed (the content script uses it to fetch the
 * language's data): its declaration, checked against the text of its title and first paragraphs.
 */
export function documentLang(doc: Document): string {
  const parts: string[] = [doc.title ?? ''];
  let chars = 0;
  const paras = doc.querySelectorAll('p');
  for (let i = 0; i < paras.length && i < 40 && chars < SAMPLE; i++) {
    const t = paras[i].textContent ?? '';
    parts.push(t);
    chars += t.length;
  }
  return detectLang({ declared: declaredLang(doc), text: parts.join('\n') });
}
