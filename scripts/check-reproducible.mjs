#!/usr/bin/env node
// Builds the store zips twice (`npm run zip`) and checks that each comes out byte-identical (same
// sha256). When one does not, it lists the entries that differ (name, CRC, size, time, order), which
// says whether the cause is content (a non-deterministic build) or metadata (timestamps, order).
// The sources zip holds the working tree: run this on a clean checkout, not while files are edited.
// Usage: node scripts/check-reproducible.mjs        (exit status 1 when a zip differs)
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, '.output');

/** Each entry of a zip's central directory: name, CRC-32, size, DOS time/date, position. */
function entries(buf) {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return [];
  const out = [];
  let p = buf.readUInt32LE(eocd + 16);
  for (let n = buf.readUInt16LE(eocd + 10); n > 0; n--) {
    const nameLen = buf.readUInt16LE(p + 28);
    out.push({
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      crc: buf.readUInt32LE(p + 16),
      size: buf.readUInt32LE(p + 24),
      time: `${buf.readUInt16LE(p + 14)}:${buf.readUInt16LE(p + 12)}`,
      index: out.length,
    });
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

function zipOnce() {
  execSync('npm run zip', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const zips = {};
  for (const f of readdirSync(OUT).filter((f) => f.endsWith('.zip')).sort()) {
    const buf = readFileSync(path.join(OUT, f));
    zips[f] = { sha: createHash('sha256').update(buf).digest('hex'), entries: entries(buf) };
  }
  return zips;
}

const first = zipOnce();
const second = zipOnce();
let bad = 0;
for (const name of Object.keys({ ...first, ...second })) {
  const a = first[name];
  const b = second[name];
  if (a && b && a.sha === b.sha) {
    console.log(`same  ${a.sha}  ${name} (${a.entries.length} entries)`);
    continue;
  }
  bad++;
  console.error(`DIFF  ${name}: ${a?.sha ?? 'missing'} vs ${b?.sha ?? 'missing'}`);
  const before = new Map((a?.entries ?? []).map((e) => [e.name, e]));
  for (const e of b?.entries ?? []) {
    const o = before.get(e.name);
    if (!o) console.error(`  only in the second: ${e.name}`);
    else {
      const what = ['crc', 'size', 'time', 'index'].filter((k) => o[k] !== e[k]);
      if (what.length) console.error(`  ${e.name}: ${what.map((k) => `${k} ${o[k]} -> ${e[k]}`).join(', ')}`);
      before.delete(e.name);
    }
  }
  for (const name of before.keys()) console.error(`  only in the first: ${name}`);
}
if (bad) {
  console.error(`check-reproducible: ${bad} zip(s) differ between two builds.`);
  process.exit(1);
}
console.log('check-reproducible: every zip is byte-identical across two builds.');
