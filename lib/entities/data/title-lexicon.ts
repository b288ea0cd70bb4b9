// The shape of one language's office vocabulary (issue 7). English is data/titles.en.ts; the other
// languages are data/titles.<lang>.ts, loaded lazily with that language's countries. Plain JSON, so
// a pack can cross a runtime message. lib/entities/title-registry.ts compiles it once per language.

export interface TitleLexicon {
  lang: string;
  /** Office heads that make a person an official on their own; matched in any case. */
  strong: string[];
  /** Office heads that need a government, party, country or organisation word beside them. */
  weak: string[];
  /** Heads matched only as written ("PM", "MP"). */
  upper?: string[];
  /** Rank abbreviations written with or without a full stop ("Gen.", "Lt. Col."). */
  abbreviations?: string[];
  /**
   * Military ranks written in full (the abbreviations are ranks too): a rank may stand between an
   * office in apposition and the name ("Pakistan's army chief, Gen. Asim Munir").
   */
  ranks?: string[];
  /**
   * Offices that are also given names: after another office they start the name ("Taliban Foreign
   * Minister Amir Khan Muttaqi"), not a second office.
   */
  givenNames?: string[];
  /** Courtesy words around a name ("Mr.", "M.", "Herr"). */
  honorifics: string[];
  /** Words that qualify an office ("former", "ancien", "stellvertretende"). */
  modifiers: string[];
  /** Words that make a weak head a public office ("government", "gouvernement"). */
  government: string[];
  /** Words that join a head to its institution ("of", "de", "der"). */
  prepositions: string[];
  /** Words inside an institution's name ("and", "the", "et"). */
  connectives: string[];
  /** Prepositions after which a country is where the office is directed ("to", "en", "in"). */
  destinations: string[];
  /**
   * Prepositions after which a country on its own is what the office deals with ("special envoy for
   * Ukraine"), not the state it serves; a country with its government after it still is ("a spokesman
   * for the Chinese foreign ministry").
   */
  subjects?: string[];
  /** Words skipped between a name and a title in apposition ("the", "le", "der"). */
  fillers: string[];
  /**
   * Reporting verbs: a title right before one is the sentence's speaker, in apposition to nobody
   * ("...to meet Prime Minister Shigeru Ishiba, a spokesperson said").
   */
  reports?: string[];
  /**
   * Nouns that stand for the state last named, in a possessive before an office ("the country's
   * foreign minister" after "Iran").
   */
  stateNouns?: string[];
  /** Copulas between a name and a title ("is", "est", "ist"). */
  verbs: string[];
  /** Capitalised words that are never part of a personal name in this language (besides English ones). */
  notNames: string[];
  /** Offices that exist in one state only: [regex source over the title's words, code]. */
  nationalOffices: [string, string][];
  /** Offices that companies and schools have too ("president", "directeur"). */
  sharedOffices: string[];
  /** Capitalised nouns of companies and schools. */
  institutionNouns: string[];
  /** Offices with one holder per state ("president", "Außenminister"). */
  singleHolder: string[];
  /**
   * Words before an office that say its bearer does not hold it now, or holds a lesser one ("former",
   * "deputy"): such a bearer neither is nor rules out the state's one holder.
   */
  notHolder?: string[];
  /** Other forms of one office, lower case, for singleHolder ("außenministerin" -> "außenminister"). */
  sameOffice?: Record<string, string>;
  /**
   * The state most news in this language is written from, for an official about whom the article
   * gives no evidence at all (French news without a country word: "le ministre des Affaires
   * étrangères, Jean-Noël Barrot"). Only for languages one state dominates; never English.
   */
  homeCountry?: string;
  /**
   * Cities and regions by the state they belong to (places.en.generated.ts): an office named after
   * one serves that state ("Kharkiv Governor", "the mayor of Kyiv"). Never country mentions.
   */
  places?: Record<string, string[]>;
  /** A full stop after a number is an ordinal, not a sentence end ("am 3. Juli"). */
  ordinalDots?: boolean;
  /** Heads meaning "counterpart": the holder's state is not the state of the others in the sentence. */
  counterparts?: string[];
  /** Institutions in this language: state -> names, and international ones (their officials serve no state). */
  organisations?: { national: Record<string, string[]>; international: string[] };
  /** Adjectives follow the noun: "le président russe", "el ministro ruso de Exteriores". */
  postAdjectives?: boolean;
  /** A head noun is plural when it matches this regex source. */
  plural?: string;
  /** Nouns whose holder is named after a preposition: "el régimen de Vladimir Putin". */
  governs?: string[];
  /** Verbs that continue someone's speech: «...», a ajouté Laurent Fabius. */
  continues?: string[];
  /** Scripts written without capitals or spaces between words (zh, ar): names are read by rule. */
  script?: 'han' | 'arabic';
  /** Words that end a name in those scripts ("表示", "في"). */
  nameStops?: string[];
  /** Offices a name may come right before in those scripts ("王毅外长", "普京总统"); a place never does ("江苏省长"). */
  namedBefore?: string[];
  /** Chinese single-character family names. */
  surnames?: string;
  /** Chinese characters of transliterated foreign names. */
  foreignChars?: string;
}
