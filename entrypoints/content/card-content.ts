// What the small card shown on a highlight says, separate from how it is drawn (./card) so the
// wording can be tested without a page. Pure: entities in, plain strings out; the card puts them in
// the page with textContent only.
import type { Entity } from '@/lib/types';
import { msg, pluralMsg } from './ui-text';

export interface CardContent {
  kind: Entity['type'];
  title: string;
  /** Regional-indicator flag for a country; empty when the code has none. */
  flag: string;
  /** `key` names the row for styling and tests whatever the UI language ("office", "country", "mentions"). */
  rows: { key: string; label: string; value: string }[];
  /** For a country: the officials of that country in the article, most mentioned first. */
  list: { label: string; items: string[]; empty: string } | null;
  /** One sentence for screen readers. */
  summary: string;
}

/** The flag emoji of an ISO 3166-1 alpha-2 code (two regional-indicator letters); '' if not a code. */
export function flagEmoji(code: string): string {
  if (!/^[A-Za-z]{2}$/.test(code)) return '';
  const up = code.toUpperCase();
  return String.fromCodePoint(0x1f1e6 + up.charCodeAt(0) - 65, 0x1f1e6 + up.charCodeAt(1) - 65);
}

export const mentionLabel = (n: number) =>
  pluralMsg(n, ['card_mentions_one', '$1 mention in this article'], ['card_mentions_other', '$1 mentions in this article']);

export function cardContent(entity: Entity, all: readonly Entity[], countryName: (code: string) => string): CardContent {
  const count = mentionLabel(entity.mentions.length);
  if (entity.type === 'official') {
    const office = entity.titles[0] ?? msg('card_office_unknown', 'Office not stated');
    const country = entity.country ? countryName(entity.country) : msg('card_country_unknown', 'Not stated');
    return {
      kind: 'official',
      title: entity.name,
      flag: '',
      rows: [
        { key: 'office', label: msg('card_office', 'Office'), value: office },
        { key: 'country', label: msg('card_country', 'Country'), value: country },
        { key: 'mentions', label: msg('card_mentions', 'Mentions'), value: count },
      ],
      list: null,
      summary: `${entity.name}: ${office}, ${country}. ${count}.`,
    };
  }
  const name = countryName(entity.code) || entity.name;
  const officials = all
    .filter((e) => e.type === 'official' && e.country === entity.code)
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .map((e) => (e.type === 'official' && e.titles[0] ? `${e.name} (${e.titles[0]})` : e.name));
  return {
    kind: 'country',
    title: name,
    flag: flagEmoji(entity.code),
    rows: [{ key: 'mentions', label: msg('card_mentions', 'Mentions'), value: count }],
    list: { label: msg('card_officials_of', 'Officials of $1 in this article', [name]), items: officials, empty: msg('card_none_named', 'None named') },
    summary: `${name}. ${count}. ${officials.length ? msg('card_officials_list', 'Officials: $1.', [officials.join('; ')]) : msg('card_no_officials', 'No officials named.')}`,
  };
}
