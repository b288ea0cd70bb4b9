// Store zips must be reproducible: the same sources give byte-identical zips, so a reviewer (or CI)
// can rebuild one and compare checksums. WXT's zipper (JSZip) stamps every entry with the time of
// the build, and lists the sources in the order an asynchronous directory walk finds them. This
// rewrites a finished zip with its entries sorted by name and every time stamp set to one fixed time
// (1980-01-01 00:00, the first DOS date; or SOURCE_DATE_EPOCH when set). Contents are copied as they
// are (still compressed), so nothing else changes.
import { readFileSync, writeFileSync } from 'node:fs';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** DOS time and date words for a UTC date (two-second resolution, years from 1980). */
export function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getUTCFullYear());
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

export function fixedZipDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date(Date.UTC(1980, 0, 1));
}

interface Entry {
  name: string;
  central: Buffer;
  local: Buffer;
}

/** The same zip with entries sorted by name and every time stamp set to `when`. */
export function normalizeZip(buf: Buffer, when: Date): Buffer {
  let eocd = -1;
  // The end record is within the last 64 KiB + 22 bytes (its comment is at most 65535 bytes).
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  const cdStart = buf.readUInt32LE(eocd + 16);
  const { time, date } = dosDateTime(when);

  const raw: Array<{ name: string; central: Buffer; offset: number }> = [];
  for (let p = cdStart, n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== CENTRAL) throw new Error(`bad central directory entry ${n}`);
    const len = 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    const central = Buffer.from(buf.subarray(p, p + len));
    raw.push({ name: central.toString('utf8', 46, 46 + central.readUInt16LE(28)), central, offset: central.readUInt32LE(42) });
    p += len;
  }
  // A local record (header, data, any data descriptor) runs to the next one in the file, or to the
  // central directory.
  const starts = raw.map((r) => r.offset).sort((a, b) => a - b);
  const entries: Entry[] = raw.map((r) => {
    if (buf.readUInt32LE(r.offset) !== LOCAL) throw new Error(`bad local header for ${r.name}`);
    const end = starts.find((s) => s > r.offset) ?? cdStart;
    return { name: r.name, central: r.central, local: Buffer.from(buf.subarray(r.offset, end)) };
  });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const parts: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    e.local.writeUInt16LE(time, 10);
    e.local.writeUInt16LE(date, 12);
    e.central.writeUInt16LE(time, 12);
    e.central.writeUInt16LE(date, 14);
    e.central.writeUInt32LE(offset, 42);
    parts.push(e.local);
    offset += e.local.length;
  }
  const end = Buffer.from(buf.subarray(eocd));
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...entries.map((e) => e.central), end]);
}

export function makeZipReproducible(path: string, when = fixedZipDate()): void {
  writeFileSync(path, normalizeZip(readFileSync(path), when));
}
