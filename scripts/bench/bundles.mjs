// Bundle sizes of the built Chrome extension, raw and gzipped, per entry point: the files the
// manifest injects as the content script, and for the HTML pages (popup, library) the page plus
// every script and stylesheet it loads, following static imports between chunks.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

function fileSizes(outDir, files) {
  const list = [...files].sort().map((f) => {
    const buf = readFileSync(join(outDir, f));
    return { file: f, bytes: buf.length, gzBytes: gz(buf) };
  });
  return {
    files: list,
    bytes: list.reduce((a, f) => a + f.bytes, 0),
    gzBytes: list.reduce((a, f) => a + f.gzBytes, 0),
  };
}

/** A JS file and the chunks it imports statically, transitively (paths relative to outDir). */
function withImports(outDir, file, seen = new Set()) {
  if (seen.has(file) || !existsSync(join(outDir, file))) return seen;
  seen.add(file);
  if (!file.endsWith('.js')) return seen;
  const src = readFileSync(join(outDir, file), 'utf8');
  for (const m of src.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    withImports(outDir, normalize(join(dirname(file), m[1])), seen);
  }
  return seen;
}

/** An HTML page and the scripts, module preloads and stylesheets it references. */
function htmlPage(outDir, html) {
  const files = new Set([html]);
  const src = readFileSync(join(outDir, html), 'utf8');
  for (const m of src.matchAll(/\b(?:src|href)\s*=\s*["']([^"'#?]+)["']/g)) {
    const ref = m[1];
    if (/^[a-z]+:/i.test(ref)) continue;
    const file = ref.startsWith('/') ? ref.slice(1) : relative(outDir, join(outDir, dirname(html), ref));
    if (/\.(js|css)$/.test(file)) withImports(outDir, normalize(file), files);
  }
  return files;
}

export function measureBundles(outDir) {
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
  const out = {};
  const content = new Set();
  for (const cs of manifest.content_scripts ?? []) {
    for (const f of cs.js ?? []) withImports(outDir, f, content);
    for (const f of cs.css ?? []) content.add(f);
  }
  out.content = fileSizes(outDir, content);
  const bg = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  if (bg) out.background = fileSizes(outDir, withImports(outDir, bg));
  const popup = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  if (popup) out.popup = fileSizes(outDir, htmlPage(outDir, popup));
  // Other pages (library, options) are unlisted or under other keys: found by name.
  for (const html of readdirSync(outDir).filter((f) => f.endsWith('.html') && f !== popup)) {
    out[html.replace(/\.html$/, '')] = fileSizes(outDir, htmlPage(outDir, html));
  }
  return out;
}

/**
 * The word lists the background hands a content script on an article page (lib/entities/data/packs.ts),
 * as the JSON of the runtime message, raw and gzipped: English on every article, plus the page's
 * language when it has a pack. They are inside the background bundle; this shows what each costs on
 * demand. Needs tsx registered (bench.mjs does it before calling).
 */
export async function measurePacks() {
  const { PACK_LANGS } = await import('../../lib/entities/language-pack.ts');
  const { languagePack } = await import('../../lib/entities/data/packs.ts');
  const out = {};
  for (const lang of PACK_LANGS) {
    const buf = Buffer.from(JSON.stringify(await languagePack(lang)));
    out[lang] = { bytes: buf.length, gzBytes: gz(buf) };
  }
  return out;
}
