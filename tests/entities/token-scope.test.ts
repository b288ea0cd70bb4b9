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

  // A capital İ lower-cases to two units (i + U+0307): the token is shorter than its lower case,
  // which the first-word table must allow for (several words, so that no chance hit in the table
  // hides a miss).
  it('finds phrases whose words hold a dotted capital I, inside a scope as outside', () => {
    const words = ['adİlabad', 'eskİşehİr', 'kayserİler', 'gazİantep', 'malatİyaspor'];
    // Written in lower case ("adi\u0307labad"): only the text has the shorter form.
    const list = words.map((w) => ({ phrase: `${w.toLowerCase()} office`, value: w, caseMode: 'fold' as const }));
    const text = words.map((w) => `the ${w.toUpperCase()} OFFICE`).join(', ');
    const tokens = tokenize(text);
    const inside = withTokens(tokens, () => spans(new PhraseMatcher<string>(list), text, tokens));
    expect(inside).toEqual(spans(new PhraseMatcher<string>(list), text));
    expect(inside.map(([, v]) => v)).toEqual(words);
  });

  it('returns what the function returns', () => {
    expect(withTokens(tokenize('a b'), () => 42)).toBe(42);
  });
});
