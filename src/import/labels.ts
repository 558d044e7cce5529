// UAs end with a run of labelled lines ("PREFERRED LANGUAGE TO ADDRESS TARGET: English, …").
// Each label is matched on the folded text (lower case, no accents) so one pattern covers the
// capitals and the accents of every language; the value may also sit on the following line.
import { foldedLabels, labelsOf } from './field-labels.js';
import { fold, isAllCaps, isBlank, lineAt, nextNonBlank } from './text.js';
import type { ImportText } from './types.js';

export const LABELS = {
  languages: [/^preferred languages?\b/, /^languages? (?:to|for) (?:address|write|use)/, /^idiomas?\b/, /^langues?\b/, /^lingu[ae]s?\b/, /^(?:bevorzugte )?sprachen?\b/, /^sprak\b/],
  deadline: [
    /\btake action\b.*\b(?:until|before|by)\b/,
    /\bdeadline\b/,
    /\bsend appeals? (?:before|by|until)\b/,
    /\bno mas tarde\b/,
    /\bfecha limite\b/,
    /\b(?:actuen|actua|envien|escriban)\b.*\bantes\b/,
    /\bagi(?:r|ssez)\b.*\bavant\b/,
    /\bdate limite\b/,
    /\bdelai d'envoi\b/,
    /\b(?:frist|einsendeschluss)\b/,
    /\bsista dag\b/,
    /^prazo\b/,
    /\bdata limite\b/,
  ],
  subjects: [/^names? and (?:preferred )?pronouns?\b/, /^names?\b/, /^nombres?\b/, /^noms?\b/],
  previous: [/\bprevious (?:ua|urgent action)\b/, /\b(?:au|accion urgente) anterior\b/, /\b(?:au|action urgente) precedente\b/],
  issued: [/^(?:date|date issued|issue date|publication date|fecha|fecha de emision|fecha de publicacion|date de publication|datum|publicerad)$/],
  // "Formule de politesse" names a letter's closing as often as its opening: it marks the labelled
  // range after a letter, yet is never read as the salutation itself (contact-line.ts).
  salutation: [new RegExp(`^(?:${foldedLabels(labelsOf('salutation'))}|formule de politesse)$`)],
} as const satisfies Record<string, readonly RegExp[]>;

export interface LabelledLine {
  /** 1-based line of the label. */
  line: number;
  /** The label as folded text. */
  label: string;
  /** The text after the colon, or the next line's when the label stands alone. */
  value: string;
  /** 1-based line the value was read from. */
  valueLine: number;
}

/** Splits `LABEL: value` (also `LABEL : value`); undefined when the line has no label. */
export function splitLabel(line: string): { label: string; value: string } | undefined {
  // The label ends at a colon within its first 120 characters: most lines have none there.
  const colon = line.indexOf(':');
  if (colon < 2 || colon > 140) return undefined;
  const m = /^([^:]{2,120}?)\s*:\s*(.*)$/.exec(line);
  if (!m || /^https?$/i.test(m[1] ?? '')) return undefined;
  return { label: fold(m[1] ?? '').replace(/^[•\-*] /, '').trim(), value: (m[2] ?? '').trim() };
}

export function matchesLabel(line: string, patterns: readonly RegExp[]): boolean {
  const split = splitLabel(line);
  return split !== undefined && patterns.some((p) => p.test(split.label));
}

/** The first line in [from, until] whose label matches one of `patterns`. */
export function findLabelled(
  doc: ImportText,
  patterns: readonly RegExp[],
  from = 1,
  until = doc.lines.length,
): LabelledLine | undefined {
  for (let n = from; n <= until; n++) {
    const split = splitLabel(lineAt(doc, n));
    if (!split || !patterns.some((p) => p.test(split.label))) continue;
    if (split.value !== '') return { line: n, label: split.label, value: withContinuation(doc, split.value, n + 1), valueLine: n };
    const next = nextNonBlank(doc, n + 1, Math.min(until, n + 2));
    if (next !== undefined && !isTrailerLabel(lineAt(doc, next))) {
      return { line: n, label: split.label, value: lineAt(doc, next), valueLine: next };
    }
    // The label may hold the value itself: "PLEASE SEND APPEALS BEFORE 27 SEPTEMBER 2024 TO:".
    return { line: n, label: split.label, value: '', valueLine: n };
  }
  return undefined;
}

/**
 * A PDF may wrap a labelled value ("UNTIL: 20" / "November 2024", "(they/" / "them)"): the next
 * line continues it when the value visibly stops short — a trailing comma, slash, hyphen or
 * conjunction, an unclosed parenthesis, or a stub of a few characters — and that line is not a
 * label or a heading.
 */
function withContinuation(doc: ImportText, value: string, next: number): string {
  let out = value;
  for (let n = next; n < next + 2; n++) {
    const line = lineAt(doc, n);
    if (isBlank(line) || !stopsShort(out) || splitLabel(line) || isAllCaps(line)) break;
    out = /[/-]$/.test(out) ? out + line : `${out} ${line}`;
  }
  return out;
}

function stopsShort(value: string): boolean {
  const unclosed = (value.match(/\(/g)?.length ?? 0) > (value.match(/\)/g)?.length ?? 0);
  return unclosed || value.length <= 3 || /(?:[,/(&-]|\b(?:and|or|y|o|e|et|ou))$/i.test(value);
}

const TRAILER = [...LABELS.languages, ...LABELS.deadline, ...LABELS.subjects, ...LABELS.previous];

/** True for the labelled lines that follow the additional information (they end the background). */
export function isTrailerLabel(line: string): boolean {
  return matchesLabel(line, TRAILER);
}
