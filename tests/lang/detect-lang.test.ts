import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anyText, runs } from '../fuzz/settings';
import { tokenize } from '../../lib/entities/matcher';
import { ARABIC, HAN, KANA, LATIN, OTHER, countStopTokens, countStopWords, countUnits, declaredLang, detectLang, detectTextLang, documentLang, normaliseLang } from '../../lib/lang/detect-lang';

describe('normaliseLang', () => {
  it.each([
    ['fr-FR', 'fr'],
    ['zh_CN', 'zh'],
    ['EN', 'en'],
    [' de ', 'de'],
    ['ar-SY', 'ar'],
    ['', null],
    [null, null],
    ['x', null],
    ['english', null],
  ])('%s -> %s', (tag, want) => expect(normaliseLang(tag)).toBe(want));
});

// The definition countStopWords stands in for: each \p{L}+ run, lower-cased, looked up in each list.
const STOP_LISTS = [
  'the and of to is that was for with said are have this from has which',
  'le les des est et une dans qui pour pas sur au aux du avec sont',
  'der die das und ist nicht mit den dem von zu ein eine sich auf auch',
  'el los las del por con una para se su al como más pero fue según',
].map((l) => new Set(l.split(' ')));
function byRegex(text: string) {
  const counts = STOP_LISTS.map(() => 0);
  let words = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    words++;
    STOP_LISTS.forEach((list, k) => list.has(m[0].toLowerCase()) && counts[k]++);
  }
  return { counts, words };
}

