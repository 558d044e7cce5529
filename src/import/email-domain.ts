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
