// Blog, wiki and forum posts copied as text keep their markup around an email: SPIP's
// "[texte->mailto:x@example.org]" and "{{x@example.org}}", BBCode's "[url=mailto:x@example.org]
// écrire[/url]" and "[email]x@example.org[/email]", a wiki's "'''x@example.org'''". The markup is
// no part of a name or an email: a link is read as its text and, in brackets, the address it
// points to (the address alone when the text only says "email" or is the address); the emphasis
// marks go. Only markup around an address is touched: brackets elsewhere ("[sic]", "[1]") stay.

/** SPIP: "[texte->mailto:x@y]", "[->mailto:x@y]". */
const SPIP_LINK = /\[([^\][]{0,80}?)->\s*mailto:([^\s\][]+@[^\s\][]+)\]/giu;
/** BBCode: "[url=mailto:x@y]texte[/url]", "[email=x@y]texte[/email]". */
const BB_LINK = /\[(?:url|email)=(?:mailto:)?([^\s\][]+@[^\s\][]+)\]([^\][]{0,80}?)\[\/(?:url|email)\]/giu;
/** BBCode: "[email]x@y[/email]", "[url]mailto:x@y[/url]". */
const BB_BARE = /\[(?:url|email)\](?:mailto:)?([^\s\][]+@[^\s\][]+)\[\/(?:url|email)\]/giu;
/** Emphasis around an address: SPIP's "{{…}}" and "{…}", a wiki's "'''…'''" and "''…''", BBCode's "[b]…[/b]". */
const EMPHASIS = /(?:\{\{?|'{2,3}|\[(b|i|u|strong|em)\])([^\s{}'[\]]+@[^\s{}'[\]]+?)(?:\}\}?|'{2,3}|\[\/\1\])/giu;

/**
 * A mailing-list archive hides each address from robots as "user at example.org" (and its link as
 * "<mailto:user at example.org>"). Undone only where the line says it is an address: a mailto link
 * or an email label before it ("email:", "E-mail:", "Courriel :"), never in running text.
 */
const ARCHIVED_ADDRESS = /(?<=(?:mailto:|[:>/,;(]|^)\s*)([\p{L}\d._%+-]{1,64}) at ((?:[a-z\d-]{1,63}\.)+[a-z]{2,24})(?![\p{L}\d-])/giu;
const SAYS_ADDRESS = /mailto:|\b(?:e-?mail|courriel|correo(?:-e)?|e-?post)\s*:/iu;
/** "<mailto:x@y>x@y": the link's target before the text that shows it, the same address. */
const MAILTO_ANGLE = /<mailto:([^\s<>@]+@[^\s<>]+)>\s*(?=\1)/giu;

function unarchived(line: string): string {
  if (!line.includes(' at ') || !SAYS_ADDRESS.test(line)) return line;
  return line.replace(ARCHIVED_ADDRESS, '$1@$2').replace(MAILTO_ANGLE, '');
}

export function withoutMarkup(written: string): string {
  const line = unarchived(written);
  // Most lines hold no address, or no markup around one.
  if (!line.includes('@') || !/[[{']/u.test(line)) return line;
  return line
    .replace(SPIP_LINK, (_, text: string, email: string) => linked(text, email))
    .replace(BB_LINK, (_, email: string, text: string) => linked(text, email))
    .replace(BB_BARE, (_, email: string) => email)
    .replace(EMPHASIS, (_, _tag: string | undefined, email: string) => email);
}

/** A link's text that only says "email", "write", "here": the address stands for it. */
const GENERIC = /^(?:courriel|e-?mail|mail|correo(?:-e| electr[oó]nico)?|posta(?: elettronica)?|adresse(?: e-?mail| [eé]lectronique)?|e-?mail-?adresse|address|email address|ici|here|aqu[ií]|qui|hier|[eé]crire|[eé]crivez|write|contact|kontakt)$/iu;

/** The link's text and, in brackets, its address; the address alone when the text is empty, generic or the address itself. */
function linked(text: string, email: string): string {
  const shown = text.trim();
  return shown === '' || GENERIC.test(shown) || shown.toLowerCase() === email.toLowerCase() ? email : `${shown} (${email})`;
}
