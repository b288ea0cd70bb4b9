#!/usr/bin/env node
// `npm run eval`: runs the CLI over ../shared/corpus and ../shared/fixtures and prints the
// scorer's figures. Extra arguments (-v, --lang en, --min countries.f1=0.97) go to the scorer.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.ATTACHE_SHARED ?? resolve(root, '../shared');
if (!existsSync(join(shared, 'corpus'))) {
  console.error(`eval: no corpus at ${shared}/corpus (set ATTACHE_SHARED)`);
  process.exit(2);
}
const pages = (dir) => readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => join(dir, f));
const files = [...pages(join(shared, 'corpus/pages')), ...pages(join(shared, 'fixtures'))];

const out = join(process.env.TMPDIR ?? '/tmp', `attache-eval-${process.pid}.jsonl`);
const run = spawnSync(process.execPath, [join(root, 'bin/attache.mjs'), 'analyze', '--jsonl', ...files], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
  stdio: ['ignore', 'pipe', 'inherit'],
});
writeFileSync(out, run.stdout ?? '');
if (run.status !== 0) console.error(`eval: the CLI exited ${run.status}; scoring what it printed`);
const score = spawnSync(
  process.execPath,
  [join(shared, 'eval/score.mjs'), '--gold', join(shared, 'corpus/gold'), '--results', out, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
console.log(`results: ${out}`);
process.exit(score.status ?? 1);
