// A building's name as an envelope prints it, on a line of its own or opening the address:
// "Parliament House", "Federal Secretariat Complex", "Rashtrapati Bhavan", "North Block",
// "Palacio de Gobierno", "Palais de l'Élysée", "Palácio do Planalto", "Royal Court", "Edificio Fiscalía General
// del Estado", "Hôtel de Matignon", "Ciudad Judicial", "Wisma Putra". It often holds an
// institution's word (parliament, government, secretariat, fiscalía), yet it is where the official
// sits, not who he is: an address line.
import { fold } from './fold.js';
import { officePattern } from './office-words.js';

/**
 * Words that end a building's name in English, German and the languages of India ("… House",
 * "… Complex", "… Bhavan", "… Gebäude"). "Centre"/"Center" are left out: they end as many
 * organisations' names ("Human Rights Centre") as buildings'.
 */
const TAIL = /\s(?:house|building|buildings|complex|tower|towers|palace|hall|mansion|lodge|block|bhavan|bhawan|bhaban|sadan|niwas|nivas|haus|gebaude|palast)$/;

/**
 * Words that open one in the Romance languages and Malay/Indonesian ("Palacio de …", "Edificio
 * …", "Immeuble …", "Istana Negara", "Menara …"). Some are surnames too ("Ana Palacio"): those
 * open a building only before a joining word ("Palacio de Gobierno", "Palais de l'Élysée").
 */
const HEAD = /^(?:edificio|edif\.|immeuble|batiment|complejo|complexo|wisma|menara|gedung|istana|ciudad|cidade)$/;
const HEAD_BEFORE_JOIN = /^(?:palacio|palais|palazzo|torre|castillo|chateau|hotel)$/;
const JOIN = /^(?:de|del|do|da|dos|das|di|du|des|de la|of|the)$/;

/**
 * Office words (office-words.ts) that a building's name holds: its owner's ("Sultan Palace",
 * "King Abdullah Palace") or its institution's qualifier ("Edificio Fiscalía General").
 */
export const IN_A_BUILDING = ['king', 'queen', 'emir', 'sultan', 'sheikh', 'König', 'Königin', 'general', 'generale'];
/** Office words: "Speaker of the House" is an office, "Presidential Palace" a building. */
const OFFICE = new RegExp(String.raw`\b(?:${officePattern(IN_A_BUILDING)})\b`);

/**
 * "Residencia Oficial de …", "Casa Presidencial", "Résidence officielle": a head of state's residence,
 * printed under his name as his address. The words are surnames too ("Jane Casa"): a residence only
 * before a joining word or the adjective that makes it the office's.
 */
const RESIDENCE = /^(?:residencia|residence|casa|quinta)$/;
const OF_THE_OFFICE = /^(?:oficial|official|officielle|presidencial|presidential|presidentielle|presidenziale)$/;

/** A word that may open a building's name; `next` is the word after it. */
export function opensBuilding(word: string, next: string | undefined): boolean {
  const w = fold(word);
  const after = next === undefined ? undefined : fold(next).replace(/[,;]$/, '');
  return HEAD.test(w) || (HEAD_BEFORE_JOIN.test(w) && after !== undefined && JOIN.test(after)) || (ROYAL.test(w) && after !== undefined && SEAT.test(after)) || (RESIDENCE.test(w) && after !== undefined && (JOIN.test(after) || OF_THE_OFFICE.test(after)));
}

/** A monarch's seat ("Royal Court, Riyadh", "Königlicher Hof"): where his office sits, as a palace is. */
const ROYAL = /^(?:royal|imperial|konigliche[rs]?)$/;
const SEAT = /^(?:court|palace|hof|palast|diwan)$/;

/** The whole line names a building: a few capitalised words ending or opening with a building word, and no office. */
export function isBuildingLine(line: string): boolean {
  const text = line.trim().replace(/[\s,;.]+$/, '');
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 8 || /[@:]/.test(text) || !/^\p{Lu}/u.test(text)) return false;
  const f = fold(text);
  if (OFFICE.test(f)) return false;
  return opensBuilding(words[0] ?? '', words[1]) || (words.length <= 5 && TAIL.test(f) && words.every((w) => /^[\p{Lu}\d(]/u.test(w) || JOIN.test(fold(w))));
}
