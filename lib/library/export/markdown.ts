// Highlights as notes for Obsidian or Logseq: one section per article (a linked title, then site,
// byline and date), each highlight a block quote with its note, mentions and #tags. Page text is
// escaped so that it shows as written and cannot become markup (HTML, links, embeds, comments);
// the reader's own notes are left as typed, since they may be Markdown on purpose.
import type { SavedHighlight } from '../model';
import { groupByArticle, isoDate, oneLine } from './group';

/** Inline Markdown (CommonMark plus Obsidian's %% comments and == marks) shown literally. */
export function escapeInline(s: string): string {
  return s.replace(/[\\`*_[\]<>#|~!$]/g, '\\$&').replace(/%%/g, '%\\%').replace(/==/g, '=\\=');
}

/** A line that would start a heading, list, rule or quote at the start of a block keeps its text literal. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([-+=]|\d+(?=[.)]))/, (_m, space: string, mark: string) => `${space}${/\d/.test(mark) ? `${mark}\\` : `\\${mark}`}`);
}

function quoteBlock(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => (l.trim() ? `> ${escapeLineStart(escapeInline(l.trim()))}` : '>'))
    .join('\n');
}

/** Tags as Obsidian and Logseq read them: no spaces, no punctuation but - _ /. */
export function hashtag(tag: string): string {
  const t = tag
    .replace(/[^\p{L}\p{N}_/]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return t ? `#${t}` : '';
}

function linkTarget(url: string): string {
  return `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
}

function highlightBlock(h: SavedHighlight): string {
  const parts = [quoteBlock(h.target.selectors[0].exact)];
  if (h.note.trim()) parts.push(h.note.trim());
  if (h.entities.length) parts.push(`Mentions: ${h.entities.map((e) => escapeInline(oneLine(e.name))).join(', ')}`);
  const tags = h.tags.map(hashtag).filter(Boolean);
  if (tags.length) parts.push(tags.join(' '));
  return parts.join('\n\n');
}

export function toMarkdown(highlights: readonly SavedHighlight[]): string {
  return groupByArticle(highlights)
    .map((g) => {
      const title = escapeInline(oneLine(g.page.title) || g.url);
      const facts = [g.page.siteName, g.page.byline, isoDate(g.page.publishedTime)]
        .map((s) => oneLine(s ?? ''))
        .filter(Boolean)
        .map(escapeInline);
      const head = [`## [${title}](${linkTarget(g.url)})`];
      if (facts.length) head.push(facts.join(' · '));
      return [...head, ...g.highlights.map(highlightBlock)].join('\n\n');
    })
    .join('\n\n---\n\n')
    .concat(highlights.length ? '\n' : '');
}
