// Words of an address that readers in several files look for: the "c/o" that opens a care-of
// address, and a post box's words before its number. One pattern each, so that the readers that
// cut a flattened line and those that read a block of lines cannot drift apart.

/** "c/o", "[c/o]": care of. As printed; match with the `i` flag. */
export const CARE_OF = String.raw`\[?c\/o\]?`;

/**
 * A post box's words before its number ("PO Box 281", "Apartado Postal 15", "B.P. 12", "Postfach
 * 10"), folded (lower case, no accents); match with the `i` flag on text as printed.
 */
export const POST_BOX_WORDS = String.raw`p\.?\s?o\.?\s?box|private bag|box|apartado(?: postal)?|apdo\.?|casilla(?: postal| de correo)?|b\.?\s?p\.?|boite postale|postfach|caixa postal|casella postale`;
