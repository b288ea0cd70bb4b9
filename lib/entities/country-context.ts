// Context checks for country words that are not always countries: a demonym used for a language
// ("in English"), a name inside a news outlet's name ("China Daily"), and the named rules of
// data/ambiguous.en.txt (Jordan the first name, Georgia the US state, Korea north or south...).
// They look only at neighbouring tokens and a few article-wide cue words, so they stay cheap.
import type { Token } from './matcher';

export interface Ctx {
  text: string;
  tokens: Token[];
  /** Token range of the mention. */
  from: number;
  to: number;
  /** Lazily built set of the article's words, for article-wide cues. */
  words: () => Set<string>;
}

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** The n-th word token before `from` (1 = the one just before), skipping nothing but requiring no paragraph break. */
function prevTok(c: Ctx, n = 1): Token | null {
  const i = c.from - n;
  return i >= 0 ? c.tokens[i] : null;
}
function nextTok(c: Ctx, n = 1): Token | null {
  const i = c.to + n - 1;
  return i < c.tokens.length ? c.tokens[i] : null;
}
const isCap = (t: Token | null) => !!t && t.isWord && /^\p{Lu}\p{Ll}/u.test(t.text);

// After "in"/"into" a language name ends the phrase; as an adjective it is followed by a noun.
const LANG_PREV = set('speak speaks spoke speaking spoken fluent learn learns learning learned teach teaches taught translated translate translating dubbed subtitled');
const LANG_NEXT = set(`language languages speaker speakers speaking translation translations translator translators
  interpreter interpreters dialect dialects subtitles subtitle lessons classes course courses literature teacher teachers
  proficiency fluency grammar version edition word words`);
const FUNCTION_WORDS = set('and or but as by on at for to of with from is was are were that which who while when where than then');

/** The language words of a lexicon other than English ("en français", "die englische Sprache"). */
export interface LanguageWords {
  lang: string;
  langPrev?: string[];
  langNext?: string[];
}
const langSets = new WeakMap<LanguageWords, [Set<string>, Set<string>]>();

export function isLanguageUse(c: Ctx, lex?: LanguageWords): boolean {
  const p = prevTok(c);
  const n = nextTok(c);
  if (lex && lex.lang !== 'en') {
    let sets = langSets.get(lex);
    if (!sets) langSets.set(lex, (sets = [new Set(lex.langPrev ?? []), new Set(lex.langNext ?? [])]));
    if (p?.isWord && c.tokens[c.from].gap === 'space' && sets[0].has(p.text.toLowerCase())) return true;
    return !!n?.isWord && n.gap === 'space' && sets[1].has(n.text);
  }
  if (n && n.text === '-' && n.gap === 'none') {
    const n2 = nextTok(c, 2);
    if (n2 && LANG_NEXT.has(n2.text.toLowerCase())) return true;
  }
  if (n && n.isWord && n.gap !== 'break' && LANG_NEXT.has(n.text.toLowerCase())) return true;
  // A gloss: "(Swedish: Nobelpriset)".
  if (n?.text === ':' && p && (p.text === '(' || p.text === ',')) return true;
  if (!p || !p.isWord || c.tokens[c.from].gap === 'break') return false;
  const pw = p.text.toLowerCase();
  if (LANG_PREV.has(pw)) return true;
  // "translate the review to English"
  if (pw === 'to' || pw === 'into') {
    for (let k = 2; k <= 5; k++) if (/^translat/i.test(prevTok(c, k)?.text ?? '')) return true;
  }
  // "in French and German", "speaks Arabic or Farsi": the second of two languages.
  const p3 = (pw === 'and' || pw === 'or') && isCap(prevTok(c, 2)) ? prevTok(c, 3)?.text.toLowerCase() ?? '' : '';
  if (LANG_PREV.has(p3)) return true;
  if (pw === 'in' || pw === 'into' || p3 === 'in' || p3 === 'into') {
    if (!n || n.gap === 'break' || !n.isWord) return true;
    // "in Russian and Ukrainian hands": two adjectives before a noun.
    const n3 = nextTok(c, 3);
    if ((n.text === 'and' || n.text === 'or') && isCap(nextTok(c, 2)) && n3?.isWord && n3.gap === 'space' && !FUNCTION_WORDS.has(n3.text.toLowerCase())) return false;
    return FUNCTION_WORDS.has(n.text.toLowerCase());
  }
  return false;
}

