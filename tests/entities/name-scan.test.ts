// Names are read only where they can join an official (name-scan.ts): what is read must be what a
// reading of the whole text finds there, and no unread name may share a word with an official's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findAnchors, headlineTrimmer, indexTokens } from '../../lib/entities/anchors';
import { nameForm, wordKeysOf } from '../../lib/entities/coreference';
import { findCountries } from '../../lib/entities/countries';
import { LEXICONS } from '../../lib/entities/data/lexicons';
import { PACK_LANGS } from '../../lib/entities/language-pack';
import { loadLanguage } from '../../lib/entities/load-language';
import { tokenize } from '../../lib/entities/matcher';
import { INSIDE, nameScan } from '../../lib/entities/name-scan';
import type { NameSpan } from '../../lib/entities/names';
import { withTokens } from '../../lib/entities/token-scope';
import { corpusGold, sharedDir } from '../helpers/load-page';

beforeAll(async () => {
  for (const lang of PACK_LANGS) await loadLanguage(lang);
});

const keys = (n: NameSpan) => wordKeysOf(nameForm(n.parts));

/** Reads `text` lazily and wholly; checks the lazy reading against the whole one. */
function compare(text: string, lang = 'en') {
  const tokens = tokenize(text);
  return withTokens(tokens, () => {
    const ix = indexTokens(text, findCountries(text, { lang, tokens }), lang, tokens);
    const trim = headlineTrimmer(text, ix);
    const lazy = nameScan(ix, trim);
    const anchors = findAnchors(ix, lazy, trim);
    for (const a of anchors) lazy.get(a.name.tokenEnd);
    lazy.readLinked(anchors.map((a) => a.name));
    const whole = nameScan(ix, trim);
    whole.readAll();
    const read = lazy.spans();
    const all = whole.spans();
    // The offices find the same names either way.
    expect(findAnchors(ix, whole, trim)).toEqual(anchors);
    // Each name read is the name the whole reading has there.
    const allAt = new Map(all.map((s) => [s.start, s]));
    for (const s of read) expect(allAt.get(s.start)).toEqual(s);
    // Words of the officials' names and of every name read that shares one, to a fixed point.
    const linked = new Set(anchors.flatMap((a) => keys(a.name)));
    for (let size = -1; size !== linked.size; ) {
      size = linked.size;
      for (const s of read) if (keys(s).some((k) => linked.has(k))) keys(s).forEach((k) => linked.add(k));
    }
    const readAt = new Set(read.map((s) => s.start));
    const missed = all.filter((s) => !readAt.has(s.start) && keys(s).some((k) => linked.has(k)));
    expect(missed.map((s) => text.slice(s.start, s.end))).toEqual([]);
    return { anchors: anchors.length, read: read.length, all: all.length };
  });
}

describe('nameScan', () => {
  // Paragraphs apart, so that each mention is a piece of its own.
  it.each([
    ['Foreign Minister Wang Yi met Mr. Smith in Beijing.\n\nLater, Wang said that Mr. Wang Yi would travel.'],
    ['President Bashar al-Assad spoke on Monday.\n\nAssad said the al-Assad family would stay; Bashar agreed.'],
    ["Ambassador Jim O'Brien arrived.\n\nReporters asked O'Brien about the talks.\n\nMr. O'Brien declined."],
    ['Prime Minister Benjamin Netan\u00ADyahu met the envoy.\n\nNetanyahu, who spoke first, said little.'],
    ['Crown Prince Mohammed bin Salman hosted the talks.\n\nMuhammed bin Salman then left.\n\nMuhammed spoke.'],
    ['H.E. Ambassador John R. Smith Jr., the envoy, arrived.\n\nSmith and J. R. Smith (no relation) met; Smith left.'],
    ['Minister Dong-hoon Han met officials.\n\nHan Dong-hoon, as reporters call him, said "Dong-hoon is fine."'],
    ['Ursula von der Leyen, President of the European Commission, spoke.\n\nVon der Leyen later met Charles de Gaulle.'],
  ])('reads what a whole reading reads where it matters: %s', (text) => {
    const r = compare(text);
    expect(r.anchors).toBeGreaterThan(0);
    expect(r.read).toBeGreaterThan(0);
  });

  it('reads nothing where no office is named', () => {
    expect(compare('Leonardo DiCaprio stars with Sean Penn. Paul Thomas Anderson directs; Penn is great.')).toEqual({ anchors: 0, read: 0, all: 4 });
  });

  it('reads less than the whole text of a long article, and the same where it reads', () => {
    const pages = corpusGold().filter((g) => g.isArticle && PACK_LANGS.includes((g.lang ?? 'en') as never) && g.lang !== 'zh');
    let read = 0;
    let all = 0;
    for (const g of pages) {
      const text = readFileSync(path.join(sharedDir, g.page), 'utf8').replace(/<(script|style)[^]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, '\n').replace(/\n{3,}/g, '\n\n');
      const r = compare(text, g.lang ?? 'en');
      read += r.read;
      all += r.all;
    }
    expect(pages.length).toBeGreaterThan(20);
    expect(read).toBeLessThan(all / 2);
  });

  it('restarts only after punctuation that no courtesy title of any language contains', () => {
    for (const lang of PACK_LANGS) {
      for (const h of LEXICONS[lang].titles.honorifics) for (const c of h.replace(/[\p{L}\p{M}\p{N}\s]/gu, '')) expect(INSIDE.has(c === '’' ? "'" : c), `${lang} ${h}`).toBe(true);
    }
  });
});
