// Officials in French, German, Spanish, Chinese and Arabic news (issue 7): the ways each language
// places a title next to a name, the state served, and the people who are not officials.
// Sentences written for the test; no corpus names are needed for the rules to work.
import { beforeAll, describe, expect, it } from 'vitest';
import { findCountries } from '../../lib/entities/countries';
import { findOfficials } from '../../lib/entities/officials';
import { loadLanguage } from '../../lib/entities/load-language';
import { readHanName } from '../../lib/entities/officials-unspaced';
import { titlesFor } from '../../lib/entities/title-registry';

interface Expected {
  name: string;
  /** A substring of one of the titles; '' when the text names no office. */
  title: string;
  country: string | null;
}

const run = (text: string, lang: string) => findOfficials(text, findCountries(text, { lang }), lang);

beforeAll(async () => {
  for (const lang of ['fr', 'de', 'es', 'zh', 'ar']) await loadLanguage(lang);
});

const CASES: [string, string, string, Expected[]][] = [
  // French
  ['fr', 'title before the name', 'Le président Emmanuel Macron a reçu la délégation.', [{ name: 'Emmanuel Macron', title: 'président', country: null }]],
  ['fr', 'demonym after the title', 'Le président russe Vladimir Poutine a répondu.', [{ name: 'Vladimir Poutine', title: 'président russe', country: 'RU' }]],
  ['fr', 'ministry in the title', 'Le ministre des Affaires étrangères Jean-Yves Le Drian est arrivé à Alger.', [{ name: 'Jean-Yves Le Drian', title: 'ministre des Affaires étrangères', country: null }]],
  ['fr', 'apposition', "Sergueï Lavrov, le ministre russe des Affaires étrangères, a démenti.", [{ name: 'Sergueï Lavrov', title: 'ministre russe', country: 'RU' }]],
  ['fr', 'unnamed speaker continued by a name', 'Trois Français ont été tués, a déclaré jeudi le ministre des Affaires étrangères. «Nous restons mobilisés», a ajouté Laurent Fabius.', [{ name: 'Laurent Fabius', title: 'ministre des Affaires étrangères', country: 'FR' }]],
  ['fr', 'ambassador of a state posted to another, name after a comma', "Selon l'ambassadeur de France aux États-Unis, Philippe Étienne, les relations sont bonnes.", [{ name: 'Philippe Étienne', title: 'ambassadeur de France', country: 'FR' }]],
  ['fr', 'city after the office: its state, not the sentence\'s', 'Le maire de Kharkiv, Ihor Terekhov, a dénoncé les frappes russes.', [{ name: 'Ihor Terekhov', title: 'maire de Kharkiv', country: 'UA' }]],
  ['es', 'region after the office: its state, not the sentence\'s', 'El gobernador de Belgorod, Viacheslav Gladkov, acusó al ejército ucraniano.', [{ name: 'Viacheslav Gladkov', title: 'gobernador de Belgorod', country: 'RU' }]],
  ['fr', 'feminine head of diplomacy', 'La cheffe de la diplomatie européenne, Kaja Kallas, a appelé Moscou à cesser le feu.', [{ name: 'Kaja Kallas', title: 'cheffe de la diplomatie', country: null }]],
  ['de', 'federal minister in one word', 'Bundesaußenminister Johann Wadephul reiste mit dem französischen Minister nach Kiew.', [{ name: 'Johann Wadephul', title: 'Bundesaußenminister', country: 'DE' }]],
  ['es', "Spain's head of government", 'El presidente del Gobierno, Pedro Sánchez, recibió al primer ministro británico, Keir Starmer.', [
    { name: 'Pedro Sánchez', title: 'presidente del Gobierno', country: 'ES' },
    { name: 'Keir Starmer', title: 'primer ministro británico', country: 'GB' },
  ]],
  ['fr', 'government in lower case in the title, name after a comma', 'Le porte-parole du gouvernement, Maud Bregeon, a annoncé la mesure.', [{ name: 'Maud Bregeon', title: 'porte-parole du gouvernement', country: null }]],
  ['fr', 'government in lower case in the title, name right after it', 'La porte-parole du gouvernement Maud Bregeon a annoncé la mesure.', [{ name: 'Maud Bregeon', title: 'porte-parole du gouvernement', country: null }]],
  ['fr', "the EU's diplomat, a regional adjective after the office", 'Le chef de la diplomatie européenne, Kaja Kallas, est arrivé à Kiev.', [{ name: 'Kaja Kallas', title: 'chef de la diplomatie européenne', country: null }]],
  ['fr', 'not an official: a journalist', 'Le journaliste Pierre Dupont a écrit un livre.', []],
  // German
  ['de', 'an institution joined by a hyphen', 'Die EU-Außenbeauftragte Kaja Kallas und Nato-Generalsekretär Mark Rutte reisten nach Kiew. Deutschland begrüßte das.', [
    { name: 'Kaja Kallas', title: 'EU-Außenbeauftragte', country: null },
    { name: 'Mark Rutte', title: 'Nato-Generalsekretär', country: null },
  ]],
  ['de', "the Kremlin's spokesman", 'Kremlsprecher Dmitri Peskow wies das zurück, sagte US-Außenminister Marco Rubio.', [
    { name: 'Dmitri Peskow', title: 'Kremlsprecher', country: 'RU' },
    { name: 'Marco Rubio', title: 'US-Außenminister', country: 'US' },
  ]],
  ['de', 'title joined to the name', 'Außenministerin Karin Kneissl empfing ihren Amtskollegen.', [{ name: 'Karin Kneissl', title: 'Außenministerin', country: null }]],
  ['de', 'demonym before the title', 'Der russische Präsident Wladimir Putin sprach am Montag.', [{ name: 'Wladimir Putin', title: 'russische Präsident', country: 'RU' }]],
  ['de', 'genitive country after the title', 'Dort traf der Außenminister der Schweiz Ignazio Cassis ein.', [{ name: 'Ignazio Cassis', title: 'Außenminister der Schweiz', country: 'CH' }]],
  ['de', 'von and a country', 'Es sprach die Außenministerin von Liechtenstein Aurelia Frick zuerst.', [{ name: 'Aurelia Frick', title: 'Außenministerin von Liechtenstein', country: 'LI' }]],
  ['de', "a counterpart's state is not the host's", 'Außenministerin Karin Kneissl traf am 3. Juli ihren luxemburgischen Amtskollegen Jean Asselborn. Österreich hat den Vorsitz.', [
    { name: 'Karin Kneissl', title: 'Außenministerin', country: 'AT' },
    { name: 'Jean Asselborn', title: 'Amtskollegen', country: 'LU' },
  ]],
  ['de', 'chancellor', 'Bundeskanzlerin Angela Merkel reist nach Paris.', [{ name: 'Angela Merkel', title: 'Bundeskanzlerin', country: 'DE' }]],
  ['de', 'not an official: an author', 'Der Autor Thomas Müller schreibt über Politik.', []],
  // Spanish
  ['es', "the EU's diplomat, a regional adjective after the office", 'El jefe de la diplomacia europea, Kaja Kallas, viajó a Kiev.', [{ name: 'Kaja Kallas', title: 'jefe de la diplomacia europea', country: null }]],
  ['es', 'title, demonym and ministry before a comma name', 'El ministro ruso de Asuntos Exteriores, Serguei Lavrov, dijo el lunes que no.', [{ name: 'Serguei Lavrov', title: 'ministro ruso de Asuntos Exteriores', country: 'RU' }]],
  ['es', 'title before the name', 'El presidente Emmanuel Macron llegó a Madrid.', [{ name: 'Emmanuel Macron', title: 'presidente', country: null }]],
  ['es', 'the head of a regime', 'El régimen de Vladimir Putin amenaza a Ucrania desde Rusia. Rusia insiste.', [{ name: 'Vladimir Putin', title: '', country: 'RU' }]],
  ['es', 'not officials: a journalist and a cartoonist', 'El periodista ruso Dmitry Ivanov y el dibujante húngaro Gábor Kiss recibieron el premio.', []],
  // Chinese
  ['zh', 'name before a bare office', '王毅外长与美国国务卿鲁比奥通电话，中方欢迎普京总统访华。', [
    { name: '王毅', title: '外长', country: null },
    { name: '鲁比奥', title: '美国国务卿', country: 'US' },
    { name: '普京', title: '总统', country: null },
  ]],
  ['zh', 'a province before an office is no name', '江苏省长表示，全省将加快发展。', []],
  ['zh', "a province's governor serves China, whoever else the sentence names", '江苏省长许昆林会见了美国驻华大使。广东省委书记黄坤明和香港特区行政长官李家超会见了日本客人。', [
    { name: '许昆林', title: '江苏省长', country: 'CN' },
    { name: '黄坤明', title: '省委书记', country: 'CN' },
    { name: '李家超', title: '行政长官', country: 'HK' },
  ]],
  ['zh', 'title then a Chinese name', '中国国家主席习近平在北京会见了来访的客人。', [{ name: '习近平', title: '国家主席', country: 'CN' }]],
  ['zh', 'two-character name before a verb', '外交部长王毅表示，双方同意加强合作。', [{ name: '王毅', title: '外交部长', country: null }]],
  ['zh', 'ministry spokesperson', '外交部发言人华春莹在例行记者会上说。', [{ name: '华春莹', title: '发言人', country: null }]],
  ['zh', "the ministry is China's, though other states are named more", '外交部发言人毛宁表示，中方愿与美方和美国政府加强沟通。', [{ name: '毛宁', title: '外交部发言人', country: 'CN' }]],
  ['zh', 'a city party secretary beside a foreign envoy', '重庆市委书记袁家军会见了阿尔巴尼亚驻华大使贝洛尔塔亚。', [
    { name: '袁家军', title: '市委书记', country: 'CN' },
    { name: '贝洛尔塔亚', title: '大使', country: 'AL' },
  ]],
  ['zh', 'a foreign state: a transliterated name', '俄罗斯总统普京表示，俄方愿意对话。', [{ name: '普京', title: '俄罗斯总统', country: 'RU' }]],
  ['zh', 'a transliterated name with a middle dot', '美国国务卿安东尼·布林肯抵达北京。', [{ name: '安东尼·布林肯', title: '美国国务卿', country: 'US' }]],
  ['zh', 'chairs of foundations and forums are not officials', '美中合作基金会执行主席约翰·米勒表示，论坛主席雅思娜认为两国应合作。', []],
  // Arabic
  ['ar', 'a second office before the name', 'التقى الرئيس المصري عبد الفتاح السيسي بالعاهل الأردني الملك عبد الله الثاني في القاهرة.', [
    { name: 'عبد الفتاح السيسي', title: 'الرئيس المصري', country: 'EG' },
    { name: 'عبد الله الثاني', title: 'الأردني', country: 'JO' },
  ]],
  ['ar', 'spokesman of a ministry without the article', 'أعلن المتحدث باسم وزارة الخارجية القطرية ماجد الأنصاري أن الوساطة مستمرة.', [{ name: 'ماجد الأنصاري', title: 'المتحدث باسم', country: 'QA' }]],
  ['ar', 'title, demonym, name', 'قال الرئيس السوري بشار الأسد إن الحرب ستنتهي.', [{ name: 'بشار الأسد', title: 'الرئيس السوري', country: 'SY' }]],
  ['ar', 'title after a joined particle', 'فصائل معارضة لنظام الرئيس بشار الأسد وعلى صلة بالجيش في سوريا.', [{ name: 'بشار الأسد', title: 'الرئيس', country: 'SY' }]],
  ['ar', 'minister with ministry and demonym', 'التقى وزير الخارجية الروسي سيرغي لافروف نظيره في موسكو.', [{ name: 'سيرغي لافروف', title: 'وزير الخارجية الروسي', country: 'RU' }]],
  ['ar', 'crown prince with a courtesy word and bin', 'استقبل ولي العهد السعودي الأمير محمد بن سلمان الوفد.', [{ name: 'محمد بن سلمان', title: 'ولي العهد السعودي', country: 'SA' }]],
  ['ar', 'a compound given name before the family name', 'قال الرئيس المصري عبد الفتاح السيسي إن مصر ترفض ذلك.', [{ name: 'عبد الفتاح السيسي', title: 'الرئيس المصري', country: 'EG' }]],
  ['ar', 'no name after the title', 'أكد الرئيس أن الحكومة ستواصل العمل.', []],
];

