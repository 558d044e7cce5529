// The country is the part of the headline before its colon ("VENEZUELA: …"), or a "Country:" line.
// Pages without such a headline still name it: in the header ("… | Fecha: | Irán", "(Egypt: UA
// 16.20)"), or at the end of the first official's postal address ("Cairo, Arab Republic of
// Egypt"). Those are read with medium confidence; an embassy's or a c/o address abroad never is.
import { countryCode, countryNamesIn, normalizeCountry } from '../channels/countries.js';
import { capitalCountryOf } from './capital-town.js';
import { countryInPhrase } from './country-inflected.js';
import { adjectiveOfKey } from './country-adjectives.js';
import type { LangCode } from '../case/types.js';
import { cyrillicCountryIn } from './cyrillic-country.js';
import { swissCouncilCountry } from './swiss-council.js';
import { declinedCountryIn } from './country-declined.js';
import { greetingLanguage } from './salutation.js';
import { governmentCountryOf } from './email-domain.js';
import { findLabelled } from './labels.js';
import { findLandmarks } from './landmarks.js';
import type { ImportedOfficial } from './official-block.js';
import { casingFrom, titleCase } from './recase.js';
import { namesStreet } from './street-named-country.js';
import { fold, lineAt } from './text.js';
import { found, notFound, sourceLine, type Finding, type ImportText } from './types.js';

const COUNTRY_LABEL = [/^(?:country|pais|pays)$/];
/** How far down the header may name the country. */
const HEADER_LINES = 20;

/**
 * A state's formal name: "Republic of the Philippines", "Arab Republic of Egypt", "República
 * Bolivariana de Venezuela", "Royaume du Maroc"; the country's name after "of"/"de". A federal
 * state's ("Estado de México", "State of Georgia") is not one: no "state" word is read.
 */
const FORMAL_NAME = /^(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:republic|kingdom|federation|emirates|sultanate|principality|rep[uú]blica|reino|federaci[oó]n|r[eé]publique|royaume|f[eé]d[eé]ration|republik|k[oö]nigreich|repubblica|regno)\s+(?:[\p{L}-]+\s+){0,2}?(?:of(?:\s+the)?|de(?:\s+la|\s+los)?|del|do|da|du|des|d['’]|der|von|di|della|dell['’])\s*(\p{L}.+)$/iu;

/**
 * "REPUBLIC OF THE PHILIPPINES" → "Republic of the Philippines": a formal name printed in capitals
 * is written as a name, its joining words lower case (a headline's capitals are its style, and the
 * page's other capitals are the same headline's). Mixed case is the page's, kept as printed.
 */
function formalCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.toLowerCase().replace(/\p{L}[\p{L}\p{M}]*/gu, (word, offset: number) => (offset > 0 && JOINING.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)));
}

/** "VENEZUELA: …" → "VENEZUELA": the headline's part before its colon, whatever it names. */
function headlinePrefix(doc: ImportText): string | undefined {
  const { titleText } = findLandmarks(doc);
  const headline = titleText === undefined ? undefined : /^([^:]{2,60}?)\s*:\s+\S/.exec(titleText);
  return headline?.[1]?.trim();
}

export function recogniseCountry(doc: ImportText): Finding<string> {
  const { title, countryLine } = findLandmarks(doc);
  const prefix = headlinePrefix(doc);
  let reason: string | undefined;
  if (title !== undefined && prefix && prefix.split(/\s+/).length <= 6 && !/\d/.test(prefix)) {
    const value = titleCase(prefix, casingFrom(doc.lines));
    // A prefix that names no country Intl knows ("Urgent Action Update") is a guess.
    if (countryCode(prefix) !== undefined) return found(lowerCaseCountry(doc, value), 'high', title);
    // "REPUBLIC OF THE PHILIPPINES: H.E. …", "Kingdom of Saudi Arabia: …": a state's formal name,
    // printed as the page prints it (the facts know the long name as well as the short one).
    if (countryCode(FORMAL_NAME.exec(prefix)?.[1] ?? '') !== undefined) return found(formalCase(prefix), 'high', title);
    if (countryLine === undefined) reason = `line ${sourceLine(doc, title)} begins "${prefix}:", which is not a country name the importer knows`;
  }
  if (countryLine !== undefined) return found(titleCase(lineAt(doc, countryLine), casingFrom(doc.lines)), 'high', countryLine);
  const labelled = findLabelled(doc, COUNTRY_LABEL, 1, 20);
  if (labelled) return found(labelled.value, 'high', labelled.valueLine);
  const header = countryInHeader(doc);
  if (header) return header;
  return notFound(reason ?? 'no headline of the form "COUNTRY: …" and no "Country:" line');
}

