#!/usr/bin/env node
// Builds lib/entities/data/countries.<lang>.generated.ts (en, fr, de, es, zh, ar) from the
// world-countries and i18n-iso-countries packages plus the reviewed lists in
// lib/entities/data/*.<lang>.txt. The content script imports only the English module; the others
// are loaded when a page in that language is seen. The packages themselves (~1 MB) are never
// bundled. Run: npm run data (or node scripts/build-country-data.mjs [--check] to fail when a
// committed file is stale).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLang, compactForms, dropRedundantNames } from './build-country-data-i18n.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, 'lib/entities/data');
const outFile = (lang) => path.join(dataDir, `countries.${lang}.generated.ts`);
export const LANGS = ['en', 'fr', 'de', 'es', 'zh', 'ar'];

/** Reads a `a|b|c` list, skipping comments and blank lines. */
export function readList(name) {
  const file = path.join(dataDir, name);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('|').map((f) => f.trim()));
}

const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}\p{M} .'’-]*$/u;

// Package forms pass only when they look like something an English article writes.
function clean(form, code) {
  let f = form.trim().replace(/’/g, "'");
  f = f.replace(/^the /i, '');
  if (!f || /[,()]/.test(f) || !LATIN.test(f)) return null;
  if (f === code || /^[A-Z]{2}$/.test(f)) return null;
  return f;
}

function splitDemonym(d) {
  return d ? d.split(/,\s*| or |\//).map((s) => s.trim()).filter(Boolean) : [];
}

function plural(d) {
  if (/(ese|ss|sh|ench|utch|sy|z|x|s)$/.test(d)) return null;
  return d + 's';
}

export function build() {
  const wc = require('world-countries');
  const i18nEn = require('i18n-iso-countries/langs/en.json').countries;
  const codes = new Set([...Object.keys(i18nEn), ...wc.map((c) => c.cca2)]);
  const byCode = new Map(wc.map((c) => [c.cca2, c]));
  const independent = (code) => byCode.get(code)?.independent !== false;

  const excluded = new Set(readList('excluded.en.txt').map(([f]) => f));
  const ambiguous = readList('ambiguous.en.txt').map(([form, kind, codesF, def, rule, note]) => ({
    form, kind, codes: codesF.split(','), default: def === '-' ? null : def, rule, note,
  }));
  const ambiguousForms = new Set(ambiguous.flatMap((a) => [a.form]));
  const blockers = readList('blockers.en.txt').map(([f]) => f);

  // form -> kind -> Set(code); kinds in order of preference
  const KINDS = ['name', 'alias', 'demonym'];
  const forms = new Map();
  const add = (form, code, kind, trusted = false) => {
    const f = trusted ? form : clean(form, code);
    if (!f || (!trusted && excluded.has(f)) || ambiguousForms.has(f)) return;
    if (!forms.has(f)) forms.set(f, new Map());
    const m = forms.get(f);
    // The reviewed lists say what a form is ("Saudi" is a demonym, though an altSpelling upstream).
    if (!m.has(code) || trusted) m.set(code, kind);
  };

  for (const code of [...codes].sort()) {
    const c = byCode.get(code);
    const i18n = i18nEn[code];
    const names = [c?.name.common, c?.name.official, ...(Array.isArray(i18n) ? i18n : [i18n])].filter(Boolean);
    for (const n of names) {
      add(n, code, 'name');
      if (/ of the /.test(n)) add(n.replace(/ of the /, ' of '), code, 'name');
      // News abbreviates Saint: "St. Kitts and Nevis", "St Lucia".
      if (/^Saint /.test(n)) for (const st of ['St. ', 'St ']) add(n.replace(/^Saint /, st), code, 'alias');
    }
    for (const a of c?.altSpellings ?? []) add(a, code, 'alias');
    const dem = c?.demonyms?.eng;
    for (const d of new Set([...splitDemonym(dem?.m), ...splitDemonym(dem?.f)])) {
      if (excluded.has(d)) continue;
      add(d, code, 'demonym');
      const p = plural(d);
      if (p) add(p, code, 'demonym');
    }
  }
  for (const [f, code] of readList('aliases.en.txt')) add(f, code, 'alias', true);
  for (const [f, code] of readList('demonyms.en.txt')) {
    add(f, code, 'demonym', true);
    const p = plural(f);
    if (p) add(p, code, 'demonym', true);
  }

  // A form shared by a state and its territories ("French", "American", "Indian") is the state's;
  // any other sharing must be listed in ambiguous.en.txt.
  const conflicts = [];
  const perCode = new Map([...codes].map((c) => [c, { name: [], alias: [], demonym: [] }]));
  for (const [f, m] of [...forms].sort(([a], [b]) => (a < b ? -1 : 1))) {
    let cands = [...m.keys()];
    if (cands.length > 1) cands = cands.filter(independent);
    if (cands.length !== 1) {
      conflicts.push(`${f}: ${[...m.keys()].join(',')}`);
      continue;
    }
    perCode.get(cands[0])[m.get(cands[0])].push(f);
  }
  if (conflicts.length) throw new Error(`Forms shared by several codes, not in ambiguous.en.txt:\n${conflicts.join('\n')}`);

  const compact = compactForms(
    Object.fromEntries([...codes].sort().map((c) => [c, byCode.get(c)?.name.common ?? (Array.isArray(i18nEn[c]) ? i18nEn[c].at(-1) : i18nEn[c])])),
    dropRedundantNames(
      Object.fromEntries([...perCode].map(([c, k]) => [c, KINDS.map((kind) => k[kind].sort())])),
      [...ambiguous.map((a) => a.form), ...blockers],
    ),
    plural,
  );
  const lexicon = {
    lang: 'en',
    names: compact.names,
    forms: compact.forms,
    prefixes: Object.fromEntries(readList('prefixes.en.txt')),
    ambiguous: ambiguous.map(({ note, ...a }) => a),
    cues: Object.fromEntries(readList('cues.en.txt')),
    blockers,
  };
  const versions = ['world-countries', 'i18n-iso-countries']
    .map((p) => `${p}@${require(`${p}/package.json`).version}`)
    .join(', ');
  return `// Generated by scripts/build-country-data.mjs from ${versions} and the lists in this folder.
// Do not edit: change the lists and run \`npm run data\`.
import type { CountryLexicon } from './lexicon';

export const LEXICON_EN: CountryLexicon = ${JSON.stringify(lexicon)};
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  let stale = false;
  for (const lang of LANGS) {
    const out = lang === 'en' ? build() : buildLang(lang);
    const file = outFile(lang);
    if (process.argv.includes('--check')) {
      if (!existsSync(file) || readFileSync(file, 'utf8') !== out) {
        console.error(`${path.relative(root, file)} is stale: run npm run data`);
        stale = true;
      }
    } else {
      writeFileSync(file, out);
      console.log(`wrote ${path.relative(root, file)} (${out.length} bytes)`);
    }
  }
  if (stale) process.exit(1);
}
