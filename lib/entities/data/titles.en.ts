// English office vocabulary for official recognition. Editorial list, compiled by hand from the
// offices named in issue 3 (heads of state and government, ministers, secretaries, envoys,
// legislators, party officials, governors, mayors, spokespersons, military ranks, judges, royals,
// heads of international organisations) and from AP/Reuters style usage of titles and rank
// abbreviations (AP Stylebook "military titles", "legislative titles"). Words only, never people.
import type { TitleLexicon } from './title-lexicon';
import { INTERNATIONAL, NATIONAL } from './organisations.en';
import { PLACES_EN } from './places.en.generated';
import { US_STATES } from '../country-context';

/** Office nouns that make the person an official on their own ("Ambassador", "Foreign Minister"). */
export const STRONG_HEADS: string[] = [
  'president', 'presidents', 'vice president', 'vice-president', 'president-elect', 'prime minister',
  'prime ministers', 'premier', 'vice premier', 'vice-premier', 'deputy premier', 'chancellor',
  'minister', 'ministers', 'foreign minister', 'secretary', 'secretaries', 'secretary of state',
  'secretary-general', 'secretary general', 'general secretary', 'under secretary', 'undersecretary',
  'under-secretary', 'home secretary', 'foreign secretary', 'press secretary', 'party secretary',
  'ambassador', 'ambassadors', 'envoy', 'envoys', 'special representative', 'trade representative',
  'high representative', 'diplomat', 'diplomats', 'top diplomat', 'consul', 'consul general',
  'consul-general', 'chargé d\'affaires', 'charge d\'affaires', 'attaché', 'attache', 'senator',
  'senators', 'congressman', 'congresswoman', 'congressmen', 'lawmaker', 'lawmakers',
  'legislator', 'legislators', 'parliamentarian', 'member of parliament',
  'speaker', 'governor', 'lieutenant governor', 'mayor', 'deputy mayor', 'spokesperson',
  'spokesman', 'spokeswoman', 'spokespeople', 'general', 'lieutenant',
  'lieutenant general', 'lieutenant colonel', 'major general', 'brigadier general', 'brigadier', 'colonel', 'commander', 'admiral', 'rear admiral', 'vice admiral', 'captain', 'sergeant', 'marshal', 'field marshal', 'commandant',
  'commander-in-chief', 'army chief', 'military chief', 'chief of staff', 'chiefs of staff',
  'chairman of the joint chiefs of staff', 'judge', 'justice', 'chief justice', 'magistrate',
  'prosecutor', 'prosecutor general', 'attorney general', 'attorney-general', 'inspector general',
  'director of public prosecution', 'director of public prosecutions', 'king', 'queen', 'emir',
  'amir', 'sultan', 'crown prince', 'monarch', 'emperor', 'empress', 'grand duke', 'pope', 'supreme leader', 'ayatollah',
  'ambassador extraordinary and plenipotentiary',
  'director-general', 'director general', 'commissioner', 'high commissioner', 'councillor',
  'councilor', 'state councilor', 'state councillor', 'alderman', 'negotiator', 'chief negotiator',
  'national security adviser', 'national security advisor', 'ombudsman', 'comptroller',
  'deputy secretary', 'assistant secretary', 'deputy minister', 'vice minister',
  // Ireland's head of government and deputy (Bunreacht na hÉireann, Art. 28), the Crown's
  // representative in a Commonwealth realm.
  'taoiseach', 'tánaiste', 'tanaiste', 'governor-general', 'governor general',
];

/** Office nouns that need a government, party, country or organisation word beside them. */
export const WEAK_HEADS: string[] = [
  'official', 'officials', 'officer', 'chief', 'head', 'leader', 'leaders', 'adviser', 'advisor',
  'aide', 'counselor', 'counsellor', 'representative', 'director', 'chairman', 'chairwoman', 'chair',
  'counterpart', 'counterparts', 'delegate', 'administrator', 'regent', 'member', 'deputy', 'deputies',
];

