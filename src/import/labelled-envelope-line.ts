// A document site (issuu and the like) flattens a letter page's addressee block onto the line of
// its "To:" label: "Aan: Zijne excellentie, de ambassadeur van Exampleland Voorbeeldweg 12 1234 AB
// Den Haag", "To: The Ambassador of Exampleland 12 Example Road London SW1A 2AA", "An: Seine
// Exzellenz, der Botschafter … Beispielstraße 4 10115 Berlin". Read whole, the line is a label and
// its value, no official. It is cut into the label (which heads the addressee's block, as on a page
// that prints it alone) and the block's lines, cut as a flattened official's head is cut
// (flat-head.ts). Only when the pieces read as a block: a first piece that names an office, an
// institution or a person, and an address line to end it; any other line is left whole.
import { cutOfficialHead, type HeaderSplit } from './flat-head.js';
import { isAddressLike, isOrganisation, isPersonName, isRoleLike, splitHonorific } from './official-words.js';

/** The "to" word of the languages the pages write, its colon, then a capital. */
const LABELLED = /^(To|An|Aan|À|A|Para|Al|Till|Til|Do|Adresat)\s?:\s+(?=\p{Lu})/u;
/** Longer values are a sentence or a paste of several blocks, which other rules read. */
const MAX_VALUE = 220;
/** A sentence's stop after a word, or an email: no envelope holds them. */
const NOT_AN_ENVELOPE = /\p{Ll}{2}[.!?](?:\s|$)|@/u;

/** [the label, the block's lines…], or undefined. */
export function splitLabelledEnvelope(line: string, splitHeader: HeaderSplit): string[] | undefined {
  // Cheap first: a short word, a colon, a digit somewhere after it (the house number, the postcode).
  if (line.length > MAX_VALUE + 10 || line.indexOf(':') > 8 || !/\d/.test(line)) return undefined;
  const m = LABELLED.exec(line);
  if (!m) return undefined;
  const value = line.slice(m[0].length).trim();
  if (NOT_AN_ENVELOPE.test(value)) return undefined;
  // "His Excellency, the Ambassador of …": the courtesy title is cut off first and goes back on the
  // first piece, so that its comma parts no line of the block.
  const { honorific, rest: unhonoured } = splitHonorific(value);
  const courtesy = honorific === undefined ? '' : value.slice(0, value.length - unhonoured.length);
  const cut = cutOfficialHead(honorific === undefined ? value : unhonoured, splitHeader);
  const pieces = courtesy === '' ? cut : [`${courtesy}${cut[0] ?? ''}`, ...cut.slice(1)];
  const [first = '', ...rest] = pieces;
  const last = pieces.at(-1) ?? '';
  if (rest.length === 0 || isAddressLike(first, []) || !isAddressLike(last, [])) return undefined;
  const who = splitHonorific(first).rest;
  if (!(isRoleLike(first) || isOrganisation(first) || isPersonName(who) || isRoleLike(who))) return undefined;
  return [m[0].trim(), ...pieces];
}
