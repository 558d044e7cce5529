// The last check on the officials, once every reader has had its say: each official's name must
// be a name (see official-name.ts). Office or courtesy words run on after a person's name are parted
// into the title or honorific. A name that cannot be one is taken away and named in a TODO (a
// building or an address line goes back to the address, where the page printed it). An official
// left with no name, office or institution is then no official of its own:
// - right under the official above, with nothing that clashes, its lines are the rest of that
//   official's block ("Parliament House" / "Canberra …" / "Fax: …" under a minister's "PO Box");
// - with no way to reach anyone (no email, fax, phone or handle), it is left out and reported;
// - otherwise it is kept with no name and a TODO: the reader sees its contacts and names it.
import { reachableBy, type ImportedOfficial } from './official-block.js';
import { addresseeVerdict, continuesCareOf, withoutFieldFurniture } from './addressee-gate.js';
import { withHolderAbove } from './holder-above-office.js';
import { greetedNameLength, institutionWordsOnName } from './institution-on-name.js';
import { courtesyBeforeName, officeWordsBeforeName } from './name-courtesy.js';
import { officeOfBureau, officeOfPerson } from './office-of-person.js';
import { isOrganisation, isPersonName, splitHonorific, splitLeadingRole } from './official-words.js';
import { greetedSurname, isRunningText, isSignersOffice, nameProblem, officeWordsOnName, salvageName, splitTrailingOffice, unsureOfficeOnName } from './official-name.js';
import type { SkippedLine } from './officials.js';
import { isMailSender } from './mail-sender.js';
import { isPersonAtRisk } from './person-at-risk.js';
import { withoutPostNominals } from './post-nominal.js';
import { isDateOnly } from './written-date.js';
import { fieldFurnitureKind } from './field-furniture.js';
import { isBlank, lineAt, nextNonBlank } from './text.js';
import { sourceLine, type ImportText, type Located } from './types.js';

/** Blank lines at most between an official's last line and the lines that go on with it. */
const MAX_GAP = 3;

export interface GatedOfficials {
  officials: ImportedOfficial[];
  skipped: SkippedLine[];
}

/** `greetings`: the sample letter's salutations, which tell where a greeted surname ends the name. */
export function gateNames(doc: ImportText, officials: readonly ImportedOfficial[], greetings: readonly string[]): GatedOfficials {
  const kept: ImportedOfficial[] = [];
  const skipped: SkippedLine[] = [];
  for (const found of officials) {
    if (isFlatLetterhead(doc, found)) {
      for (const l of linesOf(found)) skipped.push({ line: sourceLine(doc, l.line), text: l.value, why: "a letterhead run onto one line with the letter's date: the writer's address and numbers, no official's" });
      continue;
    }
    // "Jane Example" / "tel …" under the appeal, the name the mail's From: line shows: the sender's signature (mail-sender.ts).
    if (found.name && !found.nameFromOffice && isMailSender(doc, found.name.value)) {
      for (const l of [found.name, ...everyLine(found)]) skipped.push({ line: sourceLine(doc, l.line), text: l.value, why: "the mail's sender (its From: line names him): the writer's signature, no official" });
      continue;
    }
    // "His Excellency Ali Example" left out above "Office of the President …": the office's holder (holder-above-office.ts).
    const asked = withoutFieldFurniture(withHolderAbove(doc, askedInstitution(doc, checkedName(doc, found, greetings), greetings), officials.filter((x) => x !== found)), (l) => printedLine(doc, l));
    // The last question, whichever reader found it: is this a person or an office to write to? (addressee-gate.ts)
    const verdict = addresseeVerdict(asked, officials.filter((x) => x !== found));
    if (verdict !== undefined && verdict !== 'place') {
      for (const l of everyLine(asked)) skipped.push({ line: sourceLine(doc, l.line), text: l.value, why: `${verdict.drop}: left out` });
      continue;
    }
    // "Nay Pyi Taw" read as the name: a place alone is an address line, of the official above or of no one;
    // so is the embassy printed under the care-of line of the official above.
    const o = (verdict === 'place' || continuesCareOf(kept.at(-1), asked)) && asked.name ? { ...asked, name: undefined, nameFromOffice: false, address: [asked.name, ...asked.address] } : asked;
    // "Send a card to Jane Doe at:" / "Jane Doe" / "Penal Colony No. 9": the person at risk, whose address is for cards.
    if (o.name && !o.nameFromOffice && !reachable(o) && isPersonAtRisk(doc, o.name.value, new Set([o.name, ...linesOf(o)].map((l) => l.line)))) {
      for (const l of [o.name, ...linesOf(o)]) skipped.push({ line: sourceLine(doc, l.line), text: l.value, why: 'the person at risk (the page asks for his release or for cards to him): his own address, no official' });
      continue;
    }
    if (o.name) {
      kept.push(o);
      continue;
    }
    const above = kept.at(-1);
    if (above && continues(doc, above, o)) {
      kept[kept.length - 1] = merged(above, o);
      continue;
    }
    // "Write to the Chief Justice": an office an instruction names, with no person and no way to reach it, is
    // still whom the letter goes to (the draft asks for the rest); a nameless line with nothing is no one.
    const office = o.title ?? o.organisation;
    if (!reachable(o) && !o.salutation && !(office && nameProblem(office.value, true) === undefined)) {
      for (const l of linesOf(o)) skipped.push({ line: sourceLine(doc, l.line), text: l.value, why: 'names no one (no name, office or institution) and gives no way to reach anyone: not an official' });
      continue;
    }
    kept.push(o);
  }
  return { officials: kept, skipped };
}

