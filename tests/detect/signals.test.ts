import { describe, expect, it } from 'vitest';
import { proseLength } from '../../lib/detect/signals';

// Han, kana and Hangul weigh three characters.
const WIDE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;
const weightedLength = (s: string) => s.length + 2 * (s.match(WIDE)?.length ?? 0);

describe('proseLength', () => {
  // Its definition: the weighted length of the text with whitespace collapsed and trimmed.
  const byDefinition = (s: string) => weightedLength(s.replace(/\s+/g, ' ').trim());
  it.each<[string, string, number]>([
    ['empty', '', 0],
    ['only whitespace', ' \n\t\u00a0 ', 0],
    ['plain words', 'Two words', 9],
    ['runs of mixed whitespace', '  Two \n\t words\u00a0\u00a0here\u3000 ', 14],
    ['Han characters weigh three', '外交部 spokesperson', 9 + 1 + 12],
    ['Hangul and kana', '외교부 がいこう', 9 + 1 + 12],
    ['a byte-order mark and narrow no-break space are whitespace', '\ufeffA\u202fB', 3],
    ['one whitespace character other than a space between words', 'a\nb\tc\u00a0d\u2028e', 9],
    ['a space beside a line break, and CR LF', 'a \nb\r\nc  d', 7],
  ])('%s', (_, s, expected) => {
    expect(proseLength(s)).toBe(expected);
    expect(proseLength(s)).toBe(byDefinition(s));
  });
});