/**
 * "vietnam: blogger sentenced …": a country the headline prints in lower case is written as a
 * country's name — as the document writes the word elsewhere, as ICU names it in the page's
 * language when that is the same word ("Vietnam"), else with capitals ("Viet Nam"; "usa" → "USA").
 */
function lowerCaseCountry(doc: ImportText, name: string): string {
  if (/\p{Lu}/u.test(name)) return name;
  const code = countryCode(name);
  const own = code === undefined ? undefined : new Intl.DisplayNames([findLandmarks(doc).language], { type: 'region', fallback: 'none' }).of(code);
  if (own !== undefined && fold(own) === fold(name)) return own;
  const casing = casingFrom(doc.lines);
  return name.replace(/\p{L}[\p{L}\p{M}'’]*/gu, (word, offset: number) => {
    if (offset > 0 && JOINING.has(word)) return word;
    const known = casing.get(word);
    if (known !== undefined && /^\p{Lu}/u.test(known)) return known;
    return word === name && word.length <= 3 ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1);
  });
}

/** Joining words a country's name keeps in lower case ("Bosnia and Herzegovina", "República del Congo"). */
const JOINING = new Set(['of', 'the', 'and', 'de', 'del', 'la', 'las', 'los', 'y', 'et', 'du', 'des', 'le', 'les', 'da', 'do', 'dos', 'und', 'e', 'och', 'di']);

/** "Irán: 28 personas…", "(Egypt: UA 16.20)", "AU 57/24 | Índice: … | Fecha: | Argentina". */
function countryInHeader(doc: ImportText): Finding<string> | undefined {
  const until = Math.min(doc.lines.length, HEADER_LINES, (findLandmarks(doc).salutation ?? Infinity) - 1);
  for (let n = 1; n <= until; n++) {
    const line = lineAt(doc, n);
    const candidates = [
      /^([^:|()]{2,40}):\s+\S/.exec(line)?.[1],
      /\(([^():]{2,40}):\s*(?:UA|AU)?\s*\d{1,3}[./]\d{2}\)/.exec(line)?.[1],
      ...(line.includes('|') ? line.split('|') : []),
    ];
    for (const c of candidates) {
      const name = c?.trim();
      if (name && name.split(/\s+/).length <= 4 && countryCode(name) !== undefined) return found(titleCase(name, casingFrom(doc.lines)), 'medium', n);
    }
  }
  return undefined;
}

/**
 * "Georgia: …" above "Governatore della Georgia" / "Atlanta, GA 30334": a headline naming a country
 * that shares its name with a US state, on a page whose first official at home has an address in
 * a US state before its ZIP code, is about that state: the country is the United States, in the
 * page's language ("Stati Uniti"). A page about the country (Tbilisi) has no such address.
 */
export function stateNotCountry(doc: ImportText, header: Finding<string>, officials: Finding<ImportedOfficial[]>): Finding<string> | undefined {
  const named = header.found ? header.value : undefined;
  const code = named === undefined ? undefined : countryCode(named);
  // A country whose name is also a US state's ("Georgia").
  if (code === undefined || !officials.found || !US_STATES.some((state) => countryCode(state) === code)) return undefined;
  const home = officials.value.find((o) => !o.copy && !ABROAD.test([o.name?.value, o.title?.value, o.organisation?.value, ...o.address.map((a) => a.value)].join(' | ')));
  const last = home?.address.at(-1);
  if (!last || countryAtEnd(last.value) !== 'United States') return undefined;
  return found(inPageLanguage(doc, 'United States'), 'medium', last.line, `the headline's "${named ?? ''}" is a US state: the official's address is in one`);
}

/**
 * Offices abroad: their address is not the country of the case. The United Nations' offices too ("de l'ONU"): a
 * letter to the Secretary-General in New York or the High Commissioner in Geneva is about a case
 * elsewhere, which the headline or the letter names. So are the regional bodies states answer to
 * (INTERNATIONAL_BODY): the Inter-American Commission's Washington address is not Haiti's.
 */
