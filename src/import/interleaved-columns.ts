// Amnesty USA's Urgent Action PDF prints the main official and his country's embassy in Washington
// side by side. A document site's copy of it (docslib, studylib, yumpu…) runs both onto one line,
// taking a piece of one column, then a piece of the other, down the page: "… Jane Roe Ambassador
// John Doe Prosecutor General of Exampleland Embassy of Exampleland Main Street 22, Exampletown
// 1619 Example Ave NW Email: pg@… Washington, DC 20009 … Salutation: Dear Ambassador Dear
// Prosecutor General, I am writing …". Every reader after this one reads one official after the
// other, so such a line is given back as the official's lines, a blank line, the embassy's lines,
// then the letter's greeting and text.
//
// A piece goes to a side only when that is sure: by its shape (the ambassador, the embassy, a street
// and a town in the United States, a Washington number, an embassy's email or handle, "Dear
// Ambassador" to the embassy; a person or an office that is no embassy's, a street or a number
// abroad to the official), or by the turn it takes in the alternation, where pieces sure by their
// shape on both sides, before it and after it, each in its turn, show that both columns still run
// there. Any other piece goes to neither official: it is given back to be named in a TODO. A phone
// or fax number goes by its shape only, never by its turn; a name, office or institution after a
// column's fields goes to neither (it would open an official of its own). Where the pieces will not
// part surely (two names side by side, "Qin Example Zhao Example"; sure pieces out of turn) on a
// line that surely holds two columns, only the embassy's own pieces are read and the rest named in
// TODOs: the other readers would read both columns as one official.
import { fieldsOf, type Field } from './flat-fields.js';
import { cutOfficialHead, type HeaderSplit } from './flat-head.js';
import { NOT_A_SENTENCE_END, isPersonName, isRoleLike, splitHonorific, splitLeadingRole, startsWithOrganisation } from './official-words.js';
import { hasOfficeWord } from './office-words.js';
import { fold } from './fold.js';
import { countryCode } from '../channels/countries.js';

export interface InterleavedBlock {
  /** The text before the officials, if any; the official's lines, a blank, the embassy's; the letter. */
  readonly lines: string[];
  /** Pieces of the columns that may be either official's, as printed. */
  readonly unplaced: string[];
}

/** A page run onto one line is a few thousand characters; longer lines are left whole. */
const MAX_LINE = 40_000;
/** The two officials' heads and addresses before their first field: a few dozen words. */
const MAX_HEAD_WORDS = 45;
/** A column's line is short. */
const MAX_PIECE = 200;
/** An office with its country's name in full is a dozen words at most. */
const MAX_HEAD_PIECE_WORDS = 12;
/** Cheap first test: the embassy's side is what tells this layout. */
const EMBASSY_WORD = /\b(?:Ambassador|Embassy|Chargé|Charge d)/u;

type Side = 'official' | 'embassy';

interface Piece {
  readonly text: string;
  /** The side its shape puts it on, when sure. */
  readonly side: Side | undefined;
}

/**
 * The line's two officials' columns given back one after the other, or undefined when the line is
 * no such pair (the common case: the caller reads it as it reads any line).
 */