describe('countStopWords', () => {
  it.each([
    ['', 'nothing'],
    ['The THE the, and-of TO; 2024 was', 'case, punctuation and digits'],
    ['Según MÁS más según Außenministerin die DIE Öl', 'accented stop words, long words'],
    ['Zürich: über, l’État et l\'ONU — Dvořák; Łódź', 'letters outside ASCII inside words'],
    ['mot\u0301s compos\u00e9s', 'a combining mark splits a word, as \\p{L}+ does'],
    ['𝐓he 𝒜nd 𝔞 the\ud800and \udc00of', 'astral letters and lone surrogates'],
    ['中美the合作and共赢', 'Han characters are letters'],
    ['which', 'a stop word at the very end'],
    ['a'.repeat(30) + ' said ' + 'b'.repeat(6) + ' sont', 'long words next to short ones'],
  ])('%j (%s)', (text) => {
    expect(countStopWords(text)).toEqual(byRegex(text));
  });

  it('agrees with the definition on any text', () => {
    const stopText = fc.array(fc.constantFrom('the', 'Der', 'más', 'SEGÚN', 'sont', 'x', 'é', '中', ' ', '-', '\u0301', '\ud835\udc13'), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(fc.property(fc.oneof(anyText, stopText), (text) => {
      expect(countStopWords(text)).toEqual(byRegex(text));
    }), runs(400));
  });
});

describe('countStopTokens', () => {
  it.each([
    ['', 'nothing'],
    ['The THE the, and-of TO; was', 'case and punctuation'],
    ['Según MÁS más según Außenministerin die DIE Öl', 'accented stop words, long words'],
    ['Zürich: über, l’État et l\'ONU — Dvořák; Łódź', 'letters outside ASCII inside words'],
    ['a'.repeat(30) + ' said ' + 'b'.repeat(6) + ' sont', 'long words next to short ones'],
  ])('%j (%s) counts as \\p{L}+ runs do', (text) => {
    expect(countStopTokens(tokenize(text), text.length)).toEqual(byRegex(text));
  });

  it('differs from \\p{L}+ runs only where documented: numbers are words, Han characters split', () => {
    expect(countStopTokens(tokenize('the 2024 and'), 12)).toEqual({ counts: [2, 0, 0, 0], words: 3 });
    expect(countStopTokens(tokenize('中美the合作'), 7)).toEqual({ counts: [1, 0, 0, 0], words: 5 });
  });

  it('counts only the tokens that end within the limit', () => {
    const text = 'the and of to is';
    expect(countStopTokens(tokenize(text), 7).counts[0]).toBe(2);
    expect(countStopTokens(tokenize(text), 6).counts[0]).toBe(1);
  });

  it('gives detectTextLang the same answer as the regex pass on article-like text', () => {
    const texts = [
      'The minister said that the talks with France were over, and that the envoy has left for Paris.',
      'Le ministre a dit que les pourparlers avec les États-Unis sont terminés et qui pour la paix.',
      'Der Minister sagte, dass die Gespräche mit den USA nicht beendet sind und auch die Botschafterin.',
      'El ministro dijo que las conversaciones con los Estados Unidos, según fuentes, fue para la paz.',
    ];
    for (const t of texts) expect(detectTextLang(t, tokenize(t))).toEqual(detectTextLang(t));
  });
});

describe('detectTextLang', () => {
  it.each([
    ['Le ministre des Affaires étrangères a déclaré jeudi que les autorités françaises sont toujours sans nouvelles de plus de 200 personnes, selon une source du Quai.', 'fr'],
    ['Außenministerin Karin Kneissl nahm am Treffen der deutschsprachigen Außenminister teil. Die Außenministerin eröffnete zudem einen Gedankenaustausch über die Prioritäten des Vorsitzes, welchen Österreich seit Juli innehat.', 'de'],
    ['El ministro ruso de Asuntos Exteriores dijo el lunes que Occidente no debería subestimar los riesgos de un conflicto nuclear por Ucrania, según la agencia, con información de las fuerzas.', 'es'],
    ['The foreign minister said on Monday that the talks with China were constructive and that both sides would meet again, according to officials from the ministry.', 'en'],
    ['在美国旧金山举行的中美元首会晤吸引了全世界的目光。多名外国专家告诉记者，中美合作共赢符合国际社会利益。', 'zh'],
    ['أكدت جهات سورية معارضة أن فصائل مسلحة معارضة لنظام الرئيس بشار الأسد تمكنت من السيطرة على مستودعات للأسلحة بريف دمشق.', 'ar'],
    // Latin names and acronyms inside Chinese text do not make it English.
    ['美国总统 Joe Biden 与中国国家主席习近平在 APEC 会议期间举行会晤，双方讨论了中美关系。', 'zh'],
  ])('%s', (text, want) => expect(detectTextLang(text).lang).toBe(want));

  it('gives no answer for too little text', () => {
    expect(detectTextLang('OK').lang).toBeNull();
    expect(detectTextLang('12 345 678').lang).toBeNull();
  });

  it('is sure of scripts, and of function words only when they are many and one-sided', () => {
    expect(detectTextLang('中美合作共赢符合国际社会利益，美方应当采取更多行动。').sure).toBe(true);
    expect(detectTextLang('Le président et la ministre.').sure).toBe(false);
  });
});

describe('detectLang', () => {
  const fr = 'Un troisième Français a été tué dans le tremblement de terre au Népal, a déclaré le ministre. Les autorités françaises sont toujours sans nouvelles, selon une source du ministère, et les vols sont mis en place pour les rapatriés avec leur famille.';
  it.each([
    [{ declared: 'fr-FR', text: fr }, 'fr'],
    // a template that declares English over a French article: the text wins
    [{ declared: 'en', text: fr }, 'fr'],
    // a short text cannot overrule the declaration
    [{ declared: 'de', text: 'Le président.' }, 'de'],
    [{ declared: null, text: '中美合作共赢符合国际社会利益' }, 'zh'],
    [{ declared: 'es' }, 'es'],
    [{}, 'en'],
  ])('%j', (hints, want) => expect(detectLang(hints)).toBe(want));
});

describe('declaredLang and documentLang', () => {
  const doc = (html: string) => {
    const d = document.implementation.createHTMLDocument('');
    d.documentElement.innerHTML = html;
    return d;
  };
  it('reads <html lang>, then content-language and og:locale', () => {
    const a = doc('<head></head><body></body>');
    a.documentElement.setAttribute('lang', 'de-AT');
    expect(declaredLang(a)).toBe('de');
    expect(declaredLang(doc('<head><meta property="og:locale" content="es_ES"></head>'))).toBe('es');
    expect(declaredLang(doc('<head><meta http-equiv="Content-Language" content="fr"></head>'))).toBe('fr');
    expect(declaredLang(doc('<head></head>'))).toBeNull();
  });
  it('checks the declaration against the first paragraphs', () => {
    const d = doc('<head></head><body><p>在美国旧金山举行的中美元首会晤吸引了全世界的目光。</p><p>多名外国专家表示，中美合作共赢符合国际社会利益。</p></body>');
    d.documentElement.setAttribute('lang', 'en');
    expect(documentLang(d)).toBe('zh');
  });
});

describe('countUnits', () => {
  // What each script's runs hold, counted one code unit at a time as a single-unit class matches.
  const oneByOne = (s: string, re: RegExp) => s.match(new RegExp(re.source.replace(/\+$/, ''), 'g'))?.length ?? 0;
  const scripts = { HAN, KANA, ARABIC, LATIN, OTHER };
  const mixed = fc.string({ unit: fc.constantFrom('a', 'Z', 'é', 'ß', ' ', '.', '7', '中', '国', '。', 'カ', 'ش', 'ر', 'Ж', '한', '\u00a0', '\ud83c', '\udf0d') });

  it.each(Object.entries(scripts))('counts the units of %s', (_, re) => {
    fc.assert(
      fc.property(fc.oneof(anyText, mixed), (s) => {
        expect(countUnits(s, re)).toBe(oneByOne(s, re));
      }),
      runs(300),
    );
  });

  it.each<[string, Record<string, number>]>([
    ['Le ministre a dit', { LATIN: 14, OTHER: 0 }],
    ['中国外交部，发言人。', { HAN: 8, OTHER: 2 }],
    ['Путин и Си', { LATIN: 0, OTHER: 8 }],
  ])('%s', (s, want) => {
    for (const [name, n] of Object.entries(want)) expect(countUnits(s, scripts[name as keyof typeof scripts])).toBe(n);
  });
});
