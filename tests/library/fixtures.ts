// Highlights for the library tests: a small fixed set (behind the golden files) and a seeded
// generator whose text has everything exports must survive: commas, quotes, line breaks, non-Latin
// scripts, surrogate pairs, formula-like and Markdown-like starts, missing page facts.
import type { SavedHighlight } from '../../lib/library/model';

type Overrides = Partial<Omit<SavedHighlight, 'target' | 'page'>> & {
  target?: Partial<SavedHighlight['target']>;
  page?: Partial<SavedHighlight['page']>;
  exact?: string;
  start?: number;
};

let counter = 0;

/** A valid highlight; ids count up so that tests can make many distinct ones. */
export function makeHighlight(o: Overrides = {}): SavedHighlight {
  counter++;
  const id = o.id ?? `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
  const exact = o.exact ?? 'the foreign minister said';
  const start = o.start ?? 120;
  const source = o.target?.source ?? 'https://www.example.com/world/2024/05/talks';
  const { target: _t, page: _p, exact: _e, start: _s, ...rest } = o;
  return {
    id,
    schemaVersion: 1,
    target: {
      source,
      visitedUrl: o.target?.visitedUrl ?? `${source}?utm_source=feed`,
      selectors: o.target?.selectors ?? [
        { type: 'TextQuoteSelector', exact, prefix: 'In Tirana on Monday, ', suffix: ' that talks would resume.' },
        { type: 'TextPositionSelector', start, end: start + exact.length },
      ],
    },
    page: {
      title: 'Talks resume',
      siteName: 'Example News',
      byline: 'Jane Doe',
      publishedTime: '2024-05-02T08:00:00Z',
      url: source,
      ...o.page,
    },
    entities: [],
    kind: 'selection',
    note: '',
    tags: [],
    color: '#e69f00',
    created: '2024-05-03T10:00:00.000Z',
    modified: '2024-05-03T10:00:00.000Z',
    ...rest,
  };
}

/** Mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'minister', 'Albania', 'sanctions', '"talks"', 'Erdoğan', 'São Tomé', 'Côte d’Ivoire', '王毅', 'وزير الخارجية',
  'Зеленский', '🇺🇦', '😀', 'a, b', 'x;y', '=SUM(A1)', '-1.5', '+33', '@handle', '# not a heading', '> not a quote',
  '*stars*', '[link](x)', '<b>bold</b>', '%%hidden%%', 'back\\slash', 'tab\there', 'line\nbreak', 'crlf\r\nbreak', '',
];
const SITES = [
  ['https://www.example.com/world/', 'Example News'],
  ['https://news.example.org/politics/', null],
  ['http://amp.example.net/2024/', 'Example Net'],
  ['https://www.xn--80ak6aa92e.com/', 'Пример'],
] as const;
const TAGS = ['Balkans', 'EU accession', 'sanctions', 'to read', 'Ūnicode', 'a,b', '#hash'];
const ENTITIES = [
  { type: 'country', key: 'AL', name: 'Albania' },
  { type: 'country', key: 'TR', name: 'Turkey' },
  { type: 'official', key: 'edi-rama', name: 'Edi Rama' },
  { type: 'official', key: 'wang-yi', name: 'Wang Yi' },
] as const;

export function generateHighlights(n: number, seed = 1): SavedHighlight[] {
  const rnd = prng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const text = (min: number, max: number) => {
    const k = min + Math.floor(rnd() * (max - min + 1));
    return Array.from({ length: k }, () => pick(WORDS)).join(' ');
  };
  const base = Date.UTC(2023, 0, 1);
  const out: SavedHighlight[] = [];
  for (let i = 0; i < n; i++) {
    const [root, siteName] = pick(SITES);
    const source = `${root}article-${Math.floor(rnd() * 200)}`;
    const exact = text(1, 12) || 'quote';
    const start = Math.floor(rnd() * 50_000);
    const created = base + Math.floor(rnd() * 400 * 86_400_000);
    const r = rnd();
    out.push({
      id: `${Math.floor(rnd() * 2 ** 32).toString(16).padStart(8, '0')}-${(i % 65536).toString(16).padStart(4, '0')}-4${Math.floor(rnd() * 4096).toString(16).padStart(3, '0')}-a000-${i.toString(16).padStart(12, '0')}`,
      schemaVersion: 1,
      target: {
        source,
        visitedUrl: rnd() < 0.5 ? source : `${source}?utm_source=x&fbclid=${i}#frag`,
        selectors: [
          { type: 'TextQuoteSelector', exact, prefix: text(0, 3).slice(-32), suffix: text(0, 3).slice(0, 32) },
          { type: 'TextPositionSelector', start, end: start + exact.length },
        ],
      },
      page: {
        title: text(2, 8),
        siteName,
        byline: r < 0.3 ? null : r < 0.6 ? 'By Jane Doe and John Smith' : text(1, 3),
        publishedTime: r < 0.2 ? null : new Date(created - 86_400_000).toISOString(),
        url: source,
      },
      entities: ENTITIES.filter(() => rnd() < 0.3).map((e) => ({ ...e })),
      kind: rnd() < 0.8 ? 'selection' : 'entity',
      note: rnd() < 0.5 ? '' : text(1, 20),
      tags: TAGS.filter(() => rnd() < 0.2),
      color: pick(['#e69f00', '#0072b2', '#D55E00']),
      created: new Date(created).toISOString(),
      modified: new Date(created + Math.floor(rnd() * 86_400_000)).toISOString(),
    });
  }
  return out;
}