export function readInterleavedColumns(line: string, splitHeader: HeaderSplit): InterleavedBlock | undefined {
  if (line.length < 150 || line.length > MAX_LINE || !EMBASSY_WORD.test(line)) return undefined;
  const fields = fieldsOf(line);
  const first = fields[0];
  if (first === undefined || fields.length < 3 || fields.some((f) => f.end === undefined)) return undefined;
  const before = line.slice(0, first.start);
  const start = lastSentenceEnd(before);
  const head = before.slice(start).trim();
  if (head.split(/\s+/u).length > MAX_HEAD_WORDS || !EMBASSY_WORD.test(head)) return undefined;
  const last = fields.at(-1) as Field;
  const tail = line.slice(last.end).trim();
  // The letter follows the last field, or nothing does: anything else is more of the page.
  if (tail !== '' && !LETTER_START.test(tail)) return undefined;
  const prose = before.slice(0, start).trim();
  // "Ambassador Cui Example Xi Example Embassy of …": two names side by side are parted only where the page itself tells them apart.
  const heads = headPieces(head, splitHeader) ?? headPieces(head, splitHeader, undefined, namesTold(line.slice(first.start), tail));
  // Two people's names run together in one piece: the columns' pieces are not sure.
  const sure = heads !== undefined && !heads.some(holdsTwoNames);
  const texts = sure ? joinWrappedEmails([...heads, ...fieldPieces(line, fields)]) : [];
  const pieces = texts.map((text, k): Piece => ({ text, side: sideAt(text, k) }));
  const sides = sure ? placed(pieces) : undefined;
  if (sides === undefined) return embassyOnly(line, fields, head, prose, tail, splitHeader);
  // "President of the PRC" after the official's fields would open an official of its own: a side's
  // name, office and institution come before its fields, or go to neither.
  for (const side of ['official', 'embassy'] as const) {
    let fielded = false;
    pieces.forEach((p, k) => {
      if (sides[k] !== side) return;
      if (LABELLED.test(p.text)) fielded = true;
      else if (fielded && !/\d/u.test(p.text)) sides[k] = undefined;
    });
  }
  const of = (side: Side) => pieces.filter((p, k) => sides[k] === side && p.text !== '').map((p) => p.text);
  const official = of('official');
  const embassy = of('embassy');
  if (official.length === 0 || embassy.length === 0 || headOfMissionAlone(official, embassy, sides)) return undefined;
  return {
    lines: [...(prose === '' ? [] : [prose, '']), ...official, '', ...embassy, ...(tail === '' ? [] : ['', ...letterLines(tail)])],
    unplaced: pieces.filter((p, k) => sides[k] === undefined && p.text !== '').map((p) => p.text),
  };
}

const LABELLED = /^[^:\s]{1,20}(?:\s[^:\s]{1,20})?:/u;

/**
 * "Her Highness Princess Lalla Example Embassy of the Kingdom of Exampleland 3508 … Salutation: Your
 * Highness": a person with nothing of her own (no office, address or field), then an embassy with no
 * head of mission named, one after the other and never back: she heads the embassy, one official on
 * one line, not two columns read across. Left to the other readers.
 */
function headOfMissionAlone(official: readonly string[], embassy: readonly string[], sides: ReadonlyArray<Side | undefined>): boolean {
  const placedSides = sides.filter((side) => side !== undefined);
  const changes = placedSides.filter((side, k) => k > 0 && side !== placedSides[k - 1]).length;
  return changes === 1 && placedSides[0] === 'official' && official.every((t) => !/\d/u.test(t) && !LABELLED.test(t)) && !embassy.some((l) => AMBASSADOR.test(l) || isBareExcellency(l));
}

/**
 * Two columns surely run together, but their pieces will not part surely (two names side by side
 * in one piece, sure pieces out of turn): the other readers would read one official of both
 * columns, the embassy's numbers with the president's name. Only what is the embassy's by its own
 * shape is read (its institution, street, town, Washington numbers, email, greeting); every other
 * piece goes to neither official and is named in a TODO. A line whose sure pieces do not go back
 * and forth between the columns is left to the other readers.
 */
