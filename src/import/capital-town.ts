// Many appeals print no country anywhere the importer reads it, yet the official's postal address
// ends in the capital or the seat of government ("11013 Berlin", "118 00 Praha 1", "Tegucigalpa,
// M.D.C.", "Canberra ACT 2600"): a careful reader knows the country from the town. The English
// names of capitals come from the countries-list package (kept up to date, one per country), read
// from a copy of them kept in capital-names.ts (scripts/capital-names.mjs makes it; a unit test says
// when it is out of date): the package would load all its data with every import for these few
// kilobytes. The spellings letters use in the country's own language or in the sections' languages ("Praha",
// "Roma", "Moskau", "Den Haag") are not in any small data library, so they are listed here, each
// with its ISO code. A town is read only when it is the whole of an address piece once postcodes,
// district numbers and a region's initials are set aside, never inside a street's or an office's name.
import { CAPITALS } from './capital-names.js';
import { normalizeCountry } from '../channels/countries.js';

/**
 * Capitals in the local language or the sections' languages, and seats of government that are not
 * the capital in the data (the Netherlands' The Hague, Bolivia's La Paz, Côte d'Ivoire's Abidjan).
 */
const OTHER_SPELLINGS: Readonly<Record<string, string>> = {
  'den haag': 'NL', 'the hague': 'NL', 's gravenhage': 'NL', 'la haye': 'NL', 'la paz': 'BO', abidjan: 'CI', 'dar es salaam': 'TZ',
  praha: 'CZ', prag: 'CZ', prague: 'CZ', roma: 'IT', rom: 'IT', lisboa: 'PT', lissabon: 'PT', lisbonne: 'PT', kobenhavn: 'DK', kopenhagen: 'DK', copenhague: 'DK', kopenhamn: 'DK',
  moskva: 'RU', moskau: 'RU', moscou: 'RU', moscu: 'RU', mosca: 'RU', moskou: 'RU',
  'citta del vaticano': 'VA', 'vatican': 'VA', 'vatikanstadt': 'VA', 'cite du vatican': 'VA', 'ciudad del vaticano': 'VA',
  'nur sultan': 'KZ', astana: 'KZ', warszawa: 'PL', warschau: 'PL', varsovie: 'PL', varsovia: 'PL', wien: 'AT', vienne: 'AT', viena: 'AT',
  bruxelles: 'BE', brussel: 'BE', brussels: 'BE', athina: 'GR', athen: 'GR', athenes: 'GR', atenas: 'GR', bucuresti: 'RO', bukarest: 'RO', bucarest: 'RO',
  beograd: 'RS', belgrad: 'RS', sofiya: 'BG', kyiv: 'UA', kiew: 'UA', kiev: 'UA', kyjiw: 'UA', kiiv: 'UA',
  peking: 'CN', pekin: 'CN', pequim: 'CN', 'le caire': 'EG', kairo: 'EG', 'el cairo': 'EG', 'il cairo': 'EG', alger: 'DZ', argel: 'DZ', algier: 'DZ',
  teheran: 'IR', bagdad: 'IQ', damaskus: 'SY', damas: 'SY', damasco: 'SY', 'ciudad de mexico': 'MX', 'mexico d f': 'MX', 'mexiko stadt': 'MX', 'mexico city': 'MX',
  'ciudad de guatemala': 'GT', 'guatemala city': 'GT', 'ciudad de panama': 'PA', 'panama city': 'PA', bogota: 'CO', brasilia: 'BR', 'santafe de bogota': 'CO',
  'riad': 'SA', 'riyad': 'SA', 'ar riyad': 'SA', 'neu delhi': 'IN', 'new delhi': 'IN', 'nueva delhi': 'IN', 'new dehli': 'IN',
  ankara: 'TR', baku: 'AZ', bakou: 'AZ', eriwan: 'AM', erevan: 'AM', taschkent: 'UZ', tachkent: 'UZ', tiflis: 'GE', tbilissi: 'GE',
  berne: 'CH', bern: 'CH', berna: 'CH', londres: 'GB', londra: 'GB', dublin: 'IE', 'baile atha cliath': 'IE',
  helsingfors: 'FI', reykjavik: 'IS', stockholm: 'SE', oslo: 'NO',
  // Seats of government the data does not name as the capital (Malaysia's ministries sit in Putrajaya).
  putrajaya: 'MY', 'nay pyi taw': 'MM', naypyitaw: 'MM', naypyidaw: 'MM',
  // Spain's head of government sits at La Moncloa, an address a letter to him prints with no town.
  'la moncloa': 'ES', 'palacio de la moncloa': 'ES', 'complejo de la moncloa': 'ES',
};

