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

/** Can these two names (core parts) denote the same person? */
export function compatibleNames(a: string[], b: string[], aParts: string[], bParts: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (a.join(' ') === b.join(' ')) return true;
  if (a.length === 1 || b.length === 1) {
    const [one, many, manyParts] = a.length === 1 ? [a[0], b, bParts] : [b[0], a, aParts];
    if (many.length === 1) return similarSurname(one, many[0]);
    return shortForms(manyParts).includes(one) || similarSurname(one, many[many.length - 1]);
  }
  // A compound or particle surname alone ("López Obrador", "von der Leyen") against the full name.
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < long.length && long.slice(long.length - short.length).join(' ') === short.join(' ')) return true;
  if (!similarSurname(a[a.length - 1], b[b.length - 1])) return false;
  return givenKey(a[0]) === givenKey(b[0]);
}

/**
 * Groups occurrences into persons. Anchored names found persons, longest names first; every other
 * occurrence joins the person it is compatible with (the most recently mentioned one when several
 * are), or stays unassigned.
 */
export function groupPersons(occ: NameOccurrence[]): { persons: Person[]; personOf: number[] } {
  const cores = occ.map((o) => coreParts(o.parts));
  const personOf = occ.map(() => -1);
  const persons: Person[] = [];
  const members: number[][] = [];
  // A person is matched by its fuller names once it has any: "Hunter Biden" does not join "Joe
  // Biden" through the shared "Biden".
  const fits = (i: number, p: number) => {
    const multi = members[p].filter((m) => cores[m].length > 1);
    return (multi.length ? multi : members[p]).some((m) => compatibleNames(cores[i], cores[m], occ[i].parts, occ[m].parts));
  };

  const anchored = occ.map((_, i) => i).filter((i) => occ[i].anchor !== undefined);
  anchored.sort((x, y) => cores[y].length - cores[x].length || x - y);
  for (const i of anchored) {
    const candidates = persons.map((_, p) => p).filter((p) => fits(i, p));
    let p = candidates.length ? candidates.reduce((best, c) => (nearestBefore(members[c], i) > nearestBefore(members[best], i) ? c : best)) : -1;
    if (p < 0) {
      p = persons.length;
      persons.push({ occurrences: [], anchors: [] });
      members.push([]);
    }
    members[p].push(i);
    personOf[i] = p;
  }
  for (let i = 0; i < occ.length; i++) {
    if (personOf[i] >= 0) continue;
    // A full name first written after the person's short form is someone else ("President Trump"
    // ... "Ivanka Trump"); articles introduce a person by the full name.
    const later = (p: number) => cores[i].length > 1 && members[p].every((m) => cores[m].length === 1) && members[p].some((m) => m < i);
    const candidates = persons.map((_, p) => p).filter((p) => fits(i, p) && !later(p));
    if (!candidates.length) continue;
    // Several people share a short form ("Li"): the one named most recently before it.
    const p = candidates.reduce((best, c) => (nearestBefore(members[c], i) > nearestBefore(members[best], i) ? c : best));
    members[p].push(i);
    personOf[i] = p;
  }
  members.forEach((m, p) => {
    persons[p].occurrences = [...m].sort((x, y) => occ[x].start - occ[y].start);
    persons[p].anchors = m.filter((i) => occ[i].anchor !== undefined).map((i) => occ[i].anchor as number);
  });
  return { persons, personOf };
}

/** Index of the member closest before i (or -1); members after i count as far away. */
function nearestBefore(members: number[], i: number): number {
  let best = -1;
  for (const m of members) if (m < i && m > best) best = m;
  return best;
}
