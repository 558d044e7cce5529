// One line of an official's contact details: "Email: …", "Tel/Fax: …", "Twitter: @…", a bare
// address or handle, "Salutation: Dear Minister". Several may share a line ("Tel: … / Fax: …").
import { joinBrokenDomains, trimGluedDomain } from './email-domain.js';
import { fold } from './fold.js';
import { foldedLabels, labelsOf, printedLabels } from './field-labels.js';
import { hasOfficeWord } from './office-words.js';

export interface ContactLine {
  emails: string[];
  fax?: string | undefined;
  phone?: string | undefined;
  twitter?: string | undefined;
  salutation?: string | undefined;
  /** "Managua, Nicaragua nicaragua@oas.org": the address line a flattened page ran the email onto. */
  address?: string | undefined;
  /** A channel the case format has no field for (Facebook, website…): recognised, then dropped. */
  ignored?: string | undefined;
  /** Parts of a value left out because they are unsure ("…@y.de .at", "oder" after a fax number), with why. */
  leftOut?: Array<{ value: string; why: string }> | undefined;
}

/** Why a second handle is left out: the case file holds one per official. */
export const SECOND_HANDLE = 'a second X/Twitter handle: the case file holds one; add it to the letter if you need it';

/** What Cloudflare's "email protection" shows instead of an address. */
export const PROTECTED_EMAIL = /\[email(?:\s|\u00a0)+protected\]/i;
const PROTECTED_EMAILS = new RegExp(PROTECTED_EMAIL.source, 'gi');

export const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])/gu;
// Fields share a line separated by "|", ";", "·", " / " or a capital "I" standing in for a bar
// ("Phone: 202 895 5400 I Fax: …"), or by nothing but the next label.
const NEXT_LABEL = printedLabels([...labelsOf('phone', 'fax', 'email', 'twitter', 'otherChannel', 'salutation'), 'Webform', 'Contact form', 'Online form']);
const SEGMENT_SPLIT = new RegExp(String.raw`\s*[|;·]\s*|\s+(?:\/|I)\s+(?=\p{L}[\p{L} /.()-]{0,25}:)|\s+(?=(?:${NEXT_LABEL})\s*\.?:)`, 'iu');

const PHONE = foldedLabels(labelsOf('phone'));
const FAX = foldedLabels(labelsOf('fax'));
const KINDS: ReadonlyArray<readonly [RegExp, keyof Omit<ContactLine, 'emails' | 'leftOut'> | 'emails' | 'phone+fax']> = [
  [new RegExp(`^(?:${foldedLabels(labelsOf('email'))})$`), 'emails'],
  [new RegExp(String.raw`^(?:${PHONE})\.?\s*\/\s*(?:${FAX})$|^(?:${FAX})\s*\/\s*(?:${PHONE})`), 'phone+fax'],
  [new RegExp(`^(?:${FAX})\\b`), 'fax'],
  [new RegExp(`^(?:${PHONE})\\b`), 'phone'],
  [new RegExp(`^(?:${foldedLabels(labelsOf('twitter'))})$`), 'twitter'],
  // "Encabezado: Su Excelencia": a Spanish page names the letter's opening line its heading.
  [new RegExp(`^(?:${foldedLabels(labelsOf('salutation'))})$`), 'salutation'],
  [new RegExp(`^(?:${foldedLabels(labelsOf('otherChannel'))})$`), 'ignored'],
  [/^(?:betreff|subject|asunto|objet|website|web|site(?: web| internet)?|sitio web|pagina web)$|\b(?:contact|web|online|complaint) ?form\b|^webform|^formulario\b|^formulaire\b|^kontaktformular|\b(?:internetseite|webseite|homepage)$/, 'ignored'],
];

/**
 * "Fax: (via Ministry of Interior)" above "+966 11 403 3125 (please keep trying)": a fax or phone
 * label whose value holds no number (at most a remark in brackets) takes the number printed on the
 * next line. The two lines as one, or undefined when they are not such a pair.
 */
export function numberUnderLabel(line: string, next: string): string | undefined {
  const m = /^([^:]{1,30}?)\s*\.?:\s*(\([^()\d]*\))?\s*$/.exec(line.trim());
  if (!m || !NUMBER_LABEL.test(fold(m[1] ?? '').trim()) || !/^[+(]?\d[\d\s()./–-]{6,}/.test(next.trim())) return undefined;
  return `${m[1]}: ${next.trim()}`;
}
const NUMBER_LABEL = new RegExp(`^(?:${FAX}|${PHONE})$`);
/** A segment that is a phone or fax label and its number ("Tel: …", "Fax +1 …"). */
const NUMBER_SEGMENT = new RegExp(`^(?:${FAX}|${PHONE})\\b[^@]*\\d`);

/** The stop after an address that stands alone on its line. */
const LONE_EMAIL_STOP = /(?<=^\s*[^\s@:;,]+@[^\s@:;,]+?)\s?\.\s*$/u;

// "[email protected]": the notice a site printed where the address was, alone on its line, is one too.
const MAY_HOLD_CONTACT = /[:：@\d]|[([{]at?[)\]}]|www\.|\.com\/|bots|protected\]/i;