/** Words that qualify an office before its head noun ("former", "deputy", "foreign"). */
export const MODIFIERS: string[] = [
  'former', 'ex', 'then', 'acting', 'interim', 'deputy', 'vice', 'assistant', 'associate', 'senior',
  'top', 'chief', 'first', 'second', 'principal', 'permanent', 'special', 'foreign', 'defense',
  'defence', 'interior', 'home', 'finance', 'trade', 'economy', 'economic', 'justice', 'health',
  'education', 'agriculture', 'energy', 'environment', 'culture', 'labor', 'labour', 'transport',
  'commerce', 'industry', 'treasury', 'security', 'national', 'state', 'federal', 'regional',
  'provincial', 'municipal', 'local', 'party', 'army', 'military', 'navy', 'naval', 'air', 'force',
  'press', 'executive', 'presidential', 'royal', 'supreme', 'cabinet', 'opposition', 'ruling',
  'communist', 'republican', 'democratic', 'democrat', 'conservative', 'liberal', 'government',
  'ministry', 'department', 'foreign-policy', 'intelligence', 'police', 'immigration', 'finance',
  'development', 'information', 'communications', 'career', 'retired', 'sitting', 'incoming',
  'outgoing', 'new', 'current', 'longtime', 'long-time', 'veteran', 'newly', 'elected', 'appointed',
  'de', 'facto', 'general', 'lt', 'maj', 'brig', 'rear', 'sen', 'rep', 'cabinet-level', 'political',
  'affairs', 'diplomacy', 'public', 'prosecution', 'house', 'senate', 'white',
  'legislative', 'parliamentary', 'diplomatic', 'consular', 'spy', 'counterterrorism',
  'human', 'rights', 'climate', 'nuclear', 'arms', 'control', 'policy', 'staff', 'joint', 'chiefs',
  'high', 'chamber', 'assembly', 'council', 'congress', 'parliament', 'committee', 'city', 'county',
  'authoritarian', 'autocratic', 'embattled', 'beleaguered', 'populist', 'nationalist', 'hardline',
  'hard-line', 'far-right', 'right-wing', 'left-wing', 'leftist', 'reformist', 'ousted', 'deposed',
  'exiled', 'self-declared', 'self-proclaimed', 'powerful', 'late', 'strongman',
  'central', 'bank', 'tax', 'customs', 'border', 'coast', 'guard', 'armed', 'forces', 'africa',
  'middle', 'east', 'asia', 'europe', 'european', 'arctic',
];

/** Offices written in capitals only (never "pm" as in "5 pm"). */
export const UPPER_HEADS: string[] = ['PM', 'MP', 'MPs', 'MEP', 'MEPs'];

/** Rank or office abbreviations written before a name with or without a full stop ("Lt. Col."). */
export const ABBREVIATIONS: string[] = [
  'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'cmdr', 'cdr', 'adm', 'maj', 'capt', 'sgt', 'brig', 'pres',
  'amb', 'cpl', 'pvt', 'supt', 'insp', 'lt gen', 'lt col', 'maj gen', 'brig gen', 'rear adm',
  'vice adm', 'lt cmdr', 'lt cdr',
];

/** Military ranks in full (see TitleLexicon.ranks). */
export const RANKS: string[] = [
  'general', 'lieutenant general', 'major general', 'brigadier general', 'brigadier', 'colonel', 'lieutenant colonel',
  'lieutenant', 'major', 'captain', 'commander', 'admiral', 'vice admiral', 'rear admiral', 'field marshal', 'marshal',
  'air marshal', 'air chief marshal',
];

/** Courtesy words around a name that are not offices ("Mr.", "H.E.", "Sheikh"). */
export const HONORIFICS: string[] = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'madam', 'h e',
  'his excellency', 'her excellency', 'sheikh', 'sheikha', 'shaikh', 'prince', 'princess', 'the honourable',
  'the honorable', 'hon', 'rt hon', 'comrade', 'mister',
];

/**
 * Words that mark an office holder in a government when they qualify a weak head: a weak head
 * ("official", "chief") with one of these before it is an office ("State Department official").
 */
export const GOVERNMENT_WORDS: string[] = [
  'government', 'ministry', 'department', 'foreign', 'defense', 'defence', 'state', 'party',
  'army', 'military', 'navy', 'naval', 'security', 'intelligence', 'cabinet', 'council',
  'congress', 'parliament', 'parliamentary', 'senate', 'administration', 'embassy', 'consulate',
  'presidential', 'federal', 'communist', 'opposition', 'ruling', 'diplomatic', 'police',
  'treasury', 'justice', 'interior', 'commission', 'committee', 'assembly', 'authority', 'bureau',
  'agency', 'office', 'chiefs', 'staff', 'white', 'house', 'kremlin', 'pentagon', 'trade', 'public',
  'prosecution', 'nations', 'union', 'legislature', 'junta', 'regime', 'politburo', 'province',
  'provincial', 'municipal', 'city', 'county', 'republican', 'democratic', 'democrat', 'labour',
  'conservative', 'liberal', 'national', 'people', 'peoples', 'court',
  // The agencies news names by what they do: "the UN nuclear watchdog", "the UN refugee agency".
  'nuclear', 'watchdog', 'refugee', 'humanitarian', 'relief',
  // Parts of regions' names: "Belgorod Oblast Governor", "Tokyo Metropolitan Governor".
  'oblast', 'region', 'prefecture', 'district', 'governorate', 'metropolitan', 'krai',
];

/**
 * Offices whose name alone tells the state, as English-language news uses them (regex source over
 * the title's words, matched case-insensitively). "Secretary of State" without "for" is the US
 * office; the British one is "Foreign Secretary" or "Secretary of State for ...".
 */
