// The page's own furniture around an appeal, which names no one and is no line of any address:
// - an online action centre's widgets and section headings, short lines made only of the words of
//   a form or a call to act ("Message Recipients", "Review the Message", "Topics of Interest",
//   "*Required Fields", "What You Need To Do", "Take Action On This Issue", "Was Sie tun können");
// - a kicker, a line that shouts ("ACT NOW!  Sept 21 – Nov 1", "Raise the Roof!", "¡Actúa ya!"):
//   no name and no address line carries an exclamation mark;
// - a headline that tells the case ("HUMAN RIGHTS DEFENDER KILLED IN EXAMPLELAND", "Periodista
//   detenida en Ejemplo", "Aktivist festgenommen"): a past participle of what was done to the
//   person at risk, which no name, office or street holds.
// Capitalised as names and offices are, these lines became an official's name or address line.
// Each kind is a few words: a line is folded only when a cheap test says it may be one.
import { fold } from './fold.js';

/** The most words a widget's or section's heading runs to. */
const MAX_UI_WORDS = 7;

/**
 * The words such headings are made of (folded), in the languages of the pages: the form's parts,
 * the call to act and its small words. No word of an office, institution or place is among them, so
 * a line of these words alone is never a name, an office or an address line.
 */
const UI_WORDS = new Set([
  // English: the form's parts and the call to act.
  'message', 'messages', 'recipient', 'recipients', 'review', 'preview', 'edit', 'your', 'my', 'information', 'info', 'details',
  'required', 'field', 'fields', 'optional', 'topics', 'topic', 'interest', 'interests', 'take', 'action', 'actions', 'act',
  'now', 'issue', 'issues', 'sign', 'signed', 'petition', 'submit', 'send', 'share', 'this', 'that', 'these', 'what', 'you', 'can',
  'need', 'needs', 'to', 'do', 'how', 'help', 'get', 'involved', 'learn', 'more', 'read', 'here', 'step', 'next', 'back',
  'the', 'a', 'an', 'on', 'of', 'for', 'and', 'or', 'it', 'we', 'us', 'our', 'i', 'join', 'donate', 'today', 'online',
  'center', 'centre', 'taken', 'before', 'other', 'ways', 'by', 'email', 'e-mail', 'letter', 'related', 'latest', 'news',
  // Spanish, French, German.
  'que', 'puedes', 'puede', 'hacer', 'tu', 'tus', 'su', 'sus', 'mensaje', 'datos', 'destinatarios', 'firma', 'firmar', 'actua',
  'ya', 'ahora', 'campos', 'obligatorios', 'ce', 'vous', 'pouvez', 'faire', 'votre', 'vos', 'agir', 'agissez', 'maintenant',
  'champs', 'obligatoires', 'was', 'sie', 'tun', 'konnen', 'ihre', 'nachricht', 'jetzt', 'handeln', 'pflichtfelder', 'mitmachen',
]);

/** The words of the list that make a heading a form's or a call's: small words alone ("On the", "Your") make none. */
const UI_KEY = new Set([
  'message', 'messages', 'recipient', 'recipients', 'review', 'preview', 'information', 'info', 'details', 'required', 'fields',
  'topics', 'topic', 'interest', 'interests', 'action', 'actions', 'act', 'issue', 'petition', 'submit', 'need', 'do', 'help',
  'involved', 'learn', 'donate', 'puedes', 'hacer', 'mensaje', 'datos', 'destinatarios', 'firmar', 'actua', 'campos', 'faire',
  'agir', 'agissez', 'champs', 'tun', 'konnen', 'nachricht', 'handeln', 'pflichtfelder', 'mitmachen',
]);

/** A line that shouts: an exclamation mark after a word (an "!" inside a web address does not count). */
const SHOUT = /\p{L}\s?[!¡]|¡\s?\p{L}/u;

/**
 * Past participles of what is done to a person at risk (folded), in the headline that tells it.
 * The English ones are matched glued to the word before them too, as a page that lost its spaces
 * prints them ("DEFENDERKILLED IN …"): "-killed", "-arrested" end no other word of a name or street.
 */
const CASE_DONE = /(?:\b|[a-z])(?:killed|murdered|arrested|detained|jailed|imprisoned|sentenced|tortured|abducted|executed|convicted|harassed|beaten|flogged)\b|\b(?:shot dead|(?:detenid|asesinad|condenad|encarcelad|torturad|secuestrad|ejecutad|golpead|amenazad)[oa]s?|(?:assassine|condamne|emprisonne|enleve|arrete)e?s?|(?:verhaftet|inhaftiert|festgenommen|getotet|ermordet|verurteilt|gefoltert|entfuhrt|hingerichtet|eingesperrt))\b/;

const KICKER = 'a kicker or slogan (it shouts): no name or address line';
const WIDGET = "an online action's widget or section heading: no name or address line";
const HEADLINE = 'a headline telling the case: no name or address line';
export type PageFurniture = typeof KICKER | typeof WIDGET | typeof HEADLINE;

/** What the line is, for the report; undefined when it is none of the page's furniture. */
export function pageFurnitureKind(line: string): PageFurniture | undefined {
  const text = line.trim();
  // Every kind is a short line with no address in it.
  if (text.length === 0 || text.length > 120 || text.includes('@') || /https?:|www\./iu.test(text)) return undefined;
  if (SHOUT.test(text)) return KICKER;
  const f = fold(text);
  if (text.length <= 60 && isWidgetHeading(f)) return WIDGET;
  if (CASE_DONE.test(f) && isHeadline(text)) return HEADLINE;
  return undefined;
}

/** "Message Recipients", "*Required Fields", "WHAT YOU NEED TO DO", "Was Sie tun können:": every word a form's or a call's. */
function isWidgetHeading(folded: string): boolean {
  const words = folded.replace(/^[¿*•·\-–\d.)\s]+|[\s:?*.]+$/gu, '').split(/\s+/u);
  return words.length >= 2 && words.length <= MAX_UI_WORDS && words.every((w) => UI_WORDS.has(w)) && words.some((w) => UI_KEY.has(w));
}

/**
 * A headline, not a sentence of the story: no full stop at its end, a few words, and capitalised
 * as a headline is (every word, or the first alone as a Romance or German headline prints it).
 */
function isHeadline(text: string): boolean {
  const words = text.split(/\s+/u);
  return words.length >= 2 && words.length <= 14 && !/[.;,]$/u.test(text) && /^\p{Lu}/u.test(text);
}
