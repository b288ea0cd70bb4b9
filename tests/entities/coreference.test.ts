// One entity per person: which names the same article may use for one person.
import { describe, expect, it } from 'vitest';
import { compatibleNames, groupPersons, nameForm, type NameOccurrence } from '../../lib/entities/coreference';

const same = (a: string, b: string) => compatibleNames(nameForm(a.split(' ')), nameForm(b.split(' ')));

describe('compatibleNames', () => {
  it.each([
    ['Mike Pompeo', 'Pompeo', true],
    ['Yuan Jiajun', 'Yuan', true],
    ['Nikki R. Haley', 'Nikki Haley', true],
    ['Michael Richard Pompeo', 'Mike Pompeo', true],
    ['Volodymyr Zelenskiy', 'Zelensky', true],
    ['Bashar al-Assad', 'Assad', true],
    ['Andrés Manuel López Obrador', 'López Obrador', true],
    ['Ursula von der Leyen', 'von der Leyen', true],
    ['Hillary Rodham Clinton', 'Hillary Clinton', true],
    ['Joe Biden', 'Hunter Biden', false],
    ['Li Keqiang', 'Li Zhansu', false],
    ['Mark Esper', 'Pompeo', false],
    ['Wu Hongbo', 'Hu', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(same(a, b)).toBe(expected);
  });
});

/** Occurrences from "name@anchor" strings, in text order. */
const occ = (...names: string[]): NameOccurrence[] =>
  names.map((n, i) => {
    const name = n.replace(/@$/, '');
    return { start: i * 100, end: i * 100 + name.length, nameStart: i * 100, nameEnd: i * 100 + name.length, parts: name.split(' '), anchor: n.endsWith('@') ? i : undefined };
  });

describe('groupPersons', () => {
  it('puts every short form with its person', () => {
    const { persons, personOf } = groupPersons(occ('Mike Pompeo@', 'Michael Pompeo', 'Pompeo', 'Yuan Jiajun@', 'Yuan'));
    expect(persons).toHaveLength(2);
    expect(personOf).toEqual([0, 0, 0, 1, 1]);
  });

  it('gives a shared surname to the person named most recently', () => {
    const { personOf } = groupPersons(occ('Li Keqiang@', 'Li', 'Li Zhansu@', 'Li'));
    expect(personOf[1]).toBe(personOf[0]);
    expect(personOf[3]).toBe(personOf[2]);
    expect(personOf[0]).not.toBe(personOf[2]);
  });

  it('does not let a relative join through the surname', () => {
    const { personOf } = groupPersons(occ('Joe Biden', 'Biden@', 'Hunter Biden'));
    expect(personOf[0]).toBe(personOf[1]);
    expect(personOf[2]).toBe(-1);
  });

  it('does not take a full name first written after the short form', () => {
    const { personOf } = groupPersons(occ('Trump@', 'Trump', 'Ivanka Trump'));
    expect(personOf[1]).toBe(personOf[0]);
    expect(personOf[2]).toBe(-1);
  });

  it('leaves names with no office anchor out of every person', () => {
    const { persons, personOf } = groupPersons(occ('Omar Lamrani', 'Lamrani'));
    expect(persons).toHaveLength(0);
    expect(personOf).toEqual([-1, -1]);
  });
});
