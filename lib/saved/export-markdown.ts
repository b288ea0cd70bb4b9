// Highlights as Markdown notes for Obsidian or Logseq: one section per article with a link, the
// page facts, each quote as a block quote with its note and #tags. Page text is escaped so a quote
// cannot turn into a link, HTML or formatting in the reader's notes app.
import { quoteOf, type SavedHighlight } from './model';
import { dateOnly, groupByArticle, oneLine } from './group';
import { siteLabel } from './search';

/** Backslash-escapes the characters that would make page text into markup. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]<>|#]/g, '\\$&');
}

function link(title: string, url: string): string {
  const text = escapeMarkdown(oneLine(title) || url);
  // Angle brackets let an address contain parentheses and spaces.
  return `[${text}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

/** Obsidian tags take letters, digits, _ - and /; anything else becomes -. */
export function tagMarkdown(t: string): string {
  return `#${t.replace(/[^\p{L}\p{N}_/-]/gu, '-')}`;
}

function blockQuote(s: string): string {
  return s
    .trim()
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `> ${escapeMarkdown(line.trim())}` : '>'))
    .join('\n');
}

function highlightBlock(h: SavedHighlight): string {
  const parts = [blockQuote(quoteOf(h))];
  if (h.note.trim()) parts.push(h.note.trim());
  if (h.tags.length) parts.push(h.tags.map(tagMarkdown).join(' '));
  return parts.join('\n\n');
}

export function toMarkdown(hs: SavedHighlight[]): string {
  const sections = groupByArticle(hs).map(({ lead, highlights }) => {
    const facts = [siteLabel(lead), dateOnly(lead.page.publishedTime), lead.page.byline && oneLine(lead.page.byline)]
      .filter((x): x is string => !!x)
      .map(escapeMarkdown);
    const head = [`## ${link(lead.page.title, lead.target.url)}`];
    if (facts.length) head.push(facts.join(' · '));
    return [...head, ...highlights.map(highlightBlock)].join('\n\n');
  });
  return `# Attaché highlights\n\n${sections.join('\n\n---\n\n')}\n`;
}
