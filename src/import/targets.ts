// Officials → the draft's targets: ids from the office, salutations from the letter's salutation
// line (unless the block gave its own "Salutation:"), and nothing else added.
import type { DraftTarget } from './draft.js';
import { reachableBy, type ImportedOfficial } from './official-block.js';
import { assignSalutations, salutationValue } from './salutation.js';
import { targetIdFrom, uniqueIds } from './slugs.js';
import { honorificCase, officeCase, personCase } from './recase.js';
import { fold } from './text.js';
import { greetedPerson } from './office-greeted-person.js';
import { greetedName } from './greeted-name.js';
import { isPersonName } from './official-words.js';
import type { Confidence, Finding } from './types.js';

export interface BuiltTarget {
  official: ImportedOfficial;
  target: DraftTarget;
  /** Where the salutation came from, for the report. */
  salutation?: { line: number; confidence: Confidence; fromLetter: boolean } | undefined;
}

/** `toSource` turns a document line into the source line it came from (they differ after unflattening). */
export function buildTargets(officials: Finding<ImportedOfficial[]>, salutation: Finding<string[]>, toSource: (n: number) => number = (n) => n): BuiltTarget[] {
  if (!officials.found) return [];
  const list = officials.value;
  const assigned = salutation.found ? assignSalutations(salutation.value, list) : [];
  const writtenTo = list.filter((o) => !o.copy).length;
  const ids = uniqueIds(list.map((o) => targetIdFrom(o.nameFromOffice ? o.name?.value : (o.title ?? o.organisation)?.value, o.name?.value)));
  return list.map((found, i) => {
    const fromLetter = assigned.find((a) => a.official === i);
    // "Supreme Leader … Geneva, Switzerland Dear Mr Example,": the greeting on the office's own line names him.
    const greeted = found.nameFromOffice && !found.title && fromLetter && typeof fromLetter.value === 'string' && salutation.found && toSource(salutation.line) === toSource(lastLine(found)) ? greetedPerson(fromLetter.value) : undefined;
    // "Presidente del Consiglio" / his address / "Egregio Presidente Mario Esempio,": the block prints
    // only the office, and the letter's greeting names its holder after that office's own words. Only
    // the one official written to, and a name in full: a greeting shared by several offices, or a
    // surname alone, is no answer.
    const holder = greeted === undefined && found.nameFromOffice && !found.title && !found.copy && found.name && writtenTo === 1 && fromLetter && typeof fromLetter.value === 'string' ? greetedName(fromLetter.value, found.name.value) : undefined;
    const held = holder !== undefined && holder.split(/\s+/u).length >= 2 && isPersonName(holder) ? holder : undefined;
    const line = salutation.found ? salutation.line : found.line;
    const o = organisationIntoAddress(
      greeted && found.name ? withGreetedName(found, greeted, line, ON_OWN_LINE) : held && found.name ? withGreetedName(found, held, line, AFTER_OFFICE) : found,
    );
    const own = o.salutation;
    const target: DraftTarget = {
      id: ids[i] ?? `official-${i + 1}`,
      name: o.nameFromOffice ? o.name?.value : personCase(o.name?.value),
      honorific: honorificCase(o.honorific?.value),
      title: o.title && officeCase(o.title.value),
      organisation: o.organisation?.value,
      salutation: own ? salutationValue(own.value) : fromLetter?.value,
      address: o.address.map((a) => a.value),
      emails: o.emails.map((e) => e.value),
      fax: o.fax?.value,
      phone: o.phone?.value,
      twitter: o.twitter?.value,
      copy: o.copy,
      origin: `read from lines ${toSource(o.line)}–${toSource(lastLine(o))}`,
      todo: [
        ...o.unsure.map((u) => `line ${toSource(u.line)} "${u.value}" ${u.kept ? 'was kept on the name' : 'was left out'}: ${u.why ?? "is it this official's title, organisation or an address line?"}`),
        // No line of the block could be a name (see name-gate.ts), or only an office was named
        // ("an den Justizminister (…)"): the reader writes the name.
        ...(o.name ? [] : [noName(o)]),
        // The letter's envelope named him and nothing more (or the page cut the address short): say so.
        ...(unreachable(o) ? ['no address, email, fax, phone or handle is printed for this official: add how the letter reaches this official'] : []),
        ...(o.cutOff === true ? [`the page's text ends at line ${toSource(lastLine(o))}, inside this official's lines: the rest of the address and any contact lines are not printed; copy them from the whole page`] : []),
      ],
    };
    const source = own
      ? { line: own.line, confidence: own.confidence, fromLetter: false }
      : fromLetter && salutation.found
        ? { line: salutation.line, confidence: fromLetter.confidence, fromLetter: true }
        : undefined;
    return { official: o, target, salutation: source };
  });
}

/**
 * "Embassy of the Russian Federation" above "2650 Wisconsin Ave. NW": an institution printed with a
 * postal address is that address's first line, as the document prints it. Kept as `organisation`
 * too, the letter would print it twice (name, title, organisation, then the address); without a
 * postal address (email only) it stays the organisation.
 */
export function organisationIntoAddress(o: ImportedOfficial): ImportedOfficial {
  const org = o.organisation;
  if (!org || o.address.length === 0) return o;
  const inAddress = o.address.some((a) => fold(a.value).includes(fold(org.value)));
  return { ...o, organisation: undefined, address: inAddress ? o.address : [org, ...o.address] };
}

/** Why the greeting's name is the official's: the greeting printed on his own line, or naming his office's holder. */
const ON_OWN_LINE = "the name taken from the letter's greeting printed on this official's line";
const AFTER_OFFICE = "the name taken from the letter's greeting, which names the holder after this official's office";

function withGreetedName(o: ImportedOfficial, name: string, line: number, source: string): ImportedOfficial {
  const why = `${source}, the office "${o.name?.value ?? ''}" his title: check it`;
  return { ...o, name: { value: name, line }, nameFromOffice: false, title: o.name, confidence: 'medium', unsure: [...o.unsure, { value: name, line, kept: true, why }] };
}

function noName(o: ImportedOfficial): string {
  const office = o.title ?? o.organisation;
  return office
    ? `only the office is printed ("${office.value}"), no person: write the official's name`
    : 'no name, office or institution is printed for this official: write the name of the person (or the office) the letter goes to';
}

const unreachable = (o: ImportedOfficial): boolean => !reachableBy(o);

function lastLine(o: ImportedOfficial): number {
  const lines = [o.name, o.honorific, o.title, o.organisation, o.fax, o.phone, o.twitter, o.salutation, ...o.address, ...o.emails];
  return lines.reduce((max, l) => Math.max(max, l?.line ?? 0), o.line);
}
