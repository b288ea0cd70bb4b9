import { describe, expect, it } from 'vitest';
import { PhraseMatcher, tokenize } from '../../lib/entities/matcher';
import { withTokens } from '../../lib/entities/token-scope';

const entries = [
  { phrase: 'Papua New Guinea', value: 'PG' },
  { phrase: 'Guinea', value: 'GN' },
  { phrase: 'China', value: 'CN', caseMode: 'upper' as const },
  { phrase: 'foreign minister', value: 'title', caseMode: 'fold' as const },
];
const spans = (m: PhraseMatcher<string>, text: string, tokens = tokenize(text)) =>
  m.scan(text, tokens).matches.map((x) => [text.slice(x.start, x.end), x.value]);

describe('withTokens', () => {
  it.each([
    'Papua New Guinea and Guinea',
    'CHINA and China, not china',
    'The Foreign Minister met the foreign minister.',
    'nothing here at all',
  ])('finds the same phrases inside a scope as outside: %s', (text) => {
    const m = new PhraseMatcher<string>(entries);
    const outside = spans(m, text);
    const tokens = tokenize(text);
    const inside = withTokens(tokens, () => spans(new PhraseMatcher<string>(entries), text, tokens));
    expect(inside).toEqual(outside);
  });

  it('finds the phrases of a matcher compiled after the scope first judged the tokens', () => {
    const text = 'Ruritania and Guinea';
    const tokens = tokenize(text);
    const found = withTokens(tokens, () => {
      const first = new PhraseMatcher<string>([{ phrase: 'Guinea', value: 'GN' }]);
      spans(first, text, tokens);
      // A new vocabulary arrives mid-recognition (a language compiled on first use).
      const later = new PhraseMatcher<string>([{ phrase: 'Ruritania', value: 'RU' }]);
      return spans(later, text, tokens);
    });
    expect(found).toEqual([['Ruritania', 'RU']]);
  });

  it('returns what the function returns', () => {
    expect(withTokens(tokenize('a b'), () => 42)).toBe(42);
  });
});
