// recognize(): countries and officials together, with mention spans that highlighting can wrap,
// checked on sentences and on the reference page through the real extraction.
import { describe, expect, it } from 'vitest';
import { recognize } from '../../lib/entities/recognize';
import { extractArticle } from '../../lib/extract/extract';
import type { CountryEntity, Entity, OfficialEntity } from '../../lib/types';
import { hasCorpus, loadCorpusPage } from '../helpers/load-page';

const officials = (es: Entity[]) => es.filter((e): e is OfficialEntity => e.type === 'official');
const countries = (es: Entity[]) => es.filter((e): e is CountryEntity => e.type === 'country');

function expectNoOverlap(es: Entity[]) {
  const spans = es.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
}

describe('recognize', () => {
  it.each([
    ['Albanian Ambassador to China Selim Belortaja spoke.', ['AL', 'CN'], ['Selim Belortaja']],
    ['Jordanian Foreign Minister Ayman Safadi warned of "dangerous consequences".', ['JO'], ['Ayman Safadi']],
    ['Pakistan PM Imran Khan met Chinese president Xi Jinping in Beijing.', ['CN', 'PK'], ['Imran Khan', 'Xi Jinping']],
    ['By YAN DENG\n\nThe envoys visited Chongqing. (Photo/Su Si)', [], []],
  ])('%s', (text, codes, names) => {
    const es = recognize(text);
    expect(countries(es).map((c) => c.code).sort()).toEqual(codes);
    expect(officials(es).map((o) => o.name).sort()).toEqual(names);
    expectNoOverlap(es);
  });

  it('keeps a country inside a title a country mention and the official mention on the name', () => {
    const text = 'Albanian Ambassador to China Selim Belortaja spoke.';
    const es = recognize(text);
    const al = countries(es).find((c) => c.code === 'AL')!;
    expect(al.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Albanian']);
    expect(officials(es)[0].mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Selim Belortaja']);
  });

  it('gives every entity a key, a name and a confidence in 0..1', () => {
    for (const e of recognize('US Secretary of State Mike Pompeo met Israeli Prime Minister Benjamin Netanyahu.')) {
      expect(e.key).toBeTruthy();
      expect(e.name).toBeTruthy();
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe.skipIf(!hasCorpus)('recognize on the reference page', () => {
  const doc = loadCorpusPage('fixtures/ichongqing-envoys.html');
  const extracted = extractArticle(doc)!;
  const text = extracted.map.text;
  const es = recognize(text, { lang: 'en' });

  it('finds exactly the four officials, with office and country', () => {
    const got = officials(es).map((o) => [o.name, o.country]);
    expect(got.sort()).toEqual([
      ['Hu Henghua', 'CN'],
      ['Selim Belortaja', 'AL'],
      ['Wu Hongbo', 'CN'],
      ['Yuan Jiajun', 'CN'],
    ]);
    const titles = Object.fromEntries(officials(es).map((o) => [o.name, o.titles.join(' | ')]));
    expect(titles['Yuan Jiajun']).toMatch(/Secretary/);
    expect(titles['Hu Henghua']).toMatch(/Deputy Secretary/);
    expect(titles['Hu Henghua']).toMatch(/Mayor/);
    expect(titles['Selim Belortaja']).toMatch(/Ambassador/);
    expect(titles['Wu Hongbo']).toMatch(/Special Representative/);
  });

  it('highlights only names and their short forms, never the byline or the photo credit', () => {
    for (const o of officials(es)) {
      const last = o.name.split(' ')[0];
      for (const m of o.mentions) expect(text.slice(m.start, m.end)).toContain(last);
    }
    const all = es.flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));
    expect(all.some((s) => /Yan Deng|YAN DENG|Su Si/.test(s))).toBe(false);
    expectNoOverlap(es);
  });

  it('counts Guinea-Bissau and Guinea once each', () => {
    const byCode = Object.fromEntries(countries(es).map((c) => [c.code, c.mentions.length]));
    expect(byCode.GW).toBe(1);
    expect(byCode.GN).toBe(1);
  });
});
