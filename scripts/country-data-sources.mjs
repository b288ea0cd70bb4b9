// What both country-data builders read (scripts/build-country-data.mjs for English,
// build-country-data-i18n.mjs for the other languages): the reviewed lists in lib/entities/data,
// the two packages, and the table that gives each form one code.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const dataDir = path.join(root, 'lib/entities/data');

/** A form in Latin script as English text writes it (letters, marks, spaces, stops, apostrophes, hyphens). */
export const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}\p{M} .'’-]*$/u;

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

/** world-countries and i18n-iso-countries: every code either knows, and which codes are states. */
export function packages() {
  const wc = require('world-countries');
  const i18nEn = require('i18n-iso-countries/langs/en.json').countries;
  const codes = new Set([...Object.keys(i18nEn), ...wc.map((c) => c.cca2)]);
  const byCode = new Map(wc.map((c) => [c.cca2, c]));
  const independent = (code) => byCode.get(code)?.independent !== false;
  const versions = ['world-countries', 'i18n-iso-countries'].map((p) => `${p}@${require(`${p}/package.json`).version}`).join(', ');
  return { wc, i18nEn, codes, byCode, independent, versions };
}

/** A language's reviewed lists that every builder applies: forms left out, ambiguous forms, blockers. */
export function reviewedLists(lang) {
  const excluded = new Set(readList(`excluded.${lang}.txt`).map(([f]) => f));
  const ambiguous = readList(`ambiguous.${lang}.txt`).map(([form, kind, codesF, def, rule, note]) => ({
    form, kind, codes: codesF.split(','), default: def === '-' ? null : def, rule, note,
  }));
  const blockers = readList(`blockers.${lang}.txt`).map(([f]) => f);
  return { excluded, ambiguous, ambiguousForms: new Set(ambiguous.map((a) => a.form)), blockers };
}

export const KINDS = ['name', 'alias', 'demonym'];

/**
 * The table of forms: form -> code -> kind. `add` cleans a package form with `clean(form, code)` (null drops
 * it); a trusted form (from a reviewed list) is taken as written and says what the form is ("Saudi"
 * is a demonym, though an altSpelling upstream). Excluded and ambiguous forms never enter.
 */
export function formTable(clean, { excluded, ambiguousForms }) {
  const forms = new Map();
  const add = (form, code, kind, trusted = false) => {
    const f = trusted ? form : clean(form, code);
    if (!f || (!trusted && excluded.has(f)) || ambiguousForms.has(f)) return;
    if (!forms.has(f)) forms.set(f, new Map());
    const m = forms.get(f);
    if (!m.has(code) || trusted) m.set(code, kind);
  };
  return { forms, add };
}

/**
 * Each form under its one code, by kind. A form shared by a state and its territories ("French",
 * "American", "Indian") is the state's; any other sharing stops the build until the form is listed
 * in ambiguous.<lang>.txt.
 */
export function formsByCode(forms, { codes, independent }, lang) {
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
  if (conflicts.length) throw new Error(`${lang}: forms shared by several codes, not in ambiguous.${lang}.txt:\n${conflicts.join('\n')}`);
  return perCode;
}
