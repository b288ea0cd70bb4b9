// Chinese one-character country abbreviations. "中美" is China and the US, "日韩" Japan and South
// Korea, but "中" alone is "middle" and "日" a day, so a character counts only inside a compound of
// two or more, at a word boundary or before a word that makes it one ("关系", "两国"), and never
// where it starts a common word with the next character ("日前", "中心"). The rules are data
// (CompoundRules, from data/compounds.zh.txt).
import type { CompoundRules } from './data/lexicon';
import type { CountryMention } from './countries';

const HAN = /\p{Script=Han}/u;
const NUMERAL = /[0-9０-９〇一二三四五六七八九十两]/;

/** Compound mentions in text, outside the spans already matched as names or blockers. */
export function findCompounds(text: string, covered: { start: number; end: number }[], rules: CompoundRules): CountryMention[] {
  const out: CountryMention[] = [];
  const free = new Uint8Array(text.length + 1).fill(1);
  for (const c of covered) free.fill(0, c.start, c.end);
  const startsWith = (words: string[], at: number) => words.some((w) => text.startsWith(w, at));
  const after = (at: number) => startsWith(rules.after, at);
  const opens = (i: number) => i === 0 || !HAN.test(text[i - 1]) || rules.before.includes(text[i - 1]);
  const pairs = Object.keys(rules.pairs).sort((a, b) => b.length - a.length);

  for (let i = 0; i < text.length; i++) {
    if (!free[i]) continue;
    const pair = pairs.find((p) => text.startsWith(p, i) && free.subarray(i, i + p.length).every(Boolean));
    if (pair) {
      if (opens(i) || after(i + pair.length)) {
        rules.pairs[pair].forEach((code, k) => code && out.push({ start: i + k, end: i + k + 1, code, form: 'alias' }));
      }
      i += pair.length - 1;
      continue;
    }
    if (!rules.chars[text[i]]) continue;
    // "15日中美": a day of the month, not Japan.
    let s = i;
    if (text[s] === '日' && s > 0 && NUMERAL.test(text[s - 1])) s++;
    let e = s;
    while (e < text.length && free[e] && rules.chars[text[e]]) {
      // "中美元首": 美元 (dollar) would end the run, but 元首 (head of state) after it keeps it.
      if (e > s && startsWith(rules.breaks, e) && !after(e + 1)) break;
      e++;
    }
    if (e - s >= 2 && (opens(s) || after(e))) {
      for (let k = s; k < e; k++) out.push({ start: k, end: k + 1, code: rules.chars[text[k]], form: 'alias' });
    }
    i = Math.max(i, e - 1);
  }
  return out;
}
