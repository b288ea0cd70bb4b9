// Officials named away from their title, in two patterns of French and Spanish news (issue 7):
// an office holder speaks without a name and the next quote is "added" by a name ("..., a déclaré
// le ministre des Affaires étrangères. «...», a ajouté Laurent Fabius"), and a government or regime
// is called after its head ("el régimen de Vladimir Putin"). The verbs and nouns come from the
// language's TitleLexicon (continues, governs); without them nothing is found.
import type { Anchor, TokenIndex } from './anchors';
import { readName } from './names';
import type { TitleInfo } from './titles';

/** How far (in tokens) a continued quote may be from the unnamed speaker's title. */
const REACH = 80;

/** Names after a verb of continued speech, given the titles that were left without a name. */
export function continuedSpeakers(ix: TokenIndex, bare: TitleInfo[], blocked: (i: number) => boolean): Anchor[] {
  const verbs = new Set(ix.T.lex.continues ?? []);
  const out: Anchor[] = [];
  if (!verbs.size || !bare.length) return out;
  const { tokens } = ix;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].isWord || !verbs.has(tokens[i].text.toLowerCase())) continue;
    const title = bare.filter((t) => t.tokenEnd <= i && i - t.tokenEnd <= REACH).at(-1);
    if (!title) continue;
    const name = readName(tokens, i + 1, blocked, ix.T);
    // The name must end the clause: "a ajouté Laurent Fabius." and not "a ajouté Laurent Fabius, qui ...".
    if (name && name.parts.length >= 2 && /^[.,;!?]$/.test(tokens[name.tokenEnd]?.text ?? '.')) out.push({ name, title, confidence: 0.6 });
  }
  return out;
}

/** "el régimen de Vladimir Putin", "le gouvernement de Pedro Sánchez": the head of that government. */
export function governedNames(ix: TokenIndex, blocked: (i: number) => boolean): Anchor[] {
  const nouns = new Set(ix.T.lex.governs ?? []);
  const out: Anchor[] = [];
  if (!nouns.size) return out;
  const { tokens } = ix;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!tokens[i].isWord || !nouns.has(tokens[i].text.toLowerCase()) || !ix.T.prepositions.has(tokens[i + 1].text)) continue;
    const name = readName(tokens, i + 2, blocked, ix.T);
    if (!name || name.parts.length < 2) continue;
    const title: TitleInfo = {
      tokenStart: i, tokenEnd: i + 1, headStart: i, headEnd: i + 1, headText: tokens[i].text, strength: 'weak',
      country: undefined, dest: [], nameStartHint: i + 2,
    };
    out.push({ name, title, confidence: 0.6, silent: true });
  }
  return out;
}
