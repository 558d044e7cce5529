// Scores an import draft against the facts a careful reader takes from the document (the shape of
// ../shared/fixtures/urgent-actions/EXPECTED.json, plus an optional `copy` per official). A fact is
// right, missed (the draft leaves it out), wrong (the draft has a different value) or invented (the
// draft gives a value where the document has none: an extra official, a phone the official has not
// got, a heading or instruction inside an official's fields). Used by bench/import-score.mjs and the layout tests.
import { parse } from 'yaml';

const fold = (s) => String(s).normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
const same = (a, b) => fold(a) === fold(b);
// A handle printed as its address ("https://twitter.com/name") is the same fact as "@name".
const handle = (s) => fold(s).replace(/^(?:https?:\/\/)?(?:www\.)?(?:twitter|x)\.com\//, '').replace(/^@/, '').replace(/\/$/, '');
// An address holds no space: one printed broken across a line ("…@antioquia.gov. co") is the same fact joined.
const email = (s) => fold(s).replace(/\s+/g, '');
const sameEmail = (a, b) => email(a) === email(b);
// A comma that closes a printed address line ("Presidencia de la República,") stands between that
// line and the next; a case file's address lines hold none at their end: the same line without it.
const addressLine = (s) => fold(s).replace(/\s*[,;]$/, '');

/** { right, missed, wrong, invented, facts, details: string[] } for one draft. */
export function scoreDraft(caseText, expected) {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(caseText);
  const fm = (m ? parse(m[1]) : {}) ?? {};
  const bodyText = m ? m[2] : '';
  const s = { right: 0, missed: 0, wrong: 0, invented: 0, details: [] };
  const fact = (label, want, got, eq = same) => {
    if (want === undefined) return;
    // A TODO placeholder ("TODO-YYYY-MM-DD") is the draft saying it did not find the value.
    const empty = got === undefined || got === null || got === '' || /^TODO/.test(String(got)) || (Array.isArray(got) && got.length === 0);
    if (want === null) {
      if (!empty) { s.invented++; s.details.push(`invented ${label}: ${JSON.stringify(got)}`); }
      return;
    }
    // "languages: []": the page names none and prints no letter; a draft that gives none has it right.
    if (Array.isArray(want) && want.length === 0) {
      if (empty) s.right++;
      else { s.wrong++; s.details.push(`wrong ${label}: ${JSON.stringify(got)} (expected [])`); }
      return;
    }
    if (empty) { s.missed++; s.details.push(`missed ${label}: ${JSON.stringify(want)}`); }
    else if (eq(want, got)) s.right++;
    else { s.wrong++; s.details.push(`wrong ${label}: ${JSON.stringify(got)} (expected ${JSON.stringify(want)})`); }
  };
  fact('deadline', expected.deadline, fm.deadline, (a, b) => String(a) === String(b));
  fact('country', expected.country, fm.country, (list, got) => list.some((c) => same(c, got)));
  fact('languages', expected.languages, fm.languages, (a, b) => JSON.stringify(a) === JSON.stringify(b));
  const targets = Array.isArray(fm.targets) ? fm.targets : [];
  const used = new Set();
  const matched = [];
  for (const [i, want] of (expected.targets ?? []).entries()) {
    const at = matchTarget(want, targets, used);
    matched[i] = at;
    if (at !== undefined) used.add(at);
    scoreTarget(`targets[${i}]`, want, at === undefined ? undefined : targets[at], fact, s);
  }
  targets.forEach((t, i) => {
    if (!used.has(i)) { s.invented++; s.details.push(`invented official: ${JSON.stringify(t.name)}`); }
  });
  // Another official's name inside this one's title, organisation or address sends the letter to a
  // mix of two people: as much an invention as a heading there (unless this one's address names it).
  for (const [i, want] of (expected.targets ?? []).entries()) {
    const at = matched[i];
    if (at === undefined) continue;
    const t = targets[at];
    const text = fold(JSON.stringify([t.title, t.organisation, t.address]));
    for (const other of expected.targets ?? []) {
      const name = other === want ? '' : fold(other.name ?? '');
      if (name.split(' ').length < 2 || fold(want.name ?? '').includes(name) || (want.address_contains ?? []).some((a) => fold(a).includes(name))) continue;
      if (text.includes(name)) { s.invented++; s.details.push(`invented: another official's name "${other.name}" inside official ${JSON.stringify(t.name)}`); }
    }
  }
  for (const bad of expected.never ?? []) {
    for (const t of targets) {
      const text = JSON.stringify([t.name, t.honorific, t.title, t.organisation, t.address, t.salutation]);
      if (text.includes(bad)) { s.invented++; s.details.push(`invented: "${bad}" inside official ${JSON.stringify(t.name)}`); }
    }
  }
  if (expected.letter_phrase) {
    // The letter and its translations ("## Letter (en)"): the phrase may be from any of them.
    const letter = [...bodyText.matchAll(/^## Letter\b[^\n]*\n([\s\S]*?)(?=^## |$(?![\s\S]))/gm)].map((m) => m[1]).join('\n');
    fact('letter', expected.letter_phrase, letter === '' ? undefined : letter, (want, got) => fold(got).includes(fold(want)));
  }
  s.facts = s.right + s.missed + s.wrong;
  return s;
}

function matchTarget(want, targets, used) {
  const free = targets.map((t, i) => [t, i]).filter(([, i]) => !used.has(i));
  const byName = free.find(([t]) => t.name && same(t.name, want.name));
  if (byName) return byName[1];
  const emails = (t) => [t.email ?? []].flat().map(email);
  const byEmail = free.find(([t]) => (want.email ?? []).some((e) => emails(t).includes(email(e))));
  if (byEmail) return byEmail[1];
  const addr = (t) => fold([t.address ?? []].flat().join(' '));
  const byAddress = free.find(([t]) => (want.address_contains ?? []).some((a) => addr(t).includes(addressLine(a))));
  if (byAddress) return byAddress[1];
  // "Trudeau" for "Justin Trudeau": the right person with the name cut short is a wrong name, not an invented official.
  return free.find(([t]) => t.name && fold(want.name ?? '').endsWith(` ${fold(t.name)}`))?.[1];
}

function scoreTarget(at, want, got, fact, s) {
  const t = got ?? {};
  fact(`${at}.name`, want.name, t.name);
  const emails = [t.email ?? []].flat();
  for (const e of want.email ?? []) fact(`${at}.email`, e, emails.find((x) => sameEmail(x, e)) ?? (emails.length > (want.email?.indexOf(e) ?? 0) ? '?' : undefined), sameEmail);
  if (want.email) for (const e of emails) if (!want.email.some((w) => sameEmail(w, e))) { s.invented++; s.details.push(`invented ${at}.email: ${e}`); }
  const address = fold([t.address ?? []].flat().join(' | '));
  // An address printed on one line, its parts between commas ("…, Basbakanlik, Ankara, Türkei"), has
  // no line breaks of its own: where a draft breaks it into envelope lines is no fact. Read joined
  // with commas too, a line the facts give across that break is the same line.
  const runOn = fold([t.address ?? []].flat().join(', '));
  for (const a of want.address_contains ?? []) fact(`${at}.address`, a, address.includes(addressLine(a)) || runOn.includes(addressLine(a)) ? a : undefined);
  // A bilingual salutation printed as one string ("Your Excellency / Exzellenz") is the same fact as
  // a language map holding both forms, with or without spaces around the slash ("Dear Minister/Sr. Ministro").
  fact(`${at}.salutation`, want.salutation, t.salutation, (w, g) => salutations(g).some((x) => same(x, w)) || same(salutations(g).join(' / '), w.replace(/\s*\/\s*/g, ' / ')));
  fact(`${at}.twitter`, want.twitter, t.twitter, (w, g) => handle(w) === handle(g));
  // "202 332 3344 | 4350" as printed is "202 332 3344 / 4350" in a case file, whose numbers hold no bar.
  fact(`${at}.phone`, want.phone, t.phone, sameNumber);
  fact(`${at}.fax`, want.fax, t.fax, sameNumber);
  // A copy recipient ("Also send copies to …") drafted as an official to write to, or the reverse,
  // sends the letter to the wrong person: counted only when the facts say which it is.
  if (want.copy !== undefined && got !== undefined) fact(`${at}.copy`, want.copy === true ? 'copy' : 'official', t.copy === true ? 'copy' : 'official');
}

// A number printed with long dashes ("615–741–2001") is written with hyphens in a case file, whose
// phone numbers take no other dash: the same number.
const dashes = (s) => String(s).replace(/[‐‑‒–—]/g, '-');
// The facts take the first of several numbers printed for one field; a draft that keeps them all
// ("+1 555 0100 / +1 555 0101") has that one first.
const sameNumber = (w, g) => {
  const want = dashes(w).replace(/\s*\|\s*/g, ' / ');
  return same(want, dashes(g)) || (!want.includes(' / ') && same(want, dashes(g).split(' / ')[0]));
};

const salutations = (v) => (typeof v === 'string' ? [v] : Object.values(v ?? {})).map((x) => String(x).replace(/[,:]\s*$/, ''));

/** Adds up scores. */
export function total(scores) {
  const t = { right: 0, missed: 0, wrong: 0, invented: 0, facts: 0 };
  for (const s of scores) for (const k of Object.keys(t)) t[k] += s[k];
  return t;
}