/**
 * "HUMAN RIGHTS WATCH 350 Fifth Avenue … Tel: … September 22, 2008 Fax: … Email: …": a letter's
 * head flattened onto one line, the writer's contacts and the letter's date together. A date among
 * the pieces of one printed line (a month alone, "22, 2008") is no address of anyone's: the line is
 * the writer's letterhead.
 */
function isFlatLetterhead(doc: ImportText, o: ImportedOfficial): boolean {
  const parts = o.address;
  if (parts.length < 2) return false;
  const lines = new Set(linesOf(o).map((l) => sourceLine(doc, l.line)));
  if (lines.size !== 1) return false;
  return parts.some((a, i) => isDateOnly(a.value) || (i + 1 < parts.length && isDateOnly(`${a.value} ${parts[i + 1]?.value ?? ''}`)));
}

/**
 * "Prison Warden Jane Doe (the desk says she has left)": a remark in brackets after the name is no
 * part of it, nor a reason to lose the official: taken out and named in a TODO; an office before the
 * name is then the title, when none was read.
 */
function withoutRemark(found: ImportedOfficial): ImportedOfficial {
  const name = found.name;
  const remark = name && /^([^()]*\S)\s*(\([^()]{3,}\))$/u.exec(name.value);
  if (!name || !remark || nameProblem(remark[1] ?? '', found.nameFromOffice) !== undefined) return found;
  const o: ImportedOfficial = { ...found, unsure: [...found.unsure, { value: remark[2] ?? '', line: name.line, why: "a remark in brackets after the name, not part of it" }] };
  const role = found.title ? undefined : splitLeadingRole(remark[1] ?? '');
  if (role) [o.title, o.name, o.nameFromOffice] = [{ value: role.title, line: name.line }, { value: role.name, line: name.line }, false];
  else o.name = { value: remark[1] ?? '', line: name.line };
  return o;
}

/**
 * A courtesy the block reader left on the name: the French article after "Madame"/"Monsieur"
 * ("Madame" / "la Mairesse de Valville": the office is "Mairesse de Valville", the article belongs
 * to the courtesy), and the Mexican "C." (ciudadano/a) before an academic courtesy ("C. Licenciada
 * Jana Ejemplo", "C. Lic. …", "C. Ing. …"): both are the honorific, never the name's first words.
 */
