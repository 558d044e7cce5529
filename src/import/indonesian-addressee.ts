// An Indonesian letter opens "Kepada Yth." ("to the honourable") and runs its addressee onto the
// one line under it: courtesy title, academic and pilgrim titles, name, office and institution
// ("Bapak Ir. H. Jane Contoh Presiden Republik Indonesia Sekretariat Negara"). Cut into the lines
// an addressee block prints (name / office / institution), each is read as any block's line; the
// titles are no part of the name. A line the cut is unsure of is left as printed.

/** "Kepada Yth.", "Kepada Yang Terhormat", "Yth.": the words that hand the letter to its addressee. */
export const KEPADA = String.raw`kepada(?:\s+(?:yth\.?|yang\s+terhormat))?|yth\.?`;
const KEPADA_ALONE = new RegExp(String.raw`^(?:${KEPADA})\s*[:,]?$`, 'iu');

/** Courtesy titles ("Mr", "Mrs"), then academic, religious and pilgrim titles, each ending its word. */
const COURTESY = /^(?:bapak|bpk\.?|ibu|sdr\.?|sdri\.?|saudara|saudari)$/iu;
const DEGREE = /^(?:ir|h|hj|dr|drs|dra|prof|kh|k\.h|jend|letjen|mayjen|brigjen|irjen|komjen|s\.h|m\.h|s\.e|m\.si)\.$/iu;

/** The word that opens an office (president, vice, minister, chair, head, governor, attorney, regent, mayor…). */
const OFFICE = /^(?:presiden|wakil|menteri|ketua|kepala|gubernur|jaksa|kapolri|kapolda|bupati|walikota|wali|panglima|duta|direktur|komisioner|sekretaris|hakim)$/iu;
/** The word that opens the institution after the office ("Sekretariat Negara", "Kementerian …"). */
const INSTITUTION = /^(?:sekretariat|kementerian|istana|gedung|kantor|kompleks|kedutaan|kejaksaan|markas|mabes)$/iu;
/** Joining words an office's name holds in lower case ("Menteri Hukum dan Hak Asasi Manusia"). */
const JOINING = /^(?:dan|untuk|di|pada|urusan)$/u;

const capitalised = (w: string): boolean => /^\p{Lu}[\p{L}'’-]*$/u.test(w);

/** "Bapak Ir. H. Jane Contoh Presiden Republik Indonesia Sekretariat Negara" → name, office, institution; undefined when unsure. */
function splitIndonesianAddressee(line: string): string[] | undefined {
  // Cheap test first: the line opens with a courtesy title's first letters.
  if (!/^\s*(?:bapak|bpk|ibu|sdr|saudar)/iu.test(line)) return undefined;
  const words = line.trim().split(/\s+/u);
  if (words.length > 20 || !COURTESY.test(words[0] ?? '')) return undefined;
  let i = 1;
  while (i < words.length && DEGREE.test(words[i] ?? '')) i++;
  const nameFrom = i;
  while (i < words.length && !OFFICE.test(words[i] ?? '')) i++;
  const name = words.slice(nameFrom, i);
  const rest = words.slice(i);
  // A name of one to five capitalised words, then an office whose words are all a title's.
  if (name.length === 0 || name.length > 5 || !name.every(capitalised) || rest.length === 0) return undefined;
  if (!rest.every((w) => capitalised(w) || JOINING.test(w) || /^[A-Z]{2,5}$/u.test(w))) return undefined;
  // The institution starts at its word, once the office has two words of its own ("Kepala Kantor …" is one office).
  const cut = rest.findIndex((w, k) => k >= 2 && INSTITUTION.test(w));
  const office = cut === -1 ? rest : rest.slice(0, cut);
  const institution = cut === -1 ? [] : rest.slice(cut);
  return [name.join(' '), office.join(' '), ...(institution.length > 0 ? [institution.join(' ')] : [])];
}

/**
 * The document's lines with each addressee line under "Kepada Yth." cut in three; undefined when
 * none is. `origin[i]` is the source line of `lines[i]`; the pieces keep their line's.
 */
export function splitIndonesianAddressees(lines: readonly string[], origin: readonly number[]): { lines: string[]; origin: number[] } | undefined {
  let out: { lines: string[]; origin: number[] } | undefined;
  let previous = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    // Cheap test first: only a line under a short "Kepada"/"Yth." line is tried.
    const pieces = previous.length <= 30 && /^[KkYy]/u.test(previous) && KEPADA_ALONE.test(previous) ? splitIndonesianAddressee(line) : undefined;
    if (pieces !== undefined && out === undefined) out = { lines: lines.slice(0, i), origin: origin.slice(0, i) };
    if (out !== undefined) {
      for (const piece of pieces ?? [line]) {
        out.lines.push(piece);
        out.origin.push(origin[i] ?? i + 1);
      }
    }
    if (line.trim() !== '') previous = line.trim();
  }
  return out;
}
