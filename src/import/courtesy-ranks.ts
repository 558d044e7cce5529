// Courtesy titles, ranks and degrees that Indonesian, Malaysian and Latin American pages print before
// an official's name, and that are no part of it. Kept apart from official-words.ts's long list: each
// kind has its own condition (a rank only before a person's name, "H." only after another title).

/**
 * Indonesian police and army ranks ("Irjen Pol. Budi Contoh", "Brigjen TNI …", "Kombes Pol. …").
 * Like any rank, a courtesy title only before a person's name. The regional chief's office before
 * it ("Kapolda Irjen Pol. …") is an office (office-words.ts), the title.
 */
export const INDONESIAN_RANK = /^(?:jenderal|jend\.|komjen|irjen|brigjen|kombes|akbp|kompol|letjen|mayjen|laksdya|laksda|marsdya|marsda)(?:\s+(?:pol|polisi|tni)\.?)?\s+/i;

/**
 * Spanish and Portuguese academic and legal courtesies written out ("Doctor JUAN EJEMPLO PEREZ",
 * "Doctora …", "Ingeniero …", "Magistrado …"): the words are offices too ("Magistrado Presidente de
 * la Corte"), so, like a rank, they are the honorific only before a person's name.
 */
export const ACADEMIC_RANK = /^(?:doctor|doctora|doutor|doutora|ingeniero|ingeniera|engenheiro|engenheira|magistrad[oa])\s+/i;

/**
 * Folded courtesy titles that open an Indonesian or Malaysian name: degrees and the pilgrim's title
 * ("Ir. H. Budi Contoh", "Drs.", "Hj."), Malaysian forms of address and honours ("Y. Bhg Dato'",
 * "Y.B.", "Yang Berhormat", "Datin Seri", "Puan Sri", "Toh Puan"). "Tun" and "bin" are left: inside
 * a name they are part of it ("Ahmad bin Contoh"), and "Tun" opens Burmese names too.
 */
export const MALAY_COURTESY = /^(?:ir\.|drs\.|hj\.|y\.\s?(?:bhg|b|m|a\.\s?a|a\.\s?b|a\.\s?m)\.?|yang (?:amat )?(?:berbahagia|berhormat|mulia)|datin(?: paduka)?(?: seri| sri)?|puan sri|toh puan)(?=,?\s+\S),?\s+/;

/**
 * "H." (Haji) after another such title ("Ir. H.", "Prof. Dr. H."): alone before a name it may be
 * an initial ("H. Ross Example"), so only once a title was taken.
 */
export const HAJI_AFTER_TITLE = /^h\.\s+(?=\S)/;

/**
 * Indonesian degrees printed after the name and a comma ("Budi Contoh, S.H., M.H.", "…, S.I.K.,
 * M.Si."): letters of a degree, no part of the name the letter is addressed by.
 */
export const INDONESIAN_DEGREE = /^(?:S|M|Dr)\.\s?(?:H|Hum|Si|Sos|I\.?\s?K|E|M|T|Kom|Pd|Ag|Psi|Sc|Kn|IP|AP)\.?$/u;
