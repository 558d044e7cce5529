// "President" / "His Excellency" / "Ali Example" / (blank) / "Office of the President of Examplia" /
// "Capitalia" / "Fax: …": the block reader parted the person's lines from the office's at the blank
// line, found no way to reach the person and left him out, and the office stood in for the name.
// The page names the office's holder right above it: the letter is written to him, at his office.
// The holder is taken (the office becomes the address's first line, as a letter prints it), or,
// when the lines above are no person, the official stays as it was read.
import type { ImportedOfficial } from './official-block.js';
import { honorificAlone, isOrganisation, isPersonName, isRoleLike, splitHonorific } from './official-words.js';
import { fold, isBlank, lineAt } from './text.js';
import { furnitureKind } from './furniture.js';
import { isWriteToLine } from './landmarks.js';
import { isPersonAtRisk } from './person-at-risk.js';
import type { ImportText, Located } from './types.js';

/** Initials in capitals ("PEN", "AHRC") among the words. */
const ACRONYM = /(?:^|\s)\p{Lu}{2,}(?:\s|$)/u;

/** Blank lines at most between the holder's name and his office. */
const MAX_GAP = 2;
/** Lines at most above the holder's name that may give his courtesy or his office ("President", "His Excellency"). */
const MAX_HEAD = 2;

/** The official read as his holder's when an office stood in for the name and the page prints the holder's name right above it. */
export function withHolderAbove(doc: ImportText, o: ImportedOfficial, all: readonly ImportedOfficial[]): ImportedOfficial {
  const office = o.name;
  // Only an institution the letter is sent to ("Office of the President …"): an office alone ("Minister of Justice") may head a block of its own.
  // A copy's institution ("The Ministry of Foreign Affairs" under "Copies to:") is written to as it is printed.
  if (!office || !o.nameFromOffice || o.copy || o.title || o.organisation || !isOrganisation(office.value)) return o;
  let n = office.line - 1;
  for (let gap = 0; n >= 1 && isBlank(lineAt(doc, n)); gap++, n--) if (gap >= MAX_GAP) return o;
  if (n < 1 || all.some((x) => linesOf(x).includes(n))) return o;
  const printed = lineAt(doc, n).trim();
  const { honorific, rest } = splitHonorific(printed);
  // A heading, an instruction ("Take Action Now") or the person at risk is no holder.
  // "Norwegian PEN": a word in capitals is an organisation's initials, no person's.
  if (!isPersonName(rest) || isRoleLike(rest) || ACRONYM.test(rest) || furnitureKind(printed) !== undefined || isWriteToLine(fold(printed)) || isPersonAtRisk(doc, rest, new Set([n]))) return o;
  const holder: ImportedOfficial = { ...o, name: { value: rest, line: n }, nameFromOffice: false, line: n, address: [office, ...o.address], unsure: [...o.unsure] };
  if (honorific !== undefined) holder.honorific = { value: honorific, line: n };
  // "President" / "His Excellency" above the name, each on its own line.
  for (let up = n - 1; up >= Math.max(1, n - MAX_HEAD); up--) {
    const line = lineAt(doc, up).trim();
    if (all.some((x) => linesOf(x).includes(up))) break;
    if (!holder.honorific && honorificAlone(line) !== undefined) holder.honorific = { value: line, line: up };
    else if (!holder.title && isRoleLike(line) && !isOrganisation(line) && line.split(/\s+/u).length <= 6) holder.title = { value: line, line: up };
    else break;
    holder.line = up;
  }
  holder.unsure.push({ value: rest, line: n, kept: true, why: `the name printed right above the office "${office.value}", taken as its holder: check it` });
  return holder;
}

function linesOf(o: ImportedOfficial): number[] {
  const all: Array<Located<string> | undefined> = [o.name, o.honorific, o.title, o.organisation, o.fax, o.phone, o.twitter, o.salutation, ...o.address, ...o.emails];
  return all.flatMap((l) => (l === undefined ? [] : [l.line]));
}