/** The details on one line, or undefined when it is not a contact line. */
export function parseContactLine(written: string): ContactLine | undefined {
  // An official's contact line is short; a long line of text is not split and searched for one.
  if (written.length > 1000) return undefined;
  // Every kind of contact line holds a label's colon, an "@", a digit, a web address or the spam
  // notice: most lines of a page (names, offices, address words, prose) hold none and are not split.
  if (!MAY_HOLD_CONTACT.test(written)) return undefined;
  // "notificaciones@ejemplo.co." / "quejas@ejemplo.co .": a list of addresses, one a line, some
  // closed by a stray full stop as a sentence would be; the stop is no part of the address.
  const shown = withoutSpamNotice(written);
  const line = shown.includes('@') && /\.\s*$/.test(shown) ? shown.replace(LONE_EMAIL_STOP, '') : shown;
  // The notice alone, where the page showed the address: the line is his email, hidden (named in a TODO).
  if (line === '' && written.trim() !== '') return { emails: [], leftOut: [{ value: written.trim(), why: HIDDEN_EMAIL }] };
  const out: ContactLine = { emails: [] };
  let any = false;
  // "(Anrede: Your Excellency / Exzellenz)": a German page puts the salutation in brackets (its
  // closing one perhaps lost where a copied page was cut off).
  const bare = /^\(([^()]+:[^()]+)\)?$/.exec(line.trim())?.[1] ?? line;
  for (const segment of joinOtherEndings(bare.split(SEGMENT_SPLIT))) any = readSegment(segment.trim(), out) || any;
  return any ? out : undefined;
}

/**
 * "pmuestra@example.orgThis email address is being protected from spam bots, you need Javascript
 * enabled to view it": a CMS (Joomla's cloaking) prints this notice where a copied page had the
 * address, often glued to it. It is the site's furniture, no part of any value.
 */
const SPAM_NOTICE = /\s*this e-?mail address is being protected from spam ?bots[.,;]?(?:\s*you need javascript enabled to view it\.?)?/giu;
const HIDDEN_EMAIL = 'the site hid this email address from robots: copy it from the page';
const withoutSpamNotice = (line: string): string => (line.includes('bots') && /spam ?bots/i.test(line) ? line.replace(SPAM_NOTICE, ' ').trim() : line);

/**
 * "Phone: 202 332 3344 | 4350": a bare group of two to five digits after a number is the same
 * line's other ending, not a field of its own. It is kept, after a slash: a case file's number
 * holds no bar.
 */
function joinOtherEndings(segments: string[]): string[] {
  const out: string[] = [];
  for (const segment of segments) {
    const last = out.length - 1;
    if (last >= 0 && /^\d{2,5}$/.test(segment.trim()) && /\d$/.test(out[last] ?? '')) out[last] = `${out[last]} / ${segment.trim()}`;
    // "Phone: +44 20 5550 0018; +44 20 5550 0019": a whole number alone after a number's label
    // and value is the same field's second number, not a bare number of its own (which would
    // take the field's place): kept after the first, "a / b".
    else if (last >= 0 && isSecondNumber(segment.trim()) && /\d$/.test(out[last] ?? '') && NUMBER_SEGMENT.test(fold(out[last] ?? ''))) out[last] = `${out[last]} / ${segment.trim()}`;
    else out.push(segment);
  }
  return out;
}