// Outlets and agencies named after a country are not mentions of it ("China Daily", "Saudi Press
// Agency", "Times of Israel").
const OUTLET_NEXT = set('Daily Times Herald Today Tribune Gazette');
export function isOutletName(c: Ctx): boolean {
  const n = nextTok(c);
  if (n && n.gap === 'space' && OUTLET_NEXT.has(n.text)) return true;
  for (let k = 1; k <= 3; k++) {
    const a = nextTok(c, k);
    const b = nextTok(c, k + 1);
    if (!a || !b || !isCap(a)) break;
    if ((a.text === 'News' || a.text === 'Press') && b.text === 'Agency') return true;
  }
  const p1 = prevTok(c);
  const p2 = prevTok(c, 2);
  return !!p1 && !!p2 && p1.text === 'of' && p2.text === 'Times';
}

// Words that follow a country's name inside an organisation or title, so a capitalised word after
// "Jordan" does not make it a first name.
const COUNTRY_NOUNS = set(`Government Foreign Ministry Minister Ministers Embassy Army Armed Air Navy Naval Defense Defence
  National King Queen Crown Prince Princess President Prime Parliament Senate State Central Supreme Constitutional Court
  Cup Open Football Olympic Red Royal Security Intelligence Police Coast Border Customs Bank Stock Airlines Airways
  Investment Development Chamber Council Committee Commission Institute University Office Department Agency Authority
  Forces Force Military Mission Consulate Ambassador Envoy Special Deputy Vice Interior Trade Finance Economy Energy
  Health Education Culture Tourism Democratic Republican Socialist Communist Labor Labour Conservative Liberal Party
  People Independence Day Revolution Peace Accord Agreement Treaty Summit Talks Conference Forum Policy Affairs Fund
  Program Programme Project Initiative Relations Relief Aid Crisis War Campaign Team Basin Delta Desert Valley
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
  October November December The A In On At And Or But For To Of As By With From It He She They We This That`);
const PREV_OK = set(`The A In On At And Or But For To Of As By With From Both Neighbouring Neighboring Lake Kingdom Republic
  Visit North South East West Central Northern Southern Eastern Western Than Like Including Between Against Unlike Also
  Foreign Prime President King Queen Minister Ambassador Envoy`);

// In a Title Case Headline every word is capitalised, so capitals say nothing about names there.
// The sign is a capitalised small word inside the line ("Jordan Says It Will Reopen Border").
const TITLE_WORDS = set('To In Of For With And On At After Over As Is Are Was Will Be From By Amid Into Says Say Said Against About Than Its His Her Their Over Under');
function inTitleCaseLine(c: Ctx): boolean {
  const lo = Math.max(0, c.from - 8);
  const hi = Math.min(c.tokens.length, c.to + 8);
  for (let i = c.from; i > lo && c.tokens[i].gap !== 'break' && !c.text.slice(c.tokens[i - 1].end, c.tokens[i].start).includes('\n'); i--) {
    const t = c.tokens[i - 1];
    const before = c.tokens[i - 2];
    if (TITLE_WORDS.has(t.text) && before && before.isWord) return true;
  }
  for (let i = c.to; i < hi && c.tokens[i].gap !== 'break' && !c.text.slice(c.tokens[i - 1].end, c.tokens[i].start).includes('\n'); i++) {
    if (TITLE_WORDS.has(c.tokens[i].text)) return true;
  }
  return false;
}

/** A surname after a first name ("Michael Jordan", "Bill English"), outside Title Case lines. */
export function isSurname(c: Ctx): boolean {
  if (inTitleCaseLine(c)) return false;
  const p = prevTok(c);
  const p2 = prevTok(c, 2);
  const sentenceStart = !p2 || /^[.!?:;"“”(]$/.test(p2.text) || p?.gap === 'break';
  if (p && c.tokens[c.from].gap === 'space' && /^\p{Lu}{1,2}$/u.test(p.text) && (!p2 || p2.text === ',' || p.gap === 'break')) return true;
  return !!p && c.tokens[c.from].gap === 'space' && isCap(p) && !PREV_OK.has(p.text) && !sentenceStart;
}

/** A first name before a surname ("Jordan Peterson") or a surname after one ("Michael Jordan"). */
export function isPersonName(c: Ctx): boolean {
  if (inTitleCaseLine(c)) return false;
  const n = nextTok(c);
  if (n && n.gap === 'space' && isCap(n) && !COUNTRY_NOUNS.has(n.text)) return true;
  return isSurname(c);
}

const STATE_NEXT = set('Senate House Republican Republicans Democrat Democrats Gov Governor governor legislature Legislature lawmakers voters Tech Bulldogs Power Secretary Supreme runoff runoffs primary State Ports General GOP county County');
const STATE_POSS_NEXT = set('governor Gov Governor secretary Secretary legislature Legislature Senate House Republican Republicans Democrats Democratic lawmakers voters');
const GEORGIA_STATE_CUES = set('Atlanta Savannah Macon Peach');
/** The 50 states of the US (source: U.S. Census Bureau, state names); the title lexicon's governors use them too. */
export const US_STATES: readonly string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
  'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina',
  'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
];
// One-word states near "Georgia" make it the state (not Washington: also the US capital, said of the federal government).
const US_STATE_CUES = new Set(US_STATES.filter((s) => !s.includes(' ') && s !== 'Georgia' && s !== 'Washington'));
const GEORGIA_CUES = set('Tbilisi Abkhazia Ossetia Caucasus Batumi Kutaisi Sakartvelo');

