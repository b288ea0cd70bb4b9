// Office titles: head words, the qualifiers around them and the state a title names.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../lib/entities/matcher';
import { findCountries } from '../../lib/entities/countries';
import { indexTokens } from '../../lib/entities/anchors';
import { buildTitle, headAt, honorificAt, officeCountry } from '../../lib/entities/titles';
import { US_STATES } from '../../lib/entities/country-context';

/** The title phrase around the first office head in the text. */
function titleIn(text: string) {
  const ix = indexTokens(text, findCountries(text));
  for (let i = 0; i < ix.tokens.length; i++) {
    const h = headAt(ix.tokens, i);
    if (!h) continue;
    const t = buildTitle(ix, i, h[0], h[1]);
    if (!t) return null;
    return { text: text.slice(ix.tokens[t.tokenStart].start, ix.tokens[t.nameStartHint - 1].end), country: t.country, dest: t.dest };
  }
  return null;
}

describe('headAt', () => {
  it.each([
    ['Lt. Col. Alexander Vindman', 'Lt. Col.'],
    ['Foreign Minister Wang Yi', 'Foreign Minister'],
    ['Secretary of State Mike Pompeo', 'Secretary of State'],
    ['Gen Qamar Javed Bajwa', 'Gen'],
    ['PM Imran Khan', 'PM'],
    ['Secretary-General António Guterres', 'Secretary-General'],
  ])('%s', (text, head) => {
    const toks = tokenize(text);
    const h = headAt(toks, 0);
    expect(h && text.slice(0, toks[h[0] - 1].end)).toBe(head);
  });

  it.each([['at 5 pm Trump'], ['the rep said'], ['gen z voters']])('no office in %s', (text) => {
    const toks = tokenize(text);
    expect(toks.some((_, i) => headAt(toks, i)?.[1] === 'strong')).toBe(false);
  });

  it('reads courtesy words, which are not offices', () => {
    const toks = tokenize('H.E. Mr. Selim Belortaja');
    const a = honorificAt(toks, 0);
    expect(honorificAt(toks, a)).toBeGreaterThan(a);
    expect(headAt(toks, 0)).toBeNull();
  });
});

describe('buildTitle', () => {
  it.each([
    ['the Albanian Ambassador to China Selim', 'Albanian Ambassador to China', 'AL', ['CN']],
    ['former White House Russia adviser Fiona Hill', 'former White House Russia adviser', 'US', []],
    ['Wu, Special Representative of the Chinese Government on European Affairs expressed', 'Special Representative of the Chinese Government on European Affairs', 'CN', []],
    ['UN Secretary-General António Guterres', 'UN Secretary-General', null, []],
    ["China's top diplomat Wang Yi", "China's top diplomat", 'CN', []],
    ['Yuan, Secretary of the Communist Party of China (CPC) Chongqing Municipal Committee, and', 'Secretary of the Communist Party of China (CPC) Chongqing Municipal Committee', 'CN', []],
    ['the leader of the liberal opposition Democratic Party', 'leader of the liberal opposition Democratic Party', undefined, []],
    ['leader of the opposition Democratic Party and Yoon\u2019s rival', 'leader of the opposition Democratic Party', undefined, []],
    ['Last week State Department official David', 'State Department official', 'US', []],
  ])('%s', (text, title, country, dest) => {
    const t = titleIn(text);
    expect(t?.text).toBe(title);
    expect(t?.country).toBe(country);
    expect(t?.dest).toEqual(dest);
  });

  it('needs a government word beside a weak head', () => {
    expect(titleIn('the company official John Smith')).toBeNull();
    expect(titleIn('the party official John Smith')).not.toBeNull();
  });
});

describe('officeCountry', () => {
  it.each([
    ['former Secretary of State', 'US'],
    ['Secretary of State for Foreign Affairs', undefined],
    ['Defense Secretary', 'US'],
    ['Home Secretary', 'GB'],
    ['Sen .', 'US'],
    ['Foreign Minister', undefined],
    ['Texas Gov .', 'US'],
    ['New Mexico Lt . Gov .', 'US'],
    ['Governor of West Virginia', 'US'],
    ['Governor of Hubei', undefined],
    ['Provincial Governor', undefined],
  ])('%s', (title, code) => {
    expect(officeCountry(title)).toBe(code);
  });

  it('knows the 50 US states, each once', () => {
    expect(US_STATES).toHaveLength(50);
    expect(new Set(US_STATES).size).toBe(50);
    expect([...US_STATES].sort()).toEqual(US_STATES);
  });
});
