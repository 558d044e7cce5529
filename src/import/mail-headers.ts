// Pages that came by email: a mailing-list post forwarding a UA, a memo-style letter, an
// email-action page's preview. Their mail headers ("From: …", "Sent: …", "Subject: …"), the line that
// opens a forwarded message and an email form's headings are furniture of the mail, never part of an
// official; nor is the forwarder's own note and signature above the message forwarded, nor the
// mailing list's own lines around the message (list-furniture.ts).
import { listFurniture } from './list-furniture.js';
import { signatureAtEnd } from './mail-sender.js';

/** The labels of a mail's or a memo's header, in the languages mailers and memos print them. */
const LABEL = String.raw`(?:from|to|sent|date|subject|re|cc|bcc|reply-to|attn|von|an|gesendet|datum|betreff|kopie|de|à|a|envoyé|objet|para|enviado|fecha|asunto|da|inviato|data|oggetto)`;
const HEADER = new RegExp(String.raw`^${LABEL}\s?:(?:\s|$)`, 'i');
const FROM = /^(?:from|von|de|da)\s?:/i;
const TO = /^(?:to|an|à|a|para)\s?:/i;
const SENT = /^(?:sent|gesendet|envoyé|enviado|inviato)\s?:/i;

/** "----- Original Message -----", "---------- Forwarded message ---------", "Begin forwarded message:". */
const FORWARD = /^(?:-{2,}\s*(?:original message|forwarded message|message d'origine|message transféré|message original|ursprüngliche nachricht|weitergeleitete nachricht|mensaje original|mensaje reenviado|messaggio originale|messaggio inoltrato)\s*-{2,}|begin forwarded message:?|forwarded message:?)$/i;

/**
 * An email-action tool's headings around the message it sends in the reader's name ("Message
 * Preview", "Your Personal Statement"): the form's, not the letter's.
 */
const FORM_HEADING = /^(?:(?:e-?mail|message|letter|mensaje|nachricht)\s+preview|preview(?:\s+(?:your\s+)?(?:e-?mail|message|letter))?|vista previa(?:\s+del\s+(?:mensaje|correo))?|aperçu(?:\s+du\s+message)?|(?:e-?mail-?)?vorschau|your\s+(?:personal\s+)?(?:statement|message|note)|personal\s+(?:statement|message|note)|(?:tu|su)\s+mensaje\s+personal|mensaje\s+personal|votre\s+message(?:\s+personnel)?|ihre\s+(?:persönliche\s+)?nachricht)\s*:?$/i;

/** "On Tue, 9 Mar 2010, Karim Beispiel <k@…> wrote:", "… ha scritto:", "… a écrit :": above a quoted message. */
const ATTRIBUTION = /\b(?:wrote|writes|ha scritto|a écrit|schrieb|escribió|skrev|schreef|escreveu)\s?:$/i;

export const isMailHeader = (line: string): boolean => HEADER.test(line.trim());

const ADDRESSED = /^(?:to|an|à|a|para|cc|kopie)\s?:\s*/i;
const SHOWN_ADDRESS = /([^<>,;]*?)\s*<([^<>\s@]+@[^<>\s@]+\.[^<>\s@]+)>/gu;

/** A header's "To:"/"Cc:" line's addresses shown by a name ("EXAMPLE Jane <jane@…>, Ann <ann@…>"). */
export function shownAddresses(line: string): Array<{ shownAs: string; email: string }> {
  const head = ADDRESSED.exec(line.trim());
  if (!head || line.length > 1000) return [];
  return [...line.trim().slice(head[0].length).matchAll(SHOWN_ADDRESS)]
    .map((m) => ({ shownAs: (m[1] ?? '').replace(/^["'\s]+|["'\s]+$/gu, ''), email: m[2] ?? '' }))
    .filter((a) => /\p{L}{2}/u.test(a.shownAs));
}
export const isForwardLine = (line: string): boolean => FORWARD.test(line.trim());

/** The mailer's line naming who wrote the quoted message under it. */
const isAttribution = (lines: readonly string[], i: number): boolean => {
  const line = (lines[i] ?? '').trim();
  return line.length <= 200 && ATTRIBUTION.test(line) && /^\s*>/.test(lines[nextFilled(lines, i + 1)] ?? '');
};

/**
 * The 0-based indexes of the run of header lines from `start` (empty when there is none); a single
 * blank line between two of them is a spaced page's (spacing.ts), not the header's end.
 */
export function headerRun(lines: readonly string[], start: number): number[] {
  const run: number[] = [];
  for (let k = start; k < lines.length && run.length < 10; k++) {
    if (isMailHeader(lines[k] ?? '')) run.push(k);
    else if (!(run.length > 0 && (lines[k] ?? '').trim() === '' && isMailHeader(lines[k + 1] ?? ''))) break;
  }
  return run;
}

/**
 * A memo's head: "To: Lic. Jane Example, President …; Sr. …" / "From: Ann Writer" / "Date: …" / "Re: …".
 * Its To: line names the officials (memo-header.ts), so it is no mail furniture: a To: and a From:
 * that name people (no email address), no mailer's "Sent:", under no forwarded-message line.
 */
export function isMemoHead(run: readonly string[], underForward: boolean): boolean {
  if (underForward || run.some((l) => SENT.test(l.trim()))) return false;
  // A mailer's From: and To: give addresses ("Jane <jane@…>", "Your Name <>"); a memo's, names.
  const to = run.find((l) => TO.test(l.trim()));
  const from = run.find((l) => FROM.test(l.trim()));
  return to !== undefined && from !== undefined && !/[@<]/.test(to + from) && /\p{L}{2}/u.test(to.trim().replace(TO, ''));
}

/**
 * The 0-based indexes of the lines that are the mail's furniture: forwarded-message lines, the
 * header under them (or any run of two header lines or more with a From:, not a memo's head), an
 * email form's headings next to such a header, (`withNote`) the forwarder's short note above
 * the first forwarded message when a longer message follows it, the mailing list's own lines and
 * the sender's signature closing the page.
 */
export function mailFurniture(lines: readonly string[], withNote = true): Set<number> {
  const out = new Set<number>();
  let firstForward: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const forward = isForwardLine(line) || isAttribution(lines, i);
    if (forward) {
      out.add(i);
      firstForward ??= i;
    }
    const at = headerRun(lines, forward ? nextFilled(lines, i + 1) : i);
    const run = at.map((k) => lines[k] ?? '');
    const first = at[0];
    const last = at.at(-1);
    if (first === undefined || last === undefined || (!forward && (run.length < 2 || !run.some((l) => FROM.test(l.trim()))))) continue;
    i = last;
    if (isMemoHead(run, forward)) continue;
    for (const k of at) out.add(k);
    for (const k of [prevFilled(lines, first - 1), nextFilled(lines, last + 1)]) if (k !== undefined && FORM_HEADING.test((lines[k] ?? '').trim())) out.add(k);
  }
  if (withNote && firstForward !== undefined) for (const k of forwarderNote(lines, firstForward)) out.add(k);
  for (const k of listFurniture(lines)) out.add(k);
  for (const k of signatureAtEnd(lines)) out.add(k);
  return out;
}

/** The forwarder's lines above the first forwarded message: a few, and fewer than what follows. */
function forwarderNote(lines: readonly string[], forward: number): number[] {
  const filled = (from: number, to: number) => lines.slice(from, to).filter((l) => l.trim() !== '').length;
  const above = filled(0, forward);
  return above > 0 && above <= 15 && filled(forward + 1, lines.length) >= 2 * above ? [...Array(forward).keys()] : [];
}

function nextFilled(lines: readonly string[], from: number): number {
  let k = from;
  while (k < lines.length && (lines[k] ?? '').trim() === '' && k - from < 2) k++;
  return k;
}

function prevFilled(lines: readonly string[], from: number): number | undefined {
  for (let k = from; k >= 0 && from - k < 3; k--) if ((lines[k] ?? '').trim() !== '') return k;
  return undefined;
}
