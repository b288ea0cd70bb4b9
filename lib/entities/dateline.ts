// A wire-style dateline ("SEOUL, South Korea (AP) —") says where the story is told from. For an
// official whose title names no state ("Prime Minister Anthony Albanese" in a story from Canberra),
// that is better evidence of the state served than the countries of foreign officials elsewhere in
// the article, so officials.ts gives it weight in the article's own-country prior.
import type { CountryMention } from './countries';

/** How far into the text a dateline can start: the headline, a standfirst and a byline come first. */
const DATELINE_WINDOW = 600;
/** The place before the country: capitals, as datelines write it ("SEOUL", "NEW DELHI", "PORT-AU-PRINCE"). */
const PLACE_BEFORE = /(?:^|\n)[ \t]*\p{Lu}[\p{Lu}\p{M}.'’ -]{1,40},[ \t]+$/u;
/** After the country: an optional agency or date in parentheses, then the dash that ends a dateline. */
const DASH_AFTER = /^[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[—–-][ \t]/;

/**
 * The state named by the text's dateline, or null. Only the "PLACE, Country —" form counts: a
 * country name in it is explicit, while a bare city ("GENEVA —", "VIENNA —") is often the venue
 * of talks between other states.
 */
export function datelineCountry(text: string, countries: readonly CountryMention[]): string | null {
  for (const c of countries) {
    if (c.start > DATELINE_WINDOW) break;
    if (c.form === 'demonym') continue;
    const before = text.slice(Math.max(0, c.start - 48), c.start);
    if (PLACE_BEFORE.test(before) && DASH_AFTER.test(text.slice(c.end, c.end + 48))) return c.code;
  }
  return null;
}
