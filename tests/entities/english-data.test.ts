// English word lists are data like any other pack (issue 8's size budget): Node registers them on
// import (lib/entities/english.ts), the content script receives them from the background. Here:
// without them the pipeline skips recognition with a reason instead of throwing; a pack that came
// through a message (JSON) gives the same entities as the one Node imports; and the content
// script's import graph never reaches a word list.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const EN = [
  'The Russian president met his Turkish counterpart in Moscow on Thursday, the Kremlin said.',
  'The two leaders discussed the war in Syria and relations with the United States, according to a statement released by the Turkish presidency in the evening.',
  'French officials followed the meeting closely, since France has been involved in talks on Syria for several years.',
  // Foreign Minister Sergei Lavrov is named again as "Lavrov" only when "On" and "Thursday" are no name words (the pack's notNames).
  'Foreign Minister Sergei Lavrov attended the meeting in the evening, and the talks went on for hours.',
  'On Thursday Lavrov said that Moscow wanted the talks to continue next month in the same place.',
];

function articleDoc(): Document {
  const doc = document.implementation.createHTMLDocument('Meeting in Moscow');
  doc.documentElement.setAttribute('lang', 'en');
  const article = doc.createElement('article');
  for (const text of EN) {
    const p = doc.createElement('p');
    p.textContent = text;
    article.append(p);
  }
  doc.body.append(article);
  return doc;
}

const codes = (entities: { type: string; code?: string }[]) => entities.flatMap((e) => (e.type === 'country' ? [e.code!] : [])).sort();

describe('recognition without English registered (fresh modules: nothing imported ./english)', () => {
  it('skips recognition with a reason, then recognises once a pack arrives as JSON', async () => {
    const imported = (await import('../../lib/pipeline')).analyzeDocument(articleDoc(), { force: true }).entities;
    const withEnglish = codes(imported);
    expect(withEnglish).toEqual(expect.arrayContaining(['FR', 'RU', 'SY', 'TR', 'US']));
    const lavrov = imported.find((e) => e.type === 'official');
    expect(lavrov && [lavrov.name, lavrov.mentions.length]).toEqual(['Sergei Lavrov', 2]);

    vi.resetModules();
    const { analyzeDocument } = await import('../../lib/pipeline');
    const { missingData, packsNeeded, registerLanguageData } = await import('../../lib/entities/languages');
    const { languagePack } = await import('../../lib/entities/data/packs');
    expect(packsNeeded('en')).toEqual(['en']);
    expect(packsNeeded('fr-FR')).toEqual(['en', 'fr']);
    expect(missingData()).toMatch(/English/);

    const bare = analyzeDocument(articleDoc(), { force: true });
    expect(bare.entities).toEqual([]);
    expect(bare.map?.text).toContain('Kremlin');
    expect(bare.skipped).toEqual([{ stage: 'recognize', reason: missingData() }]);

    expect(registerLanguageData(JSON.parse(JSON.stringify(await languagePack('en'))))).toBe(true);
    expect(missingData()).toBeNull();
    expect(packsNeeded('en')).toEqual([]);
    const done = analyzeDocument(articleDoc(), { force: true });
    expect(done.skipped).toEqual([]);
    expect(codes(done.entities)).toEqual(withEnglish);
    expect(done.entities).toEqual(imported);
    vi.resetModules();
  });
});

// Static and dynamic imports of the project's own modules, followed from the content script's entry.
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const resolve = (from: string, spec: string): string | null => {
    const base = spec.startsWith('@/') ? path.join(root, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : null;
    if (!base) return null; // a package
    for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) if (existsSync(c) && /\.tsx?$/.test(c)) return c;
    return null;
  };
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    // Type-only imports leave nothing in the bundle.
    for (const m of src.matchAll(/\bimport\s+(type\s+)?[^'";]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)) {
      if (m[1]) continue;
      const next = resolve(file, m[2] ?? m[3] ?? m[4]);
      if (next) visit(next);
    }
  };
  visit(entry);
  return seen;
}

describe("the content script's import graph", () => {
  const graph = [...importGraph(path.join(root, 'entrypoints/content/index.ts'))].map((f) => path.relative(root, f));

  it('reaches recognition (one code path)', () => {
    expect(graph).toEqual(expect.arrayContaining(['lib/entities/recognize.ts', 'lib/entities/countries.ts', 'lib/entities/title-registry.ts', 'lib/entities/languages.ts']));
  });
  it('never reaches a word list or the module that registers English', () => {
    const data = graph.filter((f) => /^lib\/entities\/(english|load-language)\.ts$|^lib\/entities\/data\/(?!lexicon\.ts$|title-lexicon\.ts$)/.test(f));
    expect(data).toEqual([]);
  });
  it('the test sees word lists where they are imported (positive control)', () => {
    const bg = [...importGraph(path.join(root, 'entrypoints/background.ts'))].map((f) => path.relative(root, f));
    expect(bg).toEqual(expect.arrayContaining(['lib/entities/data/countries.en.generated.ts', 'lib/entities/data/titles.en.ts', 'lib/entities/data/titles.fr.ts']));
  });
});

describe("English institution names (part of the English pack) under every language's own", () => {
  it('are compiled into another language, and renewed when English arrives after it (data without packed matchers)', async () => {
    vi.resetModules();
    const { titlesFor } = await import('../../lib/entities/title-registry');
    const { registerLanguageData } = await import('../../lib/entities/languages');
    const { languagePack } = await import('../../lib/entities/data/packs');
    const unpacked = async (lang: string) => {
      const pack = JSON.parse(JSON.stringify(await languagePack(lang)));
      delete pack.matchers;
      return pack;
    };
    const orgCode = (lang: string, text: string) => titlesFor(lang).orgs.find(text)[0]?.value.code;
    expect(registerLanguageData(await unpacked('fr'))).toBe(true);
    // "Knesset" and "NATO" are only in the English list; "Kremlin" is in the French one too.
    expect(orgCode('fr', 'la Knesset')).toBeUndefined();
    expect(orgCode('fr', 'le Kremlin')).toBe('RU');
    expect(registerLanguageData(await unpacked('en'))).toBe(true);
    expect(orgCode('fr', 'la Knesset')).toBe('IL');
    expect(orgCode('fr', 'la NATO')).toBeNull();
    expect(orgCode('en', 'the State Department')).toBe('US');
    vi.resetModules();
  });

  it('are packed into every other language at build time, so its pack alone knows them', async () => {
    vi.resetModules();
    const { titlesFor } = await import('../../lib/entities/title-registry');
    const { registerLanguageData } = await import('../../lib/entities/languages');
    const { languagePack } = await import('../../lib/entities/data/packs');
    const orgCode = (lang: string, text: string) => titlesFor(lang).orgs.find(text)[0]?.value.code;
    expect(registerLanguageData(JSON.parse(JSON.stringify(await languagePack('fr'))))).toBe(true);
    expect(orgCode('fr', 'la Knesset')).toBe('IL');
    expect(orgCode('fr', 'la NATO')).toBeNull();
    expect(orgCode('fr', 'le Kremlin')).toBe('RU');
    vi.resetModules();
  });
});
