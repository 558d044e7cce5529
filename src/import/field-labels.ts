// The labels a page prints before an official's fields ("Salutation:", "Correo-e:", "Téléphone :",
// "Anschrift:", "Copies to:"), one list per kind of field, by language: the one list every reader
// of such labels makes its pattern from, so that a label added here is read everywhere at once.
// Written as printed. The readers of folded lines (lower case, no accents) match them folded; the
// readers of lines as printed match them as printed, with the first letter in either case where
// they say so.
import { fold } from './fold.js';
import { escapeRegExp } from '../regexp-escape.js';

export const FIELD_LABELS = {
  salutation: {
    en: ['Salutation'],
    es: ['Saludo', 'Tratamiento', 'Encabezado', 'Encabezamiento'],
    fr: ["Formule d'appel"],
    // In brackets after the address, as German pages print it: "(korrekte Anrede: …)".
    de: ['Anrede', 'korrekte Anrede', 'richtige Anrede'],
    sv: ['Hälsningsfras', 'Inledning'],
    no: ['Tiltale'],
    pt: ['Saudação', 'Tratamento', 'Forma de tratamento'],
    it: ['Formula di cortesia', 'Formula di saluto', 'Saluto', 'Intestazione', 'Appellativo'],
    pl: ['Forma grzecznościowa', 'Zwrot grzecznościowy', 'Nagłówek'],
    nl: ['Aanhef'],
    tr: ['Hitap'],
  },
  email: {
    en: ['Email', 'E-mail', 'Emails', 'E-mails', 'Email address', 'Email addresses'],
    es: ['Correo', 'Correos', 'Correo-e', 'Correos-e', 'Correo electrónico', 'Correos electrónicos'],
    fr: ['Courriel', 'Mél', 'Adresse e-mail', 'Adresse email', 'Adresse électronique'],
    de: ['E-Mail'],
    sv: ['E-post', 'Mejl'],
    // "PEC" (posta elettronica certificata) is the certified mail Italian offices print beside or
    // instead of their plain address; it is written to as any email is.
    it: ['Posta elettronica', 'Posta elettronica certificata', 'Indirizzo email', 'Indirizzo e-mail', 'PEC'],
    // Portugal writes "eletrónico" (before 1990 "electrónico"), Brazil "eletrônico".
    // "E-posta aracılığıyla:" ("by way of email"): how Turkish letter pages label each channel.
    tr: ['E-posta', 'Eposta', 'E-posta aracılığıyla'],
    pt: ['Correio eletrónico', 'Correio eletrônico', 'Correio electrónico', 'Endereço eletrónico', 'Endereço eletrônico', 'Endereço de e-mail'],
    // Central and Eastern European letter pages: Bulgarian, Lithuanian, Latvian, Hungarian.
    bg: ['Имейл', 'Ел. поща', 'Електронна поща'],
    lt: ['El. paštas'],
    lv: ['E-pasts'],
    hu: ['E-mail-cím', 'Email cím'],
  },
  phone: {
    en: ['Tel', 'Telephone', 'Phone', 'Mobile', 'WhatsApp'],
    es: ['Teléfono', 'Tfno', 'Móvil'],
    fr: ['Téléphone', 'Tél', 'Portable'],
    de: ['Telefon', 'Fon'],
    pt: ['Telefone'],
    it: ['Telefono'],
    nl: ['Telefoon'],
    no: ['Tlf'],
    tr: ['Telefon', 'Tel'],
    lt: ['Telefonas'],
  },
  fax: {
    en: ['Fax', 'Faxes'],
    es: ['Facsímil'],
    // "Télécopieur": the Canadian French word for a fax machine, printed as the fax's label.
    fr: ['Télécopie', 'Télécopieur'],
    de: ['Telefax'],
    pl: ['Faks'],
    tr: ['Faks', 'Faks aracılığıyla'],
  },
  twitter: {
    en: ['Twitter', 'X', 'X/Twitter', 'Twitter/X', 'X (Twitter)', 'X (formerly Twitter)', 'Tweet'],
    // "X-Nachrichten bitte an: @…": a German page asks for messages on X to the handles after it.
    de: ['X-Nachricht', 'X-Nachrichten', 'X-Nachricht an', 'X-Nachrichten an', 'X-Nachrichten bitte an', 'Tweets', 'Tweets an', 'Tweets bitte an'],
  },
  address: {
    en: ['Address', 'Postal address', 'Mailing address', 'Street address'],
    es: ['Dirección', 'Dirección postal', 'Domicilio'],
    fr: ['Adresse', 'Adresse postale'],
    de: ['Anschrift', 'Postanschrift'],
    sv: ['Adress', 'Postadress'],
    pt: ['Endereço', 'Endereço postal', 'Morada'],
    it: ['Indirizzo'],
    nl: ['Adres'],
    pl: ['Adres'],
    tr: ['Adres'],
    hu: ['Cím', 'Postacím'],
    bg: ['Адрес'],
    lt: ['Adresas'],
    et: ['Aadress'],
  },
  /** Over the officials who get a copy ("Copies to:", "Kopie aan:"), or opening the line that names them. */
  copy: {
    en: ['Copies to', 'Copy to', 'Copied to', 'Copies of this letter to', 'Copy of this letter to', 'Copies', 'Copy', 'Copied', 'CC'],
    es: ['Copia a', 'Copias a', 'Con copia a', 'Copia', 'Copias'],
    fr: ['Copie à', 'Copies à', 'Copie au', 'Copies au', 'Copie aux', 'Copies aux', 'Copie', 'Copies', 'En copie', 'Avec copie'],
    de: ['Kopie an', 'Kopien an', 'Kopie', 'Kopien', 'Mit Kopie', 'In Kopie'],
    pt: ['Com cópia para', 'Com cópias para', 'Cópia para', 'Cópias para', 'Com cópia a', 'Com cópia'],
    it: ['In copia a', 'In copia', 'Copie a', 'Per conoscenza'],
    nl: ['Kopie aan', 'Kopie naar'],
  },
  /** Channels the case format has no field for: read as a field (it ends the one before), then dropped. */
  otherChannel: {
    en: ['Facebook', 'Instagram', 'Bluesky', 'TikTok', 'Telegram', 'Threads', 'YouTube', 'LinkedIn'],
  },
} as const satisfies Record<string, Readonly<Record<string, readonly string[]>>>;

