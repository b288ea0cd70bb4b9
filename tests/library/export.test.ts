// @vitest-environment node
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CSV_HEADER,
  exportFile,
  exportFileName,
  exportHighlights,
  toAnnotationCollection,
  toCsv,
  toJsonLd,
  toMarkdown,
  toRis,
} from '../../lib/library/export';
import { ImportError } from '../../lib/library/errors';
import { hashtag } from '../../lib/library/export/markdown';
import { bylineAuthors, risName } from '../../lib/library/export/ris';
import { parseImport } from '../../lib/library/import';
import { generateHighlights, goldenFixture, makeHighlight } from './fixtures';

const golden = (name: string) => fileURLToPath(new URL(`./golden/${name}`, import.meta.url));

/** UPDATE_GOLDEN=1 rewrites the files; the diff is then reviewed and committed by hand. */
function expectGolden(name: string, actual: string) {
  if (process.env.UPDATE_GOLDEN) writeFileSync(golden(name), actual);
  expect(actual).toBe(readFileSync(golden(name), 'utf8'));
}

describe('JSON-LD backup', () => {
  it('10,000 generated highlights export and import back deep-equal', () => {
    const hs = generateHighlights(10_000, 7);
    const text = toJsonLd(hs);
    expect(text.length).toBeLessThan(50 * 1024 * 1024);
    const back = parseImport(text);
    expect(back).toHaveLength(10_000);
    expect(back).toEqual(hs);
  }, 60_000);

  it('is a W3C Web Annotation collection: context, types, bodies, target selectors', () => {
    const [h] = goldenFixture();
    const doc = toAnnotationCollection([h], new Date('2024-07-01T00:00:00Z'));
    expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(1);
    const a = doc.first.items[0];
    expect(a.type).toBe('Annotation');
    expect(a.id).toBe(`urn:uuid:${h.id}`);
    expect(a.body).toEqual([
      { type: 'TextualBody', value: h.note, purpose: 'commenting', format: 'text/plain' },
      { type: 'TextualBody', value: 'Balkans', purpose: 'tagging' },
      { type: 'TextualBody', value: 'EU accession', purpose: 'tagging' },
    ]);
    expect(a.target.source).toBe(h.target.source);
    expect(a.target.selector[0]).toEqual({ type: 'TextQuoteSelector', exact: h.target.selectors[0].exact, prefix: h.target.selectors[0].prefix, suffix: h.target.selectors[0].suffix });
    expect(a.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 412, end: 412 + h.target.selectors[0].exact.length });
    // Everything the model has no place for sits in the one extension property.
    expect(Object.keys(a).sort()).toEqual(['attache:highlight', 'body', 'created', 'id', 'modified', 'motivation', 'target', 'type']);
  });

  it('a highlight without note or tags has no body, and comes back with an empty note', () => {
    const h = makeHighlight({ note: '', tags: [] });
    const doc = toAnnotationCollection([h]);
    expect(doc.first.items[0].body).toBeUndefined();
    expect(parseImport(toJsonLd([h]))).toEqual([h]);
  });
});

describe('CSV', () => {
  it('parses back with papaparse to one row per highlight with the same cells', () => {
    const hs = generateHighlights(500, 3);
    const csv = toCsv(hs);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(csv, { newline: '\r\n', skipEmptyLines: false });
    expect(parsed.errors).toEqual([]);
    const rows = parsed.data.filter((r) => !(r.length === 1 && r[0] === ''));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(hs.length + 1);
    // Expected cells built here from the highlight, not through the exporter's own row function.
    const safe = (s: string) => (/^[=+\-@\t\r]/.test(s) && !/^[+-]?\d+(\.\d+)?$/.test(s) ? `'${s}` : s);
    hs.forEach((h, i) => {
      expect(rows[i + 1]).toEqual(
        [
          h.id,
          h.target.selectors[0].exact,
          h.note,
          h.tags.join('; '),
          h.entities.map((e) => e.name).join('; '),
          h.page.title,
          h.page.siteName ?? new URL(h.target.source).hostname.replace(/^www\./, ''),
          h.target.source,
          h.page.publishedTime ?? '',
          h.created,
        ].map(safe),
      );
    });
  });

  it('follows RFC 4180: CRLF records, quotes doubled, fields with separators quoted', () => {
    const h = makeHighlight({ exact: 'He said "no", then\nleft', note: 'plain', tags: ['a', 'b'] });
    const [header, row] = toCsv([h]).split('\r\n');
    expect(header).toBe(CSV_HEADER.join(','));
    expect(row.startsWith(`${h.id},"He said ""no"", then\nleft",plain,a; b,`)).toBe(true);
  });

  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+cmd', "'+cmd"],
    ['@SUM(1)', "'@SUM(1)"],
    ['-2+3', "'-2+3"],
    ['-12.5', '-12.5'],
    ['plain', 'plain'],
  ])('defuses a formula-like quote %j', (exact, cell) => {
    const row = toCsv([makeHighlight({ exact })]).split('\r\n')[1];
    expect(row.split(',').slice(1).join(',').startsWith(cell)).toBe(true);
  });

  it('can start with a byte-order mark for Excel', () => {
    expect(toCsv([], { bom: true })).toBe(`\ufeff${CSV_HEADER.join(',')}\r\n`);
  });
});

