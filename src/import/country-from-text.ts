// The country a page is about when nothing labels it: the last resort of country.ts. A careful
// reader takes it from an AI index line ("Index: EUR 49/4191/2021 Belarus"), from a heading that
// names one country, from the embassy the reader is asked to copy, or from the one country the
// page names far more than any other. A page also names the section's own country ("in the UK",
// "Belgique") and the embassy's host ("Washington", "USA"): so every rule but the index line asks
// that its country be the one the text names most, strictly; a tie or a close second leaves the
// field TODO, because a wrong country is worse than none.
import { countryCode } from '../channels/countries.js';
import { STATE_WORD } from './country-inflected.js';
import { countryMentions, tally, type CountryMention } from './country-mentions.js';
import { findLandmarks } from './landmarks.js';
import { fold } from './text.js';
import { casingFrom, titleCase } from './recase.js';
import { found, type Finding, type ImportText } from './types.js';

/** How far down a heading naming the country may stand, in lines. */
const HEADING_LINES = 12;
const HEADING_WORDS = 10;
/** "Index: EUR 49/4191/2021 Belarus", "Índice: AMR 41/8018/2024 México", "AI-Index: MDE 13/…". */
const INDEX_LINE = /\b(?:index|[ií]ndice|indice)\s*(?:no\.?|number|n[°º])?\s*:?\s*[A-Z]{3}\s*\d{1,2}\/\d{3,5}\/\d{4}\s*[,;|–—-]?\s*(\p{Lu}[\p{L}\p{M}' .-]{1,50})/iu;
/** An office abroad whose name ends where the country's begins: "ambassade de la République arabe d'", "Embassy of the". */
const EMBASSY_OF = new RegExp(`(?:^| )(?:embassy|embajada|ambassade|botschaft|consulate|consulado|consulat)(?: (?:of|the|de|la|del|du|des|der|von|d|l)| (?:${STATE_WORD.source.slice(4, -2)}))* $`, 'u');
/** "Amnesty International Belgique", "Amnistía Internacional Venezuela": the section, not the case. */
export const SECTION_NAME = /\b(?:amnesty(?: international)?|amnist[ií]a internacional|amnistie internationale)\s*$/i;
/**
 * "a member in Sweden received …", "the card you sent me from Sweden", "Gruppen in Österreich",
 * "des membres en Belgique": the country of those who write for the case (members, groups,
 * supporters, a card's sender), never the case's. Before the mention, up to its start.
 */
const WRITERS_BEFORE = /\b(?:(?:members?|groups?|supporters?|readers?|mitglieder[n]?|gruppen?|unterstutzer(?:innen)?|membres?|groupes?|miembros?|grupos?|socios?|medlemmar|gruppa?er|membri|gruppi|leden|groepen)\s+(?:in|from|aus|en|de|du|des|i|fran|da|di|uit)|(?:sent|wrote|written|posted|mailed)(?:\s+(?:me|us|him|her|them|it))?\s+from)\s+(?:the\s+)?$/iu;

/** A line that asks the reader to act ("Contact the … Embassy", "Envoyez une copie à l'ambassade …"), folded. */
const ASKS = /\b(?:contact|write|send|call|phone|fax|e-?mail|copy|copies|appeal|urge|ecri\w*|envoy\w*|contactez|schreib\w*|sende\w*|kopie\w*|escrib\w*|envi[ae]\w*|copia\w*|llam\w*|scriv\w*|invia\w*)\b/;
/** "the Belarus Embassy", "Belarus embassy". */
const EMBASSY_AFTER = /^\s*(?:embassy|botschaft)\b/i;

/**
 * `seatLines`: the address lines of officials abroad (an embassy's, the Inter-American
 * Commission's): the country there is the host's or the body's seat ("Banjul, The Gambia"), never
 * the case's, unless the line names the country an embassy represents.
 */
export function countryFromText(doc: ImportText, seatLines: ReadonlySet<number> = new Set()): Finding<string> | undefined {
  const lang = findLandmarks(doc).language;
  const byIndex = indexLineCountry(doc);
  if (byIndex) return byIndex;
  const mentions = countryMentions(doc, lang).filter((m) => !SECTION_NAME.test((doc.lines[m.line - 1] ?? '').slice(0, m.start)) && !writersCountry(doc, m) && !(seatLines.has(m.line) && !isEmbassyOf(doc, m)));
  const lead = leader(mentions);
  // A country named only by its adjective ("tunisienne") is written with ICU's name in the page's language.
  const show = (m: CountryMention) => titleCase((m.adjective ? mentions.find((n) => n.country === m.country && !n.adjective) ?? m : m).name, casingFrom(doc.lines));
  // "Contact the Chinese Embassy in Washington on behalf of …": the embassy the instruction asks the
  // reader to contact is the case's, even when the story names a neighbour more often.
  const asked = mentions.filter((m) => isEmbassyOf(doc, m) && ASKS.test(fold(doc.lines[m.line - 1] ?? '')));
  const [ask] = asked;
  if (ask && (lead === undefined || lead.country !== ask.country) && asked.every((m) => m.country === ask.country)) return found(show(ask), 'medium', ask.line, 'the country of the embassy the page asks you to contact');
  if (lead === undefined) return undefined;
  const heading = headingMention(doc, mentions);
  if (heading?.country === lead.country) return found(show(heading), 'medium', heading.line, 'the country a heading names');
  const embassy = mentions.find((m) => m.country === lead.country && isEmbassyOf(doc, m));
  if (embassy) return found(show(embassy), 'medium', embassy.line, 'the country of the embassy the page asks you to write to');
  // "les obligations internationales de l'État argentin": a letter that names the State by its
  // adjective names the state its reader asks to keep them — the officials'. Its name need not be
  // printed at all.
  const state = mentions.find((m) => m.country === lead.country && namesTheState(doc, m));
  if (state) return found(show(state), 'low', state.line, 'the State the page names by its adjective: check it');
  if (lead.dominant) {
    const first = mentions.find((m) => m.country === lead.country)!;
    return found(show(first), 'low', first.line, `the country the page names most (${lead.count} times): check it`);
  }
  return undefined;
}

/** The mention names the country of those who write for the case (WRITERS_BEFORE). */
export function writersCountry(doc: ImportText, m: CountryMention): boolean {
  const before = (doc.lines[m.line - 1] ?? '').slice(Math.max(0, m.start - 40), m.start);
  return WRITERS_BEFORE.test(fold(before));
}

/** The country named most, when no other is named as often; `dominant` when far ahead. */
function leader(mentions: readonly CountryMention[]): { country: string; count: number; dominant: boolean } | undefined {
  const [first, second] = tally(mentions);
  if (!first || (second && second[1] >= first[1])) return undefined;
  const rival = second?.[1] ?? 0;
  return { country: first[0], count: first[1], dominant: rival === 0 ? first[1] >= 2 : first[1] >= 3 && first[1] >= 3 * rival };
}

function indexLineCountry(doc: ImportText): Finding<string> | undefined {
  for (let n = 1; n <= Math.min(doc.lines.length, HEADING_LINES); n++) {
    const tail = INDEX_LINE.exec(doc.lines[n - 1] ?? '')?.[1];
    if (!tail) continue;
    const words = tail.trim().split(/\s+/).slice(0, 4);
    for (let k = words.length; k >= 1; k--) {
      const name = words.slice(0, k).join(' ').replace(/[.,;:]+$/, '');
      if (countryCode(name) !== undefined) return found(titleCase(name, casingFrom(doc.lines)), 'medium', n, 'the country after the AI index number');
    }
  }
  return undefined;
}

/** A short line near the top, not a sentence, that names exactly one country. */
function headingMention(doc: ImportText, mentions: readonly CountryMention[]): CountryMention | undefined {
  const until = Math.min(HEADING_LINES, (findLandmarks(doc).salutation ?? Infinity) - 1);
  for (let n = 1; n <= until; n++) {
    const text = (doc.lines[n - 1] ?? '').trim();
    if (text === '' || /[.:;,!?]$/.test(text) || text.split(/\s+/).length > HEADING_WORDS) continue;
    const here = mentions.filter((m) => m.line === n);
    if (here.length > 0 && here.every((m) => m.country === here[0]?.country)) return here[0];
  }
  return undefined;
}

/** "l'État argentin", "el Estado mexicano", "dello Stato italiano"; "the Peruvian State", "der chilenische Staat". */
const STATE_THEN_ADJECTIVE = /(?:^|[^\p{L}])(?:[ée]tat|estado|stato|staat)\s+$/iu;
const ADJECTIVE_THEN_STATE = /^\s+(?:state|staat(?:es)?)\b/iu;

/** A country's adjective next to the word for the State (never a name: "Estado de México" is one of Mexico's states). */
function namesTheState(doc: ImportText, m: CountryMention): boolean {
  if (!m.adjective) return false;
  const text = doc.lines[m.line - 1] ?? '';
  return STATE_THEN_ADJECTIVE.test(text.slice(Math.max(0, m.start - 20), m.start)) || ADJECTIVE_THEN_STATE.test(text.slice(m.end, m.end + 20));
}

function isEmbassyOf(doc: ImportText, m: CountryMention): boolean {
  const text = doc.lines[m.line - 1] ?? '';
  const before = text
    .slice(Math.max(0, m.start - 60), m.start)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, ' ');
  return EMBASSY_OF.test(before) || EMBASSY_AFTER.test(text.slice(m.end));
}