export const NATIONAL_OFFICES: [string, string][] = [
  // A US state's governor: "Texas Gov. Greg Abbott", "the Governor of Georgia, Brian Kemp".
  [`(?:${US_STATES.join('|')}) (?:gov|governor|lt gov|lieutenant governor)`, 'US'],
  [`(?:gov|governor|lt gov|lieutenant governor) of (?:${US_STATES.join('|')})`, 'US'],
  ['secretary of state(?! for)', 'US'],
  // "Democratic lawmaker Ro Khanna", "GOP Sen. Lindsey Graham"; not "Democratic Party lawmaker" (South Korea's, Japan's...).
  ['(?:democratic|republican|gop)(?! party)(?: \\S+)? (?:lawmakers?|senator|sen|congressman|congresswoman|rep|representative|governor|gov)', 'US'],
  ['defense secretary', 'US'],
  ['secretary of defense', 'US'],
  ['(?:senator|sen)', 'US'],
  ['(?:congressman|congresswoman|rep)', 'US'],
  ['chairman of the joint chiefs of staff', 'US'],
  ['national security (?:adviser|advisor)', 'US'],
  // A subject after "for" is not the office's state ("special envoy for Ukraine"), except here.
  ['(?:secretary of state|minister) for (?:northern ireland|scotland|wales)', 'GB'],
  ['home secretary', 'GB'],
  ['foreign secretary', 'GB'],
  ['defence secretary', 'GB'],
  ['chancellor of the exchequer', 'GB'],
  ['taoiseach', 'IE'],
  ['t[aá]naiste', 'IE'],
  ['pope', 'VA'],
];

/** Prepositions that join a head to its institution ("Minister of Foreign Affairs", "Ambassador to China"). */
export const PREPOSITIONS: string[] = ['of', 'for', 'to', 'on', 'at', 'in'];
export const CONNECTIVES: string[] = ['of', 'and', 'the', 'for', 'on', '&'];
export const DESTINATIONS: string[] = ['to', 'in', 'at'];
export const SUBJECTS: string[] = ['for'];
export const FILLERS: string[] = ['a', 'an', 'the', 'his', 'her', 'its', 'their', 'then', 'now', 'also', 'currently', 'formerly', 'who', 'been', 'still', 'once', 'as'];
export const REPORTS: string[] = ['said', 'says', 'told', 'added', 'wrote', 'noted', 'stated', 'confirmed', 'announced'];
export const VERBS: string[] = ['is', 'was', 'became', 'becomes', 'remains', 'remained', 'served', 'serves', 'serving'];

/** Nouns that name companies, schools and clubs: their offices are not public ones. */
export const INSTITUTION_NOUNS: string[] = ['University', 'College', 'Institute', 'Institution', 'Company', 'Corporation', 'Corp', 'Inc', 'Foundation', 'Group', 'Bank', 'Center', 'Centre', 'Club', 'Association', 'Society', 'School', 'Hospital', 'Museum', 'Fund', 'Trust', 'Holdings', 'Airlines', 'Motors', 'Times', 'News', 'Post', 'Journal', 'International', 'Watch'];

/** Offices that companies, universities and clubs have too. */
export const SHARED_OFFICES: string[] = ['president', 'vice president', 'vice-president', 'chairman', 'chairwoman', 'chair', 'director', 'director general', 'director-general', 'chief', 'head', 'general', 'executive', 'treasurer', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'official', 'officer'];

/** Offices with one holder per state at a time. */
export const SINGLE_HOLDER: string[] = ['president', 'king', 'queen', 'emperor', 'emir', 'sultan', 'supreme leader', 'prime minister', 'foreign minister'];

/** Words that make an office past or lesser (see TitleLexicon.notHolder). */
export const NOT_HOLDER: string[] = ['former', 'ex', 'late', 'then', 'onetime', 'erstwhile', 'deputy', 'vice', 'assistant', 'associate', 'junior', 'shadow', 'would-be'];

export const TITLES_EN: TitleLexicon = {
  lang: 'en',
  strong: STRONG_HEADS,
  weak: WEAK_HEADS,
  upper: UPPER_HEADS,
  abbreviations: ABBREVIATIONS,
  ranks: RANKS,
  givenNames: ['amir'],
  honorifics: HONORIFICS,
  modifiers: MODIFIERS,
  government: GOVERNMENT_WORDS,
  prepositions: PREPOSITIONS,
  connectives: CONNECTIVES,
  destinations: DESTINATIONS,
  subjects: SUBJECTS,
  fillers: FILLERS,
  verbs: VERBS,
  reports: REPORTS,
  stateNouns: ['country', 'nation'],
  notNames: [],
  nationalOffices: NATIONAL_OFFICES,
  sharedOffices: SHARED_OFFICES,
  institutionNouns: INSTITUTION_NOUNS,
  singleHolder: SINGLE_HOLDER,
  notHolder: NOT_HOLDER,
  plural: '[^s]s$',
  // The base every language's own institution names are added to (title-registry.ts).
  organisations: { national: NATIONAL, international: INTERNATIONAL },
  places: PLACES_EN,
};
