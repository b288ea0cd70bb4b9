// Country mentions in French, German, Spanish, Chinese and Arabic news (issue 7): package names,
// short forms, demonyms with their inflections, Chinese compounds of one-character abbreviations,
// Arabic particles and letter variants, and what is not a mention. Sentences written for the test.
import { beforeAll, describe, expect, it } from 'vitest';
import { findCountries } from '../../lib/entities/countries';
import { loadLanguage } from '../../lib/entities/load-language';

const mentions = (text: string, lang: string) => findCountries(text, { lang }).map((m) => `${text.slice(m.start, m.end)}:${m.code}`);

beforeAll(async () => {
  for (const lang of ['fr', 'de', 'es', 'zh', 'ar']) await loadLanguage(lang);
});

describe('French', () => {
  it.each([
    ['Les États-Unis, les Etats-Unis et la France', ['États-Unis:US', 'Etats-Unis:US', 'France:FR']],
    ['le président américain, la diplomatie américaine et les Américains', ['américain:US', 'américaine:US', 'Américains:US']],
    ['des ressortissants allemands, suisses, italiens, portugais ou encore turcs', ['allemands:DE', 'suisses:CH', 'italiens:IT', 'portugais:PT', 'turcs:TR']],
    ['les autorités chinoises et un diplomate chinois', ['chinoises:CN', 'chinois:CN']],
    ['immobilisé aux Emirats, puis au Royaume-Uni', ['Emirats:AE', 'Royaume-Uni:GB']],
    ["l'Iran et d'Allemagne", ['Iran:IR', 'Allemagne:DE']],
    ['la Corée du Nord et la Corée du Sud', ['Corée du Nord:KP', 'Corée du Sud:KR']],
    // not counted: seas, regions, agencies, outlets, the language
    ['en mer de Chine méridionale et en Amérique latine', []],
    ['dans le détroit de Taïwan et le golfe du Mexique', []],
    ["selon l'Agence France-Presse et France 24", []],
    ['il parle en français', []],
  ])('%s', (text, want) => expect(mentions(text, 'fr')).toEqual(want));
});

describe('German', () => {
  it.each([
    ['die französische Regierung und die französischen Truppen', ['französische:FR', 'französischen:FR']],
    ['der russische Präsident und die russischen Medien', ['russische:RU', 'russischen:RU']],
    ['des Vereinigten Königreichs und die Vereinigten Staaten', ['Vereinigten Königreichs:GB', 'Vereinigten Staaten:US']],
    ['Russlands Armee und Deutschlands Haltung', ['Russlands:RU', 'Deutschlands:DE']],
    ['ihres luxemburgischen Amtskollegen in der Schweiz', ['luxemburgischen:LU', 'Schweiz:CH']],
    ['die Österreicher und Österreich', ['Österreicher:AT', 'Österreich:AT']],
    ['US-amerikanische Soldaten und die USA', ['US-amerikanische:US', 'USA:US']],
    // not counted: companies, agencies, seas, the language
    ['die Deutsche Bank und die Deutsche Presse-Agentur', []],
    ['im Indischen Ozean', []],
    ['in der Straße von Taiwan und im Golf von Mexiko', []],
    ['sie spricht auf Englisch und die englische Sprache', []],
  ])('%s', (text, want) => expect(mentions(text, 'de')).toEqual(want));
});

describe('Spanish', () => {
  it.each([
    ['el presidente ruso, la prensa rusa, los rusos y las fuerzas rusas', ['ruso:RU', 'rusa:RU', 'rusos:RU', 'rusas:RU']],
    ['Estados Unidos, EEUU y EE.UU.', ['Estados Unidos:US', 'EEUU:US', 'EE.UU.:US']],
    ['un funcionario norteamericano y un caricaturista húngaro', ['norteamericano:US', 'húngaro:HU']],
    ['los franceses, una diplomática francesa y el alemán', ['franceses:FR', 'francesa:FR', 'alemán:DE']],
    ['soldados iraquíes e israelíes', ['iraquíes:IQ', 'israelíes:IL']],
    ['la región ucraniana del Donbas y Ucrania', ['ucraniana:UA', 'Ucrania:UA']],
    // not counted
    ['el Mar de China Meridional y la Unión Soviética', []],
    ['en el estrecho de Taiwán y el golfo de México', []],
    ['un chile picante', []],
    ['habla en inglés', []],
  ])('%s', (text, want) => expect(mentions(text, 'es')).toEqual(want));
});

describe('Chinese', () => {
  it.each([
    ['美国和中国', ['美国:US', '中国:CN']],
    ['俄罗斯与乌克兰', ['俄罗斯:RU', '乌克兰:UA']],
    // compounds of one-character abbreviations
    ['中美关系', ['中:CN', '美:US']],
    ['举行的中美元首会晤', ['中:CN', '美:US']],
    ['日韩两国', ['日:JP', '韩:KR']],
    ['巴以冲突', ['巴:PS', '以:IL']],
    ['美西方媒体', ['美:US']],
    ['美方和中方', ['美方:US', '中方:CN']],
    ['他将访华', ['访华:CN']],
    // not a country: 中 alone, a day of the month, common words, regions, outlets
    ['在会谈中表示', []],
    ['11月15日中美元首会晤', ['中:CN', '美:US']],
    ['发展中国家', []],
    ['中心和中央', []],
    ['《中国日报》', []],
    ['中东和拉美', []],
  ])('%s', (text, want) => expect(mentions(text, 'zh')).toEqual(want));
});

describe('Arabic', () => {
  it.each([
    ['سوريا والعراق', ['سوريا:SY', 'العراق:IQ']],
    // demonym inflections and the article
    ['جهات سورية والائتلاف الوطني السوري', ['سورية:SY', 'السوري:SY']],
    ['السوداني والسودانية والسودانيين', ['السوداني:SD', 'السودانية:SD', 'السودانيين:SD']],
    // joined particles: the mention starts after them
    ['وسوريا وبالصين وللسوريين', ['سوريا:SY', 'الصين:CN', 'لسوريين:SY']],
    // letters written without hamza
    ['الامريكي وامريكا', ['الامريكي:US', 'امريكا:US']],
    ['الولايات المتحدة الأمريكية', ['الولايات المتحدة الأمريكية:US']],
    // not counted: Amman/Oman, "financial", seas, regions, agencies, the language
    ['في عمان', []],
    ['الدعم المالي', []],
    ['بحر الصين الجنوبي وأمريكا اللاتينية', []],
    ['وكالة الأنباء السعودية', []],
    ['باللغة الإنجليزية', []],
  ])('%s', (text, want) => expect(mentions(text, 'ar')).toEqual(want));
});

describe('languages stay apart', () => {
  it('reads English with the English lexicon when no language is given, and an unknown language as English', () => {
    expect(mentions('French troops in Syria', 'en')).toEqual(['French:FR', 'Syria:SY']);
    expect(mentions('French troops in Syria', 'it')).toEqual(['French:FR', 'Syria:SY']);
  });
  it('does not read English demonyms in a German text', () => {
    expect(mentions('French', 'de')).toEqual([]);
  });
});
