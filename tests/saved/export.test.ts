import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, csvRows, defuse, toCsv } from '../../lib/saved/export-csv';
import { toBackup, toJsonLd } from '../../lib/saved/export-jsonld';
import { escapeMarkdown, toMarkdown } from '../../lib/saved/export-markdown';
import { authors, toRis } from '../../lib/saved/export-ris';
import { exportFile } from '../../lib/saved/export';
import { parseImport } from '../../lib/saved/import';
import { generate, highlight } from './fixtures';
import { goldenLibrary } from './golden-fixture';

const golden = (name: string) => readFileSync(resolve('tests/saved/golden', name), 'utf8');

describe('JSON-LD backup', () => {
  it('10,000 generated highlights export and import back deep-equal', () => {
    const hs = generate(10_000, 2024);
    const text = toJsonLd(hs);
    expect(parseImport(text)).toStrictEqual(hs);
  });

  it('is a W3C Web Annotation collection with notes and tags as bodies', () => {
    const h = highlight({ note: 'why it matters', tags: ['a', 'b'] });
    const doc = toBackup([h], new Date('2024-06-01T00:00:00Z'));
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    const a = doc.first.items[0];
    expect(a).toMatchObject({
      id: `urn:uuid:${h.id}`,
      type: 'Annotation',
      motivation: 'highlighting',
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: 'why it matters' },
        { type: 'TextualBody', purpose: 'tagging', value: 'a' },
        { type: 'TextualBody', purpose: 'tagging', value: 'b' },
      ],
      target: { source: h.target.source, selector: h.target.selectors },
      'attache:highlight': { version: 1, url: h.target.url, entities: h.entities },
    });
    expect(toBackup([highlight()]).first.items[0].body).toBeUndefined();
  });
});

describe('CSV', () => {
  it('parses back with papaparse to the same rows, quotes and line breaks intact', () => {
    const hs = generate(500, 5);
    const csv = toCsv(hs);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual(csvRows(hs));
    expect(parsed.data[0]).toEqual(CSV_HEADER);
    // Independent of csvRows: the quote column holds the quote (defused where needed).
    hs.forEach((h, i) => expect(parsed.data[i + 1][1]).toBe(defuse(h.target.selectors[0].exact)));
  });

  it('uses CRLF between records and doubles quotes', () => {
    const csv = toCsv([highlight({ quote: 'He said "no", twice' })]);
    expect(csv.split('\r\n')[1]).toContain('"He said ""no"", twice"');
  });

  it.each([
    ['=HYPERLINK("x")', "'=HYPERLINK(\"x\")"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['safe = text', 'safe = text'],
  ])('defuses formula cell %j', (cell, out) => {
    expect(defuse(cell)).toBe(out);
  });
});

describe('Markdown and RIS', () => {
  it('Markdown matches the golden file', () => {
    expect(toMarkdown(goldenLibrary)).toBe(golden('library.md'));
  });

  it('RIS matches the golden file', () => {
    expect(toRis(goldenLibrary)).toBe(golden('library.ris'));
  });

  it('escapes page text that would become markup', () => {
    expect(escapeMarkdown('[a](javascript:x) <img> *b* #tag')).toBe('\\[a\\](javascript:x) \\<img\\> \\*b\\* \\#tag');
  });

  it.each<[string | null, string[]]>([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Jane Doe, Reuters', ['Jane Doe', 'Reuters']],
    ['AP', ['AP']],
    [null, []],
  ])('reads authors from byline %j', (byline, out) => {
    expect(authors(byline)).toEqual(out);
  });
});

describe('exportFile (the CLI entry)', () => {
  it('converts a backup text to each format', () => {
    const text = toJsonLd(goldenLibrary);
    expect(exportFile(text, 'markdown')).toBe(golden('library.md'));
    expect(exportFile(text, 'ris')).toBe(golden('library.ris'));
    expect(exportFile(text, 'csv')).toBe(toCsv(goldenLibrary));
    expect(parseImport(exportFile(text, 'jsonld'))).toStrictEqual(goldenLibrary);
  });

  it('refuses a file that is not a backup', () => {
    expect(() => exportFile('{"hello": 1}', 'csv')).toThrow(/not an Attaché backup/);
  });
});
