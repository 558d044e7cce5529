// The words that name an office, one list per language: the one list every reader asks ("is this
// an office?", "where does the office end?"). A word alone is an office wherever it stands
// ("minister", "prokurator"); a phrase names a whole office whose words alone may be no office
// ("adalet bakanı", "minister sprawiedliwości"), and tells where an office printed after a name
// ends. Written as printed; matched folded (lower case, no accents).
import { fold } from './fold.js';
import { escapeRegExp } from '../regexp-escape.js';

/** Folded, and the Turkish dotless "ı" as an "i": a page may print "Bakani" for "Bakanı". */
const officeFold = (s: string): string => fold(s).replace(/ı/g, 'i');

const OFFICES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'president', 'prime minister', 'minister', 'attorney general', 'attorney', 'prosecutor', 'prosecutor general', 'procurator', 'general',
    'ambassador', 'consul', 'consul general', 'representative', 'chargé d’affaires', 'governor', 'mayor', 'director', 'director general', 'commissioner', 'secretary',
    'chief', 'head', 'chair', 'chairman', 'chairperson', 'speaker', 'king', 'queen', 'crown prince', 'crown princess', 'emir', 'sultan', 'sheikh', 'judge', 'ombudsman',
    'commander', 'superintendent', 'inspector', 'warden', 'leader', 'senator', 'deputy', 'district attorney', 'state attorney', 'county attorney',
    // An armed group's or a movement's voice ("Liberation Front Spokesperson Jane Doe"): the office, never the name.
    'spokesperson', 'spokesman', 'spokeswoman',
    // An office named by its field first ("Jane Doe Home Minister"): the field is no part of the name.
    'home minister', 'foreign minister', 'interior minister', 'justice minister', 'health minister', 'defence minister',
    'defense minister', 'finance minister', 'chief minister', 'labour minister', 'labor minister', 'education minister',
    // A government of advisers holds its ministries so ("Home Affairs Adviser", "Chief Adviser").
    'adviser', 'advisor', 'chief adviser',
    // A council's or a committee's member who reports on a file ("Rapporteur, Advisory Council …").
    'rapporteur',
    // "Amir of the State of …", as older UAs spell the emir; "Amir" alone is as often a given name.
    'amir of',
  ],
  es: [
    'presidente', 'presidenta', 'primer ministro', 'ministro', 'ministra', 'fiscal', 'procurador', 'procuradora', 'embajador', 'embajadora',
    'representante', 'encargado de negocios', 'encargada de negocios', 'gobernador', 'gobernadora', 'alcalde', 'alcaldesa', 'director',
    'directora', 'comisionado', 'comisionada', 'secretario', 'secretaria', 'jefe', 'jefa', 'juez', 'jueza', 'defensor', 'defensora',
    'comandante', 'alcaide', 'líder', 'senador', 'diputado', 'diputada', 'consejero', 'consejera', 'vicepresidente',
    'vicepresidenta', 'magistrado', 'magistrada', 'canciller', 'comisario', 'comisaria',
    // A region's head ("Gobernador Regional Jan Ejemplo", as Peru names him): "Regional" is the office's, never the name's.
    'gobernador regional', 'gobernadora regional',
  ],
  fr: [
    'président', 'premier ministre', 'ministre', 'procureur', 'procureure', 'ambassadeur', 'ambassadrice', 'représentant', 'gouverneur',
    'maire', 'directeur', 'directrice', 'commissaire', 'secrétaire', 'chef', 'juge', 'médiateur', 'commandant', 'dirigeant', 'sénateur',
    'député', 'préfet', 'préfète',
    // Iran's leader, as French pages name him ("le guide suprême d'Iran, …"); "guide" alone is no office.
    'guide suprême',
    // A kingdom's head ("Le roi d'Exemple, Jan Exemple"), and Iran's head of the judiciary as French
    // pages name him ("Monsieur le Responsable du pouvoir judiciaire"): "responsable" alone is no office.
    'roi', 'reine', 'prince héritier', 'responsable du pouvoir judiciaire',
  ],
  de: [
    'Botschafter', 'Botschafterin', 'Gouverneur', 'Gouverneurin', 'Religionsführer', 'Revolutionsführer', 'Generalstaatsanwalt', 'Staatsanwalt', 'Oberhaupt',
    // A US county's prosecutor, as German pages name him ("an den Bezirksstaatsanwalt …").
    'Bezirksstaatsanwalt', 'Bezirksstaatsanwältin',
    'Präsident', 'Präsidentin', 'Ministerpräsident', 'Ministerpräsidentin', 'Ministerin', 'Justizminister', 'Justizministerin',
    'Innenminister', 'Innenministerin', 'König', 'Königin', 'Kronprinz', 'Kronprinzessin', 'Scheich', 'Staatsoberhaupt',
    // An embassy's envoy below the ambassador ("Frau Jane Beispiel, Gesandte").
    'Gesandte', 'Gesandter', 'Gesandtin',
    // The head of an embassy without an ambassador, "a.i." (ad interim) after it ("Geschäftsträger a.i."): the chargé d'affaires.
    'Geschäftsträger', 'Geschäftsträgerin',
    // A member of the Swiss government ("Bundesrat Hans Beispiel", "Bundesrätin …"): the office before the name.
    'Bundesrat', 'Bundesrätin',
  ],
  sv: ['riksåklagare', 'åklagare', 'statsminister', 'justitieminister'],
  // Catalan: the offices Spanish or French do not spell the same ("Ambaixador", "Conseller", "Jutge").
  ca: ['ambaixador', 'ambaixadora', 'conseller', 'consellera', 'jutge', 'jutgessa', 'alcaldessa', 'síndic de greuges', 'síndica de greuges', 'secretari', 'secretària', 'cònsol'],
  pt: [
    'governador', 'governadora', 'procurador-geral', 'procuradora-geral', 'primeiro-ministro', 'primeira-ministra', 'embaixador', 'embaixadora',
    'prefeito', 'prefeita', 'juiz', 'juíza', 'diretor', 'diretora', 'secretário', 'secretária', 'chefe', 'delegado', 'delegada',
    'provedor de justiça', 'provedora de justiça', 'encarregado de negócios', 'encarregada de negócios',
  ],
  it: [
    'generale', 'procuratore', 'procuratrice', 'procuratore generale', 'ambasciatore', 'ambasciatrice', 'governatore', 'ministro della giustizia',
    "ministro dell'interno", 'primo ministro', 'sindaco', 'giudice', 'direttore', 'direttrice', 'segretario',
    'commissario', 'console', 'difensore civico', 'garante', 'prefetto', 'prefetta', 'vicesindaco', 'questore',
    // "Capo" alone may be a place ("Capo Verde"): only whole offices.
    'capo dello stato', 'capo della polizia', 'capo della magistratura', 'capo del potere giudiziario',
  ],
  pl: [
    'prezydent', 'premier', 'prokurator', 'generalny', 'prokurator generalny', 'prokurator krajowy', 'ambasador', 'komendant',
    'minister sprawiedliwości', 'minister spraw wewnętrznych', 'minister spraw wewnętrznych i administracji', 'minister spraw zagranicznych',
    'rzecznik praw obywatelskich',
    // A petition's addressee block ("Do: Prezesa Rady Ministrów") names the office in the genitive or dative.
    'prezes rady ministrów', 'prezesa rady ministrów', 'prezydenta', 'prezydentowi', 'prezydenta rzeczypospolitej polskiej', 'premiera', 'premierowi', 'ministra', 'ministrowi', 'ministra sprawiedliwości',
    'prokuratora', 'prokuratorowi', 'ambasadora', 'ambasadorowi', 'komendanta',
    'prokuratora generalnego', 'rzecznika praw obywatelskich', 'rzecznik praw dziecka',
  ],
  // Turkish names most offices by their field, then the office in the possessive ("Adalet Bakanı",
  // the Minister of Justice): those possessives are in FIELD_FIRST below.
  tr: [
    'Cumhurbaşkanı', 'Başbakan', 'Başsavcı', 'Bakanı', 'Başsavcısı', 'Valisi', 'Büyükelçisi', 'Müdürü', 'Başkanı', 'Yardımcısı',
    'Adalet Bakanı', 'İçişleri Bakanı', 'Dışişleri Bakanı', 'Cumhuriyet Başsavcısı', 'Yargıtay Cumhuriyet Başsavcısı',
    'Emniyet Genel Müdürü', 'Meclis Başkanı', 'Büyükelçi',
  ],
  ru: [
    'Президент', 'Премьер-министр', 'Министр', 'Генеральный', 'Прокурор', 'Генеральный прокурор', 'Посол', 'Губернатор', 'Мэр',
    'Начальник', 'Директор', 'Председатель', 'Глава', 'Уполномоченный по правам человека', 'Министр юстиции', 'Министр внутренних дел',
    'Министр иностранных дел', 'Президент Российской Федерации', 'Генеральный прокурор Российской Федерации',
    // Transliterated, as English pages print them.
    'Prezident', 'Ministr', 'Prokuror', 'Generalny', 'Generalnyy', 'Generalnyi', 'Gubernator', 'Predsedatel', 'Nachalnik',
  ],
  uk: [
    'Президент', 'Прем’єр-міністр', 'Міністр', 'Генеральний', 'Генеральний прокурор', 'Прокурор', 'Посол', 'Голова',
    'Президент України', 'Генеральний прокурор України', 'Міністр юстиції', 'Міністр внутрішніх справ', 'Міністр закордонних справ', 'Уповноважений Верховної Ради з прав людини',
    'Heneralnyi', 'Heneralnyy',
  ],
  // Romanian, Icelandic, Lithuanian, Latvian, Estonian, Hungarian, Finnish and Bulgarian heads of
  // state and ministers, as their offices print them ("Ministrul Justiției", "forsætisráðherra
  // Íslands", "Lietuvos Respublikos teisingumo ministrė", "Eesti Vabariigi president").
  ro: ['Președintele', 'Președinte', 'Prim-ministrul', 'Ministrul', 'Procurorul General', 'Ambasadorul'],
  is: ['forseti', 'forsætisráðherra', 'ráðherra', 'dómsmálaráðherra', 'utanríkisráðherra', 'ríkissaksóknari', 'sendiherra'],
  // A Lithuanian letter stacks the office in the dative ("Lietuvos Respublikos Prezidentui"): the state's name before it is the office's.
  lt: ['prezidentas', 'prezidentė', 'prezidentui', 'prezidentei', 'ministras', 'ministrė', 'ministrui', 'ministrei', 'premjeras', 'premjerė', 'premjerui', 'premjerei', 'generalinis prokuroras', 'generaliniam prokurorui', 'ambasadorius',
    'lietuvos respublikos prezidentas', 'lietuvos respublikos prezidentė', 'lietuvos respublikos prezidentui', 'lietuvos respublikos prezidentei', 'lietuvos respublikos ministras pirmininkas', 'lietuvos respublikos ministrui pirmininkui', 'ministras pirmininkas', 'ministrui pirmininkui'],
  lv: ['Valsts prezidents', 'ministru prezidents', 'ministrs', 'ministre', 'ģenerālprokurors', 'vēstnieks'],
  // "Eesti Vabariigi õiguskantsler": the republic's name in the genitive opens the office, never a name.
  et: ['justiitsminister', 'peaminister', 'välisminister', 'siseminister', 'riigiprokurör', 'õiguskantsler', 'suursaadik',
    'eesti vabariigi õiguskantsler', 'eesti vabariigi president', 'eesti vabariigi peaminister', 'eesti vabariigi justiitsminister'],
  // Hungarian writes the ministry's field onto the office ("belügyminiszter") or before it in lower case ("igazságügyi miniszter").
  hu: ['miniszter', 'miniszterelnök', 'igazságügyi miniszter', 'belügyminiszter', 'külügyminiszter', 'legfőbb ügyész', 'nagykövet', 'köztársasági elnök', 'országgyűlés elnöke', 'alapvető jogok biztosa'],
  fi: ['presidentti', 'pääministeri', 'ministeri', 'oikeusministeri', 'ulkoministeri', 'valtakunnansyyttäjä', 'suurlähettiläs', 'puheenjohtaja'],
  bg: ['Министър', 'Министър-председател', 'Министър-председател на Република България', 'Президент на Република България', 'Главен прокурор', 'Посланик'],
  // Indonesian and Malay: the regional and national police chiefs ("Kapolda Irjen Pol. Budi Contoh"), ministers, governors.
  id: ['kapolda', 'kapolri', 'kapolres', 'kapolresta', 'menteri', 'jaksa agung', 'gubernur', 'bupati', 'presiden', 'ketua polis negara'],
};

