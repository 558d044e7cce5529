// What follows an official's name in an instruction to write, clause by clause: "…, à l'adresse
// email : a@… ou b@…" (his), "…, en l'envoyant à l'ambassade … : c@…" (his, sent through the
// embassy), "…, mettez en copie l'ambassade de X à Bruxelles : d@…" (a copy to the embassy), "… et
// à l'ambassade : e@…" / "… and to the embassy at …" (a second recipient: not his, left out), "Cci :
// action@…" (the page's own tracking address: never anyone's). The first clause that is none of
// these, or names someone else, ends the reading: what comes after is the reader's to check.
import { emailsIn } from './contact-line.js';
import { fold } from './text.js';

export interface SentenceClauses {
  /** Clauses whose emails are the named official's. */
  own: string[];
  /** Institutions the reader is asked to copy, with their emails. */
  copies: Array<{ institution: string; emails: string[] }>;
  /** Emails after a second recipient the sentence names ("and to Mr Other at b@…"): nobody's the reading can tell, named in a TODO. */
  leftOut: string[];
}

/** A blind copy for the page's own counting: "Cci", "Bcc", "CCO", "copie cachée", "Blindkopie". */
const BLIND = /\b(?:cci|bcc|cco|copie cachee|copia oculta|blind ?copy|blindkopie|copia nascosta|hemlig kopia)\b/;
/** A copy: "mettez en copie", "copy in", "con copia a", "in Kopie an", "cc". */
const COPY = /\b(?:en copie|mettez en copie|mettre en copie|copie[zr]? a|copy(?: in| to)?|copying|cc|con copia|en copia|copia a|copiando(?: a)?|in kopie|kopie an|com copia|kopia till|(?:mettete |mettendo |metti )?in copia|per conoscenza)\b/;
/** A second recipient joined by "and to": "et à l'ambassade", "and to the embassy", "y a la embajada", "und an". */
const AND_TO = /^(?:et|and|y|und|e|och|ainsi qu'?)\s+(?:a|au|aux|to|al|an|a la|a l'|till)\b/;
/** Where a clause turns to a second recipient or to a copy, inside one clause ("… and copy the embassy", "… et en mettant en copie l'ambassade"). */
const AND_TO_INSIDE = /\s(?=(?:et|and|y|und|e|och)\s+(?:a|au|aux|to|al|an|a la|a l'|till|(?:mettez |mettre |en mettant )?en copie|copy|copying|cc|con copia|en copia|copiando|in kopie|com copia)\s)/g;
/** Where a clause with no comma turns to a copy after an email (": a@… avec copie à …", "… with a copy to …"). */
const COPY_INSIDE = /(?<=@\S+)\s(?=(?:avec (?:une )?copie|en copie|with (?:a )?cop(?:y|ies)|con copia|mit (?:einer )?kopie|met (?:een )?kopie|com copia)\s)/g;
/**
 * "… mettez en copie l'ambassade … : a@… ou au consulat … : b@…", "… in Kopie an die Botschaft … oder an
 * das Konsulat …", "… con copia a la Embajada … o al Consulado …": a second institution the reader may
 * write to instead, joined by "or" and its "to", is one of its own with the emails after it (folded).
 */
const OR_TO_INSIDE = /\s(?=(?:ou|or|o|oder)\s+(?:au|a la|a l'|aux|to the|to|al|a|ao|a o|an den|an die|an das|an)\s)/g;
const OR_TO = /^(?:ou|or|o|oder)\s+(?:au|a la|a l'|aux|to the|to|al|a|ao|a o|an den|an die|an das|an)\s/;
/** Someone else named in the clause: a courtesy title before a capital, or an office word and a capital. */
const SOMEONE = /(?:^|\s)(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Herrn?|Frau|Sr\.|Sra\.)\s+\p{Lu}/u;
/** The institution copied: "l'ambassade de RDC à Bruxelles", "the Embassy of X in London". */
const INSTITUTION = /\b(?:l['’]\s*|the\s+|la\s+|die\s+|el\s+)?(?:ambassade|embassy|embajada|botschaft|consulat|consulate|consulado|konsulat|consolato|mission permanente|permanent mission|misi[oó]n permanente|ambasciata|embaixada|ambassad(?:en)?)\b[^:@,;]*/iu;
/** An institution named by its country or town, a capital after its keyword ("Embajada de Ejemplo", "Embassy of Exampleland in London"), ending the clause. */
const NAMED_INSTITUTION = /^\S+\s(?:(?:of|de|del|d['’]|von|di|in|en|à|a|the|la|le)\s?)+\p{Lu}[\p{L}'’ -]{1,60}$/u;
/** More words than a channel needs ("à l'adresse email", "via the embassy in Brussels") before its first email. */
const MAX_WORDS_BEFORE_EMAIL = 16;

export function sentenceClauses(after: string): SentenceClauses {
  const own: string[] = [];
  const copies: SentenceClauses['copies'] = [];
  let last: 'own' | 'copy' | undefined;
  const clauses = clausesOf(firstSentence(after));
  for (const [i, clause] of clauses.entries()) {
    const f = fold(clause);
    const emails = emailsIn(clause);
    // "…, b@example.org": a clause of emails alone goes on with the clause before it.
    if (emails.length > 0 && clause.replace(/\S+@\S+/gu, '').replace(/\b(?:ou|or|o|oder|et|and|y|und|eller)\b/giu, '').trim() === '') {
      if (last === 'own') own.push(clause);
      else if (last === 'copy') copies.at(-1)?.emails.push(...emails);
      else break;
      continue;
    }
    if (BLIND.test(f)) break;
    const before = clause.slice(0, clause.indexOf('@') < 0 ? clause.length : clause.indexOf('@'));
    if (emails.length > 0 && before.split(/\s+/).length > MAX_WORDS_BEFORE_EMAIL) break;
    // "… ou au consulat de X à Bruxelles : b@…" after a copy: the other institution the reader may copy, with its own email.
    const orInstitution = last === 'copy' && OR_TO.test(f) ? institutionIn(before) : undefined;
    if (orInstitution !== undefined) {
      if (SOMEONE.test(clause) || (emails.length === 0 && !NAMED_INSTITUTION.test(orInstitution))) break;
      copies.push({ institution: orInstitution, emails });
      continue;
    }
    if (COPY.test(f)) {
      const institution = institutionIn(before);
      // "con copia a la Embajada de Ejemplo": an embassy named by its country, with no email, is still the copy the
      // page asks for (the reader adds how it is reached); "copy the embassy of your country" names none.
      if (!institution || SOMEONE.test(clause) || (emails.length === 0 && !NAMED_INSTITUTION.test(institution))) break;
      copies.push({ institution, emails });
      last = 'copy';
      continue;
    }
    if (AND_TO.test(f.trim()) || SOMEONE.test(clause)) return { own, copies, leftOut: clauses.slice(i).flatMap(emailsIn) };
    if (emails.length > 0) {
      own.push(clause);
      last = 'own';
    }
  }
  return { own, copies, leftOut: [] };
}

/** The institution a clause names, without its article ("l'ambassade de X à Bruxelles" → "ambassade de X à Bruxelles"). */
const institutionIn = (before: string): string | undefined => INSTITUTION.exec(before)?.[0].replace(/^(?:l['’]\s*|the\s+|la\s+|die\s+|el\s+)/iu, '').replace(/[\s:]+$/u, '');

/**
 * Up to the end of the sentence: a stop, question or exclamation mark before a capital or the end,
 * or an email followed by a new sentence ("… : a@example.org Vous pouvez aussi …", where a page's
 * line break was lost: the address ends the line, so it had no full stop).
 */
export function firstSentence(text: string): string {
  const end = /[.!?](?=\s+\p{Lu}|\s*$)|(?<=@[\w.-]+\.\p{L}{2,})(?=\s+\p{Lu}\p{Ll}+\s+\p{Ll})/u.exec(text);
  return end ? text.slice(0, end.index) : text;
}

/** Clauses at commas and semicolons; "… et à l'ambassade …" starts a clause of its own. */
function clausesOf(sentence: string): string[] {
  return sentence
    .split(/[,;]\s+/u)
    .flatMap((c) => splitAt(c, AND_TO_INSIDE))
    .flatMap((c) => splitAt(c, COPY_INSIDE))
    .flatMap((c) => (/@/u.test(c) ? splitAt(c, OR_TO_INSIDE) : [c]))
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

function splitAt(clause: string, at: RegExp): string[] {
  const f = fold(clause);
  // fold() keeps one character for one when no letter decomposes into two: the offsets then hold.
  if (f.length !== clause.length) return [clause];
  const cuts = [...f.matchAll(at)].map((m) => m.index);
  if (cuts.length === 0) return [clause];
  return [0, ...cuts].map((from, i) => clause.slice(from, cuts[i] ?? clause.length));
}
