// Language packs (issue 7): what a pack holds, how a content script asks for one, and that a pack
// received from elsewhere is registered only when its shape is right.
import { describe, expect, it } from 'vitest';
import { LANGUAGE_PACK_REQUEST, languagePackRequest, PACK_LANGS } from '../../lib/entities/language-pack';
import { languagePack } from '../../lib/entities/data/packs';
import { needsPack, registerLanguageData } from '../../lib/entities/languages';
import { findCountries } from '../../lib/entities/countries';
import { parsePackedMatchers } from '../../lib/entities/packed-matchers';

describe('languagePack', () => {
  it.each(PACK_LANGS.map((l) => [l]))('%s has countries and titles in that language', async (lang) => {
    const pack = await languagePack(lang);
    expect(pack?.lang).toBe(lang);
    expect(pack?.countries.lang).toBe(lang);
    expect(pack?.titles.lang).toBe(lang);
    expect(Object.keys(pack!.countries.forms).length).toBeGreaterThan(190);
    expect(pack!.titles.strong.length).toBeGreaterThan(20);
    // Plain JSON: it survives a runtime message.
    expect(JSON.parse(JSON.stringify(pack))).toEqual(pack);
  });
  it('has none for languages without data', async () => {
    expect(await languagePack('it')).toBeNull();
    expect(await languagePack(null)).toBeNull();
  });
  it('reads regional tags', async () => expect((await languagePack('fr-CA'))?.lang).toBe('fr'));
});

describe('languagePackRequest', () => {
  it.each([
    [{ type: LANGUAGE_PACK_REQUEST, lang: 'de' }, 'de'],
    [{ type: LANGUAGE_PACK_REQUEST, lang: 'en' }, 'en'],
    [{ type: LANGUAGE_PACK_REQUEST, lang: 'it' }, null],
    [{ type: LANGUAGE_PACK_REQUEST, lang: '../../secret' }, null],
    [{ type: 'attache:page-results', lang: 'de' }, null],
    [{ type: LANGUAGE_PACK_REQUEST }, null],
    [null, null],
    ['de', null],
  ])('%j -> %s', (raw, want) => expect(languagePackRequest(raw)).toBe(want));
});

describe('registerLanguageData', () => {
  it('refuses malformed packs and leaves the language unregistered', () => {
    expect(registerLanguageData(null)).toBe(false);
    expect(registerLanguageData({ lang: 'es' })).toBe(false);
    expect(registerLanguageData({ lang: 'xx', countries: { lang: 'xx', forms: {} }, titles: { lang: 'xx', strong: [] } })).toBe(false);
    expect(registerLanguageData({ lang: 'es', countries: { lang: 'fr', forms: {} }, titles: { lang: 'es', strong: [] } })).toBe(false);
    expect(registerLanguageData({ lang: 'es', countries: { lang: 'es', forms: {} }, titles: { lang: 'es', strong: [] }, matchers: { countries: [] } })).toBe(false);
    expect(needsPack('es')).toBe(true);
  });
  it('registers a pack that came through a message, after which recognition uses it', async () => {
    const pack = JSON.parse(JSON.stringify(await languagePack('es')));
    expect(findCountries('la prensa rusa', { lang: 'es' })).toEqual([]);
    expect(registerLanguageData(pack)).toBe(true);
    expect(needsPack('es')).toBe(false);
    expect(findCountries('la prensa rusa', { lang: 'es' }).map((m) => m.code)).toEqual(['RU']);
  });
  it('carries its matchers as JSON text; with that text malformed, the lexicons are compiled instead', async () => {
    const pack = JSON.parse(JSON.stringify(await languagePack('de')));
    expect(typeof pack.matchers).toBe('string');
    expect(parsePackedMatchers(pack.matchers)?.countries.exact.length).toBeGreaterThan(1000);
    expect(parsePackedMatchers('{"countries":')).toBeNull();
    expect(parsePackedMatchers('{"countries":{}}')).toBeNull();
    expect(registerLanguageData({ ...pack, matchers: '{"countries":' })).toBe(true);
    expect(findCountries('die russische Regierung', { lang: 'de' }).map((m) => m.code)).toEqual(['RU']);
  });
  it('never needs a pack for English or languages without one', () => {
    expect(needsPack('en')).toBe(false);
    expect(needsPack('it')).toBe(false);
    expect(needsPack(null)).toBe(false);
  });
});
