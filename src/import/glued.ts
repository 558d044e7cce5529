// Some sites turn a UA's PDF into text by dropping every line break, not even leaving a space:
// "…Pitsanulok RoadBangkok 10300, ThailandTel: 66 2 618 2323Fax: …Ambassador Thani ThongphakdiRoyal
// Thai Embassy…". Such a line is cut back only where the glue is unmistakable: a contact label, a
// sentence's end, a "Dear", an office or institution word, a street word, each run onto the
// word before it. Any other joined words ("McDonald", "ThaiEmbDC") stay as written. Only a line
// that shows the damage twice (two labels glued to the word before) is touched.

/** Contact labels that, glued to the letter or digit before them, mark such a dump. */
const MARK_LABELS = ['Tel:', 'Fax:', 'Phone:', 'Email:', 'E-mail:', 'Twitter:', 'Facebook:', 'Instagram:', 'Salutation:', 'Contact form:'];
/** The longer labels may follow a handle's capitals too ("@ThaiEmbDCFacebook:"). */
const LONG_LABEL = String.raw`(?:Phone|E-?mail|Twitter|Facebook|Instagram|Salutation|Contact form)\s*:`;
const SHORT_LABEL = String.raw`(?:Tel|Fax)\s*:`;
/** Office and institution words that open an official's line ("…Chan-O-ChaOffice of the …", "…5131Ambassador …"). */
const OPENER = String.raw`(?:Office of|Ministry of|Royal (?:\p{Lu}\p{Ll}+ )?Embassy|Embassy of|Ambassador|Prime Minister|President|Minister|Attorney General|Public Prosecutor|King|Dear)\b`;
const STREET_END = String.raw`(?:Road|Street|Avenue|Ave\.|Boulevard|Lane)`;

const CUT = new RegExp(
  [
    String.raw`(?<=[\p{Ll}\d])(?=${SHORT_LABEL})`,
    String.raw`(?<=[\p{L}\d_])(?=${LONG_LABEL})`,
    // "…opinions.TAKE ACTION:", "…them.Click here": a sentence's end with no space after it.
    String.raw`(?<=\p{Ll}{2}[.!?])(?=\p{Lu})`,
    String.raw`(?<=[\p{Ll}\d])(?=${OPENER})`,
    // "…sees a doctor. Yours sincerely,": the letter's closing, which the templates write themselves.
    String.raw`(?<=[.!?]\s)(?=(?:Yours (?:sincerely|faithfully|truly)|Sincerely|Respectfully)\b)`,
    // "…trying to help. Prime Minister Prayut…": an official after the last sentence of the instructions.
    String.raw`(?<=\p{Ll}{2}[.!?]\s)(?=${OPENER})`,
    // "Office of the Prime MinisterPitsanulok Road": an office or institution word glued to the next line.
    String.raw`(?<=\b(?:Ministers?|Ministry|Embassy|Office|Ambassador|President))(?=\p{Lu}\p{Ll})`,
    String.raw`(?<=\b${STREET_END})(?=\p{Lu}\p{Ll})`,
  ].join('|'),
  'gu',
);
/** "Dear Prime Minister,I write…": the salutation's comma glued to the letter. */
const SALUTATION_GLUED = /^(Dear [^,:]{2,60}[,:])(?=\p{Lu})/u;
/** "PEACEFUL PROTESTORS FACE YEARS IN PRISON Hundreds of…": the headline in capitals, then the summary's first word. */
const CAPITAL_HEADLINE = /^((?:\p{Lu}[\p{Lu}'’-]*\s+){2,}\p{Lu}[\p{Lu}'’-]*)\s+(?=\p{Lu}\p{Ll})/u;

function splitHeadline(text: string): string[] {
  const m = CAPITAL_HEADLINE.exec(text);
  return m ? [m[1] ?? '', text.slice(m[0].length)] : [text];
}

/** "URGENT ACTIONPEACEFUL PROTESTORS…": the page's kind glued to the headline. */
const KIND_GLUED = /^(URGENT ACTION|Urgent Action)(?=\p{Lu}{3})/u;

export function isGluedDump(line: string): boolean {
  if (line.length < 120 || !line.includes(':')) return false;
  // A plain search for each label, then a look at the character before it: a look-behind pattern,
  // tried at every position of every line, cost a tenth of a second on a 10 MB paste.
  let count = 0;
  for (const label of MARK_LABELS) {
    for (let at = line.indexOf(label); at > 0; at = line.indexOf(label, at + 1)) {
      if (/[\p{Ll}\d]/u.test(line[at - 1] ?? '') && ++count >= 2) return true;
    }
  }
  return false;
}

/** The pieces of a glued line, each trimmed; undefined for a line that is no such dump. */
export function splitGlued(line: string): string[] | undefined {
  if (!isGluedDump(line)) return undefined;
  return line
    .split(CUT)
    .flatMap((piece) => {
      const kind = KIND_GLUED.exec(piece);
      if (kind) return [kind[1] ?? '', ...splitHeadline(piece.slice(kind[0].length))];
      const dear = SALUTATION_GLUED.exec(piece);
      return dear ? [dear[1] ?? '', piece.slice(dear[0].length)] : [piece];
    })
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

// A page copied from an older site loses a line break between a number or a bracket and the next
// line, with no space left: "Fax: +231 555482Valdorian Mission to the United Nations", "(Ask that
// letters be forwarded to the above-mentioned)Jane Example". Read whole, the fax stops at its first
// group and the next official's name is glued to an instruction. Only a capitalised word glued to
// a run of three digits or more (a day of the month is shorter: "3March" is left) or to a closing
// bracket after at least four characters of brackets ("(in)Justice" is left) is cut, never inside
// an email, a link or a handle, and only on a line short enough to be an official's.

/** Cheap test: a capitalised word glued to a digit or a closing bracket. */
const LOST_BREAK_HINT = /[\d)]\p{Lu}\p{Ll}/u;
/** Cheaper still, run on every line first: a digit or bracket before a capital (A–Z or above U+00BF), with no Unicode class to compile. */
const LOST_BREAK_FIRST = /[\d)][A-Z\u00c0-\uffff]/;
const LOST_BREAK = /(?<=\d{3}|\([^()]{4,}\))(?=\p{Lu}\p{Ll}{2,})/gu;

/** The lines a line with a lost break was made of, each trimmed; undefined for any other line. */
export function splitLostBreak(line: string): string[] | undefined {
  if (line.length > 200 || !LOST_BREAK_FIRST.test(line) || !LOST_BREAK_HINT.test(line)) return undefined;
  const cuts = [...line.matchAll(LOST_BREAK)].map((m) => m.index).filter((at) => !insideAddress(line, at));
  if (cuts.length === 0) return undefined;
  const pieces = [0, ...cuts].map((from, i) => line.slice(from, cuts[i] ?? line.length).trim());
  return pieces.filter((p) => p !== '');
}

/** The cut falls inside an email, a link or a handle (the run of non-spaces around it holds "@", "/" or "www."). */
function insideAddress(line: string, at: number): boolean {
  const start = line.lastIndexOf(' ', at) + 1;
  const end = line.indexOf(' ', at);
  const token = line.slice(start, end < 0 ? line.length : end);
  return /[@/]|www\./iu.test(token);
}
