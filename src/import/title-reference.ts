// The headline ("VENEZUELA: MASS DETENTION OF VULNERABLE GROUPS") and the reference as published
// ("UA 72/24", "Second Urgent Action 72.24"). The reference may stand under "URGENT ACTION" or
// appear only in the "let us know the actions you took on …" bullet.
import { findLandmarks } from './landmarks.js';
import { casingFrom, sentenceCase } from './recase.js';
import { lineAt } from './text.js';
import { found, notFound, type Finding, type ImportText } from './types.js';

const ORDINAL = '(?:first|second|third|fourth|fifth|sixth|further|primera|segunda|tercera|cuarta|quinta|sexta|premi[eè]re|deuxi[eè]me|troisi[eè]me|quatri[eè]me)';
const LONG_REFERENCE = new RegExp(`(?:${ORDINAL}\\s+)?(?:urgent action|acci[oó]n urgente|action urgente)(?:\\s+(?:update|no\\.?|n[°º]))?[\\s:#]*\\d{1,3}[./]\\d{2}(?!\\d)`, 'i');
// The abbreviations are matched in capitals only: "au 12.30" is French for "at 12.30".
const SHORT_REFERENCE = /(?:(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]urther|FIRST|SECOND|THIRD|FURTHER)\s+)?\b(?:UA|AU)(?:\s+(?:[Uu]pdate|[Nn]o\.?|[Nn][°º]))?[\s:#]*\d{1,3}[./]\d{2}(?!\d)/;

export function recogniseReference(doc: ImportText): Finding<string> {
  const { kind, title, additional } = findLandmarks(doc);
  const { titleEnd } = findLandmarks(doc);
  const header = Math.max(kind ?? 0, titleEnd ?? title ?? 0, 3);
  const until = additional ?? doc.lines.length;
  for (let n = 1; n <= until; n++) {
    const line = lineAt(doc, n);
    const m = SHORT_REFERENCE.exec(line) ?? LONG_REFERENCE.exec(line);
    if (!m) continue;
    const value = m[0].replace(/\s*[:#]\s*/, ' ').replace(/\s+/g, ' ').trim();
    return n <= header ? found(value, 'high', n) : found(value, 'medium', n, 'read from the text, not a header');
  }
  return notFound('no "UA 00/00" or "Urgent Action 00.00" before the additional information');
}

export function recogniseTitle(doc: ImportText): Finding<string> {
  const { title, titleText } = findLandmarks(doc);
  if (title === undefined || titleText === undefined) return notFound('no headline such as "COUNTRY: WHAT HAPPENED" under URGENT ACTION');
  // "… (Egypt: UA 16.20)": the country and reference in brackets are not part of the headline.
  const raw = titleText.replace(/\s*\([^()]*\b\d{1,3}[./]\d{2}\)\s*$/, '');
  const value = sentenceCase(raw, casingFrom(doc.lines));
  return value === raw ? found(value, 'high', title) : found(value, 'medium', title, 're-cased from capitals: check names');
}
