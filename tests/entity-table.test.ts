import { describe, expect, it } from 'vitest';
import { formatEntityTable } from '../lib/entity-table';
import type { Entity } from '../lib/types';

const names: Record<string, string> = { AL: 'Albania', CN: 'China' };
const countryName = (c: string) => names[c] ?? c;
const m = (n: number) => Array.from({ length: n }, (_, i) => ({ start: i * 9, end: i * 9 + 5 }));

const entities: Entity[] = [
  { type: 'official', key: 'sb', name: 'Selim Belortaja', mentions: m(2), confidence: 1, aliases: [], titles: ['Ambassador to China'], country: 'AL' },
  { type: 'country', key: 'CN', code: 'CN', name: 'China', mentions: m(8), confidence: 1 },
  { type: 'official', key: 'x', name: 'Nobody', mentions: m(1), confidence: 1, aliases: [], titles: [], country: null },
];

describe('formatEntityTable', () => {
  it('markdown: a header, a separator and one row per entity', () => {
    expect(formatEntityTable(entities, 'markdown', countryName)).toBe(
      [
        '| Type | Name | Office | Country | Mentions |',
        '|---|---|---|---|---|',
        '| Official | Selim Belortaja | Ambassador to China | Albania | 2 |',
        '| Country | China |  | China | 8 |',
        '| Official | Nobody |  |  | 1 |',
        '',
      ].join('\n'),
    );
  });

  it('csv: RFC 4180 lines', () => {
    expect(formatEntityTable(entities.slice(0, 2), 'csv', countryName)).toBe(
      'Type,Name,Office,Country,Mentions\r\nOfficial,Selim Belortaja,Ambassador to China,Albania,2\r\nCountry,China,,China,8\r\n',
    );
  });

  it.each([
    ['a | pipe', 'markdown', '| a \\| pipe |'],
    ['two\nlines', 'markdown', '| two lines |'],
    ['Smith, "Jr."', 'csv', '"Smith, ""Jr."""'],
    ['=HYPERLINK("x")', 'csv', `"'=HYPERLINK(""x"")"`],
    ['@cmd', 'csv', "'@cmd"],
    ['+1 page', 'csv', "'+1 page"],
  ])('escapes page-derived text %j for %s', (name, format, expected) => {
    const e: Entity = { type: 'country', key: 'ZZ', code: 'ZZ', name, mentions: m(1), confidence: 1 };
    expect(formatEntityTable([e], format as 'markdown' | 'csv', countryName)).toContain(expected);
  });
});