function embassyOnly(line: string, fields: readonly Field[], head: string, prose: string, tail: string, splitHeader: HeaderSplit): InterleavedBlock | undefined {
  const unsure: string[] = [];
  const texts = joinWrappedEmails([...(headPieces(head, splitHeader, unsure) ?? []), ...fieldPieces(line, fields)]);
  // Pieces sure by their shape that change side three times (official, embassy, official,
  // embassy): two columns read across. One official after the other changes once.
  const sides = texts.map((t, k) => (unsure.includes(t) ? undefined : sideAt(t, k))).filter((side) => side !== undefined);
  const changes = sides.filter((side, k) => k > 0 && side !== sides[k - 1]).length;
  if (changes < 3) return undefined;
  const embassy = (text: string, k: number) => text !== '' && !unsure.includes(text) && !holdsTwoNames(text) && sideAt(text, k) === 'embassy';
  const lines = texts.filter(embassy);
  const letter = [...(prose === '' ? [] : [prose]), ...(prose === '' || tail === '' ? [] : ['']), ...(tail === '' ? [] : letterLines(tail))];
  // Without the head of mission's name the embassy's pieces would make an official named by its
  // office, standing in for a person the page names but the pieces would not give: no official
  // is drafted, and every piece is named in a TODO.
  if (!lines.some((l) => AMBASSADOR.test(l) || isBareExcellency(l))) return { lines: letter, unplaced: texts.filter((t) => t !== '') };
  return {
    lines: [...(prose === '' ? [] : [prose, '']), ...lines, ...(tail === '' ? [] : ['', ...letterLines(tail)])],
    unplaced: texts.filter((t, k) => t !== '' && !embassy(t, k)),
  };
}

/** "H.E. Omar Example": a courtesy title before a person's name, with no office. */
const BARE_EXCELLENCY = /^(?:(?:His|Her) Excellency|H\.\s?E\.)\s+(?=\p{Lu})/u;

function isBareExcellency(text: string): boolean {
  const m = BARE_EXCELLENCY.exec(text);
  return m !== null && isPersonName(text.slice(m[0].length));
}

/**
 * The side of the k-th piece. The official's column opens the head; the embassy's opens with its
 * head of mission, whom the template may style "H.E. Omar Example" with no "Ambassador": such a
 * bare excellency after the first piece is the embassy's (the first is the official's own).
 */
function sideAt(text: string, k: number): Side | undefined {
  return k > 0 && isBareExcellency(text) ? 'embassy' : sideOf(text);
}

/** An email cut where its column's line ended: "ambassador@example-" (or "…@example.") and, a row later, "us.org". */
const EMAIL_CUT = /@[\w.-]*[-.]$/u;
const DOMAIN_REST = /^[a-z\d][\w-]*(?:\.[\w-]+)*\.[a-z]{2,}$/iu;

/**
 * An email printed across two lines of its column comes back as two pieces, the other column's
 * piece between them (or none, where that column has ended): the end of the address is put back
 * on its start, and its own piece left empty so that the pieces after it keep their turns.
 */
function joinWrappedEmails(texts: readonly string[]): string[] {
  const out = [...texts];
  out.forEach((text, k) => {
    if (!EMAIL_CUT.test(text)) return;
    const at = [k + 1, k + 2].find((j) => DOMAIN_REST.test(out[j] ?? ''));
    if (at === undefined) return;
    out[k] = `${text}${out[at] ?? ''}`;
    out[at] = '';
  });
  return out;
}

/** "Xi Example Cui Example", "President Xi Example Cui Example": a head piece whose name may be two people's. */
function holdsTwoNames(text: string): boolean {
  if (/\d/u.test(text) || text.length > MAX_PIECE) return false;
  const name = splitLeadingRole(text)?.name ?? splitHonorific(text.replace(AMBASSADOR_WORDS, '')).rest;
  const words = name.split(/\s+/u);
  return words.length >= 4 && mayBeTwoNames(words);
}