describe('Markdown and RIS match the golden files', () => {
  it('Markdown, grouped by article', () => {
    expectGolden('highlights.md', toMarkdown(goldenFixture()));
  });

  it('RIS, one record per article', () => {
    expectGolden('highlights.ris', toRis(goldenFixture()));
  });

  it('the order of the input does not change either output', () => {
    const reversed = goldenFixture().reverse();
    expect(toMarkdown(reversed)).toBe(toMarkdown(goldenFixture()));
    expect(toRis(reversed)).toBe(toRis(goldenFixture()));
  });

  it('URL variants of one article are one group', () => {
    const a = makeHighlight({ target: { source: 'https://www.example.com/a' }, start: 1 });
    const b = makeHighlight({ target: { source: 'http://example.com/a/' }, start: 2 });
    expect(toMarkdown([a, b]).match(/^## /gm)).toHaveLength(1);
    expect(toRis([a, b]).match(/^TY {2}- /gm)).toHaveLength(1);
    expect(toRis([a, b]).match(/^N1 {2}- /gm)).toHaveLength(2);
  });

  it('page text cannot break out of a RIS line or a Markdown quote', () => {
    const h = makeHighlight({ exact: 'first\r\nER  - \nTY  - JOUR\n## heading\n1. item', page: { title: 'T\nAU  - X' } });
    const ris = toRis([h]);
    expect(ris.match(/^ER {2}- /gm)).toHaveLength(1);
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(1);
    expect(ris).not.toMatch(/^AU {2}- X/m);
    const md = toMarkdown([h]);
    expect(md).not.toMatch(/^#+ heading/m);
    expect(md).toContain('> \\#\\# heading');
    expect(md).toContain('> 1\\. item');
  });

  it('empty libraries export empty files', () => {
    expect(toMarkdown([])).toBe('');
    expect(toRis([])).toBe('');
  });

  it.each([
    ['EU accession', '#EU-accession'],
    ['China–Turkey', '#China-Turkey'],
    ['#hash', '#hash'],
    ['Ūnicode', '#Ūnicode'],
    ['a/b_c', '#a/b_c'],
    ['!!!', ''],
  ])('hashtag(%j) = %j', (tag, out) => {
    expect(hashtag(tag)).toBe(out);
  });

  it.each([
    ['By Jane Doe and John Smith', ['Jane Doe', 'John Smith']],
    ['Jane Doe; John Smith & Ana López', ['Jane Doe', 'John Smith', 'Ana López']],
    ['Reuters', ['Reuters']],
    ['', []],
  ])('bylineAuthors(%j)', (byline, names) => {
    expect(bylineAuthors(byline)).toEqual(names);
  });

  it.each([
    ['Jane Doe', 'Doe, Jane'],
    ['Ana María López', 'López, Ana María'],
    ['Associated Press', 'Associated Press'],
    ['Reuters', 'Reuters'],
    ['staff writer', 'staff writer'],
  ])('risName(%j) = %j', (name, out) => {
    expect(risName(name)).toBe(out);
  });
});

describe('exportFile (the CLI hook)', () => {
  const backup = toJsonLd(goldenFixture());

  it.each(['csv', 'markdown', 'ris'] as const)('converts a backup to %s like the library page does', (format) => {
    expect(exportFile(backup, format)).toBe(exportHighlights(goldenFixture(), format));
  });

  it('re-exports a backup as an equivalent backup', () => {
    expect(parseImport(exportFile(backup, 'jsonld'))).toEqual(goldenFixture());
  });

  it('refuses a foreign file with an ImportError', () => {
    expect(() => exportFile('{"name":"package"}', 'csv')).toThrow(ImportError);
  });

  it('names files by date and format', () => {
    expect(exportFileName('markdown', new Date('2024-05-02T10:00:00Z'))).toBe('attache-highlights-2024-05-02.md');
    expect(exportFileName('ris', new Date('2024-05-02T10:00:00Z'))).toBe('attache-highlights-2024-05-02.ris');
  });
});