describe('findOfficials beyond English', () => {
  it.each(CASES)('%s: %s', (lang, _label, text, want) => {
    const got = run(text, lang);
    expect(got.map((o) => o.name)).toEqual(want.map((w) => w.name));
    want.forEach((w, i) => {
      const o = got[i];
      if (w.title) expect(o.titles.some((t) => t.toLowerCase().includes(w.title.toLowerCase())), `${o.name}: ${o.titles.join(' / ')}`).toBe(true);
      else expect(o.titles).toEqual([]);
      if (w.country !== null) expect(o.country, o.name).toBe(w.country);
    });
  });
});

describe('readHanName', () => {
  const T = () => titlesFor('zh');
  it.each([
    ['习近平主持会议', false, '习近平'],
    ['王毅表示', false, '王毅'],
    ['王毅在会上', false, '王毅'],
    ['古特雷斯表示', false, '古特雷斯'],
    ['普京表示', true, '普京'],
    ['表示', false, null],
  ])('%s', (text, foreign, want) => expect(readHanName(text, 0, T(), foreign)).toBe(want));
});

describe('no evidence at all: the state the language is written from (fr, de), never a guess in Spanish', () => {
  it.each([
    ['fr', 'Le ministre des Affaires étrangères, Jean-Noël Barrot, a rencontré son homologue allemand Johann Wadephul.', 'Jean-Noël Barrot', 'FR'],
    ['de', 'Außenministerin Annalena Baerbock sprach mit dem chinesischen Außenminister Wang Yi.', 'Annalena Baerbock', 'DE'],
    ['es', 'El canciller José Manuel Albares habló con su homólogo chino Wang Yi.', 'José Manuel Albares', null],
  ])('%s: %s', (lang, text, name, country) => {
    expect(run(text, lang).find((o) => o.name === name)).toMatchObject({ country });
  });
});
