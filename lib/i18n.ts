// UI text through the WebExtension message files (public/_locales/<lang>/messages.json). The
// browser's getMessage is injected, so views and tests share one `t`; when it answers '' (a test,
// a key missing from the browser's copy) the English file's text is used, with the same
// placeholder rules ($NAME$ → its content, $1…$9 → the substitutions, $$ → $).
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Messages = Record<string, MessageEntry>;

export type Subs = string | number | readonly (string | number)[];
export type Translate = (key: string, subs?: Subs) => string;
export type GetMessage = (key: string, subs?: string[]) => string;

const list = (subs?: Subs): string[] => (subs === undefined ? [] : Array.isArray(subs) ? subs.map(String) : [String(subs)]);

/** One message with its substitutions, as browsers do it. */
export function formatMessage(entry: MessageEntry, subs: readonly string[] = []): string {
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  const fill = (s: string) => s.replace(/\$(\d)|\$\$/g, (m, n) => (n ? subs[Number(n) - 1] ?? '' : '$'));
  // One pass, so text substituted in is never read again for placeholders.
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$|\$(\d)|\$\$/g, (m, name: string | undefined, n: string | undefined) => {
    if (name !== undefined) {
      const content = named.get(name.toLowerCase());
      return content === undefined ? m : fill(content);
    }
    return n !== undefined ? subs[Number(n) - 1] ?? '' : '$';
  });
}

/** The placeholder names a message uses and the $n each one stands for, for the key check. */
export function placeholderShape(entry: MessageEntry): string[] {
  const names = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toLowerCase());
  return [...new Set(names)].sort().map((n) => `${n}=${entry.placeholders?.[n]?.content ?? Object.entries(entry.placeholders ?? {}).find(([k]) => k.toLowerCase() === n)?.[1].content ?? '?'}`);
}

export function makeT(getMessage: GetMessage | null, fallback: Messages): Translate {
  return (key, subs) => {
    const s = list(subs);
    let text = '';
    try {
      text = getMessage?.(key, s) ?? '';
    } catch {
      text = '';
    }
    if (text) return text;
    const entry = fallback[key];
    return entry ? formatMessage(entry, s) : key;
  };
}

/**
 * The `one` or `other` message for a count, by the plural rules of the messages' own language
 * (`ui_lang`): French says "1 mention" and "0 mention", English "0 mentions". Both keys are literal at
 * the call site so the message-file check sees them.
 */
export function plural(t: Translate, n: number, one: string, other: string, subs?: Subs): string {
  let form = n === 1 ? 'one' : 'other';
  try {
    form = new Intl.PluralRules(t('ui_lang')).select(n);
  } catch {
    /* an unknown language tag: keep the English rule */
  }
  return t(form === 'one' ? one : other, subs ?? n);
}