function courtesyParted(found: ImportedOfficial): ImportedOfficial {
  const name = found.name;
  if (!name) return found;
  const article = FRENCH_ARTICLE.exec(name.value);
  if (article && found.honorific && FRENCH_COURTESY.test(found.honorific.value.trim())) {
    return { ...found, name: { value: name.value.slice(article[0].length), line: name.line } };
  }
  const citizen = CITIZEN.exec(name.value);
  const courtesy = citizen ? splitHonorific(name.value.slice(citizen[0].length)) : undefined;
  if (!citizen || courtesy?.honorific === undefined || !isPersonName(courtesy.rest) || found.honorific) return found;
  return { ...found, honorific: { value: `${citizen[0]}${courtesy.honorific}`, line: name.line }, name: { value: courtesy.rest, line: name.line } };
}

/** "la ", "le ", "l'" before an office: the article of a French courtesy ("Madame la Ministre"). */
const FRENCH_ARTICLE = /^(?:la|le)\s+(?=\p{Lu})|^l['’](?=\p{Lu})/u;
const FRENCH_COURTESY = /^(?:madame|monsieur|mme\.?|m\.)$/iu;
/** "C. " before another courtesy: the Mexican "Ciudadano/a". */
const CITIZEN = /^C\.\s+/u;

/** The official with its name checked: office words parted from a person's name, a non-name taken away. */
function checkedName(doc: ImportText, printed: ImportedOfficial, greetings: readonly string[]): ImportedOfficial {
  if (!printed.name) return officeStandsIn(printed);
  const found = withoutRemark(courtesyParted(personInBureau(printed)));
  if (!found.name) return officeStandsIn(found);
  const o: ImportedOfficial = { ...found, address: [...found.address], emails: [...found.emails], unsure: [...found.unsure] };
  // "Excelencia Ayatollah Sayed 'Ali Khamenei": courtesies the block reader left on a person's name.
  const courtesy = found.nameFromOffice ? undefined : courtesyBeforeName(found.name.value);
  if (courtesy) {
    o.name = { value: courtesy.name, line: found.name.line };
    keepCourtesy(o, { value: courtesy.courtesy, line: found.name.line });
  }
  // "Líder Supremo Ali Example", "Chief Minister, Punjab Jane Doe": the office read on the name's
  // line left its adjective or its region on the name; they go back to the office.
  const office = o.title;
  const onName = office && office.line === found.name.line && !found.nameFromOffice ? officeWordsBeforeName((o.name ?? found.name).value) : undefined;
  if (office && onName) {
    o.name = { value: onName.name, line: found.name.line };
    o.title = { value: `${office.value}${onName.region ? ',' : ''} ${onName.words}`, line: office.line };
  }
  const asPrinted = o.name ?? found.name;
  const fuller = nameInGreeting(asPrinted.value, [found.salutation?.value, ...greetings]);
  if (fuller) {
    o.unsure.push({ value: fuller.slice(asPrinted.value.length).trim(), line: asPrinted.line, kept: true, why: `the name printed as "${asPrinted.value}", completed from the letter's greeting: check it` });
    o.name = { value: fuller, line: asPrinted.line };
  }
  const name = o.name ?? found.name;
  // "Président Jane Doe Palais Exemple, Capitale": a page run onto one line left the office before
  // the name and the address after it.
  const line = salvageName(name.value);
  if (line) {
    o.name = { value: line.name, line: name.line };
    o.nameFromOffice = false;
    if (line.courtesy !== undefined) keepPart(o, 'honorific', { value: line.courtesy, line: name.line });
    if (line.office !== undefined) keepPart(o, 'title', { value: line.office, line: name.line });
    if (line.place !== undefined) o.address.unshift({ value: line.place, line: name.line });
    if (line.after !== undefined) o.unsure.push({ value: line.after, line: name.line, why: 'printed after the name: is it the title, the organisation or an address line?' });
  }
  // "Jane Doe Representative at Peace Talks" stood in as an office: a person's name opens it.
  const surname = [o.salutation?.value, ...greetings].map((g) => (g === undefined ? undefined : greetedSurname(g))).find((s) => s !== undefined && (o.name?.value ?? '').includes(s));
  // "Examplia State Board of Pardons and Parole" stands in for a name: an institution's qualifiers are no person.
  // "Your State Senator" on an online action's form: the office the site fills in, no "Your State" before an office.
  const institution = found.nameFromOffice && (isOrganisation(name.value) || isSignersOffice(name.value));
  const parts = institution ? undefined : splitTrailingOffice(o.name?.value ?? name.value, surname);
  if (parts) {
    o.name = { value: parts.name, line: name.line };
    o.nameFromOffice = false;
    if (parts.courtesy !== undefined) keepPart(o, 'honorific', { value: parts.courtesy, line: name.line });
    if (parts.office !== undefined) keepPart(o, 'title', { value: parts.office, line: name.line });
    if (parts.maybeOffice !== undefined) o.unsure.push({ value: parts.maybeOffice, line: name.line, kept: true, why: `is it the office's first word ("${parts.maybeOffice} ${parts.office ?? ''}") rather than the end of the name?` });
  } else if (!institution) {
    // "Ayşe Örnek Sağlık Bakanı": maybe an office after the name, maybe the name's last word: kept, and asked.
    const office = unsureOfficeOnName(o.name?.value ?? name.value);
    if (office !== undefined) o.unsure.push({ value: office, line: name.line, kept: true, why: 'is it the office (the title) rather than the end of the name?' });
  }
  // "Rt. Hon Jane Example MP": the letters after a person's name are a seat or an honour, not the name.
  const letters = o.name && !o.nameFromOffice ? withoutPostNominals(o.name.value) : undefined;
  if (letters && o.name && isPersonName(letters.name)) {
    o.unsure.push({ value: letters.letters, line: o.name.line, why: 'letters after the name (a seat, a rank or an honour), not part of it' });
    o.name = { value: letters.name, line: o.name.line };
  }
  // Running text run onto the address (a page that lost its line breaks) is no address line.
  for (const a of found.address.filter((l) => isRunningText(l.value))) {
    o.address = o.address.filter((l) => l !== a);
    o.unsure.push({ value: a.value.length > 70 ? `${a.value.slice(0, 69)}…` : a.value, line: a.line, why: 'running text, not an address line' });
  }
  // "Email: embassy@…" / "The Plight of Jane Doe" / "Jane Doe, a student who …": a line printed under the
  // official's email, fax or phone and right over running text heads the page's next part; an
  // address is printed above its contact lines, not under them.
  const heading = headingOverText(doc, found);
  if (heading) {
    o.address = o.address.filter((l) => l !== heading);
    o.unsure.push({ value: heading.value, line: heading.line, why: 'a heading over the text under it, not an address line' });
  }
  // "Jane Doe Union Home" / "Minister of X", greeted "Dear Union Home Minister": the office's first words.
  const moved = o.name && o.title && !o.nameFromOffice ? officeWordsOnName(o.name.value, o.title.value, greetings) : undefined;
  if (moved && o.name && o.title) {
    o.name = { value: moved.name, line: o.name.line };
    o.title = { value: moved.title, line: o.title.line };
  }
  const value = o.name?.value ?? '';
  const problem = nameProblem(value, o.nameFromOffice);
  if (problem === undefined) return o;
  o.name = undefined;
  o.nameFromOffice = false;
  // A building or an address line printed where the name stands is the address's first line.
  if (problem === 'a building' || problem === 'an address line') o.address.unshift({ value, line: name.line });
  else o.unsure.push({ value, line: name.line, why: `not a name: ${problem}` });
  const stood = officeStandsIn(o);
  if (!stood.name) stood.confidence = 'low';
  return stood;
}

/**
 * "The Office of Governor Kay Ivey" read as the name: the person at its end is the name, his office
 * the title (when the block gave none). The office of a bureau read as the title on the name's line
 * ("Despacho del Gobernador") is the title alone.
 */
function personInBureau(found: ImportedOfficial): ImportedOfficial {
  const name = found.name;
  const person = name ? officeOfPerson(name.value) : undefined;
  // "Despacho del Gobernador Juan Ejemplo", the block's reader already parted: the office is the title.
  const office = name && !person && found.title?.line === name.line ? officeOfBureau(found.title.value) : undefined;
  if (office !== undefined && found.title) return { ...found, title: { value: office, line: found.title.line } };
  if (!name || !person) return found;
  const o: ImportedOfficial = { ...found, name: { value: person.name, line: name.line }, nameFromOffice: false, unsure: [...found.unsure] };
  keepPart(o, 'title', { value: person.title, line: name.line });
  return o;
}

/**
 * "Presidenta da República Jane" in the block, greeted "Cara Presidenta da República Jane Example":
 * the greeting names the official in full. The name is what the greeting prints after the block's
 * words, one or two capitalised words to its end, when that makes a person's name (with an office
 * before it, or alone).
 */
function nameInGreeting(name: string, greetings: ReadonlyArray<string | undefined>): string | undefined {
  for (const g of greetings) {
    const text = (g ?? '').trim().replace(/[,:;!]$/, '');
    const at = text.indexOf(name);
    if (at < 0 || (at > 0 && text[at - 1] !== ' ')) continue;
    const rest = text.slice(at + name.length);
    if (!/^(?: \p{Lu}[\p{L}'’-]+){1,2}$/u.test(rest)) continue;
    const full = `${name}${rest}`;
    const role = splitLeadingRole(full);
    if (isPersonName(full) || (role !== undefined && isPersonName(role.name))) return full;
  }
  return undefined;
}

/** The official's last address line when it is printed under all its contact lines and the page's next line is running text. */
function headingOverText(doc: ImportText, found: ImportedOfficial): Located<string> | undefined {
  const contacts = [...found.emails, found.fax, found.phone, found.twitter].filter((c) => c !== undefined).map((c) => c.line);
  const last = found.address.filter((l) => !isRunningText(l.value)).at(-1);
  if (!last || contacts.length === 0 || last.line <= Math.max(...contacts)) return undefined;
  const next = nextNonBlank(doc, last.line + 1, last.line + 1 + MAX_GAP);
  return next !== undefined && isRunningText(lineAt(doc, next)) ? last : undefined;
}

/**
 * "Écrivez au Procureur général : pg@…", "Embassy of Example" alone above its street: with no person
 * named, the office or institution the page prints is whom the letter goes to, as the block reader
 * names it (the report says the office stands in for the name).
 */
function officeStandsIn(found: ImportedOfficial): ImportedOfficial {
  const office = found.title ?? found.organisation;
  if (!office || nameProblem(office.value, true) !== undefined) return found;
  return {
    ...found,
    name: office,
    nameFromOffice: true,
    title: office === found.title ? undefined : found.title,
    organisation: office === found.organisation ? undefined : found.organisation,
  };
}

/**
 * The official with a TODO when his name may hold the first words of the institution cut from it
 * on the same source line ("John Roe Example City" / "Police Bureau"): the name is kept as printed.
 */
function askedInstitution(doc: ImportText, o: ImportedOfficial, greetings: readonly string[]): ImportedOfficial {
  const name = o.name;
  if (!name || o.nameFromOffice) return o;
  const next = [o.organisation, ...o.address].find((l) => l !== undefined && l.line === name.line + 1 && sourceLine(doc, l.line) === sourceLine(doc, name.line));
  const words = next === undefined ? undefined : institutionWordsOnName(name.value, next.value);
  if (words === undefined || next === undefined) return o;
  // "Dear Director Roe": the greeted surname ends the name; the words after it open the institution.
  const length = greetedNameLength(name.value, [o.salutation?.value, ...greetings].filter((g): g is string => g !== undefined));
  if (length !== undefined) {
    const all = name.value.trim().split(/\s+/u);
    const moved = { value: `${all.slice(length).join(' ')} ${next.value}`, line: next.line };
    const swap = (l: Located<string>) => (l === next ? moved : l);
    return { ...o, name: { value: all.slice(0, length).join(' '), line: name.line }, organisation: o.organisation && swap(o.organisation), address: o.address.map(swap) };
  }
  return { ...o, unsure: [...o.unsure, { value: words, line: name.line, kept: true, why: `is it the start of the institution ("${words} ${next.value}") rather than the end of the name?` }] };
}

/** A part of the name's line parted from it: into its field when free, else named in a TODO. */
/** A courtesy parted from the front of the name: the honorific, after the one the block gave (printed before it, on the name's line or above). */
function keepCourtesy(o: ImportedOfficial, part: Located<string>): void {
  const given = o.honorific;
  o.honorific = given === undefined ? part : { value: `${given.value} ${part.value}`, line: given.line };
}

function keepPart(o: ImportedOfficial, field: 'honorific' | 'title', part: Located<string>): void {
  if (!o[field]) o[field] = part;
  else o.unsure.push({ value: part.value, line: part.line, why: 'printed after the name: is it part of the title?' });
}

/**
 * The nameless official's lines follow straight on from the official above (blank lines aside: a
 * page may put every line in a paragraph of its own), and add what it lacks.
 */
function continues(doc: ImportText, above: ImportedOfficial, o: ImportedOfficial): boolean {
  const end = lastLine(above);
  if (o.title || o.organisation || o.listed === true || o.line <= above.line || o.line - end > MAX_GAP) return false;
  // The page's furniture printed among his lines ("Share on X", "Bien à vous,") ends no block
  // (field-furniture.ts); a line ending with its colon may announce the next official, and does.
  for (let n = end + 1; n < o.line; n++) if (!isBlank(lineAt(doc, n)) && !isFurnitureWithin(lineAt(doc, n))) return false;
  const clash = (above.fax && o.fax) || (above.phone && o.phone) || (above.twitter && o.twitter) || (above.salutation && o.salutation);
  return !clash && o.copy === above.copy;
}

function isFurnitureWithin(line: string): boolean {
  const kind = fieldFurnitureKind(line);
  return kind !== undefined && kind !== 'a label or link text ending with its colon';
}

function merged(above: ImportedOfficial, o: ImportedOfficial): ImportedOfficial {
  const emails = [...above.emails, ...o.emails.filter((e) => !above.emails.some((a) => a.value === e.value))];
  return {
    ...above,
    address: [...above.address, ...o.address],
    emails,
    fax: above.fax ?? o.fax,
    phone: above.phone ?? o.phone,
    twitter: above.twitter ?? o.twitter,
    salutation: above.salutation ?? o.salutation,
    honorific: above.honorific ?? o.honorific,
    unsure: [...above.unsure, ...o.unsure],
  };
}

/** The value as its line printed it, with the colon or comma a reader cut from its end; the value itself when it is only part of its line. */
function printedLine(doc: ImportText, l: Located<string>): string {
  const whole = lineAt(doc, l.line).trim();
  return whole.startsWith(l.value) && /^[\s:：,;.]*$/u.test(whole.slice(l.value.length)) ? whole : l.value;
}

/** Reached some other way than by post: an address alone does not make a line an official's. */
const reachable = (o: ImportedOfficial): boolean => reachableBy(o, ['email', 'fax', 'phone', 'twitter']);

/** Every line the official was read from, its contact lines too: what the report names when it is left out. */
function everyLine(o: ImportedOfficial): Located<string>[] {
  const contacts = [o.name, ...o.emails, o.fax, o.phone, o.twitter, o.salutation].filter((l): l is Located<string> => l !== undefined);
  return [...contacts, ...linesOf(o)].sort((a, b) => a.line - b.line);
}

function linesOf(o: ImportedOfficial): Located<string>[] {
  const all = [o.honorific, o.title, o.organisation, ...o.address, ...o.unsure].filter((l): l is Located<string> => l !== undefined);
  return all.sort((a, b) => a.line - b.line);
}

function lastLine(o: ImportedOfficial): number {
  const lines = [o.name, o.honorific, o.title, o.organisation, o.fax, o.phone, o.twitter, o.salutation, ...o.address, ...o.emails, ...o.unsure];
  return lines.reduce((max, l) => Math.max(max, l?.line ?? 0), o.line);
}
