// A letter download may print the same addressee twice (the letter, then a copy of it to cut out):
// drafted twice, the official would get two letters. A block is a repeat only when it names the
// same person with the same office, address and emails as an earlier one; a second block that
// differs in any of them is kept, since a page may list one official at two addresses. A later block
// that names him again with a handle, phone or fax only (a page's "Social Media" list) joins his.
import type { ImportedOfficial } from './official-block.js';
import { fold } from './text.js';

export interface Repeat {
  readonly official: ImportedOfficial;
  /** The first line of the block it repeats. */
  readonly of: number;
}

export function withoutRepeats(officials: readonly ImportedOfficial[]): { kept: ImportedOfficial[]; repeats: Repeat[] } {
  const seen = new Map<string, number>();
  const kept: ImportedOfficial[] = [];
  const repeats: Repeat[] = [];
  for (const o of officials) {
    const key = identity(o);
    const first = key === undefined ? undefined : seen.get(key);
    const handles = first === undefined ? handlesOf(o, kept) : undefined;
    const echoed = first === undefined && !handles ? echoOf(o, kept) : undefined;
    if (first !== undefined) repeats.push({ official: o, of: first });
    else if (echoed) repeats.push({ official: o, of: echoed.line });
    else if (handles) {
      // "Social Media: Diana Salazar, Attorney General / Twitter: @…": the same person named again
      // for her handles only. They join her block; she gets one letter.
      handles.twitter ??= o.twitter;
      handles.phone ??= o.phone;
      handles.fax ??= o.fax;
      repeats.push({ official: o, of: handles.line });
    }
    else {
      if (key !== undefined) seen.set(key, o.line);
      kept.push(o);
    }
  }
  return { kept, repeats };
}

/**
 * A writers' group's sample letter prints the first official's block again above "Dear President …",
 * shorter, its lines read otherwise (the office under the name taken for an address line, the town
 * and country joined on one line): the same
 * name, and nothing in it that the earlier block did not print, contact lines included. A block with
 * a line of its own is kept (one official at two addresses).
 */
function echoOf(o: ImportedOfficial, kept: readonly ImportedOfficial[]): ImportedOfficial | undefined {
  if (!o.name) return undefined;
  const name = fold(o.name.value);
  const same = kept.filter((k) => k.name && fold(k.name.value) === name);
  const [only] = same;
  if (same.length !== 1 || !only) return undefined;
  // By comma-parted pieces: the repeat may join two printed lines into one ("La Ciudad, Exampleland").
  const texts = (x: ImportedOfficial) =>
    [x.honorific, x.title, x.organisation, ...x.address, ...x.unsure, ...x.emails, x.fax, x.phone, x.twitter].filter((v) => v !== undefined).flatMap((v) => fold(v.value).split(/\s*,\s*/));
  const printed = new Set(texts(only));
  return texts(o).every((t) => printed.has(t)) ? only : undefined;
}

function identity(o: ImportedOfficial): string | undefined {
  if (!o.name) return undefined;
  const parts = [o.name.value, o.title?.value ?? '', o.organisation?.value ?? '', ...o.address.map((a) => a.value), '|', ...o.emails.map((e) => e.value)];
  return JSON.stringify([o.copy, ...parts.map(fold)]);
}

/**
 * The earlier official a later block names again with nothing but a handle, a phone or a fax (no
 * address, no email, nothing he has already): the same name, the same office or none (a list of handles
 * under a list of copies takes their flag by position alone, so the flag is not compared).
 */
function handlesOf(o: ImportedOfficial, kept: readonly ImportedOfficial[]): ImportedOfficial | undefined {
  if (!o.name || o.address.length > 0 || o.emails.length > 0 || (!o.twitter && !o.phone && !o.fax)) return undefined;
  const name = fold(o.name.value);
  const same = kept.filter((k) => k.name && fold(k.name.value) === name && (!o.title || !k.title || fold(o.title.value) === fold(k.title.value)));
  const [only] = same;
  if (same.length !== 1 || !only) return undefined;
  // Only fields he has not got: two different handles for one person are left as two officials for the reader.
  const clash = (a?: { value: string }, b?: { value: string }) => a !== undefined && b !== undefined && fold(a.value) !== fold(b.value);
  return clash(only.twitter, o.twitter) || clash(only.phone, o.phone) || clash(only.fax, o.fax) ? undefined : only;
}
