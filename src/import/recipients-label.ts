// Labels that name the officials in a line of their own, with no block of contact details:
//   Destinataires : Président de la République, M Exemple, au Ministre des Droits humains, M Jean
//   Exemple, et à Me Ana Exemple, chef du département de la Justice.
//   Target: Jane Example, Minister of Justice
// The label's list is cut at its commas and "and"s: an office next to a courtesy title and a name
// (before or after it) is one official. A part that is neither is left out, and so is a list
// where any person stands without an office next to him (a list of the people at risk is no
// list of officials). The letter's greeting is left to the draft to give them.
import { hasOfficeWord } from './office-words.js';
import { isPersonName, splitHonorific, splitLeadingRole } from './official-words.js';
import type { ImportedOfficial } from './official-block.js';
import { fold, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** "Destinataires :", "Recipients:", "Destinatarios:", "Empfänger:", "Target:", "Cible :" (folded), then the list. */
const LABEL = /^(?:destinataires?|recipients?|destinatarios?|destinatarias?|empfanger(?:innen)?|adressaten|targets?|cibles?|objetivo|alvo)\s*:\s*(\S.{3,600})$/u;
/** A courtesy title the way lists print it, the French "M" and "Me" (maître) included. */
const COURTESY = /^(M\.?|Me|Mme\.?|Mlle\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sr\.?|Sra\.?|Herrn?|Frau|H\.\s?E\.?|S\.\s?E\.?)\s+(.+)$/u;
/** The small words that bring in the next one listed ("au", "et à", "and to the"), folded. */
const JOINING = /^(?:(?:et|and|y|und|e)\s+)?(?:(?:a|au|aux|a la|a l'|to|to the|the|al|a la|an|an den|an die)\s+)?/u;

interface Part {
  office?: string;
  honorific?: string;
  name?: string;
}

export function labelledRecipients(doc: ImportText): ImportedOfficial[] {
  for (let n = 1; n <= doc.lines.length; n++) {
    const text = lineAt(doc, n).trim();
    // Cheap first: a colon near the start.
    const colon = text.indexOf(':');
    if (colon < 5 || colon > 16) continue;
    const m = LABEL.exec(fold(text));
    if (!m) continue;
    const listed = officialsIn(text.slice(colon + 1).trim(), n);
    if (listed.length > 0) return listed;
  }
  return [];
}

function officialsIn(list: string, line: number): ImportedOfficial[] {
  const parts = list.replace(/[.;]\s*$/u, '').split(/\s*,\s*|\s+(?:et|and|y|und)\s+(?=\S)/u).map((p) => partOf(p.trim()));
  if (parts.some((p) => p === undefined)) return [];
  const out: ImportedOfficial[] = [];
  const at = (value: string) => ({ value, line });
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as Part;
    const next = parts[i + 1];
    if (p.name !== undefined && p.office !== undefined) out.push(made(p, at, line));
    else if (p.office !== undefined && next?.name !== undefined && next.office === undefined) {
      out.push(made({ ...next, office: p.office }, at, line));
      i++;
    } else if (p.name !== undefined && next?.office !== undefined && next.name === undefined) {
      out.push(made({ ...p, office: next.office }, at, line));
      i++;
    } else if (p.name !== undefined) return [];
  }
  return out;
}

function made(p: Part, at: (v: string) => { value: string; line: number }, line: number): ImportedOfficial {
  return {
    line,
    confidence: 'low',
    nameFromOffice: false,
    name: at(p.name ?? ''),
    ...(p.honorific ? { honorific: at(p.honorific) } : {}),
    ...(p.office ? { title: at(p.office) } : {}),
    address: [],
    emails: [],
    copy: false,
    unsure: [],
  };
}

/** One part of the list: an office, a courtesy title and a name, or an office and a name together; undefined when it is none. */
function partOf(raw: string): Part | undefined {
  const joined = JOINING.exec(fold(raw))?.[0].length ?? 0;
  const text = raw.slice(joined).trim();
  if (text === '') return {};
  const courtesy = COURTESY.exec(text);
  if (courtesy) {
    const rest = (courtesy[2] ?? '').trim();
    // "M Exemple": a list may give the surname alone after the courtesy title.
    if (isPersonName(rest) || /^\p{Lu}[\p{L}'’-]+$/u.test(rest)) return { honorific: courtesy[1] ?? '', name: rest };
    return undefined;
  }
  const split = splitLeadingRole(text);
  if (split && isPersonName(split.name)) return { office: split.title, name: split.name };
  if (hasOfficeWord(fold(text)) && text.split(/\s+/).length <= 10) return { office: text };
  const { honorific, rest } = splitHonorific(text);
  if (isPersonName(rest)) return { ...(honorific ? { honorific } : {}), name: rest };
  return undefined;
}