/**
 * Turkish offices in the possessive ("Bakanı", "Valisi"): the word before them, their field
 * ("Adalet", "İstanbul"), belongs to the office, but may as well be a name ("Adalet" is a given
 * name too). After a name, only a field the lists know makes a sure cut.
 */
const FIELD_FIRST = new Set(['Bakanı', 'Başsavcısı', 'Valisi', 'Büyükelçisi', 'Müdürü', 'Başkanı', 'Yardımcısı'].map((w) => officeFold(w)));

const folded = Object.values(OFFICES).flat().map((o) => officeFold(o).trim());
const phrases = [...new Set(folded)];

/** The phrases by their first word, longest first: where an office that starts at a word ends. */
const BY_FIRST = new Map<string, string[][]>();
for (const p of phrases) {
  const list = p.split(/\s+/);
  const first = list[0] ?? '';
  BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), list].sort((a, b) => b.length - a.length));
}

const alternatives = phrases.map(escapeRegExp).join('|');
// Most lines fold to plain ASCII, where `\b` is a word's edge; a line with other letters (Cyrillic,
// Turkish "ı") needs edges that know every script, which cost more: only such lines pay for them.
const PLAIN_OFFICE = new RegExp(`\\b(?:${phrases.filter((p) => /^[\x20-\x7e]+$/.test(p)).map(escapeRegExp).join('|')})\\b`);
const ANY_OFFICE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'u');
const PLAIN = /^[\x20-\x7e]*$/;

