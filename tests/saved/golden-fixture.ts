// The fixed library behind the Markdown and RIS golden files: two articles, awkward characters,
// notes with line breaks, tags, a page without site name or byline.
import type { SavedHighlight } from '../../lib/saved/model';
import { highlight } from './fixtures';

export const goldenLibrary: SavedHighlight[] = [
  highlight({
    id: '00000000-0000-4000-8000-00000000000a',
    quote: 'Albania and Kosovo signed the accord',
    note: 'Key claim.\nCheck against the ministry statement.',
    tags: ['balkans', 'eu/enlargement'],
    created: '2024-05-02T10:00:00.000Z',
    modified: '2024-05-03T09:00:00.000Z',
  }),
  highlight({
    id: '00000000-0000-4000-8000-00000000000b',
    kind: 'entity',
    quote: 'Prime Minister Edi Rama',
    entities: [{ type: 'official', key: 'edi-rama', name: 'Edi Rama' }],
    target: {
      source: 'https://news.example/world/accord',
      url: 'https://news.example/world/accord',
      canonicalUrl: null,
      selectors: [
        { type: 'TextQuoteSelector', exact: 'Prime Minister Edi Rama', prefix: 'said ', suffix: ' on Monday' },
        { type: 'TextPositionSelector', start: 2, end: 25 },
      ],
    },
    page: { title: 'Accord signed', siteName: 'Example News', byline: 'By Jane Doe and John Roe', publishedTime: '2024-05-01T08:00:00Z' },
    tags: ['balkans'],
    created: '2024-05-02T11:00:00.000Z',
    modified: '2024-05-02T11:00:00.000Z',
  }),
  highlight({
    id: '00000000-0000-4000-8000-00000000000c',
    quote: 'The *new* [treaty] costs <$5bn> & #rises — "=1+1"\n\nSecond paragraph',
    entities: [],
    target: {
      source: 'https://blog.example/post',
      url: 'https://blog.example/post?id=(1)',
      canonicalUrl: null,
      selectors: [
        { type: 'TextQuoteSelector', exact: 'The *new* [treaty] costs <$5bn> & #rises — "=1+1"\n\nSecond paragraph' },
        { type: 'TextPositionSelector', start: 0, end: 66 },
      ],
    },
    page: { title: 'A [bracketed] title', siteName: null, byline: null, publishedTime: 'May 3, 2024' },
    note: '',
    tags: ['to do'.replace(' ', '-')],
    created: '2024-06-01T00:00:00.000Z',
    modified: '2024-06-01T00:00:00.000Z',
  }),
];
