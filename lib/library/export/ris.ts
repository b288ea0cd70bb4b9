// One RIS record per article for Zotero and other reference managers: type, title, site, authors,
// dates, URL, the tags as keywords, and each highlight as its own note. Zotero reads a note with
// HTML as a formatted note, so each note is one line of escaped HTML (a quote, the reader's note,
// the tags); a one-line value also means page text can never start a line that RIS would read as a tag.
import type { SavedHighlight } from '../model';
import { cleanTags } from '../highlight';
import { groupByArticle, isoDate, oneLine, type ArticleGroup } from './group';

const EOL = '\r\n';

const line = (tag: string, value: string) => `${tag}  - ${value}`;

/** Words that make a byline part an organisation, whose name must not be turned into "Last, First". */
const ORG_WORD = /\b(?:press|news|newsroom|reuters|agency|agence|presse|staff|editorial|board|desk|correspondents?|bureau|service|times|post|wire|afp|ap|xinhua|tass|bbc|team|reporters?)\b/i;

/** The people in a byline ("By Jane Doe and John Smith" → two names). */
export function bylineAuthors(byline: string | null): string[] {
  if (!byline) return [];
  return oneLine(byline)
    .replace(/^by\s+/i, '')
    .split(/\s*(?:;|&|\||\band\b|,)\s*/i)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

/** RIS wants "Last, First"; organisations and one-word names stay whole. */
export function risName(name: string): string {
  const words = name.split(' ');
  if (words.length < 2 || words.length > 4 || ORG_WORD.test(name) || !words.every((w) => /^\p{Lu}/u.test(w))) return name;
  return `${words[words.length - 1]}, ${words.slice(0, -1).join(' ')}`;
}

const risDate = (iso: string) => `${iso.replace(/-/g, '/')}/`;

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const htmlLines = (s: string) => escapeHtml(s.trim()).replace(/\r\n?|\n/g, '<br/>');

/** One highlight as a one-line HTML note. */
export function risNote(h: SavedHighlight): string {
  let html = `<blockquote>${htmlLines(h.target.selectors[0].exact)}</blockquote>`;
  if (h.note.trim()) html += `<p>${htmlLines(h.note)}</p>`;
  if (h.tags.length) html += `<p>Tags: ${escapeHtml(h.tags.map(oneLine).join(', '))}</p>`;
  return html;
}

function record(g: ArticleGroup): string {
  const published = isoDate(g.page.publishedTime);
  const site = oneLine(g.page.siteName ?? '');
  const lines = [line('TY', published && site ? 'NEWS' : 'ELEC'), line('TI', oneLine(g.page.title) || g.url)];
  if (site) lines.push(line('T2', site));
  for (const a of bylineAuthors(g.page.byline)) lines.push(line('AU', risName(a)));
  if (published) lines.push(line('DA', risDate(published)), line('PY', published.slice(0, 4)));
  lines.push(line('UR', g.url));
  const accessed = isoDate(g.firstSaved);
  if (accessed) lines.push(line('Y2', risDate(accessed)));
  for (const tag of cleanTags(g.highlights.flatMap((h) => h.tags))) lines.push(line('KW', oneLine(tag)));
  for (const h of g.highlights) lines.push(line('N1', risNote(h)));
  lines.push(line('ER', ''));
  return lines.join(EOL);
}

export function toRis(highlights: readonly SavedHighlight[]): string {
  const records = groupByArticle(highlights).map(record);
  return records.length ? `${records.join(EOL + EOL)}${EOL}` : '';
}
