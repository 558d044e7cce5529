// Lines of the page that a reader may leave among an official's fields (his address, title or
// organisation) though they are none of his: the readers take a line they do not know for an
// address line, so every kind of the page's furniture that they do not know lands there. Each kind
// is told by its shape, in any language, not by the reader that took it:
// - a contact under a label the importer does not read ("Gorjeo: @…", "Main Number: +1 …",
//   "Sitio web: www.…", "Courriel électronique : …@…"): the value is no postal line, and the label
//   is no part of an address;
// - a label or a link's text that ends with its colon ("Courriel électronique :", "Lire aussi :",
//   "More information about the case:"): an address line never ends so;
// - a letter's dateline ("Apeldoorn, 20 May 2020."): a date with its year is no address line;
// - a button that shares the page on a network ("Share on Facebook", "Auf Facebook teilen");
// - a banner that says the action is over ("This action has ended", "Diese Aktion ist beendet");
// - a site's countdown to the action's end ("43 Tage verbleibend", "12 days left", "noch 5 Tage");
// - a letter's sign-off ("Vriendelijke groet,", "Bien à vous,"), and the other furniture
//   block-furniture.ts knows (postage notes, page counters, the page's buttons and sentences).
import { blockFurnitureKind } from './block-furniture.js';
import { fold } from './fold.js';
import { isDateline, isDateOnly } from './written-date.js';
import { capitalCountryOf } from './capital-town.js';

