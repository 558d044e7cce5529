// Italian blogs and news items give an official's details inside one sentence, each after a label
// with its article and verb: "Per scrivere al Ministro dell'Interno l'indirizzo postale è: Ministro
// dell'Interno, piazza Esempio 1, 00100 Roma; il fax: 0612345678; l'indirizzo di posta elettronica
// e': ministro@example.it ;". Such a line is cut into the sentence's head and the lines of a block
// (the address a part a line, each channel under its plain label), which the block reader reads as
// it reads a printed block. Only a sentence about writing, with two such labels or more; the
// sender's own details ("Mittente: …", "il mio indirizzo") are no official's.
import { fold } from './fold.js';

/** A label as a sentence prints it, folded: its article or preposition, the label, its verb, the colon. */
const LABEL = /(?:^|(?<=[\s;,(]))(?:l'|il |la |lo |per |oppure per |o per )?(indirizzo postale|indirizzo di posta elettronica(?: certificata)?|posta elettronica(?: certificata)?|indirizzo e-?mail|indirizzo|e-?mail|mail|pec|fax|numero di fax|telefono|numero di telefono|tel\.?)(?: (?:e'|e|sono))?\s?:\s*/g;
/** The words a label opens with, as printed: a line with none is not folded to learn that it holds none. */
const MAY_HOLD = /indirizzo|fax|posta|mail|telefono|tel\.|pec/i;
/** The stems ABOUT_WRITING and WRITE_TO look for, as printed: a line with none is neither folded nor searched further. */
const ASKS_TO_WRITE = /scriv|invia|manda|spedi|indirizza|appell|rivolge/i;
/** The head asks to write, send or appeal (folded). */
const ABOUT_WRITING = /\b(?:scriv|invia|inviate|mandate|spedi|indirizzate|appell|rivolge)/;
/** The writer's own details, or whoever reads the replies: never an official's. */
const NOT_AN_OFFICIAL = /\b(?:mittente|mio|mia|nostro|nostra|vostro|vostra|tuo|tua|sostegno|solidarieta)\b/;

type Kind = 'address' | 'email' | 'fax' | 'phone';

const kindOf = (label: string): Kind =>
  label.startsWith('indirizzo postale') || label === 'indirizzo' ? 'address' : label.includes('fax') ? 'fax' : label.startsWith('tel') || label.includes('telefono') ? 'phone' : 'email';

