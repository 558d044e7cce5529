// A campaign asks its readers to send it something back: a copy of their letter ("please fax a copy
// of your letter to us:", "send copies to our office:"), their letters themselves for it to deliver
// ("mail your letters to our office and we will deliver them:"), or word of what they did ("Report
// back to:", "Let us know of any reply: Jane Example, tel …"). The address under such a line, or on
// it after its colon, is the campaign's own, never an official's nor a copy recipient's.
import { fold } from './fold.js';

/** The campaign itself as what the reader sends to: "to us", "to our office", "à nous", "an uns". */
const TO_US = String.raw`\b(?:to|at|with)\s+(?:us|our\s+(?:office|address|group|network|campaign|coordinator|secretariat|section|post box|po box|box|team))\b|\bto the (?:organi[sz]ers|coordinator)\b|\ba nous\b|\ba notre (?:bureau|adresse|groupe|section)\b|\ban uns\b|\ban unser(?:e|en)? (?:buro|adresse|gruppe|sektion)\b|\ba nuestra (?:oficina|direccion|seccion)\b`;
/** What the reader sends back: a copy, the letters, a reply, a report. */
const SENDS = String.raw`\b(?:send|sending|fax|faxing|mail|mailing|post|posting|return|forward|e-?mail|bring|deliver|copy|copies|report|replies|reply|responses?|envoyez|envoyer|renvoyez|schicken|senden|envie|envien|enviar|mande)\b`;
const SENT_TO_US = new RegExp(String.raw`${SENDS}.*?(?:${TO_US})`);
/** "we will deliver them", "and we'll forward them", "nous les transmettrons". */
const WE_DELIVER = /\bwe(?: will|'ll| shall)? (?:deliver|forward|pass|take|send|hand) (?:them|it|all|your)\b|\bnous (?:les )?(?:transmettrons|remettrons)\b|\bwir (?:leiten|geben|bringen) sie\b/;
/** "Report back to:", "let us know", "keep us informed", "tenez-nous informés", "informieren Sie uns". */
const REPORT_BACK = /\b(?:report back|let us know|keep us (?:informed|posted)|tell us\b|inform us|please inform the (?:organi[sz]ers|coordinator)|tenez-nous (?:informes|au courant)|faites-nous savoir|informieren sie uns|teilen sie uns|geben sie uns bescheid|informenos|haganos saber)/;

/**
 * "sign them, and return them to" / "send the cards back to": what a reader returns goes back to the
 * campaign that handed it out, never to an official. Only at the end of the call, over the address.
 */
const RETURNED_TO = /\b(?:return|send back|mail back|post back)(?:\s+(?:them|it|this|these|the\s+\w+|your\s+\w+|completed\s+\w+|signed\s+\w+))?\s+to$|\b(?:send|mail|post)\s+(?:them|it|these|the\s+\w+|your\s+\w+)\s+back\s+to$/;

/** A line that breaks off at "… return them to" (any case, trailing dots or dashes): RETURNED_TO's only lines without a colon. */
const ENDS_IN_TO = /to[\s.…-]*$/i;

/** "Write to the Minister", "appeals to the following": the appeals themselves sent to someone else. */
const APPEALS_TO_OTHERS = /\b(?:write|appeals?|letters?|faxes)\s+(?:to|for)\s+(?!us\b|our\b)/;

/**
 * How a line asks readers to send back to the campaign (a copy, their letters, a report): 'above'
 * when it ends in its colon and the campaign's address follows under it ("Report back to:"), 'on'
 * when the address is on the line after its colon ("Let us know of any reply: Jane Example, tel …");
 * 'above' too for a sentence that breaks off at "return them to" with no colon, the address under it;
 * undefined for any other line. A line that also sends the appeals to the officials ("Write to the
 * Minister and let us know:") is left to the readers of officials, and a sentence that only asks
 * ("Click here to let us know the actions you took") announces no address.
 */
export function ownAddressCall(line: string): 'above' | 'on' | undefined {
  // Every line of the officials' part comes here: only one with a colon, or one ending in "to", can ask.
  if (line.length > 300 || (!line.includes(':') && !ENDS_IN_TO.test(line))) return undefined;
  const f = fold(line).trim();
  const colon = f.indexOf(':');
  if (colon < 0) return RETURNED_TO.test(f.replace(/[\s.…-]+$/, '')) ? 'above' : undefined;
  const asked = f.slice(0, colon);
  const delivered = WE_DELIVER.test(asked);
  if (!(delivered || SENT_TO_US.test(asked) || REPORT_BACK.test(asked) || RETURNED_TO.test(asked.trim())) || (!delivered && APPEALS_TO_OTHERS.test(asked))) return undefined;
  const rest = f.slice(colon + 1).trim();
  if (rest === '') return 'above';
  return /@|\d{3}/.test(rest) ? 'on' : undefined;
}
