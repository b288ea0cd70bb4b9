// One seed and bounded run counts for every property test: the same inputs on every run and in CI,
// and a run time of a few seconds. Change SEED to explore; a failure prints its seed and path.
export const SEED = 20240507;
export const runs = (numRuns: number) => ({ seed: SEED, numRuns, endOnFailure: true });

import fc from 'fast-check';

/** Text that looks like news: words a recogniser reacts to, joined with odd spacing and punctuation. */
const WORDS = [
  'Foreign', 'Minister', 'President', 'Prime', 'Ambassador', 'Secretary', 'of', 'State', 'the', 'Mr.',
  'Wang', 'Yi', 'Emmanuel', 'Macron', 'Olaf', 'Scholz', 'Antony', 'Blinken', 'Guinea', 'Guinea-Bissau',
  'Georgia', 'Jordan', 'Chad', 'Niger', 'China', 'Chinese', 'US', 'U.S.', 'UK', 'French', 'Germany',
  "Germany's", 'Korea', 'North', 'South', 'Sudan', 'Congo', 'said', 'met', 'in', 'and', ',', '.', '"',
  '(', ')', '—', '-', "'s", 'Kim', 'Jong', 'Un', 'Xi', 'Jinping', 'Pope', 'Francis', 'Saudi', 'Arabia',
];
const SPACES = [' ', ' ', ' ', '\n', '\n\n', '\u00a0', '\u200b', '\t', '', '  '];

export const newsText = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SPACES)), { maxLength: 80 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

/** Any UTF-16 string, lone surrogates included. */
export const utf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 });

/** Mixtures of the above with arbitrary Unicode. */
export const anyText = fc.oneof(newsText, utf16, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }));
