// Compiles each language's country and title data into phrase-matcher tries and packs them
// (lib/entities/packed-trie.ts) into lib/entities/data/matchers.<lang>.generated.json, which the
// language packs carry: a page then unpacks the tries rather than compiling them (issue 8).
// Run: npm run data (after the country data), or `tsx scripts/build-matchers.ts --check` to fail
// when a committed file is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LEXICONS } from '../lib/entities/data/lexicons';
import { buildPackedMatchers } from '../lib/entities/packed-matchers';
import { PACK_LANGS } from '../lib/entities/language-pack';

const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'entities', 'data');
export const matchersFile = (lang: string) => path.join(dataDir, `matchers.${lang}.generated.json`);

/** The file's text for a language: one JSON object, one line per matcher. */
export function matchersJson(lang: (typeof PACK_LANGS)[number]): string {
  const { countries, titles } = LEXICONS[lang];
  const m = buildPackedMatchers(countries, titles, LEXICONS.en.titles);
  const parts = [
    `"countries":${JSON.stringify(m.countries)}`,
    `"titles":{"heads":${JSON.stringify(m.titles.heads)},\n"honorifics":${JSON.stringify(m.titles.honorifics)},\n"orgs":${JSON.stringify(m.titles.orgs)}}`,
  ];
  return `{${parts.join(',\n')}}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  let stale = false;
  for (const lang of PACK_LANGS) {
    const out = matchersJson(lang);
    const file = matchersFile(lang);
    if (process.argv.includes('--check')) {
      if (!existsSync(file) || readFileSync(file, 'utf8') !== out) {
        console.error(`${path.relative(process.cwd(), file)} is stale: run npm run data`);
        stale = true;
      }
    } else {
      writeFileSync(file, out);
      console.log(`wrote ${path.relative(process.cwd(), file)} (${out.length} bytes)`);
    }
  }
  if (stale) process.exit(1);
}