/** Georgia the US state: local state words, or an article with US-state cues and none for the country. */
export function isUsState(c: Ctx): boolean {
  const n = nextTok(c);
  if (n && n.gap === 'space' && STATE_NEXT.has(n.text)) return true;
  if (n && n.text === "'" && nextTok(c, 2)?.text === 's') {
    const n3 = nextTok(c, 3);
    if (n3 && STATE_POSS_NEXT.has(n3.text)) return true;
  }
  const p1 = prevTok(c);
  const p2 = prevTok(c, 2);
  // "state of Georgia", "Governor of Georgia", and "Governor Brian P. Kemp of Georgia" (a name between).
  if (p1?.text === 'of') {
    for (let k = 2; k <= 8; k++) {
      const t = prevTok(c, k);
      if (!t) break;
      if (/^(Gov|Governor)$/.test(t.text) || (k === 2 && /^(state|State|governor)$/.test(t.text))) return true;
      if (!isCap(t) && t.text !== '.' && !/^\p{Lu}$/u.test(t.text)) break;
    }
  }
  if (p1?.text === ',' && p2 && (US_STATE_CUES.has(p2.text) || GEORGIA_STATE_CUES.has(p2.text))) return true;
  for (let k = 1; k <= 3; k++) {
    if (US_STATE_CUES.has(nextTok(c, k)?.text ?? '') || US_STATE_CUES.has(prevTok(c, k)?.text ?? '')) return true;
  }
  const w = c.words();
  for (const g of GEORGIA_CUES) if (w.has(g)) return false;
  for (const g of GEORGIA_STATE_CUES) if (w.has(g)) return true;
  let states = 0;
  for (const s of US_STATE_CUES) if (w.has(s) && ++states >= 2) return true;
  return false;
}

const BIRD_NEXT = set('dinner dinners sandwich sandwiches breast leg legs meat farm farms farmers hunting hunt pardon feathers roast stuffing gravy bacon burger burgers');
const BIRD_PREV = set('Thanksgiving Christmas roast roasted wild stuffed smoked');
export function isBird(c: Ctx): boolean {
  const n = nextTok(c);
  const p = prevTok(c);
  return (!!n && BIRD_NEXT.has(n.text.toLowerCase())) || (!!p && BIRD_PREV.has(p.text));
}

const CHANNEL_CUES = ['Guernsey', 'Bailiwick', 'Helier', 'Jèrriais', 'Alderney', 'Sark'];
/** Jersey counts only in an article about the Channel Islands. */
export function isNotChannel(c: Ctx): boolean {
  const w = c.words();
  return !CHANNEL_CUES.some((x) => w.has(x)) && !/Channel Islands/.test(c.text);
}

// "US" in a line of capitals may be the pronoun ("FOLLOW US ON SOCIAL MEDIA").
const US_OBJECT_OF = set('FOLLOW JOIN CONTACT ABOUT TELL LET EMAIL HELP GIVE SEND SHOW LIKE SUPPORT CALL WRITE ASK AMONG');
export function isPronounUs(c: Ctx): boolean {
  const p = prevTok(c);
  const n = nextTok(c);
  // "US$1.0 million" names a currency.
  if (n?.text === '$' && n.gap === 'none') return true;
  return c.tokens[c.from].text === 'US' && c.to - c.from === 1 && !!p && c.tokens[c.from].gap !== 'break' && US_OBJECT_OF.has(p.text);
}

/** Rules of data/ambiguous.en.txt that reject a mention; "cue" is resolved in countries.ts. */
export const REJECT_RULES: Record<string, (c: Ctx) => boolean> = {
  'person-name': isPersonName,
  surname: isSurname,
  'us-state': isUsState,
  bird: isBird,
  channel: isNotChannel,
  cue: () => false,
};