/**
 * Capitals whose name is as often another country's town or a common word, which the address
 * alone cannot tell apart: "Victoria" (Canada, Australia), "Kingston", "Hamilton", "San José",
 * "San Juan", "Santiago", "Georgetown", "Male" (a word), "Praia" (a word), "Saint John's".
 */
const AMBIGUOUS = new Set([
  'victoria', 'city of victoria', 'kingston', 'hamilton', 'san jose', 'san juan', 'santiago', 'georgetown', 'george town', 'male', 'praia',
  'saint johns', 'st johns', 'saint georges', 'st georges', 'jamestown', 'saint denis', 'plymouth', 'basse terre', 'the valley', 'road town',
  'avarua', 'alofi', 'kingstown', 'castries', 'charlotte amalie', 'philipsburg', 'marigot', 'gustavia', 'adamstown', 'flying fish cove',
  'west island', 'king edward point', 'edinburgh of the seven seas', 'st peter port', 'saint helier', 'douglas', 'stanley', 'nuuk', 'torshavn',
]);

let towns: Map<string, string> | undefined;

/** Normalised town name → ISO code, for sovereign countries' capitals (no part of another). */
function townIndex(): Map<string, string> {
  if (towns) return towns;
  const index = new Map<string, string>();
  for (const entry of CAPITALS.split('|')) {
    const [code = '', capital = ''] = entry.split(/:(.*)/s);
    const key = normalizeCountry(capital);
    if (!AMBIGUOUS.has(key)) index.set(key, code);
  }
  for (const [name, code] of Object.entries(OTHER_SPELLINGS)) index.set(normalizeCountry(name.replace(/_$/, '')), code);
  towns = index;
  return index;
}

/** Longest town name, in words ("Edinburgh of the Seven Seas" is left out; "Ciudad de Guatemala"). */
const MAX_WORDS = 4;
/**
 * Set aside around a town: postcodes and district numbers ("118 00", "Praha 1", "Canberra ACT
 * 2600"), a region's initials ("DF", "M.D.C.", "ACT", "D.C."), and a "C.P." or "CEP" before a code.
 */
const NOT_TOWN = /^(?:\d[\d-]*|\p{Lu}{1,3}|CDMX|(?:\p{Lu}\.){1,4}|c\.?p\.?|cep|cedex|bp)$/u;

/**
 * The ISO code of the country whose capital or seat of government is the town of this address
 * line; undefined when none is, or when the line holds more than the town and its codes.
 */
export function capitalCountryOf(line: string): string | undefined {
  // Cheap test first: a capital is a capitalised word.
  if (!/\p{Lu}/u.test(line) || line.length > 120) return undefined;
  for (const piece of line.split(/\s*[,;]\s*|\s+[–—-]\s+/u).reverse()) {
    const code = townOf(piece);
    if (code !== undefined) return code;
  }
  return undefined;
}

function townOf(piece: string): string | undefined {
  const words = piece.replace(/[()]/g, ' ').trim().split(/\s+/).filter((w) => w !== '' && !NOT_TOWN.test(w) && !NOT_TOWN.test(w.replace(/[.:]+$/, '')));
  if (words.length === 0 || words.length > MAX_WORDS || !/^\p{Lu}/u.test(words[0] ?? '')) return undefined;
  return townIndex().get(normalizeCountry(words.join(' ')));
}
