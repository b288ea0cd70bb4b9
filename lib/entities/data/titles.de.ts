// German office vocabulary (issue 7). Editorial list from the offices named in issue 3, in the
// forms German news uses (dpa style: "Außenministerin Annalena Baerbock", "der russische Präsident
// Wladimir Putin", "der Außenminister der Schweiz"), with the case endings of each head noun
// ("des Außenministers", "dem Präsidenten"). Words only, never people.
import type { TitleLexicon } from './title-lexicon';

// Feminine -in and its plural -innen, and the genitive/dative/plural endings of masculine heads.
const forms = (heads: string[]) =>
  heads.flatMap((h) =>
    /(ent|at|ant|af|arch)$/.test(h) ? [h, h + 'en', h + 'in', h + 'innen']
    : /(er|or|ar|ör|ler|ier)$/.test(h) ? [h, h + 's', h + 'n', h + 'in', h + 'innen']
    : /e$/.test(h) ? [h, h + 'n', h + 'r']
    : [h, h + 's'],
  );

const STRONG = forms([
  'Präsident', 'Bundespräsident', 'Staatspräsident', 'Vizepräsident', 'Ministerpräsident', 'Kanzler',
  'Bundeskanzler', 'Vizekanzler', 'Premierminister', 'Regierungschef', 'Staatschef', 'Minister',
  'Außenminister', 'Verteidigungsminister', 'Innenminister', 'Finanzminister', 'Wirtschaftsminister',
  'Justizminister', 'Gesundheitsminister', 'Entwicklungsminister', 'Umweltminister', 'Europaminister',
  'Handelsminister', 'Bundesminister', 'Bundesaußenminister', 'Bundesinnenminister', 'Bundesverteidigungsminister',
  'Bundesfinanzminister', 'Bundeswirtschaftsminister', 'Bundesjustizminister', 'Bundesgesundheitsminister',
  'Bundesentwicklungsminister', 'Bundesumweltminister', 'Staatsminister', 'Staatssekretär', 'Botschafter', 'Diplomat', 'Konsul',
  'Generalkonsul', 'Generalsekretär', 'Senator', 'Gouverneur', 'Bürgermeister', 'Oberbürgermeister',
  'Regierungssprecher', 'Regierungssprecherin', 'Außenamtssprecher', 'Kremlsprecher', 'Kremlsprecherin', 'Admiral', 'Oberst', 'Kommandeur',
  'Oberbefehlshaber', 'Richter', 'Staatsanwalt', 'Generalstaatsanwalt', 'Kommissar', 'EU-Kommissar',
  'Kommissionspräsident', 'Parteichef', 'Fraktionschef', 'Landeshauptmann', 'Chefdiplomat',
  'Chefunterhändler', 'Unterhändler', 'Monarch', 'Emir', 'Sultan', 'Kronprinz', 'Papst', 'König',
  'Abgeordnete', 'Bundestagsabgeordnete', 'Gesandte', 'Sondergesandte', 'Sonderbeauftragte',
  'Außenbeauftragte', 'Parteivorsitzende', 'General', 'Ayatollah', 'Revolutionsführer',
]);

