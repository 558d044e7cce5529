// "NAME AND PREFERRED PRONOUN: Persons detained for protesting (they, them, their)" → the people
// at risk with their pronouns. Several people are written "A (she/her) and B (he/him)".
import type { Subject } from '../case/types.js';
import { findLabelled, LABELS } from './labels.js';
import { found, notFound, type Finding, type ImportText } from './types.js';

/** "they, them, their" → "they/them"; other forms ("ella", "il") are kept as written. */
export function normalisePronouns(raw: string): string {
  const parts = raw.split(/\s*[,/;]\s*|\s+(?:and|y|et)\s+/).map((p) => p.trim()).filter(Boolean);
  const english = parts.every((p) => /^(?:she|her|hers|he|him|his|they|them|their|theirs|ze|zir|xe|xem)$/i.test(p));
  return english && parts.length >= 2 ? parts.slice(0, 2).join('/').toLowerCase() : parts.join('/');
}

export function parseSubjects(value: string): Subject[] {
  const text = value.trim().replace(/[.;]$/, '');
  const subjects: Subject[] = [];
  // A name, its pronouns in parentheses, then a separator: ",", ";", "and", "y", "et".
  const pattern = /\s*(?:^|,|;|\band\b|\by\b|\bet\b)?\s*([^(),;]+?)\s*\(([^)]*)\)/gy;
  let consumed = 0;
  for (const m of text.matchAll(pattern)) {
    subjects.push({ name: (m[1] ?? '').trim(), pronouns: normalisePronouns(m[2] ?? '') });
    consumed = (m.index ?? 0) + m[0].length;
  }
  const rest = text.slice(consumed).replace(/^\s*(?:,|;|\band\b|\by\b|\bet\b)\s*/, '').trim();
  if (rest !== '') subjects.push(...rest.split(/\s*;\s*/).map((name) => ({ name })));
  return subjects.filter((s) => s.name !== '').map((s) => (s.pronouns ? s : { name: s.name }));
}

export function recogniseSubjects(doc: ImportText): Finding<Subject[]> {
  const labelled = findLabelled(doc, LABELS.subjects);
  if (!labelled) return notFound('no line labelled NAME AND PREFERRED PRONOUN');
  const subjects = parseSubjects(labelled.value);
  if (subjects.length === 0) return notFound(`line ${labelled.valueLine} names nobody`);
  const withPronouns = subjects.every((s) => s.pronouns !== undefined);
  return found(subjects, withPronouns ? 'high' : 'medium', labelled.valueLine, withPronouns ? undefined : 'no pronouns given');
}
