// The single recognition entry: plain article text in, countries and officials out, with mention
// spans that never overlap, so highlighting can wrap each one. The content script, the CLI and the
// tests all call this.
import type { CountryEntity, Entity, Mention } from '../types';
import { countryName, findCountries, type CountryMention } from './countries';
import { findOfficials } from './officials';
import { tokenize } from './matcher';

export interface RecognizeOptions {
  lang?: string;
}

const FORM_CONFIDENCE: Record<CountryMention['form'], number> = { name: 0.95, alias: 0.9, demonym: 0.85 };

export function recognize(text: string, opts: RecognizeOptions = {}): Entity[] {
  // One tokenization serves both passes.
  const tokens = tokenize(text);
  const found = findCountries(text, { lang: opts.lang, tokens });
  const officials = findOfficials(text, found, opts.lang, tokens);
  const taken: Mention[] = officials.flatMap((o) => o.mentions).sort((a, b) => a.start - b.start);
  const overlaps = (m: Mention) => taken.some((t) => t.start < m.end && m.start < t.end);

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
