// Person-name shapes: where a name starts and ends across naming cultures, and its short forms.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../lib/entities/matcher';
import { coreParts, nameKey, readName, shortForms, slug } from '../../lib/entities/names';

/** The name read at the first token of the text, as written. */
const nameIn = (text: string) => {
  const n = readName(tokenize(text), 0);
  return n ? text.slice(n.start, n.end) : null;
};

describe('readName', () => {
  it.each([
    ['Ursula von der Leyen said', 'Ursula von der Leyen'],
    ['Bashar al-Assad met', 'Bashar al-Assad'],
    ['Mohammed bin Salman bin Abdulaziz Al Saud arrived', 'Mohammed bin Salman bin Abdulaziz Al Saud'],
    ['H. R. McMaster, the adviser', 'H. R. McMaster'],
    ['George H.W. Bush held back', 'George H.W. Bush'],
    ['Han Dong-hoon, the leader', 'Han Dong-hoon'],
    ['Eva-Marie Persson said', 'Eva-Marie Persson'],
    ['Netan\u00ADyahu said', 'Netan\u00ADyahu'],
    ['Martin Luther King Jr. spoke', 'Martin Luther King Jr.'],
    ['Andrés Manuel López Obrador spoke', 'Andrés Manuel López Obrador'],
    ['Trump\u2019s announcement', 'Trump'],
    ["Sean O'Brien spoke", "Sean O'Brien"],
    ['Liu He, could', 'Liu He'],
    ['Abu Mohammed al-Julani spoke', 'Abu Mohammed al-Julani'],
    // Initials without dots.
    ['JD Vance said', 'JD Vance'],
    ['AJ Pritchard, the adviser', 'AJ Pritchard'],
  ])('%s -> %s', (text, name) => {
    expect(nameIn(text)).toBe(name);
  });

  it.each([
    ['The minister said'],
    ['Monday was calm'],
    ['Foreign Ministry said'],
    ['ReplacementPresident Trump'],
    // Two capitals that abbreviate something, or stand alone, or start a line of capitals.
    ['PM Modi said'],
    ['TV Azteca reported'],
    ['JD said'],
    ['JD VANCE SAID'],
  ])('no name at the start of %s', (text) => {
    expect(nameIn(text)).toBeNull();
  });

  it('stops at a blocked token (a country mention)', () => {
    const toks = tokenize('Selim Belortaja China');
    const n = readName(toks, 0, (i) => i === 2);
    expect(n?.parts).toEqual(['Selim', 'Belortaja']);
  });
});

describe('short forms and keys', () => {
  it.each([
    [['Mike', 'Pompeo'], ['pompeo', 'mike']],
    [['Yuan', 'Jiajun'], ['jiajun', 'yuan']],
    [['Bashar', 'al-Assad'], ['al assad', 'assad', 'bashar']],
    [['Ursula', 'von', 'der', 'Leyen'], ['leyen', 'von der leyen', 'ursula']],
  ])('%j', (parts, forms) => {
    expect(shortForms(parts).sort()).toEqual([...forms].sort());
  });

  it('drops initials and suffixes from the identifying parts', () => {
    expect(coreParts(['Nikki', 'R.', 'Haley'])).toEqual(['nikki', 'haley']);
    expect(coreParts(['Martin', 'Luther', 'King', 'Jr'])).toEqual(['martin', 'luther', 'king']);
  });

  it('ignores accents, case, soft hyphens and punctuation in keys', () => {
    expect(nameKey('Netan\u00ADyahu')).toBe('netanyahu');
    expect(nameKey('António Guterres')).toBe('antonio guterres');
    expect(slug("Hu Henghua")).toBe('hu-henghua');
  });
});