/** A phrase that `\b` can edge: ASCII letters at both ends (a Cyrillic one has no such edge). */
const PLAIN_EDGES = /^[a-z0-9](?:.*[a-z0-9])?$/;

/**
 * The office phrases, folded, as one alternation for a reader's own regex over folded text with
 * `\b` edges, less the words that reader must not take for an office (named in its file, with
 * why). Longest first. A word added to OFFICES above reaches every such reader.
 */
export function officePattern(except: readonly string[] = []): string {
  return plainOffices(except).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/** The folded office phrases such a reader sees, less `except`. */
export function plainOffices(except: readonly string[] = []): string[] {
  const left = new Set(except.map(officeFold));
  return phrases.filter((p) => PLAIN_EDGES.test(p) && !left.has(p));
}

/** Where the first office word of folded text starts, or -1. */
export function officeWordIndex(foldedText: string): number {
  if (PLAIN.test(foldedText)) return PLAIN_OFFICE.exec(foldedText)?.index ?? -1;
  // "ı" to "i" keeps every index where it was.
  const text = foldedText.replace(/ı/g, 'i');
  return (PLAIN.test(text) ? PLAIN_OFFICE : ANY_OFFICE).exec(text)?.index ?? -1;
}

/** Folded text names an office somewhere ("minister", "генеральный прокурор"). */
export const hasOfficeWord = (foldedText: string): boolean => officeWordIndex(foldedText) >= 0;

/**
 * How many of `words` (as printed), from `at`, the longest office phrase the lists know takes:
 * "Prime Minister …" → 2, "Adalet Bakanı …" → 2, "Jane …" → 0.
 */
export function officeLengthAt(words: readonly string[], at: number): number {
  const list = words.map((w) => officeFold(w).replace(/[,;:]$/, ''));
  for (const p of BY_FIRST.get(list[at] ?? '') ?? []) if (p.every((w, i) => list[at + i] === w)) return p.length;
  return 0;
}

/** "Bakanı", "Valisi": an office whose field is printed before it (see FIELD_FIRST). */
export const needsField = (word: string): boolean => FIELD_FIRST.has(officeFold(word).replace(/[,;:]$/, ''));

/**
 * Institutions that carry a number as part of their name: "Autonomous Region No. 1 Prison",
 * "Penal Colony No. 5", "District 9 Court", "Police Station 14", "Pre-trial Detention Centre No. 2",
 * "Juzgado 5", "Strafkolonie Nr. 7". Folded; the number sits next to the word or after "No."/"Nr.".
 */
const NUMBERED_INSTITUTION = /\b(?:prison|penal colony|colony|detention cent(?:er|re)|detention facility|remand cent(?:er|re)|court|police station|police department|precinct|station|camp|jail|penitentiary|correctional (?:facility|institution|colony)|sizo|strafkolonie|kolonie|gefangnis|haftanstalt|justizvollzugsanstalt|carcel|prision|penitenciaria|reclusorio|juzgado|tribunal|colonie penitentiaire|maison d'arret|commissariat|komisariat)\b/;
/** "No. 1", "Nr. 7", "№ 2", "#3", "Number 4", or a bare number: one to three digits, never a postcode. */
const INSTITUTION_NUMBER = /(?:\b(?:no|nr|number|num)\.?\s*|№\s*|#\s*)?\b\d{1,3}\b/g;

const INSTITUTION_BEFORE = new RegExp(`(?:${NUMBERED_INSTITUTION.source})\\s*$`);
const INSTITUTION_AFTER = new RegExp(`^\\s*(?:${NUMBERED_INSTITUTION.source})`);

/** "Prison", "Penal Colony", "Juzgado" (folded): a word that an institution's own number stands before ("No. 1 Prison"), not a street's name. */
export const opensNumberedInstitution = (folded: string): boolean => INSTITUTION_AFTER.test(folded);

/**
 * An office's or institution's name whose only digits are its own number ("Director of Example
 * Autonomous Region No. 1 Prison"), not an address line's house number or postcode: each number
 * stands right next to an institution word, or after "No."/"Nr." with one on the line. `folded` is
 * the line folded (lower case, no accents).
 */
export function isNumberedInstitution(folded: string): boolean {
  // Cheap test first: no institution word, or a number of four digits or more (a postcode, a house), is an address's.
  if (/\d{4}/.test(folded) || !NUMBERED_INSTITUTION.test(folded)) return false;
  for (const m of folded.matchAll(INSTITUTION_NUMBER)) {
    const before = folded.slice(Math.max(0, m.index - 40), m.index);
    const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const numbered = /^(?:no|nr|number|num|№|#)/.test(m[0]);
    const nextTo = INSTITUTION_BEFORE.test(before) || INSTITUTION_AFTER.test(after);
    if (!nextTo && !numbered) return false;
  }
  return true;
}
