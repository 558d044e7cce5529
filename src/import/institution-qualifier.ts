// An office named after its institution or its state goes on with the words that qualify them:
// "Presidente della Corte" + "Penale Internazionale", "Ambassadeur de la République" + "Islamique
// d'Iran", "President of the Court" + "Supreme". Those words are capitalised as a name's are, so the
// reader that parts an office from the person's name after it (official-words.ts' splitLeadingRole)
// would take them for a person: after an institution's or a state's word, a run that opens with one
// of them is still the office's.

/** The word of an institution or a state that an office may end in (folded): "Corte", "République", "Kingdom". */
const INSTITUTION_NOUN = /^(?:court|corte|cour|tribunal|tribunale|gericht\p{L}*|commission|commissione|comision|comissao|kommission|council|consiglio|conseil|consejo|conselho|assembly|assemblee|asamblea|assemblea|assembleia|parliament|parlamento|parlement|union|unione|federation|federazione|federacion|foderation|republic|republique|republica|repubblica|republik|kingdom|royaume|reino|regno|konigreich|state|estado|etat|stato|staat|emirate|emirates|sultanate|sultanat|mission|missione|mision|ministry|ministere|ministerio|ministero|ministerium)$/u;

/**
 * Words that qualify an institution or a state, never open a person's name (folded): "Penale",
 * "Internazionale", "Suprema", "Islamique", "Fédérale", "Européenne", "Permanente". "General" is
 * left out: "General Jane Doe" is an officer's rank before a name.
 */
const QUALIFIER = /^(?:penal|penale|criminal|criminale|criminelle|internacional|international|internationale|internazionale|constitutional|constitucional|costituzionale|constitutionnelle?|supreme|suprema|supremo|european|europea|europeo|europeenne?|europeia|europaische[nr]?|federal|federale|federative|federativa|national|nationale|nacional|nazionale|superior|superiore|superieure?|administrative|administrativ[ao]|administrativo|militar|militare|military|militaire|electoral|electorale|civil|civile|regional|regionale|provincial|provinciale|interamerican[ao]?|africaine?|african[ao]?|islamic|islamique|islamica|islamischen?|arab|arabe|araba|arabischen?|democratic|democratique|democratica|democratico|demokratischen?|popular|populaire|popolare|socialist|socialiste|socialista|sozialistischen?|bolivarian[ao]?|plurinational|plurinacional|hashemite|hachemite|permanent|permanente|special|speciale|especial|extraordinary|extraordinaire|extraordinari[ao]|straordinari[ao]|unie|unido|unida|unidos|unite|united|unito|unita)$/u;

/**
 * `title`'s words end in an institution's or a state's word, perhaps already qualified, and
 * `nameFirst` qualifies it too (all folded, stripped of marks): "Presidente della Corte" / "Penale
 * Internazionale", "Presidente del Consiglio Superiore" / "Militare …" are one office, no office and a person.
 */
export function qualifiesInstitution(title: readonly string[], nameFirst: string): boolean {
  return QUALIFIER.test(nameFirst) && (INSTITUTION_NOUN.test(title.at(-1) ?? '') || endsInQualifiedInstitution(title));
}

/**
 * The office's words (folded, stripped of marks) end in an institution's or a state's word and the
 * words that qualify it: "presidente de la corte suprema", "presidente della corte penale
 * internazionale". Such an office may run past the four words after which a run of capitalised
 * words is taken to hold a name: its end is sure.
 */
export function endsInQualifiedInstitution(words: readonly string[]): boolean {
  let k = words.length - 1;
  while (k > 0 && QUALIFIER.test(words[k] ?? '')) k--;
  return k < words.length - 1 && INSTITUTION_NOUN.test(words[k] ?? '');
}
