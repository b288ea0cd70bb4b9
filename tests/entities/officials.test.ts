// Hard cases for official recognition, one sentence (or two) per case, across offices, title
// positions, naming cultures, country of service and the people who are not officials.
import { describe, expect, it } from 'vitest';
import { findCountries } from '../../lib/entities/countries';
import { findOfficials } from '../../lib/entities/officials';

interface Expected {
  name: string;
  /** A substring of one of the titles (case-insensitive). */
  title: string;
  /** The state served; null for none (an international office, or no evidence), and checked as such. */
  country: string | null;
  /** How many spans of the text are mentions of this person, when the case checks it. */
  mentions?: number;
}

const run = (text: string) => findOfficials(text, findCountries(text));

const CASES: [string, string, Expected[]][] = [
  // Offices and where the title sits
  ['head of state, title before', 'US President Donald Trump spoke on Monday.', [{ name: 'Donald Trump', title: 'President', country: 'US' }]],
  ['head of state, country after the name', 'Trump refused to criticise President Vladimir V. Putin of Russia on Monday.', [{ name: 'Vladimir V. Putin', title: 'President', country: 'RU' }]],
  ['minister, apposition with possessive', 'Wang Yi, China\u2019s foreign minister, said the talks went well.', [{ name: 'Wang Yi', title: 'foreign minister', country: 'CN' }]],
  ['possessive before the title', "China's top diplomat Wang Yi arrived in Berlin.", [{ name: 'Wang Yi', title: 'top diplomat', country: 'CN' }]],
  ['demonym and destination', 'The head of the delegation, Albanian Ambassador to China Selim Belortaja, thanked the hosts.', [{ name: 'Selim Belortaja', title: 'Ambassador to China', country: 'AL' }]],
  ['party secretary, long apposition', 'Yuan Jiajun, Secretary of the Communist Party of China (CPC) Chongqing Municipal Committee, met the envoys.', [{ name: 'Yuan Jiajun', title: 'Secretary', country: 'CN' }]],
  ['two offices joined by and', 'Hu Henghua, Deputy Secretary of CPC Chongqing Municipal Committee and Mayor of Chongqing Municipal People\u2019s Government, met them.', [{ name: 'Hu Henghua', title: 'Mayor', country: 'CN' }]],
  ['special representative of a government', 'Wu Hongbo, Special Representative of the Chinese Government on European Affairs expressed his gratitude.', [{ name: 'Wu Hongbo', title: 'Special Representative', country: 'CN' }]],
  ['secretary of state and its short forms', 'US Secretary of State Mike Pompeo spoke. Mr. Pompeo said the plan was sound, and Pompeo left.', [{ name: 'Mike Pompeo', title: 'Secretary of State', country: 'US', mentions: 3 }]],
  ['defense secretary', 'U.S. Defense Secretary Mark Esper visited Hanoi. Esper met troops.', [{ name: 'Mark Esper', title: 'Defense Secretary', country: 'US', mentions: 2 }]],
  ['national office without a country word', 'Former Defense Secretary Robert Gates warned Russia.', [{ name: 'Robert Gates', title: 'Defense Secretary', country: 'US' }]],
  ['senator abbreviation', 'The late Sen. John McCain visited the country in 2017.', [{ name: 'John McCain', title: 'Sen.', country: 'US' }]],
  ['US state governor beside a foreign president', 'Texas Gov. Greg Abbott met Mexican President Claudia Sheinbaum.', [{ name: 'Greg Abbott', title: 'Gov.', country: 'US' }, { name: 'Claudia Sheinbaum', title: 'President', country: 'MX' }]],
  ['governor of a state named like a country', 'Georgia Gov. Brian Kemp signed the bill. Kemp said the state would comply.', [{ name: 'Brian Kemp', title: 'Gov.', country: 'US', mentions: 2 }]],
  ['governor of a state, the office first', 'The Governor of New York, Kathy Hochul, spoke on Monday.', [{ name: 'Kathy Hochul', title: 'Governor', country: 'US' }]],
  ['governor, the state after the name', 'Governor Brian Kemp of Georgia met Georgian Prime Minister Irakli Kobakhidze.', [{ name: 'Brian Kemp', title: 'Governor', country: 'US' }, { name: 'Irakli Kobakhidze', title: 'Prime Minister', country: 'GE' }]],
  ['a name stops before "of" and a place', 'Governor Wang Zhigang of Hubei province spoke.', [{ name: 'Wang Zhigang', title: 'Governor', country: null }]],
  ['member of parliament', 'British MP Tom Tugendhat criticised the deal.', [{ name: 'Tom Tugendhat', title: 'MP', country: 'GB' }]],
  ['lawmaker, hyphenated given name', 'South Korean lawmaker Ahn Cheol-soo left the party.', [{ name: 'Ahn Cheol-soo', title: 'lawmaker', country: 'KR' }]],
  ['spokesperson of a ministry', '"We call on both sides," Chinese foreign ministry spokesperson Geng Shuang said. Geng added more.', [{ name: 'Geng Shuang', title: 'spokesperson', country: 'CN', mentions: 2 }]],
  ['military ranks', 'Pakistan army chief Gen Qamar Javed Bajwa was in Beijing.', [{ name: 'Qamar Javed Bajwa', title: 'army chief', country: 'PK' }]],
  ['rank abbreviations with full stops', 'Lt. Gen. H. R. McMaster, the U.S. national security adviser, spoke.', [{ name: 'H. R. McMaster', title: 'Lt. Gen.', country: 'US' }]],
  ['judge of a national court', 'Justice Brett M. Kavanaugh joined the U.S. Supreme Court.', [{ name: 'Brett M. Kavanaugh', title: 'Justice', country: 'US' }]],
  ['king with a regnal number', 'King Abdullah II of Jordan received the delegation.', [{ name: 'Abdullah II', title: 'King', country: 'JO' }]],
  ['regnal number at the end of a sentence', "Jordan's King Abdullah II. He received the delegation.", [{ name: 'Abdullah II', title: 'King', country: 'JO' }]],
  ['pope with a regnal number past IV', 'Pope Leo XIV met the envoys.', [{ name: 'Leo XIV', title: 'Pope', country: 'VA' }]],
  ['"King Jr." is the end of a name, not a king', 'The Rev. Martin Luther King Jr. spoke in Washington.', []],
  ['emir with honorific and Arabic particles', "Qatar's emir, Sheikh Tamim bin Hamad Al Thani, hosted the talks.", [{ name: 'Tamim bin Hamad Al Thani', title: 'emir', country: 'QA' }]],
  ['crown prince', 'Saudi Crown Prince Mohammed bin Salman met the delegation.', [{ name: 'Mohammed bin Salman', title: 'Crown Prince', country: 'SA' }]],
  ['head of an international organisation', 'UN Secretary-General Ant\u00f3nio Guterres called for calm.', [{ name: 'Ant\u00f3nio Guterres', title: 'Secretary-General', country: null }]],
  ['particles in a surname', 'European Commission President Ursula von der Leyen spoke. Von der Leyen said more; von der Leyen left.', [{ name: 'Ursula von der Leyen', title: 'President', country: null }]],
  ['former holder', 'Former President Barack Obama criticised the U.S. policy. Obama spoke for an hour.', [{ name: 'Barack Obama', title: 'Former President', country: 'US', mentions: 2 }]],
  ['Arabic al- and the bare surname', 'Syrian President Bashar al-Assad met envoys. Assad said little.', [{ name: 'Bashar al-Assad', title: 'President', country: 'SY', mentions: 2 }]],
  ['Spanish compound surname', 'Mexican President Andr\u00e9s Manuel L\u00f3pez Obrador spoke. L\u00f3pez Obrador said no.', [{ name: 'Andr\u00e9s Manuel L\u00f3pez Obrador', title: 'President', country: 'MX', mentions: 2 }]],
  ['Korean order and the family name alone', 'South Korean President Yoon Suk Yeol apologized. Yoon bowed.', [{ name: 'Yoon Suk Yeol', title: 'President', country: 'KR', mentions: 2 }]],
  ['Chinese two-syllable name', 'Chinese vice-premier Liu He, could not attend the talks with Trump.', [{ name: 'Liu He', title: 'vice-premier', country: 'CN' }]],
  ['relation word with a demonym', "Qureshi's Chinese counterpart Wang Yi had then said so.", [{ name: 'Wang Yi', title: 'counterpart', country: 'CN' }]],
  ['title then the name after a comma', 'In June, the then UK Home Secretary, Sajid Javid, approved the request.', [{ name: 'Sajid Javid', title: 'Home Secretary', country: 'GB' }]],
  ['who was the', 'said Matt Moore, who was the Republican Party chairman in South Carolina.', [{ name: 'Matt Moore', title: 'chairman', country: null }]],
  ['plural office with two names', 'Zimbabwe cabinet ministers Jonathan Moyo and Saviour Kasukuwere were detained.', [
    { name: 'Jonathan Moyo', title: 'cabinet ministers', country: 'ZW' },
    { name: 'Saviour Kasukuwere', title: 'cabinet ministers', country: 'ZW' },
  ]],
  ['envoy serves the sending state, not the destination', 'Another U.S. diplomat, former special envoy to Ukraine Kurt Volker, changed his account.', [{ name: 'Kurt Volker', title: 'special envoy to Ukraine', country: 'US' }]],
  ['institution gives the state', 'Last week State Department official David Holmes testified.', [{ name: 'David Holmes', title: 'State Department official', country: 'US' }]],
  ['leftmost institution wins over a topic country', 'said former White House Russia adviser Fiona Hill.', [{ name: 'Fiona Hill', title: 'Russia adviser', country: 'US' }]],
  ['rank after an office', 'Iranian Supreme Leader Ayatollah Ali Khamenei warned Israel.', [{ name: 'Ali Khamenei', title: 'Supreme Leader', country: 'IR' }]],
  ['spokeswoman of a ministry with a demonym', 'Russian Foreign Ministry spokeswoman Maria Zakharova denied it.', [{ name: 'Maria Zakharova', title: 'spokeswoman', country: 'RU' }]],
  ['apposition with "for" and a ministry', 'Wang Wenbin, a spokesman for the Chinese foreign ministry, said so.', [{ name: 'Wang Wenbin', title: 'spokesman', country: 'CN' }]],
  ['office that tells the state', 'Pope Francis met the envoys.', [{ name: 'Francis', title: 'Pope', country: 'VA' }]],
  ['who became', 'When Mike Pompeo became secretary of state, he changed course.', [{ name: 'Mike Pompeo', title: 'secretary of state', country: 'US' }]],
  ['apposition with "new" after the name', "Mark Carney, Canada's new prime minister, said so.", [{ name: 'Mark Carney', title: 'prime minister', country: 'CA' }]],
  ['"the new" and a demonym after the name', 'Sanae Takaichi, the new Japanese prime minister, said so.', [{ name: 'Sanae Takaichi', title: 'Japanese prime minister', country: 'JP' }]],
  // Not officials
  ['byline is no official', 'By YAN DENG\n\nForeign Minister Wang Yi of China spoke.', [{ name: 'Wang Yi', title: 'Foreign Minister', country: 'CN' }]],
  ['photo credit is no official', 'Leaders met envoys on March 21. (Photo/Su Si)', []],
  ['caption credit is no official', 'A rally in Seoul on Thursday.Anthony Wallace / AFP - Getty Images', []],
  ['analyst', 'Omar Lamrani, a senior military analyst at Stratfor, said the claim was absurd.', []],
  ['academic', 'Avi Bell, a law professor at Bar-Ilan University, disagreed.', []],
  ['business person', 'Apple chief executive Tim Cook met the press.', []],
  ['activist and resident', 'Human rights activist Jane Roe and Seoul resident Margie Kim protested.', []],
  ['unnamed official', 'A senior official said the decision was final.', []],
  ['name without an office', 'Jordan Peterson spoke in Toronto.', []],
  ['contributors', 'Associated Press writers Alan Fram and Zeke Miller contributed to this report.', []],
  ['company office', "Maxi Moving's Vice President Ivan Cheptenari answered the call.", []],
  ['university office', 'Chongqing University President Wang Shuguo spoke.', []],
  ['party secretary of a city is still an office', 'The Chinese delegation met Chongqing Party Secretary Chen Min\'er on Monday.', [{ name: "Chen Min'er", title: 'Party Secretary', country: 'CN' }]],
  ['initials without dots', 'US Vice President JD Vance arrived in Kyiv. Vance met soldiers.', [{ name: 'JD Vance', title: 'Vice President', country: 'US', mentions: 2 }]],
  ['surname that is also an English word, after an office', 'Vice Premier He Lifeng met the delegation. He said the talks were useful.', [{ name: 'He Lifeng', title: 'Vice Premier', country: null }]],
  ['emperor', 'Emperor Naruhito of Japan welcomed the guests.', [{ name: 'Naruhito', title: 'Emperor', country: 'JP' }]],
  ['diplomatic rank after the office', "The minister received H.E. Mr. Jiang Jiang, Ambassador Extraordinary and Plenipotentiary of the People's Republic of China.", [{ name: 'Jiang Jiang', title: 'Ambassador Extraordinary and Plenipotentiary', country: 'CN' }]],
  ['name between an institution and its state', 'Talks were led by Deputy Prime Minister and Minister of Foreign Affairs Ishaq Dar of Pakistan.', [{ name: 'Ishaq Dar', title: 'Minister of Foreign Affairs', country: 'PK' }]],
  ['an envoy for a country does not serve it', 'Special envoy for Ukraine Keith Kellogg arrived in Kyiv, the State Department said.', [{ name: 'Keith Kellogg', title: 'special envoy', country: 'US' }]],
  ['a British office for a nation of the UK', 'Secretary of State for Northern Ireland Hilary Benn spoke.', [{ name: 'Hilary Benn', title: 'Secretary of State for Northern Ireland', country: 'GB' }]],
  ['royal honorific between the office and the name', 'Saudi Foreign Minister Prince Faisal bin Farhan arrived. Prince Faisal said so.', [{ name: 'Faisal bin Farhan', title: 'Foreign Minister', country: 'SA', mentions: 2 }]],
  ['government in lower case in the title', 'A spokesman for the government, Ahmed Khan, said the talks would resume.', [{ name: 'Ahmed Khan', title: 'spokesman for the government', country: null }]],
  ['adjective of news style before a weak office', "Nicolás Maduro, Venezuela's authoritarian leader, rejected the call.", [{ name: 'Nicolás Maduro', title: 'leader', country: 'VE' }]],
  ['Vietnamese name starting with an English word', "Vietnam's Communist Party General Secretary To Lam arrived. He went To the summit.", [{ name: 'To Lam', title: 'General Secretary', country: 'VN' }]],
  ['head of a broadcaster or a rights group is no official', 'BBC Director-General Tim Davie resigned. Human Rights Watch director Kenneth Roth spoke. Maxi Moving\'s Vice-President Ivan Cheptenari answered.', []],
  ['head of an international organisation or a party is', 'WHO Director-General Tedros Adhanom Ghebreyesus and OIC Secretary-General Hissein Brahim Taha spoke, as did LDP Secretary-General Hiroshi Moriyama.', [
    { name: 'Tedros Adhanom Ghebreyesus', title: 'Director-General', country: null },
    { name: 'Hissein Brahim Taha', title: 'Secretary-General', country: null },
    { name: 'Hiroshi Moriyama', title: 'Secretary-General', country: null },
  ]],
  ['think-tank is not a person', 'Sean Robertson, a spokesperson for Inherent Resolve, said so.', [{ name: 'Sean Robertson', title: 'spokesperson', country: null }]],
  ['office in apposition, then a rank', "Pakistan's army chief, Gen. Asim Munir, met Saudi officials. Israel's military chief, Lieutenant General Eyal Zamir, met US officials.", [
    { name: 'Asim Munir', title: 'army chief', country: 'PK' },
    { name: 'Eyal Zamir', title: 'military chief', country: 'IL' },
  ]],
  ['aide of an official the article names', "Russian President Vladimir Putin met Chinese leaders. Putin's foreign policy adviser Yuri Ushakov told reporters in Beijing that China agreed.", [
    { name: 'Vladimir Putin', title: 'President', country: 'RU' },
    { name: 'Yuri Ushakov', title: 'adviser', country: 'RU' },
  ]],
  ['a member of a legislature named by its house', 'Russian Duma deputy Andrei Kartapolov met Chinese officials. Rada deputy Oleksiy Goncharenko said so; his deputy, John Smith, and the deputies of the party did not.', [
    { name: 'Andrei Kartapolov', title: 'Duma deputy', country: 'RU' },
    { name: 'Oleksiy Goncharenko', title: 'Rada deputy', country: 'UA' },
  ]],
  ['offices of Ireland and of a Commonwealth realm', 'Taoiseach Micheál Martin and Tánaiste Simon Harris met Australia\'s Governor-General Sam Mostyn. The Governor General of Canada, Mary Simon, sent a message.', [
    { name: 'Micheál Martin', title: 'Taoiseach', country: 'IE' },
    { name: 'Simon Harris', title: 'Tánaiste', country: 'IE' },
    { name: 'Sam Mostyn', title: "Australia's Governor-General", country: 'AU' },
    { name: 'Mary Simon', title: 'Governor General of Canada', country: 'CA' },
  ]],
  ['a state before an office no one is named to tells nobody else\'s state', 'President Trump met the Chinese ambassador in Washington on Monday, and later spoke with the Japanese foreign minister. The United States and Japan are allies.', [
    { name: 'Trump', title: 'President', country: 'US' },
  ]],
  ['government word in lower case before a weak office', "Mali's junta leader Assimi Goita met Russian officials.", [{ name: 'Assimi Goita', title: 'junta leader', country: 'ML' }]],
  ['last word of an institution before an anonymous source', 'Ms. Haley favored the Global Compact for Migration, a senior administration official said.', []],
  ['two offices joined by and before the name', "Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani met Egyptian officials.", [
    { name: 'Mohammed bin Abdulrahman Al Thani', title: "Qatar's Prime Minister", country: 'QA' },
  ]],
  ['one prime minister per state', 'Japanese Prime Minister Shigeru Ishiba met Prime Minister Anthony Albanese in Tokyo, where Australian officials signed a deal.', [
    { name: 'Shigeru Ishiba', title: 'Prime Minister', country: 'JP' },
    { name: 'Anthony Albanese', title: 'Prime Minister', country: 'AU' },
  ]],
  ['a former or deputy holder does not rule the state out', 'Israeli Prime Minister Benjamin Netanyahu met former Prime Minister Naftali Bennett. Deputy Prime Minister Yariv Levin joined them.', [
    { name: 'Benjamin Netanyahu', title: 'Prime Minister', country: 'IL' },
    { name: 'Naftali Bennett', title: 'Prime Minister', country: 'IL' },
    { name: 'Yariv Levin', title: 'Prime Minister', country: 'IL' },
  ]],
  ['countries where the name comes back without the office', 'U.S. officials met Egyptian officials in Cairo. Prime Minister Benjamin Netanyahu stayed home. Netanyahu later said Israel would fight on.', [
    { name: 'Benjamin Netanyahu', title: 'Prime Minister', country: 'IL' },
  ]],
  ['agency named by what it does', 'The head of the UN nuclear watchdog, Rafael Grossi, arrived in Tehran. A nuclear scientist, Ali Reza, was killed.', [
    { name: 'Rafael Grossi', title: 'head of the UN nuclear watchdog', country: null },
  ]],
  ['party and state tag after a legislator', 'Rep. Michael McCaul, R-Texas, chairman of the House Foreign Affairs Committee, spoke.', [
    { name: 'Michael McCaul', title: 'chairman of the House Foreign Affairs Committee', country: 'US' },
  ]],
  ['another official\'s title tells nothing of this one\'s state', 'U.S. officials, U.S. diplomats, U.S. lawmakers, U.S. allies, U.S. troops, U.S. voters, U.S. firms and U.S. banks waited. Vice President JD Vance met Ukrainian President Volodymyr Zelensky.', [
    { name: 'JD Vance', title: 'Vice President', country: 'US' },
    { name: 'Volodymyr Zelensky', title: 'President', country: 'UA' },
  ]],
  ['"the country\'s" stands for the state last named', "U.S. officials said Iran had enriched uranium. The country's foreign minister, Abbas Araghchi, denied it. North Korea fired a missile; the nation's leader, Kim Jong Un, watched.", [
    { name: 'Abbas Araghchi', title: 'foreign minister', country: 'IR' },
    { name: 'Kim Jong Un', title: 'leader', country: 'KP' },
  ]],
  ['plural possessive of a state', "Chinese officials met the United States' ambassador to Japan, George Glass, in Tokyo. The Philippines' foreign secretary, Enrique Manalo, met them too.", [
    { name: 'George Glass', title: "United States' ambassador", country: 'US' },
    { name: 'Enrique Manalo', title: "Philippines' foreign secretary", country: 'PH' },
  ]],
  ['plural office, each name with its own state', 'The talks were attended by Foreign Ministers Sergei Lavrov of Russia and Wang Yi of China.', [
    { name: 'Sergei Lavrov', title: 'Foreign Ministers', country: 'RU' },
    { name: 'Wang Yi', title: 'Foreign Ministers', country: 'CN' },
  ]],
  ['US party before a legislator', 'Democratic lawmaker Ro Khanna criticized the strikes on Iran.', [{ name: 'Ro Khanna', title: 'Democratic lawmaker', country: 'US' }]],
  ['office that is also a given name, after another office', "Iran's U.N. Ambassador Amir Saeid Iravani wrote to the council. Qatar's Amir Sheikh Tamim bin Hamad Al Thani replied.", [
    { name: 'Amir Saeid Iravani', title: 'Ambassador', country: 'IR' },
    { name: 'Tamim bin Hamad Al Thani', title: "Qatar's Amir", country: 'QA' },
  ]],
  // An office named after a city or region serves that place's state, whatever else the sentence names
  ['region before the office, other state in the sentence', 'Belgorod Governor Vyacheslav Gladkov said Ukrainian drones hit a power station.', [{ name: 'Vyacheslav Gladkov', title: 'Belgorod Governor', country: 'RU' }]],
  ['city before the office', 'Kharkiv Governor Oleh Syniehubov said Russian missiles struck the city.', [{ name: 'Oleh Syniehubov', title: 'Kharkiv Governor', country: 'UA' }]],
  ['city after the office', 'The mayor of Kyiv, Vitali Klitschko, said Russian drones hit two districts.', [{ name: 'Vitali Klitschko', title: 'mayor of Kyiv', country: 'UA' }]],
  ['region of several words', 'New York City Mayor Eric Adams met Israeli officials, and Rivers State Governor Siminalayi Fubara met US diplomats.', [
    { name: 'Eric Adams', title: 'Mayor', country: 'US' },
    { name: 'Siminalayi Fubara', title: 'Governor', country: 'NG' },
  ]],
  ['regional adjective', 'Bavarian Premier Markus Söder visited China.', [{ name: 'Markus Söder', title: 'Premier', country: 'DE' }]],
  ['capital standing for its government', "Beijing's ambassador to Canberra, Xiao Qian, said trade with Australia would grow.", [{ name: 'Xiao Qian', title: 'ambassador', country: 'CN' }]],
  ['place the office is sent to is not its state', "Tehran's envoy to Moscow, Kazem Jalali, met Russian officials.", [{ name: 'Kazem Jalali', title: 'envoy', country: 'IR' }]],
];

