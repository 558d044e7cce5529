// Words of an address that readers in several files look for: the "c/o" that opens a care-of
// address, and a post box's words before its number. One pattern each, so that the readers that
// cut a flattened line and those that read a block of lines cannot drift apart.

/** "c/o", "[c/o]": care of. As printed; match with the `i` flag. */
export const CARE_OF = String.raw`\[?c\/o\]?`;

/**
 * A post box's words before its number ("PO Box 281", "Apartado Postal 15", "B.P. 12", "Postfach
 * 10"), folded (lower case, no accents); match with the `i` flag on text as printed. An army's
 * postal number is one too ("Military Post 01149", "BFPO 801"): the unit's address, the words
 * before the number its own.
 */
export const POST_BOX_WORDS = String.raw`p\.?\s?o\.?\s?box|private bag|box|apartado(?: postal)?|apdo\.?|casilla(?: postal| de correo)?|b\.?\s?p\.?|boite postale|postfach|caixa postal|casella postale|military post|bfpo`;

/**
 * "An", "To", "À", "Aan", "A": the word alone on its line that opens an envelope's address block in
 * a letter download ("An" / "Innenminister Karl Muster" / "Musterstraße 10" / …). As printed, with
 * its capital: a line "an" is a sentence's word wrapped onto a line of its own.
 */
// The Polish "Do:", the Bulgarian "До", the Hungarian "Címzett:" open a petition's or a letter's addressee block so.
const ADDRESS_OPENER = /^(?:An|AN|To|TO|À|A|Aan|AAN|Do|DO|До|ДО|Címzett|CÍMZETT)\s?:?$/u;

/** The longest opener with its colon ("Címzett :"). */
export const ADDRESS_OPENER_LENGTH = 9;

export const isAddressOpener = (line: string): boolean => line.length <= ADDRESS_OPENER_LENGTH && ADDRESS_OPENER.test(line.trim());

/**
 * The opener with the block's first line right under it (`under`: the next line that is not blank):
 * a name, an office or a courtesy title, never a sentence. What stands above the opener (a subject
 * line, a dateline, the page's heading) is no part of the official.
 */
export function opensAddressBlock(line: string, under: string): boolean {
  const next = under.trim();
  return isAddressOpener(line) && next.length >= 2 && next.length <= 100 && /^\p{Lu}/u.test(next) && !/\p{Ll}{2,}[.!?]$/u.test(next) && next.split(/\s+/).length <= 10;
}
