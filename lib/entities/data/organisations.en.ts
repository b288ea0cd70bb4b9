// English names of institutions that tell which state an office belongs to ("State Department
// official" -> US, "CPC Chongqing Municipal Committee" -> CN), and of international organisations
// whose officials serve no state (UN, EU, NATO -> null). Part of the English pack (titles.en.ts), so
// the content script receives it from the background; every language's own names come on top.
// Editorial list of well-known institution names and their usual English short forms (sources: the
// organisations' own English names; AP style abbreviations).

/** Institution -> ISO alpha-2 of the state it belongs to. */
export const NATIONAL: Record<string, string[]> = {
  US: [
    'State Department', 'Department of State', 'White House', 'Pentagon', 'Department of Defense',
    'Defense Department', 'Justice Department', 'Department of Justice', 'Treasury Department',
    'Homeland Security', 'Department of Homeland Security', 'National Security Council', 'NSC',
    'Joint Chiefs of Staff', 'Joint Chiefs', 'CIA', 'FBI', 'U.S. Congress', 'House of Representatives',
    'Washington', 'Oval Office', 'USAID', 'USTR', 'Capitol Hill', 'Senate Foreign Relations Committee',
    'House Intelligence Committee', 'Senate Armed Services Committee', 'U.S. Army', 'U.S. Navy',
    'U.S. Air Force', 'Marine Corps', 'Republican National Committee', 'Democratic National Committee',
  ],
  CN: [
    'CPC', 'Communist Party of China', 'Chinese Communist Party', 'CCP', "National People's Congress",
    'NPC', 'State Council', 'Politburo', 'Zhongnanhai', 'PLA', "People's Liberation Army",
    'Central Military Commission', 'CPPCC', 'Xinhua',
  ],
  RU: ['Kremlin', 'State Duma', 'Duma', 'Federation Council', 'FSB', 'Rosatom'],
  GB: [
    'Downing Street', 'Whitehall', 'Foreign Office', 'Home Office', 'Foreign and Commonwealth Office',
    'FCDO', 'Westminster', 'House of Commons', 'House of Lords', 'MI5', 'MI6', 'Ministry of Defence',
    'Scotland Yard',
  ],
  FR: ['Élysée', 'Elysee', 'Élysée Palace', 'Elysee Palace', "Quai d'Orsay", 'Matignon'],
  DE: ['Bundestag', 'Bundesrat', 'Bundeswehr'],
  IL: ['Knesset', 'IDF', 'Mossad', 'Shin Bet'],
  KR: ['Blue House', 'Yongsan'],
  KP: ['Workers\u2019 Party of Korea', "Workers' Party of Korea"],
  IN: ['Lok Sabha', 'Rajya Sabha', 'South Block', 'BJP'],
  UA: ['Verkhovna Rada', 'Rada'],
  IR: ['Majlis', 'IRGC', 'Revolutionary Guards', 'Revolutionary Guard'],
  JP: ['Kantei', 'Diet'],
  VA: ['Vatican', 'Holy See'],
  PS: ['Palestinian Authority', 'PLO', 'Fatah'],
  ZW: ['ZANU-PF', 'Zanu-PF'],
};

/** International organisations: their officials get country null. */
export const INTERNATIONAL: string[] = [
  'United Nations', 'UN', 'U.N.', 'U.N', 'UN Security Council', 'Security Council', 'General Assembly',
  'European Union', 'EU', 'E.U.', 'European Commission', 'European Parliament', 'European Council',
  // The EU's institutions, as news names them by their seat ("Brussels' top diplomat").
  'Brussels',
  'NATO', 'Nato', 'WHO', 'World Health Organization', 'IAEA', 'International Atomic Energy Agency',
  'IMF', 'International Monetary Fund', 'World Bank', 'WTO', 'World Trade Organization', 'OSCE',
  'African Union', 'ASEAN', 'Arab League', 'OPEC', 'UNESCO', 'UNICEF', 'UNHCR', 'UNRWA', 'Interpol',
  'ICC', 'International Criminal Court', 'International Court of Justice', 'ICJ', 'OECD', 'G7', 'G20',
  'ICRC', 'International Committee of the Red Cross', 'OAS', 'Organization of American States',
  'Gulf Cooperation Council', 'GCC', 'Shanghai Cooperation Organisation', 'Council of Europe',
  'European Central Bank', 'ECB', 'OPCW', 'WFP', 'World Food Programme', 'UNDP', 'UNFPA', 'OCHA',
  'Commonwealth Secretariat', 'CARICOM', 'ECOWAS', 'Human Rights Council', 'UN Human Rights Council',
  'Commonwealth', 'SCO', 'BRICS', 'New Development Bank', 'Pacific Islands Forum', 'IGAD', 'SADC',
  'Mercosur', 'OIC', 'Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation',
  'UN Women', 'UNEP', 'UNCTAD', 'ILO', 'International Labour Organization', 'IOM',
  'International Organization for Migration', 'FAO', 'Food and Agriculture Organization', 'ITU',
  'WIPO', 'IFAD', 'WMO', 'OHCHR', 'UNAIDS', 'International Energy Agency', 'IEA',
];
