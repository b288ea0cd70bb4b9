// Attaché's recognition against compromise (`nlp(text).people()` plus `.places()`) on the same
// article texts: speed, and how well each finds the gold officials and countries. compromise finds
// people and places, not officials and countries, so its answers are mapped generously (see
// below); the comparison says how a general NER library would do at this job, not how good it is.
import countries from 'i18n-iso-countries';
import worldCountries from 'world-countries';
import { cpuMs, median, timed } from './stats.mjs';

/** The scorer's name normalisation (shared/eval/score.mjs). */
export const norm = (s) =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/\p{Cf}/gu, '')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’‘`"]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Country names, official names and alternative spellings → ISO alpha-2, for compromise's places. */
const PLACE_CODES = (() => {
  const map = new Map();
  for (const c of worldCountries) {
    for (const n of [c.name.common, c.name.official, ...(c.altSpellings ?? [])]) {
      const k = norm(n);
      if (k.length > 1 && !map.has(k)) map.set(k, c.cca2);
    }
  }
  return map;
})();

export function placeToCode(place) {
  const k = norm(place).replace(/^the /, '').replace(/ s$/, '');
  return PLACE_CODES.get(k) ?? countries.getAlpha2Code(k, 'en') ?? null;
}

function runCompromise(nlp, text) {
  const doc = nlp(text);
  return { people: doc.people().out('array'), places: doc.places().out('array') };
}

/**
 * People found against gold officials. A found form matches an official when it equals the name or
 * an alias, or ends with the full name (compromise keeps titles: "President Vladimir Putin"). Forms
 * of a person already matched are neither right nor wrong (compromise has no coreference); forms of
 * optional officials are ignored. `personPrecision` also accepts the gold's named non-officials.
 */
export function scorePeople(found, gold) {
  const officials = gold.officials ?? [];
  const formsOf = (o) => [o.name, ...(o.aliases ?? [])].map(norm);
  const optional = (gold.optionalOfficials ?? []).map(norm);
  const others = (gold.notOfficials ?? []).map(norm);
  const matches = (f, names) => names.some((n) => f === n || f.endsWith(` ${n}`));
  const matched = new Set();
  let tp = 0;
  let fp = 0;
  let persons = 0;
  for (const f of new Set(found.map(norm).filter(Boolean))) {
    const gi = officials.findIndex((o) => matches(f, formsOf(o)));
    if (gi >= 0) {
      if (!matched.has(gi)) tp++;
      matched.add(gi);
      persons++;
      continue;
    }
    if (matches(f, optional)) continue;
    fp++;
    if (matches(f, others)) persons++;
  }
  return { tp, fp, fn: officials.length - matched.size, persons };
}

export function scoreCountries(codes, gold) {
  const want = new Set((gold.countries ?? []).map((c) => c.toUpperCase()));
  const got = new Set(codes.filter(Boolean).map((c) => c.toUpperCase()));
  let tp = 0;
  for (const c of got) if (want.has(c)) tp++;
  return { tp, fp: got.size - tp, fn: want.size - tp };
}

export const prf = ({ tp, fp, fn }) => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

const add = (a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, persons: (a.persons ?? 0) + (b.persons ?? 0) });

/** texts: [{page, text, lang}]; both tools get each text, `runs` times after one warm-up. */
export function compareRecognition(recognize, nlp, texts, { runs }, clock = cpuMs, progress = () => {}) {
  const zero = { tp: 0, fp: 0, fn: 0, persons: 0 };
  const totals = { ours: { people: zero, countries: zero }, compromise: { people: zero, countries: zero } };
  const rows = [];
  if (texts.length) {
    recognize(texts[0].text, { lang: texts[0].lang ?? undefined });
    runCompromise(nlp, texts[0].text);
  }
  for (const { page, text, lang } of texts) {
    progress(page.id);
    const oursMs = [];
    const theirsMs = [];
    let ours = [];
    let theirs = null;
    for (let i = 0; i < runs; i++) {
      let t;
      [ours, t] = timed(clock, () => recognize(text, { lang: lang ?? undefined }));
      oursMs.push(t);
      [theirs, t] = timed(clock, () => runCompromise(nlp, text));
      theirsMs.push(t);
    }
    const g = page.gold;
    const ourPeople = scorePeople(ours.filter((e) => e.type === 'official').map((e) => e.name), g);
    const ourCountries = scoreCountries(ours.filter((e) => e.type === 'country').map((e) => e.code), g);
    const cPeople = scorePeople(theirs.people, g);
    const cCountries = scoreCountries(theirs.places.map(placeToCode), g);
    totals.ours.people = add(totals.ours.people, ourPeople);
    totals.ours.countries = add(totals.ours.countries, ourCountries);
    totals.compromise.people = add(totals.compromise.people, cPeople);
    totals.compromise.countries = add(totals.compromise.countries, cCountries);
    const row = { id: page.id, chars: text.length, oursMs: median(oursMs), compromiseMs: median(theirsMs) };
    rows.push({ ...row, speedup: row.compromiseMs / row.oursMs });
  }
  const quality = {};
  for (const tool of ['ours', 'compromise']) {
    const p = totals[tool].people;
    quality[tool] = {
      people: { ...prf(p), tp: p.tp, fp: p.fp, fn: p.fn, personPrecision: p.tp + p.fp ? p.persons / (p.tp + p.fp) : 0 },
      countries: { ...prf(totals[tool].countries), ...totals[tool].countries },
    };
    delete quality[tool].countries.persons;
  }
  return { rows, quality };
}
