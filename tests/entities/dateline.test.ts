import { describe, expect, it } from 'vitest';
import { findCountries } from '../../lib/entities/countries';
import { datelineCountry } from '../../lib/entities/dateline';
import { recognize } from '../../lib/entities/recognize';

const dateline = (text: string) => datelineCountry(text, findCountries(text));

describe('datelineCountry', () => {
  it.each([
    ['SEOUL, South Korea — The president said', 'KR'],
    ['Pacific pact\n\nBy Lisa Wong\n\nCANBERRA, Australia (AP) — Australian officials said', 'AU'],
    ['HANOI, Vietnam (AP) - Vietnam’s leaders met', 'VN'],
    ['PORT-AU-PRINCE, Haiti (Reuters) — Gangs', 'HT'],
    ['NEW DELHI, India – The minister', 'IN'],
  ])('%j → %s', (text, code) => {
    expect(dateline(text)).toBe(code);
  });

  it.each([
    ['a bare city, often the venue of other states’ talks', 'GENEVA — Iranian and American negotiators met'],
    ['a country later in the sentence', 'WASHINGTON (AP) — The United States and Mexico agreed'],
    ['a country in running text after a comma', 'The summit, Japan — and not China — hosted'],
    ['a demonym is no place', 'LONDON, British officials — said'],
    ['no dash after the country', 'PARIS, France is where the talks were held'],
    ['too far into the text to be a dateline', `${'Words here. '.repeat(60)}\nSEOUL, South Korea — later`],
  ])('none for %s', (_why, text) => {
    expect(dateline(text)).toBeNull();
  });
});

describe('the dateline in the state served by an official whose title names none', () => {
  const story = (dateline: string) =>
    `${dateline} Prime Minister Anthony Albanese said the pact would be signed. ` +
    'U.S. Secretary of State Marco Rubio, U.S. Defense Secretary Pete Hegseth and the U.S. ambassador, ' +
    'Kevin Rudd, welcomed it. Chinese Ambassador Xiao Qian objected, and Chinese Foreign Minister Wang Yi said so too.';
  const albanese = (text: string) => recognize(text).find((e) => e.type === 'official' && e.name === 'Anthony Albanese');

  it('serves the dateline’s state, against the states of the foreign officials quoted', () => {
    expect(albanese(story('CANBERRA, Australia (AP) —'))).toMatchObject({ country: 'AU' });
  });

  it('without a dateline the article’s other evidence decides (control)', () => {
    expect(albanese(story(''))).toMatchObject({ country: expect.not.stringMatching(/^AU$/) });
  });
});