/** A label of one to four words (letters only) before its colon, and what follows it. */
const LABELLED = /^([\p{L}][\p{L}'’.\- ]{0,40}?)\s*:\s*(.*)$/u;
/** A value a contact label gives: an email, a web address, a handle, a telephone number. */
const CONTACT_VALUE = /^(?:\S+@\S+\.\S+|(?:https?:\/\/|www\.)\S+|[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,}(?:\/\S*)?|@\w{1,30}|\+?[\d\s()./-]{7,})$/u;

/** A network a page's button shares it on, and the verbs of sharing (folded). */
const NETWORK = /\b(?:facebook|twitter|x|whatsapp|linkedin|telegram|instagram|bluesky|mastodon|threads|email|e-mail|messenger|reddit|pinterest)\b/;
const SHARE = /\b(?:share|tweet|post|partager|partagez|compartir|comparte|compartilhar|compartilhe|teilen|delen|deel|condividi|dela|del|udostepnij|paylas)\b/;

/** The action, appeal or petition, and the words that say it is over (folded). */
const ACTION = /\b(?:action|urgent action|petition|appeal|campaign|aktion|accion|peticion|campana|azione|petizione|campagna|acao|peticao|campanha|actie|petitie|kampanj|namninsamling|appel|campagne)\b/;
const OVER = /\b(?:ended|has ended|is over|closed|expired|finished|terminee|close|cloturee|beendet|abgeschlossen|abgelaufen|vorbei|finalizad[oa]|terminad[oa]|cerrad[oa]|conclus[oa]|terminat[oa]|chius[oa]|terminou|encerrad[oa]|afgelopen|gesloten|beeindigd|avslutad|stangd|slut)\b/;

/**
 * A site's countdown to the action's end, folded: a number of days, hours or weeks with the word
 * that they remain, before or after it ("43 Tage verbleibend", "12 days left", "noch 5 Tage", "3
 * jours restants", "quedan 10 días", "Nog 4 dagen", "mancano 3 giorni", "faltam 2 dias", "5 dagar
 * kvar"). No name, office or street is a count of days.
 */
const UNIT = String.raw`(?:days?|hours?|weeks?|tage?n?|stunden?|wochen?|jours?|heures?|semaines?|dias?|horas?|semanas?|dagen?|uren|weken|giorni|ore|settimane|dagar|timmar|veckor|dni|godzin)`;
const COUNTDOWN = new RegExp(String.raw`^(?:(?:only|just|noch|nur noch|plus que|encore|quedan|solo quedan|faltan|nog|nog maar|mancano|restano|faltam|restam|zostalo|bara)\s+\d{1,4}\s+${UNIT}(?:\s+(?:left|remaining|to go|ubrig|verbleibend|restants?|restantes?|kvar|over))?|\d{1,4}\s+${UNIT}\s+(?:left|remaining|to go|ubrig|verbleibend|restants?|restantes?|rimanenti|rimasti|resterend|over|kvar|zostalo))(?:\s+to (?:act|sign|take action))?[\s.!]*$`);

/**
 * A letter's sign-off in words no closing list holds ("Vriendelijke groet,", "Bien à vous,",
 * "Herzliche Grüße", "Warm regards"): a greeting's words at the line's end (folded), which no
 * office, institution or street holds.
 */
const SIGN_OFF = /^(?:[\p{L}'’]+ ){0,3}(?:regards|wishes|groet(?:en)?|groetjes|gru(?:ss|ß)(?:e|en)?|hilsen?|hilsner|halsning(?:ar)?|saluti|saludos?|cumprimentos|saudacoes|salutations|pozdrowienia|pozdravy?)[\s,.!]*$|^(?:bien|tout) a (?:vous|toi)\b|^(?:bien )?(?:cordialement|amicalement|sinceres salutations)\b/u;

export type FieldFurniture = "a letter's sign-off" | 'a contact under a label the importer does not read' | 'a label or link text ending with its colon' | "a letter's dateline" | 'a button that shares the page' | 'a banner: the action is over' | "a site's countdown to the action's end";

/** Why a line printed among an official's fields is none of them; undefined when it may be one. */
export function fieldFurnitureKind(line: string): FieldFurniture | ReturnType<typeof blockFurnitureKind> {
  return pageLineKind(line) ?? blockFurnitureKind(line.trim());
}

/**
 * The kinds above that no name holds either: a name may read as a sentence to block-furniture.ts
 * ("Alti commissari per i diritti umani e per i rifugiati"), never as a dateline or a share button.
 */
export function pageLineKind(line: string): FieldFurniture | undefined {
  const text = line.trim();
  if (text.length === 0 || text.length > 160) return undefined;
  if (/[:：]$/u.test(text) && text.split(/\s+/u).length <= 8) return 'a label or link text ending with its colon';
  const labelled = LABELLED.exec(text);
  if (labelled && (labelled[1] ?? '').trim().split(/\s+/u).length <= 4 && CONTACT_VALUE.test((labelled[2] ?? '').trim())) return 'a contact under a label the importer does not read';
  if (/\d{4}\.?$/.test(text) && (isDateline(text, isCapital) || isPlacedDate(text))) return "a letter's dateline";
  // The kinds below are short lines: a longer one is left unfolded.
  if (text.length > 80) return undefined;
  const f = fold(text);
  if (text.length <= 40 && SIGN_OFF.test(f)) return "a letter's sign-off";
  if (text.length <= 60 && NETWORK.test(f) && SHARE.test(f)) return 'a button that shares the page';
  if (text.length <= 80 && ACTION.test(f) && OVER.test(f)) return 'a banner: the action is over';
  if (text.length <= 50 && /\d/.test(text) && COUNTDOWN.test(f)) return "a site's countdown to the action's end";
  return undefined;
}

/** "Stockholm den 4 april 2024": a place with no comma before the date makes a dateline only when it is a capital ("Avenida 9 de Julio 1925" is a street). */
const isCapital = (place: string): boolean => capitalCountryOf(place) !== undefined;

/** "Washington, D.C., March 3, 2021": a place of any words, then after one of its commas a date alone. */
function isPlacedDate(text: string): boolean {
  for (let at = text.indexOf(','); at > 0; at = text.indexOf(',', at + 1)) if (/\p{L}/u.test(text.slice(0, at)) && isDateOnly(text.slice(at + 1).trim())) return true;
  return false;
}
