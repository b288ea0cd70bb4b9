// The single recognition entry: plain article text in, countries and officials out, with mention
// spans that never overlap, so highlighting can wrap each one. The content script, the CLI and the
// tests all call this.
import type { CountryEntity, Entity, Mention } from '../types';
import { countryName, findCountries, type CountryMention } from './countries';
import { findOfficials } from './officials';
import { tokenize, type Token } from './matcher';
import { withTokens } from './token-scope';
import { firstWhere } from '../bisect';

export interface RecognizeOptions {
  lang?: string;
  /** The text's tokens (matcher.tokenize), when the caller has split it already. */
  tokens?: Token[];
}

const FORM_CONFIDENCE: Record<CountryMention['form'], number> = { name: 0.95, alias: 0.9, demonym: 0.85 };

export function recognize(text: string, opts: RecognizeOptions = {}): Entity[] {
  // One tokenization serves both passes (and the pipeline's language check before them).
  const tokens = opts.tokens ?? tokenize(text);
  const [found, officials] = withTokens(tokens, () => {
    const countries = findCountries(text, { lang: opts.lang, tokens });
    return [countries, findOfficials(text, countries, opts.lang, tokens)] as const;
  });
  const taken: Mention[] = officials.flatMap((o) => o.mentions).sort((a, b) => a.start - b.start);
  // Does m overlap any official's mention? Those starting before m ends, by bisection; the furthest
  // end among them, from a running maximum.
  const maxEnd: number[] = [];
  taken.forEach((t, k) => maxEnd.push(Math.max(t.end, k ? maxEnd[k - 1] : -Infinity)));
  const overlaps = (m: Mention) => {
    const lo = firstWhere(taken.length, (i) => taken[i].start >= m.end);
    return lo > 0 && maxEnd[lo - 1] > m.start;
  };

  const byCode = new Map<string, CountryEntity>();
  for (const c of [...found].sort((a, b) => a.start - b.start)) {
    if (overlaps(c)) continue;
    let e = byCode.get(c.code);
    if (!e) {
      e = { type: 'country', key: c.code, code: c.code, name: countryName(c.code), mentions: [], confidence: 0 };
      byCode.set(c.code, e);
    }
    e.mentions.push({ start: c.start, end: c.end });
    e.confidence = Math.max(e.confidence, FORM_CONFIDENCE[c.form] ?? 0.85);
  }
  return [...officials, ...byCode.values()];
}
