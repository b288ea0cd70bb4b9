// One person, one entity: groups the names an article uses for the same person ("Mike Pompeo",
// "Mr. Pompeo", "Pompeo"; "Yuan Jiajun", "Yuan"; "Nikki R. Haley", "Nikki Haley") and assigns every
// later short form to the person it refers to. Works on name parts only, so it is independent of
// how names and titles were found.
import { coreParts, givenKey, shortForms } from './names';

/** One place where the text names someone. */
export interface NameOccurrence {
  /** Span of the mention, including a courtesy word ("Mr. Pompeo"). */
  start: number;
  end: number;
  /** Span of the name alone. */
  nameStart: number;
  nameEnd: number;
  /** Name parts as written ("Nikki", "R.", "Haley"). */
  parts: string[];
  /** Set when this occurrence is named next to an office (an anchor). */
  anchor?: number;
}

export interface Person {
  /** Indices into the occurrences, in text order. */
  occurrences: number[];
  /** Anchor ids of the occurrences that carry an office. */
  anchors: number[];
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

const similarSurname = (a: string, b: string) => a === b || (a.length >= 6 && b.length >= 6 && editDistanceAtMostOne(a, b));

/** A name prepared for comparison once: identifying parts, their joined key and the short forms. */
export interface NameForm {
  core: string[];
  key: string;
  short: string[];
}

export function nameForm(parts: string[]): NameForm {
  const core = coreParts(parts);
  return { core, key: core.join(' '), short: shortForms(parts) };
}

/** Can these two names denote the same person? */
export function compatibleNames(a: NameForm, b: NameForm): boolean {
  if (a.core.length === 0 || b.core.length === 0) return false;
  if (a.key === b.key) return true;
  if (a.core.length === 1 || b.core.length === 1) {
    const [one, many] = a.core.length === 1 ? [a, b] : [b, a];
    const last = many.core[many.core.length - 1];
    if (many.core.length === 1) return similarSurname(one.key, last);
    return many.short.includes(one.key) || similarSurname(one.key, last);
  }
  // A compound or particle surname alone ("López Obrador", "von der Leyen") against the full name.
  const [short, long] = a.core.length <= b.core.length ? [a, b] : [b, a];
  if (short.core.length < long.core.length && long.key.endsWith(' ' + short.key)) return true;
  if (!similarSurname(a.core[a.core.length - 1], b.core[b.core.length - 1])) return false;
  return givenKey(a.core[0]) === givenKey(b.core[0]);
}

/**
 * Groups occurrences into persons. Anchored names found persons, longest names first; every other
 * occurrence joins the person it is compatible with (the most recently mentioned one when several
 * are), or stays unassigned. Each person is compared through its distinct name forms only, so the
 * cost grows with the number of people, not of mentions.
 */
export function groupPersons(occ: NameOccurrence[]): { persons: Person[]; personOf: number[] } {
  // Articles repeat names: each distinct spelling is prepared once.
  const formOf = new Map<string, [NameForm, string[]]>();
  const forms: NameForm[] = [];
  // Per occurrence: the first letters of its name words (see byWord below), shared by equal forms.
  const keys: string[][] = [];
  for (const o of occ) {
    const k = o.parts.join('\u0000');
    let f = formOf.get(k);
    if (!f) {
      const form = nameForm(o.parts);
      formOf.set(k, (f = [form, wordKeysOf(form)]));
    }
    forms.push(f[0]);
    keys.push(f[1]);
  }
  const personOf = occ.map(() => -1);
  const members: number[][] = [];
  // Per person: distinct forms with several parts, and single-part forms.
  const multi: Map<string, NameForm>[] = [];
  const single: Map<string, NameForm>[] = [];
  // Answers per pair of keys (nested maps: no key string is built per question).
  const memo = new Map<string, Map<string, boolean>>();
  const compatible = (a: NameForm, b: NameForm) => {
    let row = memo.get(a.key);
    if (!row) memo.set(a.key, (row = new Map()));
    let v = row.get(b.key);
    if (v === undefined) row.set(b.key, (v = compatibleNames(a, b)));
    return v;
  };
  // A person is matched by its fuller names once it has any: "Hunter Biden" does not join "Joe
  // Biden" through the shared "Biden".
  const fits = (i: number, p: number) => {
    for (const f of (multi[p].size ? multi[p] : single[p]).values()) if (compatible(forms[i], f)) return true;
    return false;
  };
  // Persons by the first letters of their name words: only people sharing a word (or a near
  // spelling of it) are ever compared.
  const byWord = new Map<string, Set<number>>();
  const wordKeys = (i: number) => keys[i];
  const near = (i: number): number[] => {
    let out: Set<number> | null = null;
    for (const k of wordKeys(i)) {
      const ps = byWord.get(k);
      if (!ps) continue;
      out ??= new Set();
      for (const p of ps) out.add(p);
    }
    return out ? [...out].sort((a, b) => a - b) : [];
  };
  const join = (i: number, p: number) => {
    members[p].push(i);
    personOf[i] = p;
    (forms[i].core.length > 1 ? multi : single)[p].set(forms[i].key, forms[i]);
    for (const k of wordKeys(i)) {
      if (!byWord.has(k)) byWord.set(k, new Set());
      byWord.get(k)!.add(p);
    }
  };
  const pick = (i: number, candidates: number[]) =>
    candidates.reduce((best, c) => (nearestBefore(members[c], i) > nearestBefore(members[best], i) ? c : best));

  const anchored = occ.map((_, i) => i).filter((i) => occ[i].anchor !== undefined);
  anchored.sort((x, y) => forms[y].core.length - forms[x].core.length || x - y);
  for (const i of anchored) {
    const candidates = near(i).filter((p) => fits(i, p));
    let p = candidates.length ? pick(i, candidates) : -1;
    if (p < 0) {
      p = members.length;
      members.push([]);
      multi.push(new Map());
      single.push(new Map());
    }
    join(i, p);
  }
  for (let i = 0; i < occ.length; i++) {
    if (personOf[i] >= 0) continue;
    // A full name first written after the person's short form is someone else ("President Trump"
    // ... "Ivanka Trump"); articles introduce a person by the full name.
    const later = (p: number) => forms[i].core.length > 1 && multi[p].size === 0 && members[p].some((m) => m < i);
    const candidates = near(i).filter((p) => fits(i, p) && !later(p));
    if (candidates.length) join(i, candidates.length === 1 ? candidates[0] : pick(i, candidates));
  }
  const persons = members.map((m) => ({
    occurrences: [...m].sort((x, y) => occ[x].start - occ[y].start),
    anchors: m.filter((i) => occ[i].anchor !== undefined).map((i) => occ[i].anchor as number),
  }));
  return { persons, personOf };
}

/** The first five letters of each word of a name's identifying parts. */
export function wordKeysOf(f: NameForm): string[] {
  const out: string[] = [];
  for (const c of f.core) for (const w of c.split(' ')) out.push(w.slice(0, 5));
  return out;
}

/** Index of the member closest before i (or -1); members after i count as far away. */
function nearestBefore(members: number[], i: number): number {
  let best = -1;
  for (const m of members) if (m < i && m > best) best = m;
  return best;
}
