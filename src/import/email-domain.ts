// A page copied as text may run a link's own words onto the address it shows: the screen-reader
// note "opens in a new tab", or the next link's text ("general@embassy.orgClick here"). The email
// pattern cannot tell where the domain ends, so the last label is checked against the real
// top-level domains (the `tlds` package, kept up to date from IANA's list): a label that is none,
// but starts with one followed by more letters ("orgopens"), is cut after it.
import tlds from 'tlds' with { type: 'json' };

const TOP_LEVEL = new Set<string>(tlds);
/** The longest top-level domain is 24 letters; no prefix beyond that is tried. */
const LONGEST = 24;

/** The address with any words glued after its top-level domain cut off; any other address as it is. */
export function trimGluedDomain(email: string): string {
  const dot = email.lastIndexOf('.');
  const label = email.slice(dot + 1);
  const lower = label.toLowerCase();
  if (dot < 0 || TOP_LEVEL.has(lower)) return email;
  // The longest real domain that leaves at least three letters of glued text: "orgopens" → "org".
  for (let n = Math.min(LONGEST, lower.length - 3); n >= 2; n--) {
    if (TOP_LEVEL.has(lower.slice(0, n))) return email.slice(0, dot + 1 + n);
  }
  return email;
}

/**
 * "gobernacion@antioquia.gov. co", "…@antioquia.gov .co": a line break or a space inside the domain,
 * the country code left after it. Only at the end of the value or before a separator: "… .org. to
 * write" is a sentence going on.
 */
const BROKEN_END = /([\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(\p{L}{2,}))(?:\.\s+|\s+\.)(\p{Ll}{2,3})(?=\s*(?:$|[,;/|)]))/gu;
/** The second-level words a country code follows ("gov.co", "gob.mx", "org.uk", "ac.ke", "gouv.fr"). */
const SECOND_LEVEL = /^(?:gov|gob|govt|gouv|go|com|co|org|or|net|ne|edu|ac|nic|mil|int|nom|sch)$/i;

export interface JoinedDomains {
  /** The text with each broken domain joined, and each one that cannot be joined taken out. */
  text: string;
  /** The broken addresses taken out, as printed: for a TODO, never guessed. */
  broken: string[];
}

/**
 * Joins "…@antioquia.gov. co" to "…@antioquia.gov.co" when the piece after the break is a real
 * country code and the label before it a second-level word; any other address broken that way is
 * taken out and returned, because "x@y.de" with ". at" after it may be either.
 */
export function joinBrokenDomains(text: string): JoinedDomains {
  if (!text.includes('@') || !/\.\s|\s\./.test(text)) return { text, broken: [] };
  const broken: string[] = [];
  const joined = text.replace(BROKEN_END, (whole, email: string, label: string, piece: string) => {
    if (SECOND_LEVEL.test(label) && piece.length === 2 && TOP_LEVEL.has(piece)) return `${email}.${piece}`;
    broken.push(whole);
    return '';
  });
  return { text: joined, broken };
}

/**
 * Second-level words national governments put before their country code: "gov.by", "gob.mx",
 * "gouv.fr", "go.ke", "gv.at", "gub.uy", "admin.ch", "gc.ca".
 */
const GOVERNMENT_SECOND = new Set(['gov', 'gob', 'gouv', 'govt', 'go', 'gv', 'gub', 'admin', 'gc']);
/**
 * Words of a ministry, prefecture, presidency, prosecutor or police in an address under a plain
 * country code ("poststelle@ministerium.de", "prefettura@interno.example.it"), folded, as word starts.
 */
const GOVERNMENT_WORD = /(?:^|[.@_-])(?:minist|prefe[ckt]|presiden|gobierno|govern|regierung|bundes|fiscal|procura|prokura|justi[cz]|interno|interior|innen|parlament|senat|polic|polizei|politie|cancill|kanzl|mfa|mofa|mvd|mzv|esteri|auswaertig)/;
/**
 * Country codes sold to anyone as names ("company.co", "brand.io", "show.tv", "x.me"): only a
 * government's second-level word before them ("fiscalia.gov.co") makes them a country's.
 */
const VANITY = new Set(['co', 'me', 'tv', 'io', 'ai', 'fm', 'ws', 'cc', 'to', 'gg', 'la', 'am', 'nu', 'tk', 'ly', 'sh', 'ac', 'im', 'st', 'vc', 'ms', 'cx', 'ag', 'bz', 'eu', 'su', 'so', 'gl', 'ps']);

/**
 * The ISO code of the country whose national government an email address belongs to, by its
 * country-code top-level domain: "contact@president.gov.by" → "BY", "poststelle@ministerium.de" →
 * "DE"; undefined for generic domains (.com, .org, .int) and for a vanity country code without a
 * government's second-level word.
 */
export function governmentCountryOf(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  if (at < 0) return undefined;
  const labels = email.slice(at + 1).toLowerCase().split('.');
  const tld = labels.at(-1) ?? '';
  if (!/^[a-z]{2}$/.test(tld) || !TOP_LEVEL.has(tld) || labels.length < 2) return undefined;
  const government = GOVERNMENT_SECOND.has(labels.at(-2) ?? '') || (!VANITY.has(tld) && GOVERNMENT_WORD.test(email.toLowerCase().slice(0, email.length - tld.length - 1)));
  return government ? (tld === 'uk' ? 'GB' : tld.toUpperCase()) : undefined;
}