/** A phone or fax number: it goes to a side by its own shape only, never by its turn. */
const NUMBER_FIELD = /^[^:]{1,20}:\s?[+(]?\d[\d\s()./-]{5,}/u;

/**
 * Each piece's side: its own when its shape tells it; else its turn in the alternation, when pieces
 * sure of both sides stand before and after it and every sure piece up to there took its turn.
 * Undefined when the pieces sure by their shape do not alternate at the start (no such layout).
 */
function placed(pieces: readonly Piece[]): Array<Side | undefined> | undefined {
  const sure = pieces.flatMap((p, k) => (p.side === undefined ? [] : [{ k, side: p.side }]));
  const firstSure = sure[0];
  if (firstSure === undefined) return undefined;
  const turn = (k: number): Side => ((k - firstSure.k) % 2 === 0 ? firstSure.side : other(firstSure.side));
  // The alternation holds up to the first sure piece out of its turn: one column ended there, or a
  // piece was cut in two.
  const broken = sure.find((s) => s.side !== turn(s.k))?.k ?? pieces.length;
  const inTurn = sure.filter((s) => s.k < broken);
  // Sure pieces of both columns take their turns before any is out of it: else no such layout.
  if (!inTurn.some((s) => s.side === 'official') || !inTurn.some((s) => s.side === 'embassy')) return undefined;
  const running = (side: Side, k: number) => inTurn.some((s) => s.side === side && s.k < k) && inTurn.some((s) => s.side === side && s.k > k);
  return pieces.map((p, k) => {
    if (p.side !== undefined) return p.side;
    if (k < broken && running('official', k) && running('embassy', k) && !NUMBER_FIELD.test(p.text)) return turn(k);
    return undefined;
  });
}

const other = (side: Side): Side => (side === 'official' ? 'embassy' : 'official');

/** The ambassador or chargé d'affaires, perhaps after "His Excellency" or "H.E.". */
const AMBASSADOR = /^(?:(?:His|Her) Excellency\s+|H\.\s?E\.\s+)?(?:Ambassador|Acting Ambassador|Chargé d['’]Affaires|Charge d['’]Affaires)(?:\s+a\.\s?i\.)?\s+\p{Lu}/u;
/** "Embassy of …", "Royal Thai Embassy", "Consulate General of …". */
const EMBASSY = /^(?:\p{Lu}[\p{L}'’-]+\s+){0,2}(?:Embassy|Consulate(?: General)?)\b/u;
/** Street types of a United States address. */
const US_STREET_TYPE = String.raw`(?:Ave(?:nue)?|St(?:reet)?|Rd|Road|Blvd|Boulevard|Dr(?:ive)?|Pl(?:ace)?|Ct|Court|Terrace|Way|Parkway|Pkwy|Circle|Cir|Lane|Ln)\.?`;
/** "1619 Example Ave NW", "2220 R Street NW": the number first, a street type, the city's quarter. */
const US_STREET = new RegExp(String.raw`^\d{1,5}\s+(?:[\p{L}\d.'’-]+\s+){0,4}${US_STREET_TYPE},?\s+(?:NW|NE|SW|SE|N\.W\.|N\.E\.|S\.W\.|S\.E\.)(?![\p{L}])`, 'u');
const US_STREET_INSIDE = new RegExp(String.raw`\s(?=\d{1,5}\s+(?:[\p{L}\d.'’-]+\s+){0,4}${US_STREET_TYPE},?\s+(?:NW|NE|SW|SE|N\.W\.|N\.E\.|S\.W\.|S\.E\.)(?![\p{L}]))`, 'u');
/** "Washington, DC 20009": the embassy's town opens its piece; a piece that only holds it further on holds the official's town too. */
const WASHINGTON = /^Washington,?\s+D\.?\s?C\.?(?![\p{L}])/u;
const WASHINGTON_INSIDE = /(?<!,)\s(?=Washington,?\s+D\.?\s?C\.?(?![\p{L}]))/u;
/** A number in Washington or elsewhere in the United States: "202 555 0100", "(202) …", "+1 202 …". */
const US_NUMBER = /^[^:]{1,20}:\s?(?:\+1[\s-]?|1-)?\(?202\)?[\s.-]|^[^:]{1,20}:\s?\+1[\s-]/u;
/** A number abroad: "+999 …" or "00 999 …" with a country code other than one. */
const NUMBER_ABROAD = /^[^:]{1,20}:\s?(?:\+|00\s?)(?!1[\s(-])\(?\d/u;
/** An embassy's email or handle: "embassy@…", "…@embexample.org", "@ExampleEmbUSA". */
const EMBASSY_ADDRESS = /(?:[\w.-]*(?:emb|consul)[\w.-]*@|@[\w-]*(?:emb|consul)[\w.-]*|@\w+USA\b)/iu;
/** "Salutation: Dear Ambassador", "Salutation: Dear Chargé d'Affaires". */
const EMBASSY_GREETING = /^[^:]{1,20}:\s?(?:Dear\s+)?(?:Mr\.?\s+|Madam\s+)?(?:Ambassador|Chargé|Charge d)/u;
const GREETING = /^[^:]{1,20}:\s?Dear\s/u;
/** "Main Street 22", "ul. Bolshaya Dmitrovka 15a": the house number after the street, as abroad. */
const NUMBER_AFTER_STREET = /\b(?:Street|Str\.|St\.|Avenue|Ave\.|Road|Calle|Avenida|Av\.|Rua|Rue|ul\.|ulitsa|Straße|Strasse|Jl\.|Jalan)\s+\d/u;

/** The side a piece's own shape puts it on, when sure. */
function sideOf(text: string): Side | undefined {
  // A piece is a printed line: a longer one is none, and is not searched.
  if (text.length > MAX_PIECE) return undefined;
  if (AMBASSADOR.test(text) || EMBASSY.test(text) || US_STREET.test(text) || WASHINGTON.test(text)) return 'embassy';
  const labelled = /^[^:\s]{1,20}(?:\s[^:\s]{1,20})?:/u.test(text);
  if (labelled) {
    if (EMBASSY_GREETING.test(text) || US_NUMBER.test(text) || EMBASSY_ADDRESS.test(text)) return 'embassy';
    if (NUMBER_ABROAD.test(text) || GREETING.test(text)) return 'official';
    return undefined;
  }
  if (/\d/u.test(text)) return NUMBER_AFTER_STREET.test(text) || endsInCountryAbroad(text) ? 'official' : undefined;
  // A person, an office or an institution that is no embassy's: the official's head (a few words, no sentence).
  if (text.split(/\s+/u).length > MAX_HEAD_PIECE_WORDS || /[.!?]\s/u.test(text.replace(NOT_A_SENTENCE_END, ''))) return undefined;
  return isPersonName(text) || splitLeadingRole(text) !== undefined || isRoleLike(text) ? 'official' : undefined;
}

/** "…, 220030 Exampletown, Exampleland": an address that ends in a country other than the United States. */
function endsInCountryAbroad(text: string): boolean {
  const last = /(?:^|,\s*)([^,\d]+)$/u.exec(text)?.[1]?.trim() ?? '';
  const code = last === '' ? undefined : countryCode(last);
  return code !== undefined && code !== 'US';
}

/**
 * The two heads and addresses before the first field, a piece each as the PDF printed them. The
 * embassy's pieces open at the ambassador, at the embassy and at a street in the United States;
 * what stands between two of them is one line of the other column, taken whole (cutting it again
 * would put the pieces after it out of turn). Undefined when an embassy's piece will not come apart
 * from the official's line after it.
 */
function headPieces(head: string, splitHeader: HeaderSplit, unsure?: string[], told?: NamesTold): string[] | undefined {
  // "… Beijing 100017, China Washington, DC 20008": the official's town, then the embassy's.
  const parts = head.split(HEAD_CUT).flatMap((p) => p.split(US_STREET_INSIDE)).flatMap((p) => p.split(WASHINGTON_INSIDE)).map((p) => p.trim()).filter((p) => p !== '');
  const out: string[] = [];
  for (const [i, part] of parts.entries()) {
    const embassyHead = AMBASSADOR.test(part) || EMBASSY.test(part) || (out.length > 0 && BARE_EXCELLENCY.test(part));
    const parted = told && EMBASSY.test(parts[i + 1] ?? '') ? ambassadorThenName(part, told) : undefined;
    const cut = US_STREET.test(part) || WASHINGTON.test(part) ? usStreetThenRest(part) : parted ?? (embassyHead ? embassyThenRest(part, splitHeader) : [part]);
    // Asked for the pieces whatever their sureness, a part that will not come apart is one, named in `unsure`.
    if (cut === undefined && unsure === undefined) return undefined;
    if (cut === undefined) unsure?.push(part);
    // "1619 Example Ave NW," cut from its town: the comma is no piece of its own.
    out.push(...(cut ?? [part]).map((p) => p.replace(/^[,;]\s*|\s*[,;]$/gu, '')).filter((p) => p !== ''));
  }
  return out;
}

/** "1619 Example Ave NW Main Street 22, …": the street (with "Washington, DC 20009" when it follows), then the rest. */
function usStreetThenRest(part: string): string[] {
  const street = WASHINGTON.test(part) ? '' : US_STREET.exec(part)?.[0] ?? '';
  const town = /^,?\s*Washington,?\s+D\.?\s?C\.?(?:,?\s+\d{5}(?:-\d{4})?)?/u.exec(part.slice(street.length))?.[0] ?? '';
  return [part.slice(0, street.length + town.length).trim(), part.slice(street.length + town.length).trim()];
}

/**
 * "Ambassador John Doe Prosecutor General of …": the ambassador's name, then the official's office,
 * as any official's head is cut; "Embassy of the Republic of Exampleland Main Road 14, …": the embassy's name
 * ends with its country's, and the official's street follows.
 */
function embassyThenRest(part: string, splitHeader: HeaderSplit): string[] | undefined {
  const m = /^((?:Royal\s+)?(?:Embassy|Consulate(?: General)?) of\s+(?:the\s+)?)(.*)$/u.exec(part);
  if (m) {
    const words = (m[2] ?? '').split(/\s+/u);
    for (let k = Math.min(6, words.length); k >= 1; k--) {
      const name = words.slice(0, k).join(' ').replace(/[,;]$/u, '');
      if (countryCode(name) !== undefined || countryCode(name.replace(STATE_FORM, '')) !== undefined) return [`${m[1] ?? ''}${words.slice(0, k).join(' ')}`, words.slice(k).join(' ')];
    }
  }
  if (AMBASSADOR.test(part) || BARE_EXCELLENCY.test(part)) return ambassadorThenRest(part);
  const [first = '', ...rest] = cutOfficialHead(part, splitHeader);
  return EMBASSY.test(first) && !/\d/u.test(first) ? [first, rest.join(' ')] : undefined;
}

/**
 * "Ambassador Cui Example President Xi Example": the ambassador's name ends where the other column's
 * office, institution or nothing follows. A name that may be two people's ("Cui Example Xi Example",
 * the two columns' names side by side) has no sure end: undefined, and the line is no such pair.
 */
function ambassadorThenRest(part: string): string[] | undefined {
  const lead = AMBASSADOR_WORDS.exec(part)?.[0] ?? BARE_EXCELLENCY.exec(part)?.[0] ?? '';
  const words = part.slice(lead.length).split(/\s+/u);
  for (let n = 2; n <= Math.min(6, words.length); n++) {
    const name = words.slice(0, n);
    const rest = words.slice(n);
    if (!isPersonName(name.join(' ')) || mayBeTwoNames(name)) continue;
    // Or the official's address abroad ("… Cui Example Zhongnanhai, Beijing 100017, China"); never another name.
    const after = rest.join(' ');
    if (rest.length === 0 || opensOtherPiece(rest) || (/\d/u.test(after) && sideOf(after) === 'official')) return [`${lead}${name.join(' ')}`, after];
  }
  return undefined;
}

/**
 * Whether the page tells two names apart: the ambassador's by his handle or email ("@AmbCuiExample"
 * for "Cui Example"), the official's by the letter's greeting ("Dear President Xi," for "Xi Example").
 */
type NamesTold = (ambassador: readonly string[], official: readonly string[]) => boolean;

/** What the fields and the letter's greeting say of the names: see NamesTold. */
function namesTold(fields: string, tail: string): NamesTold {
  const handles = fold(fields.match(/@\w+/gu)?.join(' ') ?? '').replace(/[^a-z\s]/gu, '');
  const greeting = fold(/^(?:SAMPLE LETTER\s+)?(?:Dear|Your Excellency)\b[^,:]{0,80}/u.exec(tail)?.[0] ?? '').split(/\s+/u);
  const joined = (words: readonly string[]) => fold(words.join('')).replace(/[^a-z]/gu, '');
  const greets = (words: readonly string[]) => words.some((w) => w.length >= 2 && greeting.includes(fold(w)));
  return (ambassador, official) => {
    const byHandle = handles.includes(joined(ambassador)) && !handles.includes(joined(official));
    const byGreeting = greets(official) && !greets(ambassador);
    return byHandle || byGreeting;
  };
}

/**
 * "Ambassador Cui Example Xi Example" right before "Embassy of …": the template's rows go official,
 * embassy, official, embassy, so a line of the official's column stands between the ambassador's and
 * the embassy's. When the words after "Ambassador" part into two people's names in one way only, and
 * the page tells which is whose (NamesTold), the first is the ambassador's, the second the official's.
 * A longer name of one person ("Ambassador Omar Bin Example") is never cut on the turn alone.
 */
function ambassadorThenName(part: string, told: NamesTold): string[] | undefined {
  const lead = AMBASSADOR_WORDS.exec(part)?.[0];
  if (lead === undefined) return undefined;
  const words = part.slice(lead.length).split(/\s+/u);
  const cuts = [];
  for (let i = 2; i <= words.length - 2; i++) if (isPersonName(words.slice(0, i).join(' ')) && isPersonName(words.slice(i).join(' '))) cuts.push(i);
  const [at] = cuts;
  if (cuts.length !== 1 || at === undefined || !told(words.slice(0, at), words.slice(at))) return undefined;
  return [`${lead}${words.slice(0, at).join(' ')}`, words.slice(at).join(' ')];
}

/** The words after a name open an office, an institution or a courtesy title: another column's line. */
function opensOtherPiece(words: readonly string[]): boolean {
  const text = words.slice(0, 8).join(' ');
  return hasOfficeWord(fold(words[0] ?? '')) || startsWithOrganisation(text) || splitHonorific(text).honorific !== undefined;
}

/**
 * "Cui Example Xi Example": four words or more that part into two people's names, each of two words
 * or more. Nothing tells one long name from two names printed side by side.
 */
function mayBeTwoNames(words: readonly string[]): boolean {
  for (let i = 2; i <= words.length - 2; i++) if (isPersonName(words.slice(0, i).join(' ')) && isPersonName(words.slice(i).join(' '))) return true;
  return false;
}

const AMBASSADOR_WORDS = /^(?:(?:His|Her) Excellency\s+|H\.\s?E\.\s+)?(?:Ambassador|Acting Ambassador|Chargé d['’]Affaires|Charge d['’]Affaires)(?:\s+a\.\s?i\.)?\s+/u;

/** A country's state form before its name ("Republic of …", "Kingdom of …"). */
const STATE_FORM = /^(?:(?:Federal|Islamic|Democratic|People['’]s|Arab|Socialist|United)\s+)*(?:Republic|Kingdom|State|Sultanate|Federation|Emirates?)\s+of\s+(?:the\s+)?/u;

/** Before the ambassador or the embassy, inside the head. */
const HEAD_CUT = /\s(?=(?:(?:His|Her) Excellency\s+|H\.\s?E\.\s+)?(?:Ambassador|Acting Ambassador|Chargé d['’]Affaires|Charge d['’]Affaires)\s+\p{Lu}|(?:(?:His|Her) Excellency|H\.\s?E\.)\s+\p{Lu}|(?:Royal\s+)?(?:Embassy|Consulate(?: General)?) of\b)/u;

/**
 * The fields and what stands between them: fields parted by a mark ("Phone: … I Fax: …", "Twitter:
 * … | Facebook: …") are one printed line; text between two fields ("Washington, DC 20009 CC: …")
 * is cut before a label of any name.
 */
function fieldPieces(line: string, fields: readonly Field[]): string[] {
  const out: string[] = [];
  let row = '';
  const values = fields.map((f) => line.slice(f.start, f.end).trim());
  const betweens = fields.map((f, i) => (i === 0 ? '' : line.slice(fields[i - 1]?.end, f.start).trim()));
  // "Phone: 202 555 0100 1111 Exampleland": a Washington number is ten digits; a group after them,
  // before the other column's words, opens that column's line (a postcode and country).
  values.forEach((value, i) => {
    const m = US_NUMBER_THEN_GROUP.exec(value);
    const next = betweens[i + 1];
    if (!m || !US_NUMBER.test(value) || next === undefined || !/^\p{Lu}/u.test(next)) return;
    values[i] = m[1] ?? value;
    betweens[i + 1] = `${m[2] ?? ''} ${next}`;
  });
  fields.forEach((f, i) => {
    const value = values[i] ?? '';
    let between = betweens[i] ?? '';
    if (i > 0 && ROW_MARK.test(between)) {
      row = `${row} ${between} ${value}`;
      return;
    }
    // "Email: a@example.org, b@example.org": a second address after a comma is the same printed line.
    const more = row.endsWith(',') ? EMAIL_FIRST.exec(between) : null;
    if (more) {
      row = `${row} ${more[0]}`;
      between = between.slice(more[0].length).trim();
    }
    if (row !== '') out.push(row);
    out.push(...between.split(LABEL_INSIDE).flatMap(cutColumnsApart).map((p) => p.trim()).filter((p) => p !== ''));
    row = value;
  });
  if (row !== '') out.push(row);
  return out;
}

/**
 * "3505 Example Place NW President of the PRC Washington, DC 20008" between two fields: the
 * embassy's street, the official's office, the embassy's town, each a piece as in the head.
 */
function cutColumnsApart(text: string): string[] {
  return text.split(US_STREET_INSIDE).flatMap((p) => p.split(WASHINGTON_INSIDE)).flatMap((p) => (US_STREET.test(p) || WASHINGTON.test(p) ? usStreetThenRest(p) : [p]));
}

const ROW_MARK = /^(?:\||I|·|\/)$/u;
const EMAIL_FIRST = /^[\w.+-]+@[\w.-]*/u;
/** "…: 202 555 0100 1111": a whole Washington number, then a group of digits that is no part of it. */
const US_NUMBER_THEN_GROUP = /^(.*\b\d{3}[\s.-]\d{3}[\s.-]\d{4})\s+(\d{3,6})$/u;
/** A label of any name inside free text: "… 20009 CC: press@…". */
const LABEL_INSIDE = /\s(?=\p{Lu}[\p{L}-]{0,20}:\s)/u;

/** "Dear Prosecutor General, I am writing …", perhaps under "SAMPLE LETTER". */
const LETTER_START = /^(?:SAMPLE LETTER\s+)?(?:Dear|Your Excellency)\s/u;
const GREETING_THEN_TEXT = /^((?:SAMPLE LETTER)?)\s*((?:Dear|Your Excellency)\b[^,:]{0,80}[,:])\s+(?=\S)/u;

function letterLines(tail: string): string[] {
  const m = GREETING_THEN_TEXT.exec(tail);
  if (!m) return [tail];
  return [m[1] ?? '', m[2] ?? '', tail.slice(m[0].length)].filter((l) => l !== '');
}

/** Index just after the last sentence's end before the heads (an abbreviation's full stop is none). */
function lastSentenceEnd(text: string): number {
  const masked = text.replace(NOT_A_SENTENCE_END, (a) => a.replace(/\./gu, ' '));
  let at = 0;
  for (const m of masked.matchAll(/[.!?:]["”’)]?\s+(?=\p{Lu})/gu)) at = m.index + m[0].length;
  return at;
}