/** "segreteria at example.it": the "@" written as a word, read back only where a label says an email follows. */
const SPOKEN_AT = /^([\p{L}\p{N}._%+-]+) (?:at|chiocciola) ([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)$/u;

/** A channel's value as a block prints it under its plain label, or undefined when it holds none. */
export function labelledValue(kind: Exclude<Kind, 'address'>, value: string): string | undefined {
  const v = value.trim().replace(/[\s;,.]+$/u, '');
  if (kind === 'email') {
    const email = v.replace(SPOKEN_AT, '$1@$2');
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(email) ? `Email: ${email}` : undefined;
  }
  if (!/^\+?[\d\s()./-]{6,24}$/u.test(v)) return undefined;
  return `${kind === 'fax' ? 'Fax' : 'Tel'}: ${v}`;
}

/** The line cut into its head and a block's lines, or undefined when it is no such sentence. */
export function splitLabelledSentence(line: string): string[] | undefined {
  if (line.length > 600 || !line.includes(':') || !MAY_HOLD.test(line) || !ASKS_TO_WRITE.test(line)) return undefined;
  const f = fold(line);
  // fold() keeps one character for one (accents dropped), so the offsets hold in the original line.
  if (f.length !== line.length) return undefined;
  const labels = [...f.matchAll(LABEL)];
  if (labels.length < 2) return undefined;
  const head = line.slice(0, labels[0]?.index ?? 0).trim();
  const asked = fold(head);
  if (head.split(/\s+/u).length < 3 || !ABOUT_WRITING.test(asked) || NOT_AN_OFFICIAL.test(asked)) return undefined;
  const block: string[] = [];
  for (const [i, m] of labels.entries()) {
    const from = (m.index ?? 0) + m[0].length;
    const next = labels[i + 1];
    let value = line.slice(from, next === undefined ? undefined : next.index);
    // The last value ends with the sentence: at a semicolon, or a full stop before a space.
    if (next === undefined) value = value.split(/;|\.\s/u)[0] ?? '';
    const kind = kindOf(m[1] ?? '');
    if (kind === 'address') {
      const parts = value.split(/\s*[,;]\s+/u).map((p) => p.trim().replace(/[\s,;]+$/u, '')).filter((p) => p !== '');
      if (parts.length < 2 || parts.some((p) => p.includes(':') || p.split(/\s+/u).length > 8)) return undefined;
      block.push(...parts);
    } else {
      const field = labelledValue(kind, value);
      if (field === undefined) return undefined;
      block.push(field);
    }
  }
  return [`${head.replace(/[\s,;:]+$/u, '')}:`, ...block];
}

/**
 * "Propongo di scrivere al Presidente della Repubblica, on. Marco Esempio (Palazzo Esempio, 00100
 * Roma; con francobollo ordinario: oppure per e-mail: segreteria at example.it, con firma completa)
 * questa lettera:": the request names the official, and his details follow in brackets, with the
 * page's notes on postage among them. The request's verb, then the official (a capital), then the
 * brackets: read as the official's lines, his address a part a line and each labelled channel on
 * its own; the notes are kept apart, under a blank line, where no block reads them.
 */
const WRITE_TO = /^.{0,80}?\b(?:scriv\w*|invia\w*|mandat\w*|spedit\w*|indirizzat\w*|rivolge\w*) (?:a |al |alla |allo |all'|ai |agli |alle )/;
/** An address part in the brackets: a capital or a figure first, a few words, no colon. */
const ADDRESS_PART = /^[\p{Lu}\d][^:@]{0,80}$/u;

export function splitBracketedDetails(line: string): string[] | undefined {
  if (line.length > 600 || !line.includes('(') || !ASKS_TO_WRITE.test(line)) return undefined;
  const f = fold(line);
  if (f.length !== line.length) return undefined;
  const m = WRITE_TO.exec(f);
  if (!m || NOT_AN_OFFICIAL.test(m[0])) return undefined;
  const open = line.indexOf('(', m[0].length);
  const close = line.indexOf(')', open);
  if (open < 0 || close < 0) return undefined;
  const who = line.slice(m[0].length, open).trim().replace(/,$/u, '');
  if (!/^\p{Lu}/u.test(who) || who.length > 120 || /[:;()]/u.test(who)) return undefined;
  const address: string[] = [];
  const fields: string[] = [];
  const notes: string[] = [];
  for (const part of line.slice(open + 1, close).split(/\s*[;,]\s+/u).map((p) => p.trim()).filter((p) => p !== '')) {
    const label = [...fold(part).matchAll(LABEL)].at(-1);
    const kind = label === undefined ? undefined : kindOf(label[1] ?? '');
    if (label !== undefined && kind !== undefined && kind !== 'address') {
      const field = labelledValue(kind, part.slice((label.index ?? 0) + label[0].length));
      if (field === undefined) return undefined;
      fields.push(field);
      const before = part.slice(0, label.index).trim();
      if (before !== '') notes.push(before);
    } else if (ADDRESS_PART.test(part) && part.split(/\s+/u).length <= 8 && fields.length === 0) address.push(part);
    else notes.push(part);
  }
  // An address holds a figure (a postcode, a street number); without one and without a channel the brackets are an aside.
  if (!address.some((a) => /\d/u.test(a)) && fields.length === 0) return undefined;
  const tail = line.slice(close + 1).trim();
  return [`${line.slice(0, m[0].length).trim()}:`, ...who.split(/,\s+/u), ...address, ...fields, '', ...notes, ...(tail === '' ? [] : [tail])];
}
