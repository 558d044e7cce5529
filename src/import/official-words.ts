// Word lists that tell the lines of an official's block apart: who (honorific, name), what office
// (title, organisation) and where (postal address). English, Spanish and French, folded (no
// accents, lower case) where matched on folded text. The office words of every language are in
// office-words.ts.
import { fold } from './fold.js';
import { isBuildingLine } from './building.js';
import { ACADEMIC_RANK, HAJI_AFTER_TITLE, INDONESIAN_RANK, MALAY_COURTESY } from './courtesy-ranks.js';
import { isPostNominal } from './post-nominal.js';
import { isVietnameseArticleSurname } from './vietnamese-surname.js';
import { hasOfficeWord, isNumberedInstitution, officeLengthAt, officeWordIndex } from './office-words.js';
import { countryCode } from '../channels/countries.js';
import { opensPlace } from './place-words.js';
import { endsInQualifiedInstitution, qualifiesInstitution } from './institution-qualifier.js';

// The nouns an institution's name opens with, in the languages pages print; the Malay "kementerian" (ministry), "jabatan" (department) and "pejabat" (office) among them.
const ORG_HEAD = /^(?:(?:the|la|el|le|l')\s+)?(?:permanent mission|mission(?: permanente)?|mision permanente|embassy|embajada|ambassade|consulate|consulado|consulat|high commission|delegation|botschaft|ambassad|ministerium|ministeriet|staatsanwaltschaft|generalstaatsanwaltschaft|justizministerium|regierung|kanzleramt|fiscalia general|aklagarmyndigheten|delegacion|ministry|ministerio|ministere|office|oficina|bureau|buro|cabinet|gabinete|department|departamento|fiscalia|procuraduria|defensoria|public prosecutor'?s office|prosecutor'?s office|prosecution service|council|committee|board|consejo|conseil|court|corte|cour|tribunal|police|policia|commission|comision|secretariat|secretaria|presidency|presidencia|presidence|government|gobierno|gouvernement|parliament|parlamento|parlement|congress|congreso|assembly|asamblea|assemblee|senate|senado|senat|agency|agencia|service|servicio|directorate|division|direccion|direction|prison|penitentiary|centro|center|centre|house of|state department|national|nacional|instituto|institute|institut|public ministry|ministerio publico|ministerstwo|prokuratura(?: krajowa| generalna)?|kancelaria|ambasada|urzad|ministero|ambasciata|procura(?: generale)?|parquet|presidenza|ufficio|tribunale|governo|consiglio|embaixada|procuradoria|prefeitura|prefecture|sous-prefecture|conselho|assembleia|ministerie|ambassade van|programa|programme|program|programma|administration|administracion|administracao|administrazione|kementerian|pejabat|jabatan)\b/;
const STREET = /\b(?:street|road|avenue|ave|av|avda|avenida|calle|carrera|boulevard|blvd|rue|place|plaza|plazoleta|piso|floor|edificio|edif|building|bldg|palacio|palace|palais|residencia|residence|residenz|esquinas?|apartado|p\.?\s?o\.?\s?box|box|casilla|lane|way|drive|square|zona|colonia|barrio|sector|urbanizacion|urb|km|carretera|highway|route|camino|paseo|jiron|quartier|casa|torre|tower|house|headquarters|hall|suite|complejo|complexo|cedex|postal|zip|jalan|jl|jln|ul|ulitsa|vul|vulitsa|vulica|prospekt|strasse|rua|cadde|caddesi|sokak|mahallesi|marg|nagar|soi|thanon|praca|largo|esplanada|travessa|rodovia|bloco|andar|platz|palazzo|piazza|viale|vicolo)\b/;

/** After an institution's comma, a street: its word, a particle, a capitalised name ("rue Exemple", "avenida da Liberdade"). */
const INSTITUTION_THEN_STREET = /^(?:rue|avenue|avenida|av\.|avda\.?|boulevard|bd\.|calle|rua|plaza|place|praça|praca|largo|travessa|carrera|jir[oó]n|jr\.)\s+(?:(?:de la|de|du|des|del|della|da|do|dos|das|of the|of)\s+)?(?:l['’]|d['’])?\p{Lu}/u;
/** "Rua Augusta" → "rua Augusta": the street word is matched in lower case, the name after it keeps its capital. */
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * Words that open an address when a name and an address share a line ("… Ziobro Al. Ujazdowskie 11",
 * "… Nguyễn Văn Mẫu Số 2 Đường Mẫu": the Vietnamese "Số" is the house's "No.").
 */
const STREET_START = /^(?:no\.|số|rua|del\.|delegaci[oó]n|flat|apartment|al\.|ul\.|esqs?\.|esquinas?|vul\.|vulitsa|vulica|ulitsa|ulica|per\.|calle|avenida|avda\.?|av\.|avenue|rue|boulevard|bd\.|via|viale|plaza|place|carrera|jiron|jr\.|c\/o|apartado|casilla|po box|p\.o\.|suite)$/i;

export const opensAddress = (word: string): boolean => STREET_START.test(word) || STREET_AFTER_NAME.test(word) || STREET_ABBREVIATION_AFTER_NAME.test(word);

/**
 * A street named in one word, as German, Dutch and Swedish write them ("Hauptstraße", "Musterstr.",
 * "Lindenallee", "Kerkstraat", "Drottninggatan"): it opens the address when its house number follows it. (A
 * surname may end so too, "Hartweg": hence only before the number.)
 */
// German pages shorten "-straße" to "-str." ("Musterstr. 4").
// A street named after a person is hyphenated ("Karl-Marx-Allee", "Willy-Brandt-Straße").
const COMPOUND_STREET = /^\p{Lu}\p{Ll}+(?:straße|strasse|str\.|gasse|allee|platz|damm|ufer|weg|ring|gatan|vägen|straat|laan|plein|gracht)$|^(?:\p{Lu}\p{Ll}+-){1,3}(?:Straße|Strasse|Str\.|Gasse|Allee|Platz|Damm|Ufer|Weg|Ring)$/u;
/** A street's, building's or box's word anywhere in the text ("… Avenue NW …", "Calle …", "P.O. Box"). */
export const hasStreetWord = (text: string): boolean => STREET.test(fold(text));
export const isCompoundStreet = (word: string): boolean => COMPOUND_STREET.test(word);

/**
 * Russian and Ukrainian street words written after the street's name ("Tekhnichesky per. 2",
 * "Leninsky pr. 15"): the address opens at the name before them.
 */
const STREET_AFTER_NAME = /^(?:per\.|pereulok|pr\.|pr-t|prosp\.|prospekt|proezd|proyezd|shosse|nab\.|naberezhnaya|bul\.|bulvar|pl\.|ploshchad|tupik)$/i;
/**
 * "Internatsionalnaya str. 22", "Example str. 5": "str." in lower case, the street's word a page of the
 * region writes after its name (the name, one capitalised word of any shape, opens the address).
 * "Str." capitalised may follow a German street of two words ("Karl Example Str."), and stays out.
 */
const STREET_ABBREVIATION_AFTER_NAME = /^str\.$/u;
/** An adjective's ending, as street names before those words have ("Tekhnichesky", "Bolshaya"). */
const ADJECTIVE_NAME = /^\p{Lu}\p{Ll}+(?:y|iy|yy|yi|oy|aya|yaya|ij|yj|ky)$/u;

/** How many words before `words[at]` belong to the street's name (0 for a street word that leads). */
export function streetNameBefore(words: readonly string[], at: number): number {
  if (STREET_ABBREVIATION_AFTER_NAME.test(words[at] ?? '')) return /^\p{Lu}\p{L}/u.test(words[at - 1] ?? '') ? 1 : 0;
  if (!STREET_AFTER_NAME.test(words[at] ?? '')) return 0;
  let k = 0;
  while (at - k - 1 >= 0 && ADJECTIVE_NAME.test(words[at - k - 1] ?? '') && k < 2) k++;
  return k;
}

/**
 * Abbreviations whose full stop ends no sentence: street words ("ul.", "per.", "d.", "str."), house
 * and building words, titles. A check for "a sentence ends here" removes them first.
 */
// An initialism ("N.W.", "D.C.", "U.S.") ends no sentence either.
export const NOT_A_SENTENCE_END = /(?<![\p{L}])(?:ul|vul|per|pr|prosp|d|str|korp|kv|pl|nab|bul|al|ave?|avda|st|rd|blvd|no|nr|nro|n[uú]m|apt|bldg|ste|dr|mr|mrs|ms|sr|sra|jr|col|gen|km|tel|p\.o|\p{Lu}\p{Ll}?|(?:\p{Lu}\.)+\p{Lu})\.(?=\s)/giu;

/** A line of a postal address: a number (house, postcode) or a street word. */
/** "Brasília – DF", "Porto Alegre/RS": a town, a dash or slash, and the two or three capitals of its state; "Bogota D.C", "México D.F.": a capital and its district. */
const TOWN_THEN_STATE = /^\p{Lu}[\p{L}'’. -]{1,40}?(?:\s?[-–/]\s?\p{Lu}{2,3}|\sD\.\s?[CF]\.?)$/u;
/** "Entre Ríos y Leloir", "entre Chile y Espejo": a Latin American address names the streets on either side. */
const BETWEEN_STREETS = /^entre\s+\p{Lu}[\p{L}\d'’. -]{0,40}\s(?:y|e)\s+\p{Lu}[\p{L}\d'’. -]{0,40}$/iu;
/**
 * "Rosendo Ejemplo s/n, Centro Sur": a Spanish or Portuguese street without a house number says so
 * ("s/n", "S/N", "s/nº": sin número, sem número) where the number would stand, so the line is a
 * street line although it holds no digit; the street's name before the mark is any name at all.
 */
const NO_HOUSE_NUMBER = /^\p{Lu}[\p{L}'’. -]{1,60}?\s(?:[sS]\/[nN][º°]?|[sS](?:in|em) [nN][uú]mero)(?=$|[\s,;.])/u;

export function isAddressLike(line: string, knownCountries: readonly string[] = []): boolean {
  // "Santiago, Región Metropolitana,": the comma that runs on to the next line is not part of it.
  const f = fold(line).replace(/[\s,;]+$/, '');
  // "Director of Example Region No. 1 Prison": an institution's own number makes no address line.
  if (/\d/.test(f)) return (!isNumberedInstitution(f) && !isCountedPhrase(line)) || STREET.test(f);
  // "Avenida Peatonal General Augusto Sandino": a street word opening the line makes it an address,
  // whatever office word the street is named after.
  if (STREET_START.test(line.trim().split(/\s+/, 1)[0] ?? '')) return true;
  // "Ministère de la Justice, avenue de l'Exemple": a letter-head's institution, then after its
  // comma the street it stands in (a street word before a capitalised name), however office-like
  // the institution reads.
  if (line.length <= 100 && line.includes(',') && INSTITUTION_THEN_STREET.test(lowerFirst(line.slice(line.indexOf(',') + 1).trim()))) return true;
  // "Rosendo Ejemplo s/n, Centro Sur": a street marked as having no number, whatever the district after it looks like.
  if (/[sS](?:\/[nN]|(?:in|em) [nN])/.test(line) && NO_HOUSE_NUMBER.test(line.trim())) return true;
  // "Parliament House", "Palacio de Gobierno": a building's name, though it holds an institution's word;
  // "Brasília – DF": a town and its state's letters; "Entre Ríos y Leloir": the streets it stands between.
  if (isBuildingLine(line) || (TOWN_THEN_STATE.test(line.trim()) && !isPostNominal(line.trim().slice(-3))) || (/^entre\s/i.test(line.trim()) && BETWEEN_STREETS.test(line.trim()))) return true;
  // "Madinat al-Rehab", "Cité de la Paix": a word for a town or quarter and its particle open a place.
  if (isPlaceLine(line)) return true;
  // "Governor of Lima Province" names an office, although "province" is an address word.
  if (isRoleLike(line)) return false;
  // "His Excellency, Emmerson D Mnangagwa": a courtesy title and a name, not "Town, Region".
  const courtesy = splitHonorific(line);
  if (courtesy.honorific !== undefined && isPersonName(courtesy.rest)) return false;
  // "Frau Jane Beispiel, Botschaftsrätin": a courtesy title and a name, then the person's office.
  const person = line.includes(',') ? splitHonorific(line.slice(0, line.indexOf(','))) : undefined;
  if (person?.honorific !== undefined && isPersonName(person.rest)) return false;
  if (STREET.test(f)) return true;
  const last = f.split(',').pop()?.trim() ?? '';
  // "Abubakar Malami, SAN": a name and its post-nominal letters, not "Town, Region".
  if (line.includes(',') && isPostNominal(line.slice(line.lastIndexOf(',') + 1).replace(/[\s,;]+$/, ''))) return false;
  // "Valparaíso/CHILE": a city and its country in capitals, joined by a slash.
  const slashed = /^[\p{L} .'-]{2,40}\/\s*(\p{Lu}[\p{Lu} .'-]{2,40})$/u.exec(line.trim())?.[1];
  if (slashed !== undefined && countryCode(slashed) !== undefined) return true;
  if (isStateName(line) || isCountryAlone(line)) return true;
  return knownCountries.some((c) => last === fold(c)) || /^(?:[\p{L}.'-]+\s?){1,3},\s*(?:[\p{L}.'-]+\s?){1,3}$/u.test(f);
}

/**
 * "43 étudiants victimes de disparitions", "12 activists still detained": a number, then three words
 * or more all in lower case, is a headline counting people or things. A street line names its street
 * (a street word, or a name in capitals); directions ("2 cuadras al este") say how far and which way.
 */
const COUNTED_PHRASE = /^\d+\s+\p{Ll}[\p{Ll}'-]*(?:\s+\p{Ll}[\p{Ll}'-]*){2,}$/u;
const DIRECTION = /\b(?:cuadras?|varas?|metros?|mts|blocks?|km|kms|cuadra)\b/u;
export const isCountedPhrase = (line: string): boolean => COUNTED_PHRASE.test(line.trim().replace(/[\s,;.]+$/u, '')) && !DIRECTION.test(line);

/** A short line that opens with a place word and its particle (place-words.ts). */
function isPlaceLine(line: string): boolean {
  const words = line.trim().replace(/[\s,;]+$/, '').split(/\s+/);
  return words.length <= 5 && opensPlace(words[0] ?? '', words[1]);
}

/**
 * "VOLKSREPUBLIK CHINA", "Islamische Republik Iran", "Kingdom of Saudi Arabia", "Republika Bułgaria": the country that
 * ends an address, named with its form of state in the page's language, which the tables of
 * country names do not always hold.
 */
const STATE_FORM = /^(?:(?:the\s+)?(?:people'?s|islamic|arab|democratic|federal|socialist|united|plurinational|bolivarian|federative|hashemite|sultanate|kingdom|state|republic|union)(?:\s+(?:democratic|socialist|islamic|arab|federal|popular|bolivarian))?\s+(?:republic\s+)?of\s+(?:the\s+)?|(?:volksrepublik|vr|p\.\s?r\.|pr|islamische republik|arabische republik|demokratische republik|bundesrepublik|republik|konigreich|sultanat|fodera(?:tive|le) republik|sozialistische republik|republika)\s+|(?:republique|royaume|republica|reino|estado)\s+(?:(?:islamique|arabe|populaire|democratique|federale|socialiste|bolivariana|federativa|islamica|popular|democratica|plurinacional)\s+)*(?:de\s+|d'|du\s+|del\s+|da\s+|do\s+)?(?:l'|la\s+|el\s+)?)/;

/**
 * "KUBA", "USBEKISTAN": a country's name alone on its line, in capitals as an envelope's last line
 * prints it, in any language ICU names it in. Only such a line is looked up: an unknown name costs
 * every locale's table of names.
 */
function isCountryAlone(line: string): boolean {
  const t = line.trim().replace(/[\s,;.]+$/, '');
  return t.length >= 4 && t.length <= 40 && t.split(/\s+/).length <= 3 && t === t.toUpperCase() && /\p{Lu}/u.test(t) && countryCode(t) !== undefined;
}

export function isStateName(line: string): boolean {
  const f = fold(line).trim().replace(/[\s,;.]+$/, '');
  if (f.split(/\s+/).length > 7) return false;
  const rest = f.replace(STATE_FORM, '');
  return rest !== f && rest !== '' && countryCode(rest) !== undefined;
}

/** An office's institution named after it, in the possessive (folded text). */
const POSSESSIVE_INSTITUTION = /^[a-z .-]{2,40}'s\s+(?:secretariat|office|palace|house|residence|chambers|bureau|cabinet|court|department)\b/;

/** The noun of an office's own institution, printed after the office with no possessive. */
const OFFICE_INSTITUTION = /^(?:court|office|palace|diwan|secretariat|bureau|cabinet|chambers)$/;

/** A Polish institution's noun before the office it serves, in the genitive (folded; "ł" stays). */
const OFFICE_GENITIVE_INSTITUTION = /^(?:kancelaria|biuro|urzad|gabinet|sekretariat|ambasada|ministerstwo|prokuratura)\s+\p{L}/u;

/** The line opens with an institution's keyword ("Ministerio Público", "Embassy of …"). */
export const startsWithOrganisation = (text: string): boolean => ORG_HEAD.test(fold(text).trim());

/**
 * German writes an office as one compound word ("Justizminister", "Innenministerin",
 * "Oberstaatsanwalt", "Bundespräsident", "Justizautorität", "Gefängnisleiter"): the office word ends it,
 * in the case "an den" gives it too ("an den Ratspräsidenten").
 */
const GERMAN_ROLE_TAIL = /(?:minister|staatsanwalt|prasident(?:en)?|botschafter|richter|kommissar|direktor|sekretar|beauftragte|kanzler|autoritat|leiter)(?:in|r)?\b/;

/** A compound that ends in an office word, with three letters or more before it. */
function isGermanCompoundRole(folded: string): boolean {
  // A plain search for the office word, then a look at what stands before it: a look-behind in
  // the pattern made every line's office test two and a half times slower.
  const m = GERMAN_ROLE_TAIL.exec(folded);
  return m !== null && m.index >= 3 && /^\p{L}{3}$/u.test(folded.slice(m.index - 3, m.index));
}

export const isRoleLike = (text: string): boolean => {
  const f = fold(text);
  return hasOfficeWord(f) || isGermanCompoundRole(f) || isOrganisation(text);
};

/**
 * An institution: its keyword leads the line or follows a few qualifiers ("Lagos State Ministry of
 * Justice"), and comes before any office word ("Inspector General of Police" is a title). A line
 * that starts with a street word is an address even when it names a ministry further on
 * ("Edificio Sede Principal del Ministerio Público").
 */
const GENERAL_INSTITUTION = /^\S+ general[ea]?$/u;

export function isOrganisation(text: string): boolean {
  // The keyword stands in the first few words: only the line's start is looked at.
  const f = fold(text.length > 300 ? text.slice(0, 300) : text).trim();
  const words = f.split(/\s+/, 5);
  if (STREET.test(words[0] ?? '')) return false;
  // "President's Secretariat", "Prime Minister's Office": the office's own institution.
  if (POSSESSIVE_INSTITUTION.test(f)) return true;
  // "Crown Prince Court", "President Office": the office, then its institution's noun, and nothing else.
  const office = officeLengthAt(words, 0);
  if (office > 0 && words.length === office + 1 && OFFICE_INSTITUTION.test(words[office] ?? '')) return true;
  // "Kancelaria Prezydenta", "Kancelaria Prezesa Rady Ministrów": a Polish institution named after
  // the office it serves, in the genitive, which ends the line as an office word would.
  if (OFFICE_GENITIVE_INSTITUTION.test(f)) return true;
  // "Parquet général", "Fiscalía General", "Procura generale": an institution's noun (one that names
  // no person, as "Secretaria" or "Fiscal" may) and its adjective "general" is the institution, not
  // the office that ends in "General".
  if (GENERAL_INSTITUTION.test(f) && ORG_HEAD.test(f) && !hasOfficeWord(f.split(' ')[0] ?? '')) return true;
  // "National Police Director", "National Assembly President": a line that ends in an office word,
  // with no "of" before an institution's name, is the office itself.
  if (f.length < 80 && hasOfficeWord(/\S+$/.exec(f)?.[0] ?? '') && !/\b(?:of|de|del|du|des|der|di|do|da|for|para|pour)\b/.test(f)) return false;
  const at = officeWordIndex(f);
  const role = at < 0 ? Infinity : at;
  let offset = 0;
  for (let skip = 0; skip <= 3 && skip < words.length; skip++) {
    if (offset > role) return false;
    if (ORG_HEAD.test(f.slice(offset))) return true;
    offset += (words[skip]?.length ?? 0) + 1;
  }
  return false;
}

// A Portuguese letter addresses him "Ao Ex.mo Sr." (to His Excellency Mr, "Ex.mo" with its dot inside the
// word) or "A Sua Excelência": the preposition and the courtesy, never his name. A cleric is "His Eminence".
// "Sayın Bakan Ayşe Örnek": Turkish addresses an official as "Sayın" and his office ("Dear Minister"),
// a form of address before the name, no part of it.
// Courtesy titles (folded). "Sr", "Sra" also without a full stop, as British pages write "Mr": "Sra Lucía Ejemplo".
// "Ayatollah Sayed ‘Ali Example": after a cleric's "Ayatollah", "Sayed" ("Seyed", "Sayyid": a title of descent) is
// a courtesy too, as "Sheikh" ("Shkh.") is; never alone, where it opens many a name ("Seyed Mehdi Example"). "Shri", "Smt." are India's "Mr", "Mrs".
// "H.K.H. Kronprinsen", "Hans Majestet", "Do Jego Ekscelencji", "جناب آقای آیت الله …": the Nordic, Polish, Czech and Persian forms
// (Persian folded: "آ" loses its madda). A Polish petition's "Do: … Pana Tomasza Przykładnego" (the genitive "Mr", before a
// name only: "Pan" alone before a name may be the surname Pan); the Bulgarian "Негово Превъзходителство г-н …".
// "His Eminence Grand Ayatollah …", "His Holiness …": a cleric's courtesy title, as a prince's or a minister's.
// "Mtra. Jana Ejemplo": the Mexican "Maestra"/"Maestro" (a master's degree), abbreviated, as "Lic." is.
// "The Rt. Honourable Patrick Example", "Senator The Hon. Martin Example": a Commonwealth minister's courtesy, "Rt." for "Right".
// "S. E. H. R. H. Prinz Jan Beispiel": a prince's courtesy as German pages print it, the royal initials spaced or not
// ("S. K. H.", Seine Königliche Hoheit) and "Prinz"; the spaced "H." is no Indonesian "Haji" there.
// Catalan: "Excm. Sr." (the masculine "Excel·lentíssim Senyor", with no "o" as the Spanish "Excmo."), "Senyor", "Hble. Sr.", "Molt Honorable".
const HONORIFIC = /^(?:(?:his|her|their) (?:royal )?(?:majesty|majesties|highness)|(?:his|her) (?:eminence|holiness|beatitude)|(?:ao |a |aos |as )?ex\.m[oa]s?\.?(?: sr[a]?\.?)?|(?:ao |a )(?:exm[oa]s?\.?|excelentissim[oa])(?: sr[a]?\.?| senhora?)?|a (?:sua|vossa) excelencia|(?:seine[rm]?|ihre[rm]?) (?:majestat|exzellenz|(?:konigliche )?hoheit)|(?:sa|leurs?) (?:majeste|altesse(?: royale)?)|(?:su|sus) (?:majestad|alteza)(?: real)?|s\.\s?m\.|(?:grand )?ayatollah(?: s[ae]y+[ie]d)?|shri|shrimati|smt\.|his excellency|her excellency|their excellencies|h\.\s?e\.?|the right honou?rable|(?:the )?rt\.? honou?rable|senator (?:the )?(?:honou?rable|hon\.?)|rt\.? hon\.?|(?:the |l')?honou?rable|the hon\.?|hon\.?|eng\.|engr\.?|atty\.|adv\.|amb\.|sheikha|shaikha|samdech(?: akka moha sena padei)?(?: techo)?|lok chumteav|oknha|tan sri|(?:datuk|dato'?)(?: seri| sri)?|yang berhormat|mr\.?|mrs\.?|ms\.?|miss|mx\.?|dr\.?\s?(?:med|jur|iur|phil|rer\. nat)\.?(?:\s?dent\.?)?|dr\.?|dra\.|prof\.?|professor|sir|dame|lord|lady|(?:al-|el-)?sheikh|(?:al-|el-)?shaikh|shkh\.|hrh|h\.\s?r\.\s?h\.|s\.\s?k\.\s?h\.|prince|princess|prinz|prinzessin|excelentisimo(?: senor)?|excelentisima(?: senora)?|excm[oa]\.?(?: sr[a]?\.?)?|excm\.(?: sr[a]?\.?)?|(?:molt |m\. )?(?:honorable|hble\.)(?: sr[a]?\.?)?|senyora?|exm[oa]s?\.?(?: sr[a]?\.?)?|senor|senora|(?:su|vossa|sua) excelencia|(?:sua|vostra) (?:eccellenza|maesta|altezza)|(?:sua|vossa) (?:majestade|alteza)|sig\.(?:ra|na)?|sigg\.|signor(?:a|ina)?|dott\.(?:ssa)?|avv\.(?:ta)?|on\.|prof\.ssa|ill\.m[oa]|gent\.m[oa]|egr\.|ilm[oa]s?\.(?: sr[a]?\.?)?|exce?lentissim[oa](?: senhora?)?|senhora?|(?:zijne|hare) (?:majesteit|excellentie|(?:koninklijke )?hoogheid)|h\.\s?k\.\s?h\.|(?:hans|hennes|deres) (?:kongelige h(?:ø|o)(?:yhet|jhed)|majestet|majestæt|eksellense|excellence)|(?:jego|jej) ekscelencj[ai]|(?:jeho|jeji) excelenc[ei]|جناب(?:\s+(?:اقای|خانم))?(?:\s+(?:ایت\s?الله|حجت\s?الاسلام(?:\s+و\s+المسلمین)?))?|z\.\s?[emh]\.|h\.\s?m\.|de heer|dhr\.?|mevrouw|mevr\.|mw\.|szanown[ya] pan(?:i|ie)?|pan[au]|pani|(?:негово|нейно) превъзходителство|г-(?:н|жа)\.?|господин|госпожа|sr\.?|sra\.?|srta\.?|don|dona|lic\.|licda\.|lica\.|lcdo\.|lcda\.|bel\.|bela\.|licenciad[oa]|abog\.|abogad[oa]|ing\.|mtr[oa]\.|s\.\s?e\.\s?(?:m|mme)\.?|s\.\s?e\.|herrn|herr|frau|hrn?\.|fr\.|say[iı]n (?:bakan|baskan|cumhurbaskan[iı]|bassavc[iı])|sayın|sayin|son excellence|monsieur|madame|mademoiselle|m\.|mme\.?|mlle\.?|maitre|me)(?=,?\s+\S),?\s+/;

/**
 * "hr Mart Näidis", "pr Kati Näidis": the Estonian "Mr", "Mrs", written in lower case before a
 * capitalised name; read as printed (in capitals "PR" may be "People's Republic").
 */
const ESTONIAN_COURTESY = /^(?:hr|pr|härra|proua)\.?\s+(?=\p{Lu}\p{Ll})/u;

const GLUED_COURTESY = /^((?:Mr|Mrs|Ms|Dr|Prof|Sr|Sra|Hon)\.)(?=\p{Lu}\p{L})/u;

/** "I.E." ("Ihre Exzellenz") only in capitals: "i.e." opens a sentence's aside. */
const HE_ABBREVIATION = /^(?:HE|H E|HRH|HH|SE|I\.\s?E\.)\s+(?=\p{Lu}\p{Ll})/u;

/** The words that qualify a grade before it ("Lieutenant General", "Police Colonel", "Rear Admiral"). */
// A Swedish or German page glues the qualifier to the grade ("Seniorgeneral", "Generalmajor"): those are grades of their own below.
const GRADE_QUALIFIER = String.raw`lieutenant|lt\.?|major|maj\.?|brigadier|brig\.?|police|army|senior|vice|rear|air|field`;
/**
 * The grades of an army or a police force, the one list of them: printed before a name they are its
 * courtesy title ("General Surya Wibowo"), and greeted alone ("Dear General Example") they name no
 * post a letter is sent to (greeting-addressee.ts).
 */
const GRADE = String.raw`seniorgeneral|brigadegeneral|generalmajor|generalleutnant|generaloberst|oberstleutnant|oberst|general de divisi[oó]n|general de brigada|general|gen\.?|colonel|col\.|captain|capt\.|commander|coronel|g[ée]n[ée]ral|admiral|adm\.|almirante|almte\.|almir\.|marshal|lieutenant|major|brigadier|sergeant|corporal|officer`;
// A judge's or prosecutor's rank is printed before his name as a general's is ("Counsellor Jane Doe", the
// Arabic "Mostashar" of Egyptian and Sudanese pages); unlike a grade, it is also the post greeted
// ("Dear Counsellor Example"), so it is no grade of GRADE.
const JUDGE_RANK = 'counsell?or';
// A retired officer keeps his rank, marked "(ret.)" or "(retd)" after it ("Major Gen (ret.) AB Example").
const RANK = new RegExp(String.raw`^(?:(?:${GRADE_QUALIFIER})(?:\s+|\s*-\s*))?(?:${GRADE}|${JUDGE_RANK})\s+(?:\((?:ret\.?|retd\.?|retired)\)\s+)?`, 'i');
const GRADE_ALONE = new RegExp(String.raw`^(?:(?:${GRADE_QUALIFIER})\s+)?(?:${GRADE})$`, 'i');

/** "General", "Lieutenant Colonel", "Sergeant": a grade alone, no office (a judge's "Counsellor" is one). */
export const isGradeAlone = (title: string): boolean => GRADE_ALONE.test(title.trim());

/** "Irjen Pol. Dr. Budi Contoh": a degree between a rank and the name. */
const DEGREE_AFTER_RANK = /^(?:(?:Dr|Prof|Ir|Drs|Dra)\.\s+)+/;

/** Burmese courtesies: "U" (a man), "Daw" (a woman), before a name of two words or more. */
const BURMESE_COURTESY = /^(?:U|Daw)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u;

/** "His Excellency Mr. Héctor Constant Rosales" → ["His Excellency Mr.", "Héctor Constant Rosales"]. */
export function splitHonorific(text: string): { honorific?: string; rest: string } {
  // "Mr.MA Ying Example": the courtesy's stop glued to the name, as a typist left it.
  const original = text.trim().replace(GLUED_COURTESY, '$1 ');
  // "HE Mazin Al Farrayeh": "HE" in capitals before a name in mixed case is "His Excellency";
  // "He Weifang", or a line all in capitals, keeps it as the name it may be.
  let consumed = HE_ABBREVIATION.exec(original)?.[0].length ?? 0;
  // Honorifics stack ("His Excellency Mr.", "Excmo. Sr.", "S. E. Herrn Prof. Dr."): take up to four.
  for (let i = 0; i < 4; i++) {
    const folded = fold(original.slice(consumed));
    const m = HONORIFIC.exec(folded) ?? MALAY_COURTESY.exec(folded) ?? (consumed > 0 ? HAJI_AFTER_TITLE.exec(folded) : null) ?? ESTONIAN_COURTESY.exec(original.slice(consumed));
    if (!m) break;
    // "Mr. Don Example": after a courtesy title, "Don" before a surname alone is the given name
    // ("Sr. Don Juan Ejemplo" keeps it as the Spanish courtesy it is there).
    if (consumed > 0 && /^dona?\s/.test(m[0]) && !/\s/.test(original.slice(consumed + m[0].length).trim())) break;
    consumed += m[0].length;
  }
  // A rank is an honorific only before a person's name: "General Surya Wibowo", not "General Prosecutor".
  // It may follow a courtesy title ("HIS EXCELLENCY COLONEL CHRISTIAN KATSANDE"), and a degree may
  // follow it ("Irjen Pol. Dr. Budi Contoh").
  const rest = original.slice(consumed);
  const rank = RANK.exec(rest) ?? INDONESIAN_RANK.exec(rest) ?? ACADEMIC_RANK.exec(rest);
  if (rank) {
    const after = rank[0].length + (DEGREE_AFTER_RANK.exec(rest.slice(rank[0].length))?.[0].length ?? 0);
    if (isPersonName(rest.slice(after))) consumed += after;
  }
  // Burmese "U" and "Daw" ("Mr", "Mrs") before a name of two words or more are its courtesy, as
  // "Mr" is: the name is "Win Example" ("President U Win Example"). Never a capital "U" alone
  // before a place ("U Street Station"): only before a person's name.
  const burmese = BURMESE_COURTESY.exec(original.slice(consumed));
  if (burmese && isPersonName(original.slice(consumed + burmese[0].length))) consumed += burmese[0].length;
  if (consumed === 0) return { rest: original };
  // "His Excellency, Emmerson D Mnangagwa": the comma after the courtesy title is no part of it.
  return { honorific: original.slice(0, consumed).trim().replace(/,$/, ''), rest: original.slice(consumed).trim() };
}

/**
 * "His Excellency", "Son Excellence", "Exma. Sra.", "Monsieur": a line that is a courtesy title and
 * nothing else, as a page with one field a line prints it above the name. splitHonorific takes a
 * title only before what it qualifies, so the line is asked with a word after it; that word is no
 * name, so no rank ("General") is taken alone: alone it may be half of an office.
 */
export function honorificAlone(line: string): string | undefined {
  const text = line.trim().replace(/,$/, '');
  if (text === '' || text.length > 60) return undefined;
  if (POLISH_COURTESY_ALONE.test(text) || /^I\.\s?E\.$/.test(text)) return text;
  const { honorific, rest } = splitHonorific(`${text} ${NO_NAME}`);
  return honorific !== undefined && rest === NO_NAME ? honorific : undefined;
}

/**
 * "Pan", "Pani": the Polish "Mr", "Mrs", a courtesy title only alone on its line above the name;
 * before a name on the same line it may be the name's own first word (the surname Pan).
 */
const POLISH_COURTESY_ALONE = /^(?:Pan|Pani|PAN|PANI)$/u;

/** A word after the line that is no person's name. */
const NO_NAME = 'x';

/** A particle written onto the name it belongs to: "al-Sisi", "el-Baqer", "d'Alembert", "ibn-Saud". */
const JOINED_PARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az|ud|ul|bin|ben|ibn|abu|d|de|da|di|du|van|von)[-'’]\p{Lu}[\p{L}\p{M}'’.-]*$/u;

/** Small words inside an office's name. */
// "fur" is "für" folded.
const TITLE_JOIN = /^(?:of|for|the|and|de|del|la|las|los|du|des|et|y|für|fur|und|der|da|do|dos|della|dello|delle|degli)$/;

/** Joining words that a person's name never opens with ("de", "du" and "van" may: "De Villiers"). */
const NEVER_OPENS_NAME = /^(?:of|for|the|and|und|fur|et|y)$/;

/** Particles a surname may open with ("De Villiers", "Du Toit", "Da Silva"). */
const OPENING_PARTICLE = /^(?:de|del|la|du|des|da|do|dos|das|di|della)$/;

const PARTICLE = /^(?:de|del|la|las|los|da|das|do|dos|van|von|der|den|ter|bin|binti|bint|ibn|al|el|y|e|di|du|le|ben|abu|ould|mac)$/i;

/**
 * Words that tell the reader to write, and what to send, in en/es/fr/de/sv/pt ("APPEAL TO",
 * "ESCRÍBANLE A", "SCHICKEN SIE KOPIEN AN", "EMAIL THE MINISTER"): a line holding one is a heading
 * or an instruction, never a person's name.
 */
const INSTRUCTION_WORDS = new Set([
  'write', 'send', 'appeal', 'appeals', 'email', 'e-mail', 'tweet', 'contact', 'please', 'letters', 'copies', 'cc',
  'escriban', 'escribanle', 'escribe', 'escribele', 'escribid', 'envien', 'envie', 'envia', 'enviad', 'dirijan', 'dirijase', 'llamamientos', 'cartas', 'copias',
  'enviar', 'escribir', 'envoyer', 'escrever',
  'ecrivez', 'ecrire', 'envoyez', 'adressez', 'appels', 'lettres',
  'schreiben', 'schreibt', 'schicken', 'schickt', 'senden', 'sendet', 'bitte', 'briefe', 'appelle', 'kopien',
  'skriv', 'skicka', 'brev', 'kopior', 'escreva', 'escrevam', 'apelos',
  'schrijf', 'schrijft', 'stuur', 'stuurt', 'verstuur', 'kopie',
]);

const INSTRUCTION_WORD = new RegExp(`(?<![\\p{L}-])(?:${[...INSTRUCTION_WORDS].join('|')})(?![\\p{L}-])`, 'u');

/** Some word of the line is one of INSTRUCTION_WORDS. */
export function hasInstructionWord(text: string): boolean {
  return text.length <= 200 && INSTRUCTION_WORD.test(fold(text));
}

/** "Tarek William Saab", "María de los Ángeles Pérez", "AHMED AL-MANSOURI": a person's name. */
const ARTICLE_FIRST = /^(?:La|El|Los|Las|Le|Les|Il|Lo|Gli|The|Der|Die|Das|Het)$/;
/** Words that join two parts of an office's or institution's name, never a name's first word. */
const JOIN_FIRST = /^(?:of|for|and|und|OF|FOR|AND|UND|Of|For|And|Und)$/;

/** The word for a republic, in the languages that decline it and in the Romance and Germanic ones. */
const REPUBLIC_WORD = /(?<![\p{L}])(?:Republi[kc]\p{L}*|REPUBLI[KC]\p{L}*|Respublik\p{L}*|Rzeczypospolit\p{L}*|Rzeczpospolita|Vabariig\p{L}*|Републик\p{L}*|Република\p{L}*)(?![\p{L}])/u;

/** "de la Nación", "of the Nation", "de la Nation", "da Nação", "della Nazione", "der Nation": the state an office serves. */
const OF_THE_NATION = /(?<![\p{L}])(?:de la|of the|de la|da|della|der)\s(?:Naci[oó]n|Nation|Naç[aã]o|Nazione)(?![\p{L}])/u;

export function isPersonName(text: string): boolean {
  // Seven words at most: a long line is never a name (and is not split into words to learn that).
  if (text.length > 160) return false;
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 7 || /\d|@/.test(text)) return false;
  // Each word's shape is asked first: it is the cheapest test, and most text that is no name (an
  // address, a sentence, a table row with its "|") fails it, before the office and street lists are folded.
  if (!words.every((w) => NAME_WORD.test(w) || JOINED_PARTICLE.test(w) || PARTICLE.test(w) || /^\p{Lu}\.$/u.test(w))) return false;
  if ((isRoleLike(text) && isRoleLike(withoutOfficeSurnames(words))) || STREET.test(fold(text))) return false;
  // "Republiki Bułgarii", "Lietuvos Respublikos": a state named in any case is never a person's name.
  if (REPUBLIC_WORD.test(text)) return false;
  // "… Exteriores y Culto de la Nación", "… of the Nation": an office of the state ends so, a person's name never does.
  if (OF_THE_NATION.test(text)) return false;
  // "La Habana", "El Cairo", "Le Caire": a place opens with an article, a person's full name never does.
  // Vietnamese surnames spelt like an article ("Le Minh Example") open a name.
  if (ARTICLE_FIRST.test(words[0] ?? '') && !isVietnameseArticleSurname(words)) return false;
  // "OF PARDONS AND PAROLES" (of "BOARD OF PARDONS AND PAROLES"): a joining word opens the rest of
  // an office or institution, never a person's name, in capitals or not.
  if (JOIN_FIRST.test(words[0] ?? '')) return false;
  const capitalised = words.filter((w) => NAME_WORD.test(w) || JOINED_PARTICLE.test(w));
  // The words of a heading ("Appeal To") are asked about last: few lines get that far.
  return capitalised.length >= 2 && !hasInstructionWord(text);
}

/** A capitalised word of a name; a transliteration may open it with an apostrophe ("‘Ali", "'Abd"). */
const NAME_WORD = /^[‘'’ʿ]?\p{Lu}[\p{L}\p{M}'’.-]*$/u;

/**
 * "Luisa María Alcalde Luján", "Karl Richter Beispiel": an office word standing between two
 * capitalised words of a name, the name's first word no office, is a surname. The office words at
 * either end stay ("Minister Jane Doe", "Jane Doe Minister"): there the line may name an office.
 */
function withoutOfficeSurnames(all: readonly string[]): string {
  // "Señor Fiscal Superior de Lima": the name starts after a courtesy title.
  const words = all.length < 3 ? [] : splitHonorific(all.join(' ')).rest.split(/\s+/);
  if (words.length < 3 || hasOfficeWord(fold(words[0] ?? ''))) return all.join(' ');
  // "Prime Minister Jane Doe": a word that opens an office phrase ("prime minister") makes it the office.
  const surname = (w: string, i: number) =>
    i > 0 && i < words.length - 1 && /^\p{Lu}\p{Ll}/u.test(w) && /^\p{Lu}\p{Ll}/u.test(words[i + 1] ?? '') && officeLengthAt(words, i) === 1 && officeLengthAt(words, i - 1) === 0 && !hasOfficeWord(fold(words[i - 1] ?? ''));
  return [...all.slice(0, all.length - words.length), ...words.filter((w, i) => !surname(w, i))].join(' ');
}

/**
 * "CALEB MANOA ESIPISU Kenya": a name printed in capitals, then a country in mixed case — where a
 * flattened block's next field begins ("Kenya High Commission"), not part of the name. Only a
 * country is cut: "OGAWA Toshio" (the surname in capitals first) is a whole name.
 */
export function splitTrailingCountry(name: string): { name: string; country?: string } {
  const words = name.trim().split(/\s+/);
  for (let k = 1; k <= 2 && words.length - k >= 2; k++) {
    const head = words.slice(0, -k);
    const tail = words.slice(-k).join(' ');
    if (head.some((w) => /\p{Ll}/u.test(w)) || !/^\p{Lu}\p{Ll}/u.test(tail)) continue;
    if (countryCode(tail) !== undefined) return { name: head.join(' '), country: tail };
  }
  return { name };
}

/** "… of the Republic of Algeria", "… of Sri Lanka": an office's words that end in a country's name after "of". */
function endsInCountry(words: readonly string[]): boolean {
  for (const n of [1, 2, 3]) {
    if (words.length <= n || !/^(?:of|de|du|der|des)$/i.test(words[words.length - n - 1] ?? '')) continue;
    if (countryCode(words.slice(-n).join(' ')) !== undefined) return true;
  }
  return false;
}

/** "… for the State Council", "… of the Supreme Court": an office's words that end in an institution's keyword after "of" or "for". */
function endsInInstitution(words: readonly string[]): boolean {
  const of = words.findIndex((w) => /^(?:of|for)$/u.test(w));
  return of > 0 && of < words.length - 1 && ORG_HEAD.test(fold(words.at(-1) ?? '')) && !/^(?:national|nacional)$/u.test(fold(words.at(-1) ?? ''));
}

/** A word folded, without the marks around it ("Corte,", "(Suprema"). */
const bareWord = (word: string): string => fold(word).replace(/^[("'“‘]+|[)"'”’,.;:]+$/gu, '');

/** The word that joins two offices held at once. */
const OFFICE_AND = /^(?:and|y|e|et|und|och|i)$/;

/**
 * "President Jane Doe" → title "President", name "Jane Doe"; "Public Prosecutor Adel Mansour" →
 * "Public Prosecutor", "Adel Mansour": the shortest run of leading words that names an office,
 * followed by words that make a personal name.
 */
export function splitLeadingRole(text: string): { title: string; name: string } | undefined {
  if (text.length > 200) return undefined;
  const words = text.trim().split(/\s+/);
  const short = shortOffice(words);
  if (short) return short;
  const capitals = officeInCapitals(words);
  if (capitals) return capitals;
  // "Staatspräsident Muster": a German page names an official by his one-word office and surname.
  if (words.length === 2 && isGermanCompoundRole(fold(words[0] ?? '')) && SURNAME.test(words[1] ?? '') && !isRoleLike(words[1] ?? '') && !isOrganisation(words[1] ?? '') && countryCode(words[1] ?? '') === undefined) return { title: words[0] ?? '', name: words[1] ?? '' };
  // "Gobernador Regional" + "Jan Ejemplo": an office phrase the lists know ends where it ends, never inside.
  const known = officeLengthAt(words, 0);
  for (let k = Math.max(1, known); k <= Math.min(8, words.length - 2); k++) {
    const title = words.slice(0, k).join(' ');
    const name = words.slice(k).join(' ');
    // Past four words only two offices joined by "and" ("Minister of the Interior and Deputy Prime
    // Minister"), ending in an office word: a longer run of capitalised words may hold a name.
    // Or an office of a state named in full ("President of the Republic of Algeria"): it ends in the country's name.
    // Or an office of an institution named after "of" or "for" ("Minister for the State Council").
    // Or an office of an institution and the words that qualify it ("Presidente de la Corte Suprema").
    if (k > 4 && !(words.slice(1, k - 1).some((w) => OFFICE_AND.test(w)) && hasOfficeWord(fold(words[k - 1] ?? ''))) && !endsInCountry(words.slice(0, k)) && !endsInInstitution(words.slice(0, k)) && !endsInQualifiedInstitution(words.slice(0, k).map(bareWord))) continue;
    // Every word of the office is capitalised: "Minister of Law and Human Rights" is all office;
    // only an office word may be in lower case ("Procureur général", "Fiscal general").
    // A joining word may stand inside it ("Minister of Justice Jane Doe"), never at its end
    // ("Minister of Law and" + "Human Rights" is no split).
    if (!/^\p{Lu}/u.test(words[0] ?? '') || !/^\p{Lu}/u.test(words[k] ?? '')) continue;
    // "Chargé d’Affaires": a French elision before a capital is part of the office.
    // "Head of judiciary", "Chief of police", "Jefe de la policía": what an office heads may be in lower case.
    if (!words.slice(1, k).every((w, i) => /^\p{Lu}/u.test(w) || /^d['’]\p{Lu}/u.test(w) || hasOfficeWord(fold(w)) || TITLE_JOIN.test(w) || words.slice(1, i + 1).some((j) => /^(?:of|de|del|du|des|di|della)$/.test(j)))) continue;
    if (TITLE_JOIN.test(fold(words[k - 1] ?? ''))) continue;
    // "JANE DOE PRESIDENT" + "OF EXAMPLELAND": in capitals every word looks like a name's; a
    // name never opens with "of".
    if (NEVER_OPENS_NAME.test(fold(words[k] ?? ''))) continue;
    // "Presidente della Corte" + "Penale Internazionale", "Ambassadeur de la République" + "Islamique
    // d'Iran": the words that qualify an institution or a state go on with the office.
    if (qualifiesInstitution(words.slice(0, k).map(bareWord), bareWord(words[k] ?? ''))) continue;
    // "FISCAL GENERAL" + "DE LA REPÚBLICA JUAN PÉREZ": a name in capitals that opens with a
    // particle is a surname alone ("DE VILLIERS", "DE LA RÚA"); a longer one holds the office's end.
    if (/^\p{Lu}+$/u.test(words[k] ?? '') && OPENING_PARTICLE.test(fold(words[k] ?? '')) && words.length - k > 3) continue;
    // "Innenminister Karl Muster": a German office is one compound word, its field perhaps after it
    // ("Generaldirektor der Haftanstalten Karl Muster").
    // "President of the United" + "Arab Emirates": the office's last word opens a country's name, which the name would cut.
    if (countryCode(words.slice(k - 1).join(' ')) !== undefined) continue;
    const office = hasOfficeWord(fold(title)) || isGermanCompoundRole(fold(words[0] ?? ''));
    // "Botschafterin der Sozialistischen" + "Republik Vietnam": a state named by its form is the office's end, never a name.
    // "Procurador" + "Geral da República Augusto Aras": a name never runs on into a state or an
    // institution after a joining word; the office does, and is taken whole or not at all.
    if (runsOnIntoState(words, k)) continue;
    if (office && !isOrganisation(title) && (isPersonName(name) || courtesyThenName(name)) && !isStateName(name)) return { title, name };
  }
  return undefined;
}

/** The word a state or its whole people is named by, after "da", "de la", "of the" (folded). */
const STATE_WORD = /^(?:republica|republic|republique|republik|nacao|nacion|nation|estado|state|etat|uniao|union|reino|kingdom)$/u;
const NAME_JOIN = /^(?:of|de|del|da|do|das|dos|du|des|della|der)$/u;
const JOIN_ARTICLE = /^(?:the|la|el|le|a|o)$/u;

/** Whether the words from `from` hold a joining word, perhaps an article, then a state's or an institution's word. */
function runsOnIntoState(words: readonly string[], from: number): boolean {
  for (let i = from; i < words.length - 1; i++) {
    if (!NAME_JOIN.test(fold(words[i] ?? ''))) continue;
    const at = JOIN_ARTICLE.test(fold(words[i + 1] ?? '')) ? i + 2 : i + 1;
    const word = bareWord(words[at] ?? '');
    if (STATE_WORD.test(word) || ORG_HEAD.test(word)) return true;
  }
  return false;
}

/**
 * American address blocks print the office shortened before the holder's name ("Gov. Jay Sample",
 * "Lt. Gov. Jane Doe", "Sen. Jane Doe"): the office written out is the title. Only before a person's
 * name of two words at least, so "Rep." alone or "Gov. Office" stay as printed.
 */
const SHORT_OFFICE: Readonly<Record<string, string>> = { 'gov.': 'Governor', 'lt. gov.': 'Lieutenant Governor', 'sen.': 'Senator', 'rep.': 'Representative', 'atty. gen.': 'Attorney General' };

export function shortOffice(words: readonly string[]): { title: string; name: string } | undefined {
  // Cheap test first: a shortened office ends in a full stop.
  if (!(words[0] ?? '').endsWith('.')) return undefined;
  for (const k of [1, 2]) {
    const title = SHORT_OFFICE[words.slice(0, k).join(' ').toLowerCase()];
    const name = words.slice(k).join(' ');
    if (title && words.length - k >= 2 && isPersonName(name)) return { title, name };
  }
  return undefined;
}

/** A surname alone: capitalised, in lower case after its first letter. */
const SURNAME = /^\p{Lu}\p{Ll}[\p{Ll}'’-]+$/u;

/** A word in capitals ("MINISTER", "GÉNÉRAL", "DE"), no lower-case letter. */
const CAPITALS = /^[\p{Lu}][\p{Lu}'’.&-]*$/u;

/**
 * "MINISTER OF PUBLIC SECURITY Wang Example", "PROCUREUR GÉNÉRAL DE LA RÉPUBLIQUE Jean Exemple": an
 * office printed in capitals, then the name in mixed case. The change of case ends the office: a
 * word in capitals is no name's ("SECURITY Wang Example"), however many words the office has. A
 * surname in capitals ("OGAWA Toshio") leaves one word in mixed case, no name: then not this rule.
 */
function officeInCapitals(words: readonly string[]): { title: string; name: string } | undefined {
  const m = words.findIndex((w) => !CAPITALS.test(w));
  if (m < 1 || m > 10 || !/^\p{Lu}\p{Ll}/u.test(words[m] ?? '')) return undefined;
  const title = words.slice(0, m).join(' ');
  const name = words.slice(m).join(' ');
  if (TITLE_JOIN.test(fold(words[m - 1] ?? '')) || !hasOfficeWord(fold(title)) || isOrganisation(title)) return undefined;
  return isPersonName(name) || courtesyThenName(name) ? { title, name } : undefined;
}

/**
 * "Ambassador Sheikh Meshal …": a courtesy title between the office and the name belongs to
 * neither. A rank is no such title there ("Fiscal" + "General de México …" is no split).
 */
function courtesyThenName(text: string): boolean {
  if (RANK.test(text)) return false;
  const { honorific, rest } = splitHonorific(text);
  return honorific !== undefined && isPersonName(rest);
}

/**
 * "PublicProsecutor Hamada al-Sawi": a page that lost the space between the words of an office
 * (an inline tag around each). Only a glued pair whose second word is an office word is parted:
 * "McDonald", "DeSantis" or "LinkedIn" are left as written.
 */
export function unglueOffice(text: string): string {
  if (!/\p{Ll}\p{Lu}/u.test(text)) return text;
  return text.replace(/(?<![\p{L}])(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})(?![\p{L}])/gu, (glued, first: string, second: string) =>
    hasOfficeWord(fold(second)) ? `${first} ${second}` : glued,
  );
}

