import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { LEXICON_EN } from '../../lib/entities/data/countries.en.generated';
import { REJECT_RULES } from '../../lib/entities/country-context';
import { countryName, expandForms } from '../../lib/entities/countries';

const require = createRequire(import.meta.url);
const root = path.resolve(__dirname, '../..');
const dataDir = path.join(root, 'lib/entities/data');

describe('generated country data', () => {
  it('is what the generator writes from the packages and lists (run npm run data)', async () => {
    const { build } = await import(path.join(root, 'scripts/build-country-data.mjs'));
    expect(readFileSync(path.join(dataDir, 'countries.en.generated.ts'), 'utf8')).toBe(build());
  });

  it('has every ISO 3166-1 alpha-2 code, plus XK, with a display name', () => {
    const iso = Object.keys(require('i18n-iso-countries/codes.json').reduce((o: Record<string, 1>, [a2]: string[]) => ((o[a2] = 1), o), {}));
    expect(iso.length).toBeGreaterThanOrEqual(249);
    for (const code of [...iso, 'XK']) expect(countryName(code), code).not.toBe(code);
  });

  it('maps each plain form to exactly one code; only reviewed ambiguous forms to several', () => {
    const seen = new Map<string, string>();
    for (const [code, groups] of Object.entries(LEXICON_EN.forms))
      for (const f of expandForms(groups.flat())) {
        expect(seen.get(f) ?? code, f).toBe(code);
        seen.set(f, code);
      }
    for (const a of LEXICON_EN.ambiguous) {
      expect(seen.has(a.form), a.form).toBe(false);
      expect(Object.keys(REJECT_RULES), a.form).toContain(a.rule);
      if (a.default) expect(a.codes).toContain(a.default);
    }
    for (const b of LEXICON_EN.blockers) expect(seen.has(b), b).toBe(false);
  });

  it.each([
    ['US', ['United States', 'U.S.', 'US', 'America'], ['American', 'Americans']],
    ['GB', ['United Kingdom', 'UK', 'U.K.', 'Britain', 'England', 'Scotland', 'Wales'], ['British', 'Briton']],
    ['CN', ['China', "People's Republic of China"], ['Chinese']],
    ['RU', ['Russia', 'Russian Federation'], ['Russian', 'Russians']],
    ['FR', ['France'], ['French']],
    ['DE', ['Germany'], ['German', 'Germans']],
    ['IN', [], ['Indian', 'Indians']],
    ['IL', ['State of Israel'], ['Israeli', 'Israelis']],
    ['PS', ['Palestine'], ['Palestinian', 'Palestinians']],
    ['JP', ['Japan'], ['Japanese']],
    ['KR', ['South Korea'], ['South Korean']],
    ['KP', ['North Korea', 'DPRK'], ['North Korean']],
    ['UA', ['Ukraine'], ['Ukrainian']],
    ['IR', ['Iran'], ['Iranian']],
    ['SA', ['Saudi Arabia'], ['Saudi']],
    ['AE', ['United Arab Emirates', 'UAE'], ['Emirati']],
  ])('%s has its major names and demonyms', (code, names, demonyms) => {
    const [n, a, d0] = LEXICON_EN.forms[code].map(expandForms);
    const d = [...d0, ...LEXICON_EN.ambiguous.filter((x) => x.default === code && x.kind === 'demonym').map((x) => x.form)];
    for (const x of names) expect([...n, ...a], x).toContain(x);
    for (const x of demonyms) expect(d, x).toContain(x);
  });

  it('keeps every hand list sorted and documented', () => {
    for (const f of readdirSync(dataDir).filter((f) => f.endsWith('.txt'))) {
      const lines = readFileSync(path.join(dataDir, f), 'utf8').split('\n').filter(Boolean);
      expect(lines[0].startsWith('#'), `${f} starts with a note of its source`).toBe(true);
      expect(lines.some((l) => /^#.*Source/i.test(l)), `${f} names its source`).toBe(true);
      const keys = lines.filter((l) => !l.startsWith('#')).map((l) => l.split('|')[0]);
      expect(keys, f).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    }
  });

  it('stays small enough for the content script', () => {
    expect(readFileSync(path.join(dataDir, 'countries.en.generated.ts')).length).toBeLessThan(60_000);
  });
});
