import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { dosDateTime, fixedZipDate, normalizeZip } from '../../scripts/reproducible-zip';

async function zipOf(files: Array<[string, string]>, date: Date, compression: 'STORE' | 'DEFLATE'): Promise<Buffer> {
  const z = new JSZip();
  for (const [name, text] of files) z.file(name, text, { date });
  return z.generateAsync({ type: 'nodebuffer', compression });
}

const FILES: Array<[string, string]> = [
  ['manifest.json', '{"name":"Attaché"}'],
  ['content-scripts/content.js', 'console.log("x".repeat(100));'],
  ['popup.html', '<!doctype html><title>Attaché</title>'],
];

describe('normalizeZip', () => {
  it.each(['STORE', 'DEFLATE'] as const)('%s: the same files in another order at another time give the same bytes', async (compression) => {
    const a = await zipOf(FILES, new Date('2026-11-28T16:38:40Z'), compression);
    const b = await zipOf([...FILES].reverse(), new Date('2027-01-02T03:04:06Z'), compression);
    expect(a.equals(b)).toBe(false);
    const when = fixedZipDate({});
    const na = normalizeZip(a, when);
    expect(na.equals(normalizeZip(b, when))).toBe(true);
    // Still a valid zip with the same contents, now in name order, stamped 1980-01-01.
    const back = await JSZip.loadAsync(na);
    const names = Object.keys(back.files).filter((n) => !back.files[n].dir);
    expect(names).toEqual([...FILES.map(([n]) => n)].sort());
    for (const [name, text] of FILES) expect(await back.file(name)!.async('string')).toBe(text);
  });

  it('DOS time stamps', () => {
    expect(dosDateTime(new Date(Date.UTC(1980, 0, 1)))).toEqual({ time: 0, date: (1 << 5) | 1 });
    expect(dosDateTime(new Date('2024-05-07T09:30:42Z'))).toEqual({ time: (9 << 11) | (30 << 5) | 21, date: (44 << 9) | (5 << 5) | 7 });
    expect(fixedZipDate({ SOURCE_DATE_EPOCH: '1715074242' }).toISOString()).toBe('2024-05-07T09:30:42.000Z');
  });

  it('refuses what is not a zip', () => {
    expect(() => normalizeZip(Buffer.from('not a zip at all, just some text that is long enough'), new Date())).toThrow(/not a zip/);
  });
});
