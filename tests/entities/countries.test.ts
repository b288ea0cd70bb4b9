import { describe, expect, it } from 'vitest';
import { countryCodeFor, countryName, findCountries } from '../../lib/entities/countries';

/** "surface:CODE" for each mention, in order. */
const mentions = (text: string) => findCountries(text).map((m) => `${text.slice(m.start, m.end)}:${m.code}`);

describe('findCountries', () => {
  it.each([
    // names, short forms, abbreviations
    ['The United States and the U.S. and the US and America', ['United States:US', 'U.S.:US', 'US:US', 'America:US']],
    ['Britain, the UK, the U.K. and the United Kingdom', ['Britain:GB', 'UK:GB', 'U.K.:GB', 'United Kingdom:GB']],
    ['England, Scotland, Wales and Northern Ireland', ['England:GB', 'Scotland:GB', 'Wales:GB', 'Northern Ireland:GB']],
    ['Russia and South Korea and North Korea', ['Russia:RU', 'South Korea:KR', 'North Korea:KP']],
    ['Ivory Coast, the Czech Republic, Hong Kong, Kosovo, Palestine', ['Ivory Coast:CI', 'Czech Republic:CZ', 'Hong Kong:HK', 'Kosovo:XK', 'Palestine:PS']],
    ['let us meet; US officials', ['US:US']],
    ['CHINA WARNS US', ['CHINA:CN', 'US:US']],
    // demonyms and compounds
    ['Albanian Ambassador and the Chinese Government', ['Albanian:AL', 'Chinese:CN']],
    ['U.S.-backed forces', ['U.S.:US']],
    ['Sino-US ties and Sino-Japanese war', ['Sino:CN', 'US:US', 'Sino:CN', 'Japanese:JP']],
    ['the Franco-German motor and an Anglo-French summit', ['Franco:FR', 'German:DE', 'Anglo:GB', 'French:FR']],
    ['Indo-Pakistani rivalry and Italo-Ethiopian, Greco-Turkish and Austro-Hungarian history', ['Indo:IN', 'Pakistani:PK', 'Italo:IT', 'Ethiopian:ET', 'Greco:GR', 'Turkish:TR', 'Austro:AT', 'Hungarian:HU']],
    ['the Indo-Pacific, Indo-European languages, Anglo-Saxon law, Greco-Roman wrestling, Franco-era crimes', []],
    ['the Israeli-Palestinian conflict', ['Israeli:IL', 'Palestinian:PS']],
    ['Russian-led troops and US-China trade', ['Russian:RU', 'US:US', 'China:CN']],
    ['Americans and Afghans', ['Americans:US', 'Afghans:AF']],
    ['Palestinians in Gaza', ['Palestinians:PS']],
    // names inside longer names
    ['the Bank of Japan and the Communist Party of China', ['Japan:JP', 'China:CN']],
    ["the People's Republic of China", ["People's Republic of China:CN"]],
    // longest match
    ['Guinea-Bissau and Guinea', ['Guinea-Bissau:GW', 'Guinea:GN']],
    ['Papua New Guinea and Equatorial Guinea', ['Papua New Guinea:PG', 'Equatorial Guinea:GQ']],
    ['Nigeria and Niger', ['Nigeria:NG', 'Niger:NE']],
    ['the Dominican Republic and Dominica', ['Dominican Republic:DO', 'Dominica:DM']],
    ['the Democratic Republic of the Congo, DR Congo, DRC', ['Democratic Republic of the Congo:CD', 'DR Congo:CD', 'DRC:CD']],
    ['the Republic of the Congo', ['Republic of the Congo:CG']],
    ['Brazzaville said Congo would', ['Congo:CG']],
    // not counted
    ['Beijing said Washington and Moscow and the Kremlin', []],
    ['Europe, European leaders, the Middle East, Latin American states', []],
    ['the South China Sea, the Indian Ocean, the Gulf of Guinea, the Sea of Japan', []],
    ['the Gulf of America, the Gulf of Finland, the Strait of Gibraltar, the Mozambique Channel, the Greenland Sea', []],
    ['he spoke in English and wrote in Arabic; she speaks French', []],
    ['a Russian-speaking town; the Chinese-language press', []],
    ['he spoke in French and German at the embassy; she speaks Arabic or Persian', []],
    ['in Russian and Ukrainian hands', ['Russian:RU', 'Ukrainian:UA']],
    ['in Chinese waters', ['Chinese:CN']],
    ['Jordan Peterson and Chad Smith', []],
    ['told Agence France-Presse', []],
    ['the Soviet Union and Yugoslavia', []],
    ['New Mexico, New Jersey, Jersey City', []],
    ['North American and South American markets', []],
    ['a guinea pig and a turkey', []],
    ['a Guinea pig', []],
    ['the Thanksgiving Turkey dinner', []],
    ['the China Daily reported', []],
    // ambiguity from context
    ['Atlanta, Georgia voters', []],
    ["Georgia's governor signed", []],
    ['the Georgia Senate', []],
    ['Governor Brian Kemp of Georgia', []],
    ['Gov. Brian P. Kemp of Georgia', []],
    ['the president of Georgia', ['Georgia:GE']],
    ['Georgia and Florida voted', []],
    ['Tbilisi says Georgia will join', ['Georgia:GE']],
    ['Turkey and Georgia', ['Turkey:TR', 'Georgia:GE']],
    ['King Abdullah of Jordan', ['Jordan:JO']],
    ['Michael and Jordan', ['Jordan:JO']],
    ['Jordan Foreign Minister Ayman Safadi', ['Jordan:JO']],
    ['Chad President Mahamat', ['Chad:TD']],
    ['Jordan Says It Will Reopen Border With Syria', ['Jordan:JO', 'Syria:SY']],
    ['Foreign Minister Israel Katz said the Israel Defense Forces', ['Israel:IL']],
    ['former prime minister Bill English of New Zealand', ['New Zealand:NZ']],
    ['the English team and French wine', ['English:GB', 'French:FR']],
    ['FOLLOW US ON SOCIAL MEDIA', []],
    ['US AND CHINA AGREE', ['US:US', 'CHINA:CN']],
    ['Korean officials said', []],
    ['St. Kitts and Nevis, St Lucia and Bosnia', ['St. Kitts and Nevis:KN', 'St Lucia:LC', 'Bosnia:BA']],
    ['Central African states and the Central African Republic', ['Central African Republic:CF']],
    ['the Pan-American Highway', []],
    ['an English teacher and the Chinese version', []],
    ['USA Today and the Times of Israel reported', []],
    ['the Korean Central News Agency said', []],
    ['pro-Russian and anti-American groups', ['Russian:RU', 'American:US']],
    ['fire engulfs a Kuwait city tower; the South China sea', []],
    ['roughly US$1.0 million', []],
    ['The Nobel Prizes (Swedish: Nobelpriset) and the Swedish Academy', ['Swedish:SE']],
    ['Translate the review to English', []],
    ['in Simplified Chinese', []],
    ['experts RA Jacobs, MI Jordan, SJ Nowlan', []],
    ['the new England manager', ['England:GB']],
    ['South Vietnam fell; East Germany and West Germany', []],
    ['North Korea fired. Korean officials said', ['North Korea:KP', 'Korean:KP']],
    ['South Korea and Seoul: Korean troops', ['South Korea:KR', 'Korean:KR']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('counts every mention, with exact UTF-16 spans', () => {
    const text = '😀 Jordan and Jordan; Jordanian troops in Jordan.';
    const ms = findCountries(text);
    expect(ms.map((m) => m.code)).toEqual(['JO', 'JO', 'JO', 'JO']);
    expect(ms[0]).toEqual({ start: 3, end: 9, code: 'JO', form: 'name' });
    expect(ms[2].form).toBe('demonym');
    for (let i = 1; i < ms.length; i++) expect(ms[i].start).toBeGreaterThanOrEqual(ms[i - 1].end);
  });

  it('labels forms', () => {
    expect(findCountries('France, U.K., French').map((m) => m.form)).toEqual(['name', 'alias', 'demonym']);
  });
});

describe('countryCodeFor / countryName', () => {
  it.each([
    ['Albanian', 'AL'],
    ['China', 'CN'],
    ['Chinese', 'CN'],
    ['U.S.', 'US'],
    ['American', 'US'],
    ['ALBANIAN', 'AL'],
    ['british', 'GB'],
    ['Korean', null],
    ['us', null],
    ['Europe', null],
  ])('%s -> %s', (word, code) => {
    expect(countryCodeFor(word)).toBe(code);
  });
  it.each([
    ['US', 'United States'],
    ['GB', 'United Kingdom'],
    ['GW', 'Guinea-Bissau'],
    ['XK', 'Kosovo'],
  ])('%s is %s', (code, name) => {
    expect(countryName(code)).toBe(name);
  });
});
