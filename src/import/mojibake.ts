// Pages copied from sites that once read their own UTF-8 as Latin-1 carry "SecretarÃ­a",
// "PolicÃ­a", "â€™": two or three characters where one was written. Left as they are, a word such
// as "SecretarÃa" is no longer known as the start of an institution, and a whole official's line
// is taken for a name. Each such run is decoded back only when it round-trips (its characters are
// the Windows-1252 bytes of one valid UTF-8 character); the rest of the line, often correct
// ("Julián"), is left alone.

/** Windows-1252's characters for the bytes 0x80–0x9F that are not C1 controls. */
const CP1252_HIGH: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e,
  '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

const CONTINUATION = String.raw`[\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]`;
/** The same without the punctuation a real capital may stand before ("PÅ”", "LLEGÓ…"). */
const LETTER_CONTINUATION = String.raw`[\u0080-\u00bfƒŠŒŽšœžŸ]`;
/**
 * A lead byte, then its continuations: 0xC2–0xC3 (Latin-1's letters: "Ã©", "Ã“"), 0xC4–0xC5
 * (Central European: "Å‚"), 0xD0–0xD1 (Cyrillic), 0xE2 (quotes and dashes: "â€™").
 */
const RUN = new RegExp(String.raw`[\u00c2\u00c3]${CONTINUATION}|[\u00c4\u00c5\u00d0\u00d1]${LETTER_CONTINUATION}|\u00e2${CONTINUATION}{2}`, 'gu');
/**
 * "í" is 0xC3 0xAD, and 0xAD is the soft hyphen that copying drops: "SecretarÃa" is left. Between
 * two lower-case letters nothing else can have stood there (the other bytes so lost, 0x81 0x8D 0x8F
 * 0x90 0x9D, make capitals: Á Í Ï Ð Ý).
 */
const LOST_SOFT_HYPHEN = /(?<=\p{Ll})\u00c3(?=\p{Ll})/gu;
const QUICK = /[\u00c2-\u00c5\u00d0\u00d1\u00e2]/u;

const decoder = new TextDecoder('utf-8', { fatal: true });

function byteOf(ch: string): number | undefined {
  const code = ch.codePointAt(0) ?? 0;
  return code <= 0xff ? code : CP1252_HIGH[ch];
}

function decodeRun(run: string): string {
  const bytes = [...run].map(byteOf);
  if (bytes.some((b) => b === undefined)) return run;
  try {
    const text = decoder.decode(new Uint8Array(bytes as number[]));
    // One character came out, as a double encoding makes: anything else is left as written.
    return [...text].length === 1 ? text : run;
  } catch {
    return run;
  }
}

/** The line with each double-encoded character decoded back; any other line as it is. */
export function repairMojibake(line: string): string {
  if (!QUICK.test(line)) return line;
  return line.replace(RUN, decodeRun).replace(LOST_SOFT_HYPHEN, 'í');
}