export type FieldLabelKind = keyof typeof FIELD_LABELS;

/** Every label of the kinds, as printed, longest first (an alternation then takes "Email address" before "Email"). */
export function labelsOf(...kinds: readonly FieldLabelKind[]): string[] {
  const all = kinds.flatMap((k) => Object.values(FIELD_LABELS[k]).flat() as string[]);
  return [...new Set(all)].sort((a, b) => b.length - a.length);
}

/** "X/Twitter" as "X / Twitter" too. */
const spacedSlash = (source: string): string => source.replace(/\\\/|\//g, String.raw`\s*\/\s*`);

/**
 * The labels folded, as a regex alternation (no anchors: the caller says where the label must
 * stand). "ł" is kept by folding: a page may print it as "l" as well.
 */
export function foldedLabels(labels: readonly string[]): string {
  const folded = [...new Set(labels.map((l) => fold(l)))].sort((a, b) => b.length - a.length);
  return folded.map((l) => spacedSlash(escapeRegExp(l)).replace(/ł/g, '[lł]')).join('|');
}

export interface PrintedOptions {
  /** The first letter in lower case too ("email:" in a comma-parted record). */
  lowerFirst?: boolean;
  /** The label in capitals too ("EMAIL:", "FAX:"). */
  capitals?: boolean;
  /** Accented letters without their accents too ("Direccion", "Endereco"). */
  bareLetters?: boolean;
}

/** "ó" → "[óo]": the letter or the letter its accent was put on. */
const withBareLetters = (source: string): string => [...source].map((c) => (/\p{L}/u.test(c) && fold(c) !== c.toLowerCase() && fold(c).length === 1 ? `[${c}${fold(c)}]` : c)).join('');

/** The labels as printed, as a regex alternation for a `u` regex (no anchors); either apostrophe. */
export function printedLabels(labels: readonly string[], options: PrintedOptions = {}): string {
  const forms = labels.flatMap((l) => (options.capitals && l !== l.toUpperCase() ? [l, l.toUpperCase()] : [l]));
  return forms
    .map((l) => {
      const printed = spacedSlash(escapeRegExp(l)).replace(/'/g, "['’]");
      const source = options.bareLetters ? withBareLetters(printed) : printed;
      const first = l.charAt(0);
      return options.lowerFirst && first !== first.toLowerCase() ? `[${first}${first.toLowerCase()}]${source.slice(1)}` : source;
    })
    .join('|');
}