const isSecondNumber = (segment: string): boolean => /^[+(]?\s?\d[\d\s()./-]*\d$/.test(segment) && segment.replace(/\D/g, '').length >= 7;

/**
 * "An den kann man auch faxen: (00 966) 11 …", "You can also fax him at: +966 …": under an
 * official's address, a page asks in a sentence ending in a colon to fax him, and gives the number
 * after it. The sentence is the fax's label; only with a number after it.
 */
function faxAsked(label: string, value: string): 'fax' | undefined {
  // "Send copies to the embassy by fax:": a copy's number, or another office's, is not his.
  if (/\b(?:cop(?:y|ies|ie|ia|ias)|kopien?|embassy|botschaft|ambassade|embajada)\b/.test(label)) return undefined;
  // "By Fax no :" inside an address block: how the letter may reach him, his fax number after it.
  const asked = label.replace(/\s+(?:no|nos|nr|number)\.?$/, '');
  return /(?:^|\s)(?:fax(?:en|er|ear)?|telefax(?:en)?)(?:\s+(?:him|her|them|ihm|ihr|lui|le|la))?(?:\s+(?:at|to|on|au|a|an|unter|auf))?$|(?:^|\s)(?:per|by|par|por)\s(?:tele)?fax$/.test(asked) && /^[+(]?\d/.test(value) ? 'fax' : undefined;
}

/**
 * "T: 202 364 1200 | F: 202 587 0195 | E: office@…": one letter for the label, as UK and US pages
 * abbreviate them. Only with the value such a label must have (a number; an address).
 */
function letterLabel(label: string, value: string): 'phone' | 'fax' | 'emails' | undefined {
  const l = label.trim().toLowerCase();
  if ((l === 't' || l === 'p' || l === 'm') && /^[+(]?\d/.test(value)) return 'phone';
  if (l === 'f' && /^[+(]?\d/.test(value)) return 'fax';
  if (l === 'e' && /^\S+@\S+$/.test(value.trim())) return 'emails';
  return undefined;
}

function readSegment(segment: string, out: ContactLine): boolean {
  const m = /^([^:]{1,40}?)\s*\.?:\s*(.*)$/.exec(segment);
  // "or email to:", "and fax to:": a page that lists the ways one after another words the label as a phrase.
  const label = m ? fold(m[1] ?? '').trim().replace(/^(?:or|and|and\/or)\s+(?=\S+\s+to$)/, '').replace(/^(\S+)\s+to$/, '$1') : '';
  const kind = m ? KINDS.find(([p]) => p.test(label))?.[1] ?? letterLabel(m[1] ?? '', (m[2] ?? '').trim()) ?? faxAsked(label, (m[2] ?? '').trim()) : undefined;
  // A separator left at the end ("202 895 5400 I", "01 42 55 46 08 – Fax : …") is not part of the value.
  const value = (m?.[2] ?? '').trim().replace(/\s+[|I·/–—-]$/u, '');
  if (kind === undefined) return readBare(segment, out) || contactUnderUnknownLabel(m?.[1], value, out) || emailThroughSite(label, value, out);
  if (kind === 'emails') {
    // "a@x.jp /b@y.jp": a slash glued to the second address parts two, as a space would.
    const shown = unmasked(value).replace(/(^|\s)\/(?=[\w.+-]+@)/gu, '$1/ ');
    const emails = emailsIn(shown);
    out.emails.push(...emails);
    const joined = joinBrokenDomains(shown);
    const broken = joined.broken;
    for (const b of broken) leaveOut(out, b, 'an email address broken inside its domain: copy it whole from the page');
    // "botschaft@mfa.gov.t": an address cut short is left out whole, never kept as the part that looks whole.
    for (const word of joined.text.split(/[\s,;]+/)) {
      const bare = word.replace(/[.)]+$/, '');
      if (bare.includes('@') && !emails.includes(bare) && !broken.some((b) => b.includes(bare)) && !PROTECTED_EMAIL.test(value)) leaveOut(out, bare, 'not a whole email address: copy it from the page');
    }
  }
  else if (kind === 'phone+fax') {
    readNumber('phone', value, out);
    out.fax = out.phone;
  }
  else if (kind === 'twitter') {
    // "Twitter: @JusticeEx and @PresidencyEx": the first is the official's, the next named in a TODO.
    const all = handlesIn(value);
    for (const h of all.length > 0 ? all : [handleIn(value) ?? value]) addHandle(out, h);
  }
  else if (kind === 'fax' || kind === 'phone') readNumber(kind, value, out);
  else out[kind] = value.replace(/[,;]$/, '');
  return true;
}

/** A fax or phone label's value: the number as the case format takes it, words around it named in a TODO. */
function readNumber(kind: 'fax' | 'phone', value: string, out: ContactLine, first = false): void {
  // "Fax: 0207 727 8625 kanc@embassy.example": an address run on after the number is an email.
  out.emails.push(...emailsIn(value));
  // "Fax: 020 7379 1167 a@… / b@…": the separator between the emails is left behind with them.
  // "Fax: 030/21244210." at a sentence's end: the stop is the sentence's, not the number's.
  // "+966 11 403 3125 (please keep trying)", "… [for out-of-state callers]": a remark in brackets is advice to the reader, not the number.
  let number = value.replace(EMAIL, '').replace(REMARK_AFTER, '').replace(/[\s,;|/·.]+$/u, '').replace(/\s{2,}/g, ' ').trim();
  // "Fax: +": a page's template left the label with no number; there is no number to keep.
  if (!/\d/.test(number)) {
    if (/\p{L}/u.test(number)) leaveOut(out, number, `no number after the ${kind} label`);
    return;
  }
  // "(via Ministry of the Interior) +966 …": a remark in brackets before the number says how it reaches him.
  // "800-555-0100 (for Texas-based callers) or 512-555-0100": a remark between two numbers says who
  // dials which; the numbers are both his, the remark goes to a TODO.
  const between = number.includes('(') ? REMARK_BETWEEN.exec(number) : null;
  if (between) {
    leaveOut(out, between[1] ?? '', `printed between the ${kind} numbers, not part of them`);
    number = number.slice(0, between.index) + number.slice(between.index + between[0].length);
  }
  const remark = REMARK_BEFORE.exec(number);
  if (remark) leaveOut(out, remark[1] ?? '', `printed before the ${kind} number, not part of it`);
  const bare = remark ? number.slice(remark[0].length) : number;
  const after = numberAfterWords(bare);
  if (after) leaveOut(out, after.words, `printed before the ${kind} number, not part of it`);
  const { kept, tail } = numberOnly(after?.number ?? bare);
  // "+7495 555 58 41/ +7495 555 17 25": a slash before a number in its international form parts
  // two numbers, however it is spaced; so does a slash spaced on one side between two whole numbers
  // ("(613) 235-5151/ (613) 447-4576"); "030/21244210" keeps its area code's slash.
  // "030 – 832229133": a typeset dash inside a number is a hyphen (the case format takes no other).
  const written = dashOrPlusParted(commaParted(slashParted(gluedEndingParted(kept)))).replace(/(\d)\s*\/\s*\+/g, '$1 / +').replace(/(?<=\d\s?)[\u2010-\u2015](?=\s?\d)/gu, '-');
  if (!first || out[kind] === undefined) out[kind] = written;
  if (tail !== undefined) leaveOut(out, tail, `printed after the ${kind} number, not part of it`);
}

/**
 * "+ 58 212 801 36 44/34 04", "+1 212 555 0100/0101": a slash glued after a whole number (seven
 * digits at least), then digits to the end, gives the same exchange's other line by its own ending.
 * Set apart, "a / b", as a spaced slash is, so the number the letter dials first stands whole. A
 * slash after an area code ("030/21244210": fewer digits before it) and a run of single digits
 * ("5550955/6/7": one more line each) stay as printed.
 */
function gluedEndingParted(kept: string): string {
  // "(613) 555-9347/555-4398": the other line's ending may carry the exchange and its hyphen too.
  const m = /^([^/]*\d)\/(\d(?:[\d ]|-(?=\d))*\d)$/u.exec(kept);
  if (!m || (m[1] ?? '').replace(/\D/g, '').length < 7) return kept;
  return `${m[1]} / ${m[2]}`;
}

function slashParted(kept: string): string {
  if (!/\s\/|\/\s/u.test(kept)) return kept;
  const parts = kept.split(/\s*\/\s+|\s+\/\s*/u);
  return parts.length > 1 && parts.every((p) => p.replace(/\D/g, '').length >= 7) ? parts.join(' / ') : kept;
}

/**
 * A remark in round brackets before a number, its words (three letters in a row at least) apart.
 * "(int)52 (5)516-0000": an older page marks the international form of a number so; it is part of
 * the number, not a remark.
 */
const REMARK_BEFORE = /^\((?!int(?:'?l)?\.?\))([^()]*\p{L}{3}[^()]*)\)\s*(?=[+(]?\s?\d)/u;

/**
 * "57(1) 555 20 00 – 57(1) 555 90 00", "+ 966 1 555 1741 + 966 11 555 0311": a spaced dash
 * between two whole numbers, or a "+" that opens a second international number, parts his two
 * numbers, written "a / b". A dash with a short group on either side ("030 – 832229133") is a
 * hyphen inside one number and stays.
 */
function dashOrPlusParted(kept: string): string {
  if (!/\s[–—-]\s|\d\s+\+/u.test(kept)) return kept;
  const whole = (p: string) => p.replace(/\D/g, '').length >= 7;
  const parts = kept.split(/\s+[–—-]\s+|(?<=\d)\s+(?=\+\s?\d)/u);
  return parts.length > 1 && parts.every(whole) ? parts.join(' / ') : kept;
}

const REMARK_BETWEEN = /(?<=\d)\s*(\([^()]*\p{L}{3,}[^()]*\))(?=\s+(?:or|and|et|ou|y|o|oder|und)\s+[+(]?\d)/u;

/** A remark in brackets after a number: words in round brackets, or anything in square ones. */
const REMARK_AFTER = /\s*(?:\([^()]*\p{L}{3,}[^()]*\)|\[[^[\]]*\])\s*$/u;

/**
 * "(011-555) 2231-0003, (011-555) 2271-0004": two whole numbers parted by a comma are his two
 * numbers, written "a / b" as the case format holds them; a comma inside one number stays.
 */
function commaParted(kept: string): string {
  if (!kept.includes(',')) return kept;
  const parts = kept.split(/\s*,\s+/);
  // "+ 591 2 555 0466, +591 2 555 0002": an older page sets the "+" apart from the country code.
  // "(613) 555-0330, -0332": after a whole number, a dash and a group of digits is the same
  // exchange's other line by its ending (kept without the dash, as a bar's ending is); so is a
  // bare group of two to five digits ("(613) 555-4931, 4935"), as after a bar.
  const whole = (p: string) => /^[+(]?\s?\d/.test(p) && p.replace(/\D/g, '').length >= 7;
  const ending = (p: string) => /^[-–]?\s?\d{2,5}$/u.test(p);
  if (parts.length < 2 || !whole(parts[0] ?? '') || !parts.every((p) => whole(p) || ending(p))) return kept;
  return parts.map((p) => p.replace(/^[-–]\s?/u, '')).join(' / ');
}

/**
 * "Email at this website: http://www.example.org/cartas.htm": the page sends the reader to a web
 * form to write through. The case format has no field for it; it is named in a TODO, never read as
 * an address or an email.
 */
function emailThroughSite(label: string, value: string, out: ContactLine): boolean {
  if (!WRITE_THROUGH_SITE.test(label)) return false;
  const url = /^(?:https?:\/\/|www\.)\S+/i.exec(value)?.[0];
  if (url === undefined) return false;
  out.ignored ??= url;
  leaveOut(out, url, 'a web form to write through, not an email address: the case file has no field for it; use it from the page');
  return true;
}
const WRITE_THROUGH_SITE = new RegExp(`^(?:${foldedLabels(labelsOf('email'))}|write|contact|escriba|ecrire|schreiben)\\b.{0,30}\\b(?:website|web ?site|web ?page|site|page|form|sitio|pagina|formulario|formulaire)$`);

/**
 * "Mail : www.embassy.example/contact/", "Kontakt: https://…": a web address under a label the
 * importer does not know is a page or a form to reach the official through, never an address line.
 * So is any value with the unmistakable shape of a contact, whatever its label says: a page
 * machine-translated from English prints "Tweet" as "Gorjeo" or "Trino", and an unusual wording
 * ("Mensajes: …", "Llamadas: +58 …") names a channel no list holds. A lone handle is his X
 * account, nothing but email addresses his emails, one number in its international form his phone
 * (his fax when the label says so); the label is read as no name, office or address.
 */
function contactUnderUnknownLabel(label: string | undefined, value: string, out: ContactLine): boolean {
  if (label === undefined || label.split(/\s+/).length > 3) return false;
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(value)) {
    const handle = /(?:twitter|x)\.com\//i.test(value) ? handleIn(value) : undefined;
    if (handle !== undefined) addHandle(out, handle);
    else out.ignored ??= value;
    return true;
  }
  // The value's shape first: most unknown labels hold none of these, and the label's reading costs more.
  const handle = LONE_HANDLE.exec(value.replace(/\\(?=@)/g, ''))?.[1];
  const emails = handle === undefined && value.includes('@') ? emailsIn(value) : [];
  const onlyEmails = emails.length > 0 && value.replace(EMAIL, '').replace(/[\s,;/]/g, '') === '';
  const number = handle === undefined && !onlyEmails && INTERNATIONAL_NUMBER.test(value);
  if (handle === undefined && !onlyEmails && !number) return false;
  // Only a label of a word or two ("Gorjeo", "Correo oficial"): "Ministro del Interior: @…" or
  // "Jane Example: @…" says whose the contact is, perhaps another official's in a list of them.
  const words = fold(label).trim();
  if (!CHANNEL_WORDS.test(words) || hasOfficeWord(words)) return false;
  if (handle !== undefined) addHandle(out, `@${handle}`);
  else if (onlyEmails) out.emails.push(...emails);
  else readNumber(FAX_WORD.test(words) ? 'fax' : 'phone', value, out);
  return true;
}
/** One or two words of letters, folded: a channel's label, not a sentence or a name with its office. */
const CHANNEL_WORDS = /^\p{L}[\p{L}'-]*(?: \p{L}[\p{L}'-]*)?$/u;
/** "@Handle" alone, as X writes it (fifteen letters, digits or underscores at most). */
const LONE_HANDLE = /^@([A-Za-z0-9_]{1,15})$/;
/** One number in its international form, seven digits at least: no date, postal box or reference is written so. */
const INTERNATIONAL_NUMBER = /^\+\s?\d[\d\s().-]{5,}\d$/;
/** "Facsímile", "Fac-símile", "Faxnummer", "Faksi", "Télécopieur": a label that names a fax, in a wording no list holds. */
const FAX_WORD = /(?:^|[\s-])(?:(?:tele)?(?:fax|faks|fac-?simil)|telecopi)/;

function leaveOut(out: ContactLine, value: string, why: string): void {
  (out.leftOut ??= []).push({ value, why });
}

/** A token of a number: digits with "+", brackets, dots, slashes, dashes ("(00 62)", "+44", "7200-669"). */
// "22/+237": two numbers with a slash between and no space, the second in its international form.
// "(int)52": the international mark an older page prints before the country code.
const NUMBER_TOKEN = /^(?:\(int(?:'?l)?\.?\))?[+(]?(?:[\d()./–—-]|\/\+)*\d(?:[\d()./–—-]|\/\+)*[,;]?$/;
/** An extension after a number ("ext. 12", "x 12", "poste 3", "Durchwahl 4"): part of it. */
const EXTENSION = /^(?:ext\.?|x|poste|durchwahl|anexo|int\.?)$/i;
/**
 * The word joining two numbers ("… et 04 74 …", "… or 020 …"), or the capital "I" a PDF's text
 * prints for the bar between them ("202 555 0100 I 202 555 0101").
 */
// "202.555.4953 -OR- 202.555.3873": a US page sets the word between dashes.
const AND = /^[-–—]?(?:et|and|y|und|oder|or|ou|o|en|och|e)[-–—]?$/i;
const BAR_AS_I = /^I$/;

/**
 * "(00 62) 21 7200 669 oder", "0207 323 1932, www.kenyahighcom.org.uk": a value that opens with a
 * number keeps the number (and an extension); words after it are cut off and returned.
 */
export function numberOnly(value: string): { kept: string; tail?: string } {
  const tokens = value.split(' ');
  if (!NUMBER_TOKEN.test(tokens[0] ?? '') && !spacedPlus(tokens, 0)) return { kept: value };
  let k = 0;
  while (k < tokens.length) {
    const t = tokens[k] ?? '';
    if (NUMBER_TOKEN.test(t) || /^[/|–—-]$/.test(t) || spacedPlus(tokens, k)) k++;
    else if (EXTENSION.test(t) && NUMBER_TOKEN.test(tokens[k + 1] ?? '')) k += 2;
    else break;
  }
  if (k === tokens.length) return { kept: value };
  const kept = tokens.slice(0, k).join(' ').replace(/[\s,;/|–—-]+$/, '');
  // "Tél : 04 74 32 30 66 et 04 74 32 30 68": a second whole number after "and" is his too, kept as "a / b".
  const second = tokens.slice(k + 1);
  if ((AND.test(tokens[k] ?? '') || BAR_AS_I.test(tokens[k] ?? '')) && second.length > 0 && second.every((t, i) => NUMBER_TOKEN.test(t) || spacedPlus(second, i)) && second.join('').replace(/\D/g, '').length >= 7) return { kept: `${kept} / ${second.join(' ')}` };
  // "Faxes: +999 276765 or 290526": an older page gives a second line of the same exchange by its
  // own ending only, a bare group as long as the first number's last: his too, "a / b".
  if (AND.test(tokens[k] ?? '') && second.length === 1 && /^\d{4,8}$/.test(second[0] ?? '') && (second[0] ?? '').length === /\d+$/.exec(kept)?.[0].length) return { kept: `${kept} / ${second[0]}` };
  // "(int)52 (5)516-0000 or 515-0000 , for national calls dial 91 …": the second whole number is
  // his as well; the words after it (how to dial from within the country) are no number.
  const run = AND.test(tokens[k] ?? '') ? numberRun(second) : 0;
  if (run > 0) {
    const tail = second.slice(run).join(' ').replace(/^[\s,;]+|[\s,;]+$/g, '');
    return tail === '' ? { kept: `${kept} / ${second.slice(0, run).join(' ').replace(/[,;]$/, '')}` } : { kept: `${kept} / ${second.slice(0, run).join(' ').replace(/[,;]$/, '')}`, tail };
  }
  return { kept, tail: tokens.slice(k).join(' ').replace(/^[\s,;]+|[\s,;]+$/g, '') };
}

/**
 * "+ 52 5 515 1794": an older page sets the international "+" apart from the country code; the
 * lone "+" before a number's digits is part of the number, so the word after it ("or 542 1648") is
 * read as it is after any number.
 */
const spacedPlus = (tokens: readonly string[], k: number): boolean => tokens[k] === '+' && /^\(?\d/.test(tokens[k + 1] ?? '');

/** How many tokens at the start make one whole number (seven digits at least), or 0. */
function numberRun(tokens: string[]): number {
  let k = 0;
  while (k < tokens.length && (NUMBER_TOKEN.test(tokens[k] ?? '') || spacedPlus(tokens, k))) k++;
  return tokens.slice(0, k).join('').replace(/\D/g, '').length >= 7 ? k : 0;
}

/**
 * "Fax: c/o public fax number at Telecom, +231 555217": an older page says through whom a number
 * reaches the official before giving it. The number that ends the value is the fax (or phone); the
 * words before it say how to use it and go to a TODO. Only a whole number of seven digits or more.
 */
function numberAfterWords(value: string): { words: string; number: string } | undefined {
  const tokens = value.split(' ');
  if (tokens.length < 2 || /^[+(\d]/.test(tokens[0] ?? '') || !/\d$/.test(value)) return undefined;
  let k = tokens.length;
  while (k > 0 && (NUMBER_TOKEN.test(tokens[k - 1] ?? '') || /^[/|–—-]$/.test(tokens[k - 1] ?? ''))) k--;
  const number = tokens.slice(k).join(' ').replace(/^[\s/|–—-]+/, '');
  const words = tokens.slice(0, k).join(' ').replace(/[\s,;:]+$/, '');
  if (k === 0 || words === '' || number.replace(/\D/g, '').length < 7) return undefined;
  return { words, number };
}

const BARE_NUMBER = String.raw`\+?\(?\d[\d\s()./-]{6,}`;
const BARE_PHONE_OR_FAX = new RegExp(String.raw`^(${FAX}|${PHONE})\.?\s+(${BARE_NUMBER}(?:(?:,|\s(?:or|o|ou|et|y|oder|und))\s+${BARE_NUMBER})*)$`);
const FAX_ALONE = new RegExp(`^(?:${FAX})$`);

/** A line that is nothing but email addresses, a handle or a telephone number. */
function readBare(segment: string, out: ContactLine): boolean {
  // A site's robot protection showed no address: a contact line without a value (reported apart).
  // "[email protected] [email protected]": two hidden addresses on one line are still only his emails.
  if (PROTECTED_EMAIL.test(segment) && segment.replace(PROTECTED_EMAILS, '').replace(/[\s,;/]/g, '') === '') return true;
  // "mdu(a)pmo.gov.pk" under the email line: read back only when the whole line is such addresses.
  const plain = unmasked(segment);
  const emails = emailsIn(plain);
  const joined = joinBrokenDomains(plain);
  if ((emails.length > 0 || joined.broken.length > 0) && joined.text.replace(EMAIL, '').replace(/[\s,;/]|-?\b(?:or|o|ou)\b-?/gi, '') === '') {
    out.emails.push(...emails);
    for (const b of joined.broken) leaveOut(out, b, 'an email address broken inside its domain: copy it whole from the page');
    return true;
  }
  // "Managua, Nicaragua nicaragua@oas.org": a place ("City, Country") and then the email.
  const placed = emails.length > 0 ? /^(\p{Lu}[\p{L} .'-]{1,40},\s*\p{Lu}[\p{L} .'-]{1,40}?)\s+(?=[^\s@]+@)/u.exec(segment) : null;
  if (placed && segment.slice(placed[0].length).replace(EMAIL, '').replace(/[\s,;/]/g, '') === '') {
    out.emails.push(...emails);
    out.address = placed[1]?.trim();
    return true;
  }
  // "Fax +202 2391 1441", "Telephone (011-555) 2231-0003, (011-555) 2271-0004.": a label without
  // its colon, then a number, or two (and the comma of a comma-parted record).
  const bare = segment.replace(/[\s,;]+$/, '');
  // Folded only when it holds the number such a line must have.
  const unlabelled = /\d/.test(bare) ? BARE_PHONE_OR_FAX.exec(fold(bare)) : null;
  if (unlabelled) {
    const value = bare.slice(bare.length - (unlabelled[2] ?? '').length).trim();
    readNumber(FAX_ALONE.test(unlabelled[1] ?? '') ? 'fax' : 'phone', value, out, true);
    return true;
  }
  // "http://www.dadiran.ir/…" alone: a web page the case format has no field for, never an address line.
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(segment) && !/(?:twitter|x)\.com\//i.test(segment)) {
    out.ignored ??= segment;
    return true;
  }
  const handle = /^@([A-Za-z0-9_]{1,15})$/.exec(segment) ?? /^(?:https?:\/\/)?(?:www\.)?(?:twitter|x)\.com\/([A-Za-z0-9_]{1,15})\/?$/i.exec(segment);
  if (handle) {
    // "Twitter: @EgyptEmbassyUSA ; @MotazZahran": the first handle is the official's.
    addHandle(out, `@${handle[1]}`);
    return true;
  }
  // "+966 11 403 3125 (please keep trying)": the remark in brackets is advice, not the number.
  const number = segment.endsWith(')') ? segment.replace(/\s*\([^()\d]*\)$/, '') : segment;
  if (/^\+[\d\s().-]{7,}$/.test(number) && number.replace(/\D/g, '').length >= 7) {
    out.phone = number;
    return true;
  }
  // Most segments have no colon or do not end in a digit: the pattern is not tried on them.
  // "Citizen's Opinion Hotline: (800) 555-0100 [for callers in the state]": the remark in brackets is advice.
  const unremarked = /[)\]]$/.test(segment) ? segment.replace(REMARK_AFTER, '') : segment;
  const line = unremarked.includes(':') && /\d$/.test(unremarked) ? NAMED_LINE.exec(unremarked) : null;
  const words = fold(line?.[1] ?? '').split(' ');
  if (line && (LINE_FIRST.has(words[0] ?? '') || LINE_LAST.has(words[words.length - 1] ?? '') || OFFICE_LINE.test(words.join(' ')))) {
    out.phone ??= (line[2] ?? '').trim();
    return true;
  }
  return false;
}

/**
 * "Department of Justice Comment Line: 202-353-1555", "Línea para comentarios del Departamento de
 * Justicia: 202-353-1555": a telephone line named by what it is for, its label longer than a field
 * label, the value a number and nothing else.
 */
const NAMED_LINE = /^(\p{L}[\p{L} .'’-]{2,70}?)\s*:\s*(\+?\(?\d[\d\s()./-]{6,24}\d)$/u;
const LINE_FIRST = new Set(['linea', 'ligne', 'numero', 'hotline', 'helpline']);
const LINE_LAST = new Set(['line', 'hotline', 'helpline']);
// "Local office: (907) 555-0115", "District office: …": a member of a parliament's other number,
// named by which of his offices it rings (a list's "DOC Public Information Office: …" is a callee).
const OFFICE_LINE = /^(?:local|district|capitol|state|home|main|washington|dc|field|regional|constituency|constituent|satellite)\s+office$/;

/**
 * "info(a)pmo.gov.pk", "kanzlei [at] example.ch": the "@" a page writes in words against robots, read
 * back under an email label only (elsewhere "(a)" may be a list's letter).
 */
const MASKED_AT = /(?<=[\p{L}\p{N}._%+-])\s?(?:\((?:a|at|@)\)|\[(?:a|at|@)\]|\{(?:at)\})\s?(?=[\p{L}\p{N}-]+\.\p{L})/gu;
const unmasked = (value: string): string => (/[([{]/.test(value) ? value.replace(MASKED_AT, '@') : value);

export function emailsIn(text: string): string[] {
  // Most lines hold no address: they are not searched for one.
  if (!text.includes('@')) return [];
  return [...joinBrokenDomains(text).text.matchAll(EMAIL)].map((m) => trimGluedDomain(m[0].replace(/\.$/, '')));
}

/** The line's first handle; any other is left out and named (a handle differs from another only in more than its case). */
function addHandle(out: ContactLine, handle: string): void {
  if (out.twitter === undefined) out.twitter = handle;
  else if (out.twitter.toLowerCase() !== handle.toLowerCase() && !(out.leftOut ?? []).some((l) => l.value.toLowerCase() === handle.toLowerCase())) leaveOut(out, handle, SECOND_HANDLE);
}

/** Every "@name" and twitter.com / x.com address of a value, in order ("@JusticeEx and @PresidencyEx"). */
function handlesIn(written: string): string[] {
  const text = written.replace(/\\(?=@)/g, '');
  return [...text.matchAll(/(?:twitter|x)\.com\/([A-Za-z0-9_]{1,15})\b|(?<![\p{L}\p{N}._%+-])@([A-Za-z0-9_]{1,15})\b/giu)].map((m) => `@${m[1] ?? m[2]}`);
}

/** "@MinJusticia", "MinJusticia", "https://x.com/MinJusticia" → "@MinJusticia". */
export function handleIn(written: string): string | undefined {
  // "\@KingSalman": a page saved as Markdown escapes the "@".
  const text = written.replace(/\\(?=@)/g, '');
  const url = /(?:twitter|x)\.com\/([A-Za-z0-9_]{1,15})\b/i.exec(text);
  if (url) return `@${url[1]}`;
  const at = /(?:^|\s)@?([A-Za-z0-9_]{1,15})\b/.exec(text.trim());
  return at ? `@${at[1]}` : undefined;
}
