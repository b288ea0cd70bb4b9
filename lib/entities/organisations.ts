// Finding institutions in tokens: each language's names ("State Department" -> US, "NATO" -> null)
// are compiled with its office titles (title-registry.ts Titles.orgs); the English names are data
// (data/organisations.en.ts), delivered with the English pack.
import type { PhraseMatcher, Token } from './matcher';

/** A match value: an ISO code, or null for an international organisation. */
export type OrgValue = { code: string | null };

export interface OrgMention {
  tokenStart: number;
  tokenEnd: number;
  code: string | null;
}

/** Every institution named in the tokens, leftmost-longest, in one pass. */
export function findOrganisations(tokens: Token[], m: PhraseMatcher<OrgValue>): OrgMention[] {
  const out: OrgMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const hit = tokens[i].isWord ? m.matchAt(tokens, i) : null;
    if (hit) {
      out.push({ tokenStart: hit.tokenStart, tokenEnd: hit.tokenEnd, code: hit.value.code });
      i = hit.tokenEnd;
    } else i++;
  }
  return out;
}
