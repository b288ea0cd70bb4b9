#!/usr/bin/env node
// A lint rule without ESLint: page-derived text must reach the DOM as text, and no code may be built
// from strings. Scans the extension's sources (entrypoints/, components/, lib/) and fails when it finds
//   - innerHTML / outerHTML assigned (= or +=) anything but a constant string,
//   - insertAdjacentHTML, document.write(ln), createContextualFragment, srcdoc with non-constant HTML,
//   - dangerouslySetInnerHTML (Preact) at all,
//   - eval(, new Function(, and setTimeout / setInterval given a string.
// Comments are ignored; a constant is a string literal or a template literal without ${}.
// Usage: node scripts/check-security.mjs [dir...]   (exit status 1 when anything is found)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIRS = ['entrypoints', 'components', 'lib'];
const EXTS = new Set(['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs']);

/**
 * The source with comments blanked (`code`), and the same with the insides of string and template
 * literals blanked too (`mask`): rules match on the mask, so text inside a string is never code;
 * both keep every offset and line of the source.
 */
export function stripComments(src) {
  let out = '';
  let mask = '';
  let i = 0;
  let quote = null;
  while (i < src.length) {
    const c = src[i];
    const next = src[i + 1];
    if (quote) {
      if (c === '\\') {
        out += c + (next ?? '');
        mask += '  ';
        i += 2;
        continue;
      }
      out += c;
      mask += c === quote ? c : c === '\n' ? '\n' : ' ';
      if (c === quote) quote = null;
      i++;
      continue;
    }
    if (c === '/' && next === '/') {
      while (i < src.length && src[i] !== '\n') {
        out += ' ';
        mask += ' ';
        i++;
      }
      continue;
    }
    if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      const blank = src.slice(i, stop).replace(/[^\n]/g, ' ');
      out += blank;
      mask += blank;
      i = stop;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    out += c;
    mask += c;
    i++;
  }
  return { code: out, mask };
}

const CONSTANT = /^\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.|\$(?!\{))*`)\s*(?:[;,)\n]|$)/;

/** True when the expression starting at `rest` is a single constant string. */
const isConstant = (rest) => CONSTANT.test(rest);

const RULES = [
  { name: 'innerHTML/outerHTML with non-constant input', re: /\.(?:inner|outer)HTML\s*\+?=(?!=)/g, check: (rest) => !isConstant(rest) },
  { name: 'srcdoc with non-constant input', re: /\.srcdoc\s*\+?=(?!=)/g, check: (rest) => !isConstant(rest) },
  // The HTML argument comes after the position: `insertAdjacentHTML('beforeend', html)`.
  { name: 'insertAdjacentHTML with non-constant input', re: /\.insertAdjacentHTML\s*\(\s*(?:'[^']*'|"[^"]*"|`[^`]*`|[\w.$]+)\s*,/g, check: (rest) => !isConstant(rest) },
  { name: 'document.write', re: /\bdocument\s*\.\s*write(?:ln)?\s*\(/g, check: (rest) => !isConstant(rest) },
  { name: 'createContextualFragment with non-constant input', re: /\.createContextualFragment\s*\(/g, check: (rest) => !isConstant(rest) },
  { name: 'dangerouslySetInnerHTML', re: /\bdangerouslySetInnerHTML\b/g, check: () => true },
  { name: 'eval', re: /(?<![\w$.])eval\s*\(/g, check: () => true },
  { name: 'new Function', re: /\bnew\s+Function\s*\(/g, check: () => true },
  { name: 'string passed to setTimeout/setInterval', re: /(?<![\w$])set(?:Timeout|Interval)\s*\(\s*(?=['"`])/g, check: () => true },
];

/** Problems in one file's source: { line, rule, text }. */
export function findProblems(src) {
  const { code, mask } = stripComments(src);
  const problems = [];
  for (const rule of RULES) {
    for (const m of mask.matchAll(rule.re)) {
      const rest = code.slice(m.index + m[0].length);
      if (!rule.check(rest)) continue;
      const line = code.slice(0, m.index).split('\n').length;
      problems.push({ line, rule: rule.name, text: src.split('\n')[line - 1].trim().slice(0, 160) });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}

function* files(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else if (EXTS.has(path.extname(name))) yield full;
  }
}

function main(dirs) {
  let count = 0;
  let scanned = 0;
  for (const dir of dirs) {
    const abs = path.resolve(ROOT, dir);
    try {
      statSync(abs);
    } catch {
      continue;
    }
    for (const file of files(abs)) {
      scanned++;
      for (const p of findProblems(readFileSync(file, 'utf8'))) {
        count++;
        console.error(`${path.relative(ROOT, file)}:${p.line}: ${p.rule}\n    ${p.text}`);
      }
    }
  }
  if (count) {
    console.error(`check-security: ${count} problem(s) in ${scanned} files. Render page-derived text as text (textContent, JSX), never as HTML or code.`);
    process.exit(1);
  }
  console.log(`check-security: ${scanned} files in ${dirs.join(', ')}: no HTML sinks with non-constant input, no eval, no new Function.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2).length ? process.argv.slice(2) : DIRS);
