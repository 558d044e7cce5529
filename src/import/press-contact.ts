// A press release or a newsletter signs off with its own press contact: "Contact: Jane Example,
// Media Coordinator, Phone: +1 212 555 0100, Email: media@example.org", "Press contact: …",
// "Pressekontakt: …". That is the sender's office, whom journalists call, never an official to
// write to, and its email and phone are no official's. Read as a contact line, it made a "Media
// Coordinator" an official, or ran onto the address of the official above it.
import { fold } from './fold.js';

/** A label that announces the sender's press contact whatever follows it. */
const PRESS_LABEL = /^(?:(?:media|press|news)\s+(?:contacts?|inquiries|enquiries|queries)|for (?:media|press) (?:inquiries|enquiries|queries)|pressekontakt|pressestelle|kontakt fur (?:die )?medien|medienkontakt|contacto(?:s)? (?:de|para) (?:prensa|medios)|contact(?:s)? (?:presse|medias?)|presskontakt|perscontact)\s*:/;
/** "Contact:", "For more information, contact:", "Kontakt:", "Contacto:": a label that asks for a press role after it. */
const CONTACT_LABEL = /^(?:(?:for (?:more|further) information,?\s*(?:please\s+)?)?contact(?:s)?|kontakt|contacto|contato)\s*:/;
/** The sender's press roles ("Media Coordinator", "Press Officer", "Communications Director", "Pressesprecherin"). */
const PRESS_ROLE = /\b(?:media\s+(?:coordinator|officer|manager|relations|director|liaison|lead|team|unit|office)|press\s+(?:officer|office|team|unit|desk)|communications?\s+(?:coordinator|officer|manager|director|lead|team|associate|specialist)|pressesprecher(?:in)?|pressereferent(?:in)?|medienreferent(?:in)?|responsable de (?:prensa|presse|comunicacion|communication)|charge(?:e)? de (?:presse|communication)|portavoz)\b/;
/** A government's own press office ("Press Office of the Ministry of Justice") is someone's to call, not the sender's. */
const GOVERNMENT = /\b(?:ministry|minister|embassy|government|governor|president|ministerio|ministere|ministerium|botschaft|embajada|ambassade)\b/;

/** The first letters every label above opens with, unfolded: asked before the line is folded. */
const LABEL_START = /^\s*(?:cont|kont|med|pres|news|for\s|pers)/i;

/** True for the sender's press contact line. Cheap tests first: every one holds a colon and opens with a label. */
export function isPressContact(line: string): boolean {
  if (line.length > 400 || !line.includes(':') || !LABEL_START.test(line)) return false;
  const f = fold(line.trim()).replace(/\s+/g, ' ');
  if (GOVERNMENT.test(f)) return false;
  return PRESS_LABEL.test(f) || (CONTACT_LABEL.test(f) && PRESS_ROLE.test(f));
}