export const TITLES_DE: TitleLexicon = {
  lang: 'de',
  strong: [...STRONG, 'Königin', 'Regierungschefin', 'Staatschefin', 'Parteichefin', 'Fraktionschefin', 'Generalsekretärin', 'Hoher Vertreter', 'Hohe Vertreterin', 'Generälin'],
  weak: forms(['Chef', 'Leiter', 'Sprecher', 'Berater', 'Vertreter', 'Vorsitzende', 'Beamte', 'Amtskollege', 'Kollege', 'Funktionär', 'Direktor', 'Amtsträger']).concat(['Amtskollegin', 'Amtskolleginnen', 'Vorsitzender', 'Beamter']),
  honorifics: ['Herr', 'Herrn', 'Frau', 'Dr', 'Prof', 'Scheich'],
  modifiers: [
    'ehemalige', 'ehemaligen', 'ehemaliger', 'frühere', 'früheren', 'früherer', 'damalige', 'damaligen',
    'damaliger', 'neue', 'neuen', 'neuer', 'designierte', 'designierten', 'designierter', 'amtierende',
    'amtierenden', 'amtierender', 'scheidende', 'scheidenden', 'stellvertretende', 'stellvertretenden',
    'stellvertretender', 'kommissarische', 'kommissarischen', 'oberste', 'obersten', 'oberster',
    'höchste', 'höchsten', 'ständige', 'ständigen', 'ständiger', 'ex', 'Ex',
  ],
  government: [
    'Regierung', 'Bundesregierung', 'Ministerium', 'Außenministerium', 'Auswärtiges', 'Amt', 'Staat',
    'Partei', 'Armee', 'Militär', 'Bundeswehr', 'Sicherheit', 'Geheimdienst', 'Kreml', 'Parlament',
    'Bundestag', 'Kommission', 'Botschaft', 'Regime', 'Opposition', 'Polizei', 'Verwaltung',
    'regierung', 'ministerium', 'staatlich', 'staatliche', 'staatlichen',
  ],
  prepositions: ['von', 'der', 'des', 'für', 'in', 'bei', 'beim'],
  connectives: ['und', 'der', 'des', 'für'],
  destinations: ['in', 'bei', 'beim'],
  fillers: ['der', 'die', 'das', 'ein', 'eine', 'sein', 'seine', 'ihr', 'ihre', 'damals', 'jetzt', 'auch'],
  verbs: ['ist', 'war', 'wurde', 'bleibt', 'blieb'],
  notNames: [
    'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einen', 'Einem', 'Einer', 'Er', 'Sie',
    'Es', 'Wir', 'Ihr', 'Im', 'Am', 'Auf', 'Aus', 'Bei', 'Mit', 'Nach', 'Von', 'Vor', 'Zu', 'Zum',
    'Zur', 'Und', 'Oder', 'Aber', 'Auch', 'Als', 'Wie', 'Wenn', 'Dass', 'Daher', 'Dabei', 'Damit',
    'Doch', 'Noch', 'Nun', 'Seit', 'Laut', 'Nach', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag',
    'Freitag', 'Samstag', 'Sonntag', 'Januar', 'Februar', 'März', 'Juni', 'Juli', 'Oktober',
    'Dezember', 'Ende', 'Anfang', 'Mitte', 'Jahr', 'Jahres', 'Woche', 'Tag', 'Tage', 'Uhr', 'Treffen',
    'Gespräch', 'Gespräche', 'Einladung', 'Regierung', 'Ministerium', 'Staaten', 'Bundesregierung',
    'Union', 'Rat', 'Amt', 'Partei', 'Herr', 'Frau', 'Außenminister', 'Außenministerin', 'Präsident',
    'Kanzler', 'Kanzlerin', 'Zudem', 'Außerdem', 'Zunehmend', 'Besprochen', 'Telefon', 'Fax',
    'Kontakt', 'Presseabteilung', 'Aussendung',
  ],
  homeCountry: 'DE',
  nationalOffices: [
    ['bundeskanzler(?:in)?', 'DE'],
    // A federal minister in German news is Germany's (Austria's are named with their state).
    ['bundes(?:außen|innen|verteidigungs|finanz|wirtschafts|justiz|gesundheits|entwicklungs|umwelt)?minister(?:s|in)?', 'DE'],
    ['bundestagsabgeordnete[rn]?', 'DE'],
    ['kremlsprecher(?:in)?', 'RU'],
  ],
  sharedOffices: ['präsident', 'präsidentin', 'vizepräsident', 'chef', 'chefin', 'leiter', 'leiterin', 'sprecher', 'sprecherin', 'vorsitzende', 'vorsitzender', 'direktor', 'direktorin', 'generalsekretär', 'generalsekretärin'],
  institutionNouns: ['Universität', 'Institut', 'Stiftung', 'Konzern', 'Bank', 'Gesellschaft', 'Verein', 'Verband', 'Zentrum', 'Zeitung', 'Schule', 'Klinik', 'Museum', 'Firma', 'Unternehmen', 'AG', 'GmbH'],
  // Past or lesser holders (TitleLexicon.notHolder).
  notHolder: ['ehemalige', 'ehemaliger', 'ehemaligen', 'ehemaligem', 'frühere', 'früherer', 'früheren', 'stellvertretende', 'stellvertretender', 'stellvertretenden', 'vize', 'ex'],
  singleHolder: ['präsident', 'präsidentin', 'bundespräsident', 'bundeskanzler', 'bundeskanzlerin', 'kanzler', 'kanzlerin', 'könig', 'königin', 'emir', 'sultan', 'außenminister', 'außenministerin', 'premierminister', 'premierministerin', 'regierungschef', 'regierungschefin'],
  sameOffice: {
    außenministerin: 'außenminister', präsidentin: 'präsident', bundespräsidentin: 'bundespräsident',
    bundeskanzlerin: 'bundeskanzler', kanzlerin: 'kanzler', premierministerin: 'premierminister',
    regierungschefin: 'regierungschef',
  },
  ordinalDots: true,
  counterparts: ['amtskollege', 'amtskollegen', 'amtskollegin', 'kollege', 'kollegen', 'kollegin'],
  organisations: {
    national: {
      DE: ['Bundesregierung', 'Auswärtiges Amt', 'Kanzleramt', 'Bundeskanzleramt', 'Bundestag', 'Bundesrat', 'Bundeswehr'],
      AT: ['Bundesministerium für Europa, Integration und Äußeres', 'Nationalrat', 'Hofburg', 'Ballhausplatz'],
      US: ['Weißes Haus', 'Weißen Haus', 'Weißen Hauses', 'Pentagon', 'Kongress', 'US-Kongress', 'Außenministerium in Washington'],
      RU: ['Kreml', 'Kremls', 'Duma'],
      FR: ['Élysée', 'Élysée-Palast', 'Elysée'],
      GB: ['Downing Street', 'Unterhaus'],
      CH: ['Bundesrat in Bern', 'Eidgenossenschaft'],
    },
    international: ['UN', 'UNO', 'Vereinte Nationen', 'Vereinten Nationen', 'Nato', 'NATO', 'EU', 'Europäische Union', 'Europäischen Union', 'EU-Kommission', 'Europäische Kommission', 'Europäischen Kommission', 'Europaparlament', 'Europäisches Parlament', 'UN-Sicherheitsrat', 'Sicherheitsrat', 'WHO', 'IWF', 'Weltbank', 'WTO', 'IAEA', 'OSZE', 'Afrikanische Union', 'Arabische Liga', 'Europarat'],
  },
  plural: '(?:innen|ern)$',
  governs: ['Regime', 'Regierung'],
  continues: [],
};
