import { describe, expect, it } from 'vitest';
import { PhraseMatcher, tokenize } from '../../lib/entities/matcher';

const found = (m: PhraseMatcher<string>, text: string) => m.find(text).map((x) => [text.slice(x.start, x.end), x.value]);

describe('tokenize', () => {
  it('splits words and punctuation with UTF-16 offsets and gaps', () => {
    const toks = tokenize('U.S.-backed  Côte d’Ivoire\n\n😀 Sino');
    expect(toks.map((t) => t.text)).toEqual(['U', '.', 'S', '.', '-', 'backed', 'Côte', 'd', "'", 'Ivoire', '😀', 'Sino']);
    expect(toks[6].gap).toBe('space');
    expect(toks[10].gap).toBe('break');
    const sino = toks[11];
    expect('U.S.-backed  Côte d’Ivoire\n\n😀 Sino'.slice(sino.start, sino.end)).toBe('Sino');
  });
});

describe('PhraseMatcher', () => {
  const m = new PhraseMatcher<string>([
    { phrase: 'Guinea', value: 'GN' },
    { phrase: 'Guinea-Bissau', value: 'GW' },
    { phrase: 'Papua New Guinea', value: 'PG' },
    { phrase: 'Niger', value: 'NE' },
    { phrase: 'US', value: 'US' },
    { phrase: 'U.S.', value: 'US' },
    { phrase: 'China', value: 'CN', caseMode: 'upper' },
    { phrase: 'foreign minister', value: 'title', caseMode: 'fold' },
    { phrase: 'Côte d\'Ivoire', value: 'CI' },
  ]);
  it.each([
    ['Guinea-Bissau and Guinea', [['Guinea-Bissau', 'GW'], ['Guinea', 'GN']]],
    ['Papua New Guinea', [['Papua New Guinea', 'PG']]],
    ['Nigeria is not Niger', [['Niger', 'NE']]],
    ['let us see the US', [['US', 'US']]],
    ['the U.S.-backed plan', [['U.S.', 'US']]],
    ['CHINA, China, china', [['CHINA', 'CN'], ['China', 'CN']]],
    ['Foreign Minister and FOREIGN MINISTER', [['Foreign Minister', 'title'], ['FOREIGN MINISTER', 'title']]],
    ['Côte d’Ivoire', [['Côte d’Ivoire', 'CI']]],
    ['Guinea -Bissau', [['Guinea', 'GN']]],
    ['Papua\n\nNew Guinea', [['Guinea', 'GN']]],
    ['Chinas', []],
  ])('%s', (text, expected) => {
    expect(found(m, text)).toEqual(expected);
  });

  // The capitals trie is built when a text first has a capitals phrase's first word in capitals.
  it('matches phrases in capitals in a text that follows texts without them', () => {
    const caps = new PhraseMatcher<string>([
      { phrase: 'North Korea', value: 'KP', caseMode: 'upper' },
      { phrase: 'North Korea', value: 'XX', caseMode: 'upper' },
      { phrase: 'Korea', value: 'KR', caseMode: 'upper' },
      { phrase: 'NK', value: 'KP' },
    ]);
    expect(found(caps, 'North Korea and NK, no capitals')).toEqual([['North Korea', 'KP'], ['NK', 'KP']]);
    expect(found(caps, 'KOREA, then NORTH KOREA and North KOREA')).toEqual([['KOREA', 'KR'], ['NORTH KOREA', 'KP'], ['KOREA', 'KR']]);
    expect(found(caps, 'NORTH korea')).toEqual([]);
  });

  it('reads a capitals phrase after the same text was read up to it', () => {
    const caps = new PhraseMatcher<string>([{ phrase: 'Chad', value: 'TD', caseMode: 'upper' }, { phrase: 'Lake Chad', value: 'lake', caseMode: 'upper' }]);
    const toks = tokenize('Chad then LAKE CHAD');
    expect(caps.matchAt(toks, 0)?.value).toBe('TD');
    expect(caps.matchAt(toks, 2)?.value).toBe('lake');
    expect(caps.matchAt(toks, 3)?.value).toBe('TD');
  });

  it('keeps the first value for a phrase listed twice', () => {
    const d = new PhraseMatcher([{ phrase: 'Congo', value: 'CD' }, { phrase: 'Congo', value: 'CG' }]);
    expect(d.find('Congo')[0].value).toBe('CD');
  });
});

describe('scripts without spaces', () => {
  it('matches Han phrases character by character', () => {
    const m = new PhraseMatcher([{ phrase: '中国', value: 'CN' }, { phrase: '美国', value: 'US' }]);
    const text = '中国和美国的关系';
    expect(m.find(text).map((x) => [text.slice(x.start, x.end), x.value])).toEqual([['中国', 'CN'], ['美国', 'US']]);
  });
});