export const ABROAD = /\b(?:united nations|nations unies|naciones unidas|onu|vereinten? nationen|palais des nations|palais wilson|inter-?\s?americ\p{L}*|interameric\p{L}*|inter-?\s?am[eé]ricaine?|interam[eé]ricaine?|cidh|iachr|organi[sz]ation of american states|organizaci[oó]n de (?:los )?estados americanos|council of europe|conseil de l['’]europe|consejo de europa|europarat(?:es)?|european court of human rights|cour europ[eé]enne des droits de l['’]homme|african commission|commission africaine|international criminal court|cour p[eé]nale internationale|corte penal internacional|embassy|embajada|ambassade|botschaft|ambassad|ambasciata|ambasciatore|embaixada|embaixador[a]?|consulate|consulado|consulat|permanent mission|mision permanente|mission permanente|ambassador|embajador[a]?|ambassadeur|ambassadrice|botschafter(?:in)?|charg[eé] d'affaires)\b/iu;

/** "Permanent Mission of the Islamic Republic of Iran", "Embajada de Egipto": the country an office abroad represents. */
const REPRESENTS = /\b(?:embassy|permanent mission|mission|consulate|embajada|misi[oó]n permanente|consulado|ambassade|mission permanente|consulat|botschaft|ambasciata|embaixada)\s+(?:of|de|du|de la|des|der|von|van|di|della|del|dello|da|do|dos)\s+(?:the\s+|l['’]\s*)?(.+)$/i;
/** "Ambasciata Federazione Russa": an embassy word right before the country's name, no word between. */
const REPRESENTS_BARE = /\b(?:embassy|embajada|ambassade|botschaft|ambasciata|embaixada)\s+(\p{Lu}.+)$/iu;
/**
 * "U.S. Embassy", "USA Embassy": English puts the country's name or initials before the embassy
 * word. Only a name the country table knows counts ("Royal Embassy" names no country).
 */
const COUNTRY_THEN_EMBASSY = /^(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})\s+(?:Embassy|Consulate(?:\s+General)?|Permanent Mission)\b/u;

/** The country at the end of the first official's address at home, when the header names none. */
export function countryFromOfficials(doc: ImportText, officials: readonly ImportedOfficial[]): Finding<string> | undefined {
  return prefixAtHome(doc, officials) ?? countryAtHome(doc, officials) ?? capitalAtHome(doc, officials) ?? postalSystemAtHome(doc, officials) ?? countryRepresented(doc, officials) ?? countryOfOffice(doc, officials);
}

/**
 * "Vitryssland: Samvetsfånge …" above an address ending "220050 Minsk," / "Vitryssland": a headline
 * prefix that no name table knows (an older or local name) is the country when the first
 * official's address at home ends with the same word. Two places agreeing is what makes it sure.
 */
function prefixAtHome(doc: ImportText, officials: readonly ImportedOfficial[]): Finding<string> | undefined {
  const prefix = headlinePrefix(doc);
  const title = findLandmarks(doc).title;
  if (!prefix || title === undefined || prefix.split(/\s+/).length > 3 || /\d/.test(prefix) || !/^\p{Lu}/u.test(prefix)) return undefined;
  const home = officials.find((o) => !o.copy && !ABROAD.test([o.name?.value, o.title?.value, o.organisation?.value, ...o.address.map((a) => a.value)].join(' | ')));
  const last = home?.address.at(-1)?.value.split(',').pop()?.replace(/[.;:]+\s*$/u, '').trim();
  if (!last || fold(last) !== fold(prefix)) return undefined;
  return found(titleCase(prefix, casingFrom(doc.lines)), 'medium', title, "the headline's prefix, which also ends the official's address");
}

/** "Generalstaatsanwalt der Russischen Föderation": the country an official at home serves, as the title names it. */
function countryOfOffice(doc: ImportText, officials: readonly ImportedOfficial[]): Finding<string> | undefined {
  const { language: lang, salutation } = findLandmarks(doc);
  // The page's languages: the detector's, and its greeting's (the detector knows no Lithuanian).
  const langs = [lang, salutation === undefined ? undefined : greetingLanguage(lineAt(doc, salutation))].filter((l) => l !== undefined);
  for (const o of officials) {
    if (o.copy) continue;
    for (const part of [o.title, o.organisation, o.name]) {
      if (!part || ABROAD.test(part.value)) continue;
      // "Президенту України": a Ukrainian or Russian title names its country in the genitive.
      // "Lietuvos Respublikos prezidentui", "Eesti Vabariigi president": declined in their languages.
      const named = countryInPhrase(part.value, lang) ?? cyrillicCountryIn(part.value) ?? declinedCountryIn(part.value, langs) ?? swissCouncilCountry(part.value, doc.lines) ?? adjectiveInTitle(part.value, lang, part === o.title);
      if (named) return found(titleCase(named, casingFrom(doc.lines)), 'medium', part.line, "the country named in the official's title");
    }
  }
  return undefined;
}

/**
 * "Presidente mexicano", "Mexican President", "le président tunisien": a title that names the
 * country its holder serves by the country's adjective names it as well as "Presidente do México"
 * (the name ICU gives it in the page's language). Only in the title: an organisation or a name
 * may hold an adjective of another sense ("Tunisian League for Human Rights").
 */
function adjectiveInTitle(title: string, lang: LangCode, isTitle: boolean): string | undefined {
  if (!isTitle || title.split(/\s+/u).length > 6) return undefined;
  const codes = new Set(title.split(/[\s,]+/u).map((w) => adjectiveOfKey(normalizeCountry(w), lang)).filter((c) => c !== undefined));
  const [code] = codes;
  if (codes.size !== 1 || code === undefined) return undefined;
  const name = new Intl.DisplayNames([PAGE_LANGUAGES.has(lang) ? lang : 'en'], { type: 'region', fallback: 'none' }).of(code);
  return name === undefined || /\(/.test(name) ? undefined : name;
}

/** Only offices abroad: the country the first embassy or mission represents. */
function countryRepresented(doc: ImportText, officials: readonly ImportedOfficial[]): Finding<string> | undefined {
  for (const o of officials) {
    for (const part of [o.organisation, o.title, o.name, ...o.address]) {
      if (!part) continue;
      const named = REPRESENTS.exec(part.value)?.[1]?.replace(/\s+(?:to|in|en|a|au|in der)\s+.*$/i, '').trim();
      const bare = REPRESENTS_BARE.exec(part.value)?.[1]?.trim();
      const country = named ? (countryCode(named) !== undefined ? named : countryAtEnd(named)) : bare && countryCode(bare) !== undefined ? bare : undefined;
      const first = country === undefined ? COUNTRY_THEN_EMBASSY.exec(part.value.trim())?.[1] : undefined;
      const code = first === undefined ? undefined : countryCode(first);
      if (code !== undefined) return found(countryNameIn(doc, code), 'medium', part.line, 'the country an embassy or mission represents');
      // "Embassy of the Islamic Republic of iran": a name the page printed in lower case is written with its capital.
      if (country) return found(titleCase(country.replace(/^\p{Ll}/u, (c) => c.toUpperCase()), casingFrom(doc.lines)), 'medium', part.line, 'the country an embassy or mission represents');
    }
  }
  return undefined;
}

/**
 * "11013 Berlin", "118 00 Praha 1": the first official at home whose address names no country but
 * ends in a capital or seat of government (capital-town.ts) is in that country. An office abroad
 * ("Embassy of …, Washington") is passed over: its town is the host's, not the case's.
 */
function capitalAtHome(doc: ImportText, officials: readonly ImportedOfficial[]): Finding<string> | undefined {
  for (const o of officials) {
    if (o.copy || o.address.length === 0) continue;
    if (ABROAD.test([o.name?.value, o.title?.value, o.organisation?.value, o.honorific?.value, ...o.address.map((a) => a.value)].join(' | '))) continue;
    for (const line of [...o.address].reverse()) {
      const code = capitalCountryOf(line.value);
      if (code !== undefined) return found(countryNameIn(doc, code), 'medium', line.line, `the capital or seat of government in the official's address (${line.value.trim()}): check it`);
    }
  }
  return undefined;
}

/**
 * "25035 BESANCON CEDEX": France's post alone delivers to a CEDEX (a business's own delivery under
 * five figures), so an official at home whose address ends so is in France even with no country
 * printed — as a form letter to a préfecture prints it.
 */
function postalSystemAtHome(doc: ImportText, officials: readonly ImportedOfficial[]): Finding<string> | undefined {
  for (const o of officials) {
    if (o.copy || o.address.length === 0) continue;
    if (ABROAD.test([o.name?.value, o.title?.value, o.organisation?.value, o.honorific?.value, ...o.address.map((a) => a.value)].join(' | '))) continue;
    const cedex = o.address.find((a) => CEDEX.test(a.value));
    if (cedex) return found(countryNameIn(doc, 'FR'), 'medium', cedex.line, `a French postcode with CEDEX in the official's address (${cedex.value.trim()}): check it`);
    // "Washington DC 20500", "Jefferson City, MO 65102": a state's two letters and a ZIP code end
    // the town line only in the United States.
    const zip = o.address.at(-1);
    if (zip && US_ZIP_TOWN.test(zip.value.trim())) return found(countryNameIn(doc, 'US'), 'medium', zip.line, `a US state and ZIP code end the official's address (${zip.value.trim()}): check it`);
  }
  return undefined;
}
const CEDEX = /\b\d{5}\s+\p{L}[\p{L}' -]*\s(?:CEDEX|Cedex)(?:\s\d{1,2})?$/u;

/**
 * "contact@president.gov.by", "poststelle@ministerium.de": the country of the officials' government
 * email domains, the last resort when nothing else on the page names the country — and only when
 * every such address is the same country's (a ministry at home and an embassy's "mfa.gov" agree).
 */
export function countryFromEmails(doc: ImportText, officials: readonly ImportedOfficial[]): Finding<string> | undefined {
  let first: { code: string; line: number; email: string } | undefined;
  // A copy may go to the reader's own government ("poststelle@auswaertiges-amt.de"): only the officials written to count.
  for (const o of officials) {
    if (o.copy) continue;
    for (const e of o.emails) {
      const code = governmentCountryOf(e.value);
      if (code === undefined) continue;
      if (first !== undefined && first.code !== code) return undefined;
      first ??= { code, line: e.line, email: e.value };
    }
  }
  if (first === undefined) return undefined;
  const name = countryNameIn(doc, first.code);
  return name === first.code ? undefined : found(name, 'low', first.line, `the country of a government email domain (${first.email}): check it`);
}

/** ICU's name of a country in the page's language, or in English for a language the drafts are not written in. */
function countryNameIn(doc: ImportText, code: string): string {
  const lang = findLandmarks(doc).language;
  return new Intl.DisplayNames([PAGE_LANGUAGES.has(lang) ? lang : 'en'], { type: 'region', fallback: 'code' }).of(code) ?? code;
}

function countryAtHome(doc: ImportText, officials: readonly ImportedOfficial[]): Finding<string> | undefined {
  for (const o of officials) {
    if (o.copy) continue;
    const who = [o.name?.value, o.title?.value, o.organisation?.value, o.honorific?.value, ...o.address.map((a) => a.value)].join(' | ');
    if (ABROAD.test(who)) continue;
    for (const line of [...o.address].reverse()) {
      const name = countryAtEnd(line.value);
      if (name) return found(titleCase(inPageLanguage(doc, name), casingFrom(doc.lines)), 'medium', line.line);
    }
  }
  return undefined;
}

/** Languages whose pages write a foreign address's country in the address's own language ("Alger 16000 Algérie" on an English page). */
const PAGE_LANGUAGES = new Set(['en', 'es', 'fr', 'de', 'sv', 'pt', 'it', 'nl']);

/**
 * The country of an address printed in the destination's language ("Algérie" on an English page)
 * or by its initials ("EE.UU.") in the page's own language ("Algeria", "Estados Unidos"), as ICU
 * names it: the draft's country is the reader's.
 * A name already the page's, or one ICU cannot place, is kept as printed.
 */
export function inPageLanguage(doc: ImportText, name: string): string {
  const lang = findLandmarks(doc).language;
  const code = countryCode(name);
  if (!PAGE_LANGUAGES.has(lang) || code === undefined || (pageNameOf(lang, name) === code && !isAbbreviation(name))) return name;
  const own = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }).of(code);
  if (own === undefined || /\(|\s-\s/.test(own)) return name;
  return own;
}

/** The code a page's own language names with `name`: "Trinidad and Tobago" is ICU's "Trinidad & Tobago", the "&" written out. */
function pageNameOf(lang: string, name: string): string | undefined {
  const key = normalizeCountry(name);
  const names = countryNamesIn(lang);
  return names.get(key) ?? (key.includes(' and ') ? names.get(key.replace(/ and /g, ' ')) : undefined);
}

/** "EE.UU.", "USA", "RDC": a country's initials are the page's, but its name reads better in a letter. */
const isAbbreviation = (name: string): boolean => name.includes('.') || /^\p{Lu}{2,3}$/u.test(name);

export const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan',
  'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York',
  'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota',
  'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
];
export const US_CODES = 'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY';
/** A US town line: the town, the state's two letters and the ZIP code. */
const US_ZIP_TOWN = new RegExp(String.raw`^\p{Lu}[\p{L}.' -]{1,40},?\s(?:${US_CODES.replace(/ /g, '|')}|D\.C\.)\s\d{5}(?:-\d{4})?$`, 'u');
/** A state, by name or by its postal code, then a ZIP code of five digits (and four more). */
const US_STATE_ZIP = new RegExp(String.raw`^(?:${US_STATES.join('|')}|${US_CODES.replace(/ /g, '|')}|D\.C\.)\s+\d{5}(?:-\d{4})?$`);

/** "Cairo, Arab Republic of Egypt" → "Egypt"; "Valparaíso/CHILE" → "CHILE"; "… 00-950 Warsaw Pologne" → "Pologne"; "(Bélgica)" → "Bélgica". */
function countryAtEnd(line: string): string | undefined {
  // "170401, Quito, Ecuador.": the full stop ends the line, not the name.
  // "Atlanta, GA 30334  - USA  -": a dash set between the pieces, and one left at the end.
  const last = (line.replace(/\s+[–—-]\s*$/u, '').split(/\s*,\s*|\s+[–—-]\s+|\/(?=\s*\p{Lu}{3,}\s*$)/u).pop() ?? '').replace(/[()]/g, ' ').replace(/[.;:]+\s*$/u, '').trim();
  // "Savannah, Georgia 31401", "Washington, DC 20530": a US state before its ZIP code, not the country Georgia.
  if (US_STATE_ZIP.test(last)) return 'United States';
  // "Myanmar (Birma)": the country, then another name for it in brackets.
  const named = /^(.*\S)\s+\([^()]+\)\s*$/u.exec(line.trim())?.[1]?.split(/\s*,\s*/).pop();
  if (named && countryCode(named) !== undefined) return named;
  // "REPUBLIC OF THE UNION OF MYANMAR (Burma)": the state's long name before the bracket ends in the country's.
  const inLongName = named && /\b(?:republic|kingdom|state|union|federation|rep[uú]blica|r[eé]publique)\b/iu.test(named) ? countryInTail(named) : undefined;
  if (inLongName) return inLongName;
  return countryInTail(last);
}

function countryInTail(last: string): string | undefined {
  const words = last.split(/\s+/);
  for (let k = Math.min(4, words.length); k >= 1; k--) {
    // "Saudi- Arabien": a name a line-wrap hyphen broke in the PDF is written joined, as the country spells it.
    const tail = words.slice(-k).join(' ').replace(/(\p{L})-\s+(?=\p{L})/gu, '$1-');
    // "Av. Ejemplo cruce con Av. México": a street named after a country ends the line, not its country.
    if (countryCode(tail) !== undefined) return namesStreet(words.join(' '), words.slice(0, -k).join(' ').length + (k < words.length ? 1 : 0)) ? undefined : tail;
    // "Arab Republic of Egypt", "República Bolivariana de Venezuela", "République du Congo".
    const state = /\b(?:republic|kingdom|state|federation|emirates|rep[uú]blica|reino|estado|r[eé]publique|royaume|[eé]tat)\b.*?\b(?:of(?: the)?|de(?: la)?|del|du|d['’])\s*(.+)$/iu.exec(tail)?.[1];
    if (state && countryCode(state) !== undefined) return state;
  }
  return undefined;
}
