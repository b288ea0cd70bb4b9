// Arabic spelling for matching: news writes the same word with or without hamza and tashkeel, with
// ى or ي at the end, and joins particles to the next word ("وسوريا", "بالصين", "للسوريين"), so
// country names are matched on folded letters and with those particles taken off.

/** Particles written joined to the next word, longest first. */
export const PARTICLES = ['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك'];

// Tashkeel (064B-0652), superscript alif (0670) and tatweel (0640) are dropped.
const MARKS = /[\u064B-\u0652\u0670\u0640]/g;

/** أ إ آ ٱ -> ا, ى -> ي, ة -> ه, no tashkeel or tatweel. */
export function foldArabic(s: string): string {
  return s.replace(MARKS, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه');
}

/**
 * The readings of a word without a joined particle, for PhraseMatcher's `clitics` option: each
 * [word without it, particle length]. "لل" is ل before the article, whose alif is not written:
 * "للسوريين" reads as "السوريين", starting after the first ل.
 */
export function arabicClitics(particles: string[]): (word: string) => [string, number][] {
  return (word) => {
    const out: [string, number][] = [];
    for (const p of particles) {
      if (word.length - p.length >= 2 && word.startsWith(p)) out.push([word.slice(p.length), p.length]);
    }
    const m = /^([وف]?)لل/.exec(word);
    if (m && word.length - m[0].length >= 2) out.push(['ال' + word.slice(m[0].length), m[1].length + 1]);
    return out;
  };
}
