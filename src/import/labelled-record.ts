// Officials given as a record of labelled fields, one per line:
//   Name: Jane Doe / Title: Minister of Justice / Address: 1 Main Street, City / Email: … / Salutation: …
// (es "Nombre:/Cargo:/Dirección:/Correo-e:/Tratamiento:", fr "Nom :/Fonction :/Adresse :/Courriel :/
// Formule d'appel :", de "Name:/Amt:/Anschrift:/E-Mail:/Anrede:"). A "Name:" line alone is how the
// labelled template names the people at risk; followed by an office, address or contact field it
// is an official. Such a record is written as the block readers know it: the name, office and
// address labels are taken off (contact and salutation labels stay, the block reader knows them),
// and a blank line is put before each record so two records never run into one official.
import { foldedLabels, labelsOf } from './field-labels.js';
import { fold } from './fold.js';

const NAME = /^(?:name|nombre|nom|nome|namn)$/;
const OFFICE = /^(?:title|position|office|job title|cargo|puesto|fonction|titre|poste|amt|funktion|titel|amtsbezeichnung|befattning)$/;
const ADDRESS = new RegExp(`^(?:${foldedLabels(labelsOf('address'))})$`);
/** Fields the block reader reads by their label: they end nothing, and are left as they are. */
const CONTACT = new RegExp(`^(?:${foldedLabels(labelsOf('email', 'phone', 'fax', 'twitter', 'otherChannel', 'salutation'))})$`);

/** How many lines may stand between a "Name:" line and the record's next field. */
const FIELD_GAP = 2;

interface Field {
  kind: 'name' | 'office' | 'address' | 'contact';
  value: string;
}

function fieldOf(line: string): Field | undefined {
  const m = /^([^:]{2,30}?)\s*:\s*(\S.*)$/.exec(line.trim());
  if (!m) return undefined;
  const label = fold(m[1] ?? '').trim();
  const value = (m[2] ?? '').trim();
  if (NAME.test(label)) return { kind: 'name', value };
  if (OFFICE.test(label)) return { kind: 'office', value };
  if (ADDRESS.test(label)) return { kind: 'address', value };
  if (CONTACT.test(label)) return { kind: 'contact', value };
  return undefined;
}

/**
 * The lines with each labelled record unlabelled, and where each line came from. `origin[i]` is
 * kept for the lines kept; a blank line put before a record takes its first line's origin.
 */
export function unlabelRecords(
  lines: readonly string[],
  origin: readonly number[],
): { lines: string[]; origin: number[] } | undefined {
  if (!lines.some((l) => /^\s*(?:name|nombre|nom)\s*:/i.test(l))) return undefined;
  const outLines: string[] = [];
  const outOrigin: number[] = [];
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const field = fieldOf(line);
    if (field?.kind !== 'name' || !startsRecord(lines, i)) {
      outLines.push(line);
      outOrigin.push(origin[i] ?? i + 1);
      continue;
    }
    changed = true;
    if (outLines.length > 0 && (outLines[outLines.length - 1] ?? '').trim() !== '') {
      outLines.push('');
      outOrigin.push(origin[i] ?? i + 1);
    }
    // The record: the name line and every labelled field after it, blank lines between allowed.
    let last = i;
    for (let j = i; j < lines.length; j++) {
      const text = lines[j] ?? '';
      if (text.trim() === '') continue;
      const f = fieldOf(text);
      if (!f || (f.kind === 'name' && j > i)) break;
      outLines.push(f.kind === 'contact' ? text : f.value);
      outOrigin.push(origin[j] ?? j + 1);
      last = j;
    }
    // The blank lines after the record stay: they part it from what follows.
    i = last;
  }
  return changed ? { lines: outLines, origin: outOrigin } : undefined;
}

/** A "Name:" line followed, within FIELD_GAP lines, by an office, address or contact field. */
function startsRecord(lines: readonly string[], at: number): boolean {
  const name = fieldOf(lines[at] ?? '');
  if (!name || name.value.split(/\s+/).length > 8) return false;
  for (let j = at + 1, seen = 0; j < lines.length && seen < FIELD_GAP; j++) {
    const text = lines[j] ?? '';
    if (text.trim() === '') continue;
    seen++;
    const f = fieldOf(text);
    if (f && f.kind !== 'name') return true;
  }
  return false;
}