describe('findOfficials: hard cases', () => {
  it.each(CASES)('%s', (_label, text, expected) => {
    const got = run(text);
    expect(got.map((o) => o.name).sort()).toEqual(expected.map((e) => e.name).sort());
    for (const e of expected) {
      const o = got.find((x) => x.name === e.name)!;
      expect(o.titles.some((t) => t.toLowerCase().includes(e.title.toLowerCase())), `${e.name}: ${o.titles.join(' | ')}`).toBe(true);
      expect(o.country ?? null).toBe(e.country);
      if (e.mentions !== undefined) expect(o.mentions).toHaveLength(e.mentions);
      for (const m of o.mentions) {
        const bare = text.slice(m.start, m.end).replace(/^(?:Mr|Ms|Mrs|Dr|Sheikh|Prince)\.?\s+/, '');
        expect(o.name.toLowerCase()).toContain(bare.toLowerCase());
      }
    }
  });

  it('gives the speaker of a reporting verb to nobody in apposition', () => {
    const [o] = run('The president will travel to Japan next month to meet Prime Minister Shigeru Ishiba, a spokesperson said.');
    expect(o.name).toBe('Shigeru Ishiba');
    expect(o.titles).toEqual(['Prime Minister']);
    // With a comma after it, the title is the name's own.
    expect(run('Jane Doe, a spokesperson for the ministry, said the talks would resume.')[0].titles).toEqual(['spokesperson for the ministry']);
  });

  it('reads no place in a person\'s name before an office', () => {
    // Santiago is Chile's capital; Santiago Peña is Paraguay's president.
    const [o] = run("Santiago Peña's foreign minister, Rubén Ramírez, spoke.");
    expect(o.name).toBe('Rubén Ramírez');
    expect(o.country).not.toBe('CL');
    expect(run('Belgorod Oblast Governor Vyacheslav Gladkov said Ukrainian drones hit.')[0].country).toBe('RU');
  });

  it('reads Brussels before an office as the EU', () => {
    const [o] = run("Brussels' top diplomat Kaja Kallas met the Chinese foreign minister.");
    expect(o.name).toBe('Kaja Kallas');
    expect(o.country).toBeNull();
  });

  it('gives an international organisation no country', () => {
    const [o] = run('NATO Secretary General Jens Stoltenberg warned Moscow.');
    expect(o.name).toBe('Jens Stoltenberg');
    expect(o.country).toBeNull();
  });

  it('keeps mentions on the name, not on the title or the country', () => {
    const text = 'Albanian Ambassador to China Selim Belortaja spoke.';
    const [o] = run(text);
    expect(o.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Selim Belortaja']);
  });

  it('includes a courtesy word in the mention and lists the form as an alias', () => {
    const text = 'Secretary of State Mike Pompeo spoke. Later Mr. Pompeo left.';
    const [o] = run(text);
    expect(o.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Mike Pompeo', 'Mr. Pompeo']);
    expect(o.aliases).toContain('Mr. Pompeo');
  });

  it('trusts a title next to the name more than a country guessed from the article', () => {
    const [near] = run('Chinese Foreign Minister Wang Yi spoke.');
    const [far] = run('China and Japan held talks. Defense minister Kim Yong-hyun spoke.');
    expect(near.confidence).toBeGreaterThan(far.confidence);
  });

  it('keys officials by a slug of the name', () => {
    const [o] = run('Foreign Minister Wang Yi spoke.');
    expect(o.key).toBe('wang-yi');
  });
});

describe('findOfficials: a time is no institution', () => {
  it.each([
    'Sanae Takaichi, who became prime minister in October, said Japan would act.',
    'Taro Kono, who became foreign minister on Monday, said Japan would act.',
  ])('%s', (text) => {
    const [o] = run(text);
    expect(o.titles.join(' | ')).not.toMatch(/October|Monday/);
    // An office "in October" read as an institution made the person international (null).
    expect(o.country).not.toBeNull();
  });
});
