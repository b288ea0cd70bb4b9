// Headline lines: names read in a title-case line keep only the words the rest of the text also
// capitalises (lib/entities/anchors.ts, headlineTrimmer).
import { describe, expect, it } from 'vitest';
import { headlineLike } from '../../lib/entities/anchors';
import { findCountries } from '../../lib/entities/countries';
import { findOfficials } from '../../lib/entities/officials';

describe('headlineLike', () => {
  it.each<[string, boolean]>([
    ['Unpredictable Sondland Faces Questions', true],
    ['Unpredictable Sondland Faces Questions  ', true],
    ['Short Words Only Here', true],
    ['Путин Встретился Посланниками Китая', true],
    ['Minister Says Talks Will Resume.', false],
    ['Talks With Ambassador Resume Today!', false],
    ['"Talks With Ambassador Resume Today"', false],
    ['Ambassador Talks Resume In 2019.', false],
    ['The minister said the talks would resume on Monday', false],
    ['Biden meets with leaders from around the region', false],
    ['Who Is Who', false],
    ['', false],
  ])('%s', (line, want) => {
    const text = `Intro\n${line}\nMore`;
    expect(headlineLike(text, 6, 6 + line.length)).toBe(want);
  });
});

describe('names in headlines', () => {
  const body =
    'Gordon Sondland, the US ambassador to the European Union, will testify on Thursday. ' +
    'Sondland has said he acted on instructions. Lawmakers want to know who gave them, and when. ' +
    'Ambassador Kurt Volker resigned last week.';
  const officials = (text: string) => findOfficials(text, findCountries(text)).map((o) => [o.name, o.mentions.length]);

  it.each<[string, [string, number][]]>([
    ['Envoy Gordon Sondland Faces Questions', [['Gordon Sondland', 3], ['Kurt Volker', 1]]],
    ['US Ambassador Sondland Faces Questions From Congress', [['Gordon Sondland', 3], ['Kurt Volker', 1]]],
    ['Ambassador Kurt Volker Resigns Amid Probe', [['Kurt Volker', 2], ['Gordon Sondland', 2]]],
  ])('the headline "%s" adds no words the text never capitalises', (headline, want) => {
    expect(officials(`${headline}\n\n${body}`)).toEqual(want);
  });

  it('reads a line ending in a full stop as a sentence, not a headline', () => {
    const line = 'Ambassador Kurt Volker Resigns Amid Probe.';
    expect(headlineLike(`${line}\n\n${body}`, 0, line.length)).toBe(false);
  });
});