/** Behind the golden files: three articles, one of them with three highlights. Never change silently. */
export function goldenFixture(): SavedHighlight[] {
  const talks = { source: 'https://www.example.com/world/2024/05/talks-resume' };
  const talksPage = {
    title: 'Albania and Serbia resume talks in Brussels',
    siteName: 'Example News',
    byline: 'By Jane Doe and John Smith',
    publishedTime: '2024-05-02T08:30:00+02:00',
  };
  return [
    makeHighlight({
      id: '3f1c2a4e-1b2c-4d5e-8f90-a1b2c3d4e5f6',
      target: { ...talks, visitedUrl: `${talks.source}?utm_source=twitter` },
      page: talksPage,
      exact: 'Prime Minister Edi Rama said Albania "will not wait forever"',
      start: 412,
      entities: [
        { type: 'official', key: 'edi-rama', name: 'Edi Rama' },
        { type: 'country', key: 'AL', name: 'Albania' },
      ],
      note: 'Strongest wording so far; compare with the March statement.',
      tags: ['Balkans', 'EU accession'],
      created: '2024-05-03T09:15:00.000Z',
      modified: '2024-05-04T18:00:00.000Z',
    }),
    makeHighlight({
      id: '5a6b7c8d-9e0f-4a1b-9c2d-3e4f5a6b7c8d',
      target: { ...talks, visitedUrl: talks.source },
      page: talksPage,
      exact: 'Serbia',
      start: 88,
      kind: 'entity',
      entities: [{ type: 'country', key: 'RS', name: 'Serbia' }],
      created: '2024-05-03T09:16:00.000Z',
      modified: '2024-05-03T09:16:00.000Z',
    }),
    makeHighlight({
      id: '7e8f9a0b-1c2d-4e3f-a4b5-c6d7e8f9a0b1',
      target: { ...talks, visitedUrl: 'https://amp.example.com/world/2024/05/talks-resume/amp' },
      page: talksPage,
      exact: '- Talks will resume on 12 June.\n# Officials declined to comment; =1+1 & <b>more</b> [later]',
      start: 1034,
      note: 'Date to *check*',
      tags: ['to read'],
      color: '#0072b2',
      created: '2024-05-03T09:20:00.000Z',
      modified: '2024-05-03T09:20:00.000Z',
    }),
    makeHighlight({
      id: '9b0c1d2e-3f4a-4b5c-8d6e-7f8a9b0c1d2e',
      target: { source: 'https://blog.example.org/notes/2024/diplomacy', visitedUrl: 'https://blog.example.org/notes/2024/diplomacy#part-2' },
      page: { title: 'Notes on | diplomacy', siteName: null, byline: null, publishedTime: null },
      exact: 'Wang Yi met his Turkish counterpart, Hakan Fidan, in Ankara.',
      start: 5,
      entities: [
        { type: 'official', key: 'wang-yi', name: 'Wang Yi' },
        { type: 'official', key: 'hakan-fidan', name: 'Hakan Fidan' },
        { type: 'country', key: 'TR', name: 'Turkey' },
      ],
      tags: ['China–Turkey'],
      created: '2024-06-01T12:00:00.000Z',
      modified: '2024-06-01T12:00:00.000Z',
    }),
    makeHighlight({
      id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
      target: { source: 'https://www.example.net/analysis/sanctions', visitedUrl: 'https://www.example.net/analysis/sanctions' },
      page: { title: 'Why sanctions bite slowly', siteName: 'Example Review', byline: 'Ana María López, Reuters', publishedTime: 'Tue, 14 May 2024 10:00:00 GMT' },
      exact: 'Sanctions take years, not months.',
      start: 2200,
      note: 'Useful for chapter 3.\nSee also the 2019 study.',
      created: '2024-05-20T07:45:00.000Z',
      modified: '2024-05-20T07:45:00.000Z',
    }),
  ];
}
