// Deterministic highlights for the saved-highlights tests: a small hand-made set for golden files and
// a seeded generator for volume tests (same seed, same records, every run).
import { HIGHLIGHT_VERSION, type SavedHighlight } from '../../lib/saved/model';

export function highlight(patch: Partial<SavedHighlight> & { quote?: string } = {}): SavedHighlight {
  const { quote = 'Albania and Kosovo signed the accord', ...rest } = patch;
  return {
    id: '00000000-0000-4000-8000-000000000001',
    schemaVersion: HIGHLIGHT_VERSION,
    kind: 'selection',
    target: {
      source: 'https://news.example/world/accord',
      url: 'https://www.news.example/world/accord?utm_source=x',
      canonicalUrl: 'https://news.example/world/accord',
      selectors: [
        { type: 'TextQuoteSelector', exact: quote, prefix: 'On Monday, ', suffix: ' in Tirana.' },
        { type: 'TextPositionSelector', start: 11, end: 11 + quote.length },
      ],
    },
    page: { title: 'Accord signed', siteName: 'Example News', byline: 'Jane Doe', publishedTime: '2024-05-01T08:00:00Z' },
    entities: [
      { type: 'country', key: 'AL', name: 'Albania' },
      { type: 'country', key: 'XK', name: 'Kosovo' },
    ],
    note: '',
    tags: [],
    color: 'yellow',
    created: '2024-05-02T10:00:00.000Z',
    modified: '2024-05-02T10:00:00.000Z',
    ...rest,
  };
}

/** mulberry32: a tiny seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['minister', 'Šefčovič', 'accord', '"quoted"', 'a,b', 'line\nbreak', '=SUM(A1)', 'Zürich', '東京', '😀', 'tab\there', '-', '@x', "l'été"];
const SITES = ['news.example', 'daily.example', 'gazette.example'];

function uuid(r: () => number): string {
  const h = (n: number) => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('');
  return `${h(8)}-${h(4)}-4${h(3)}-${'89ab'[Math.floor(r() * 4)]}${h(3)}-${h(12)}`;
}

export function generate(n: number, seed = 42): SavedHighlight[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const text = (k: number) => Array.from({ length: k }, () => pick(WORDS)).join(' ');
  return Array.from({ length: n }, (_, i) => {
    const site = pick(SITES);
    const quote = text(1 + Math.floor(r() * 8));
    const start = Math.floor(r() * 5000);
    const t = new Date(Date.UTC(2023, 0, 1) + Math.floor(r() * 3e10)).toISOString();
    const withCtx = r() < 0.8;
    return {
      id: uuid(r),
      schemaVersion: HIGHLIGHT_VERSION,
      kind: r() < 0.8 ? 'selection' : 'entity',
      target: {
        source: `https://${site}/story/${i % 500}`,
        url: `https://www.${site}/story/${i % 500}?utm_medium=email`,
        canonicalUrl: r() < 0.5 ? `https://${site}/story/${i % 500}` : null,
        selectors: [
          withCtx
            ? { type: 'TextQuoteSelector', exact: quote, prefix: text(2), suffix: text(2) }
            : { type: 'TextQuoteSelector', exact: quote },
          { type: 'TextPositionSelector', start, end: start + quote.length },
        ],
      },
      page: {
        title: text(4),
        siteName: r() < 0.7 ? site.split('.')[0] : null,
        byline: r() < 0.5 ? text(2) : null,
        publishedTime: r() < 0.6 ? t : null,
      },
      entities: r() < 0.5 ? [{ type: 'country', key: pick(['AL', 'RS', 'XK']), name: text(1) }] : [],
      note: r() < 0.4 ? text(6) : '',
      tags: r() < 0.5 ? [...new Set([pick(['balkans', 'energy', 'eu/enlargement']), pick(['todo', 'quote'])])] : [],
      color: pick(['yellow', 'green', '#ff00aa']),
      created: t,
      modified: t,
    } satisfies SavedHighlight;
  });
}
