// "Supreme Leader C/o Permanent Mission … 1209 Geneva, Switzerland Dear Mr Example,": a page that lost
// its line breaks runs the official's address into the letter's greeting, which then ends the line.
// Read whole, the greeting takes the address's last words ("Switzerland Dear Mr Example") and the
// address loses its country. The greeting is cut off as the line it was: only a greeting's opening
// words, a few words after them, the line's closing comma or colon, and an address or an office
// before it (no sentence: the words before do not end with a stop). A flattened PDF may run the
// letter's text on after the greeting too ("… Cairo, Egypt Dear Counsellor, I call on you …"): the
// text is then cut off as the letter's first line, on the same terms for what stands before.
const TRAILING = /^(\p{Lu}.{10,}?[^.,!?:;\s])\s+((?:Dear|Estimad[oa]|Sehr geehrte[rs]?|Your (?:Royal )?(?:Excellency|Highness|Majesty))\b(?:[^,:;.!?]|(?<=\b\p{L}{1,3})\.){0,60}[,:])$/u;
const OPENING = /^(?:Dear|Estimad[oa]|Sehr geehrte[rs]?|Your|To)\b/u;
/** "…, or" / "… o" / "… ou" / "… oder": the line before the greeting offers another greeting in its place. */
const ALTERNATIVE_BEFORE = /(?:^|[\s,])(?:or|o|ou|oder|of|eller)$/u;
/** The greeting's words after its opening: a few at most ("Mr Example", "Minister of Justice"). */
const MAX_WORDS = 8;

/** [the line before the greeting, the greeting], or undefined. */
export function splitTrailingGreeting(line: string): [string, string] | undefined {
  // Cheap tests first: the line ends in a greeting's comma or colon and holds one of its opening words.
  if (!/[,:]$/.test(line) || line.length < 30 || !/\s(?:Dear|Estimad|Sehr|Your)\s/u.test(line)) return undefined;
  const m = TRAILING.exec(line);
  const head = m?.[1];
  const greeting = m?.[2];
  if (head === undefined || greeting === undefined || greeting.split(/\s+/).length > MAX_WORDS + 1) return undefined;
  // "Your Majesty, Your Royal Highness,": two greetings, one line, stay as printed; so do
  // "His Excellency, or Dear Ambassador,": a greeting and its alternative (no address ends in "or").
  if (OPENING.test(head) || ALTERNATIVE_BEFORE.test(head)) return undefined;
  // A sentence before the greeting ("… they wrote Dear Sir,") holds words in lower case after its first: an address or an office seldom more than its small words.
  const lower = head.split(/\s+/).filter((w) => /^\p{Ll}{4,}/u.test(w)).length;
  return lower <= 1 ? [head, greeting] : undefined;
}

/** The envelope, the greeting, then the letter's text opening with a capital. */
const INSIDE = /^(\p{Lu}.{10,300}?[^.,!?:;\s])\s+((?:Dear|Estimad[oa]|Sehr geehrte[rs]?|Your (?:Royal )?(?:Excellency|Highness|Majesty))\b(?:[^,:;.!?]|(?<=\b\p{L}{1,3})\.){0,60}[,:])\s+(\p{Lu}.*)$/u;
/** Running text: four words in lower case at least ("I call on you to release …"). */
const RUNNING = /(?:\s\p{Ll}{2,}\b.*){4}/u;

/** [the envelope, the greeting, the letter's text], or undefined. */
export function splitGreetingInside(line: string): [string, string, string] | undefined {
  // Cheap tests first: one of the greeting's opening words after a space, and a comma or colon.
  if (line.length < 40 || !/\s(?:Dear|Estimad|Sehr|Your)\s/u.test(line) || !/[,:]\s\p{Lu}/u.test(line)) return undefined;
  const m = INSIDE.exec(line);
  const [head, greeting, text] = [m?.[1], m?.[2], m?.[3]];
  if (head === undefined || greeting === undefined || text === undefined || greeting.split(/\s+/).length > MAX_WORDS + 1) return undefined;
  // Labelled fields before the greeting ("Fax: … Twitter: @… Dear …") are a flattened block's, which its own rules cut.
  if (OPENING.test(head) || /[:@]/.test(head) || !RUNNING.test(` ${text}`)) return undefined;
  const lower = head.split(/\s+/).filter((w) => /^\p{Ll}{4,}/u.test(w)).length;
  return lower <= 1 ? [head, greeting, text] : undefined;
}
