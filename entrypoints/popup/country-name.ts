// Display names for ISO 3166-1 alpha-2 codes in the language of the page's messages, from the
// browser's own ICU data (Intl), so the popup ships no country table. Falls back to the code itself.
let names: Intl.DisplayNames | null | undefined;

export function countryName(code: string): string {
  if (names === undefined) {
    try {
      // In the language of the popup's messages (<html lang>, set from them), English otherwise.
      names = new Intl.DisplayNames([document.documentElement.lang || 'en', 'en'], { type: 'region', fallback: 'code' });
    } catch {
      names = null;
    }
  }
  try {
    return names?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
