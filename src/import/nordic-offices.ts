// The offices Scandinavian and Dutch pages print in lower case right before a name or after it
// ("statsminister Jens Eksempel", "integrationsminister …", "Til: Anna Prøve, migrationsverket
// generaldirektör", "Burgemeester J. Voorbeeld"). These languages glue the ministry's field onto the
// office ("justisminister", "udlændingeminister"), so an office is a word that ENDS in one of these.
// Only the office before or after a name makes an official: a word alone names no one.

/** The offices' endings, lower case as printed (Danish, Norwegian, Swedish, Dutch). */
const ENDINGS = [
  'minister', 'ministerin', 'statsråd', 'statsrad',
  'direktør', 'direktör', 'generaldirektør', 'generaldirektör', 'direkteur',
  'borgmester', 'borgmästare', 'burgemeester', 'ordförande', 'formand', 'formann',
  'statssekretær', 'statssekreterare', 'staatssecretaris', 'wethouder', 'gouverneur',
  'landshövding', 'fylkesmann', 'statsforvalter', 'ombudsmand', 'ombudsmann', 'ombudsman',
  'riksdagsledamot', 'stortingsrepresentant', 'kamerlid', 'president', 'premier',
];

/** One word that is an office: any field glued before the ending ("justis-minister"), nothing after it. */
const OFFICE_WORD = new RegExp(String.raw`^\p{L}*(?:${ENDINGS.join('|')})$`, 'iu');

/** The word is a Nordic or Dutch office ("justisminister", "Burgemeester", "generaldirektör"). */
export const isNordicOfficeWord = (word: string): boolean => word.length <= 40 && OFFICE_WORD.test(word);

/**
 * "migrationsverket generaldirektör", "statsminister", "Burgemeester": an office alone, or the
 * agency's name before it (a Swedish page's "agency's director general", lower case): two words at most, the last the office.
 */
export function isNordicOffice(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return words.length <= 2 && isNordicOfficeWord(words.at(-1) ?? '') && (words.length === 1 || /^\p{L}+$/u.test(words[0] ?? ''));
}
