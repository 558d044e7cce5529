// An Arabic appeal may name its addressee on one line under its headline: "حضرة" (the courtesy that
// opens an address) or "إلى" (to), the office, the name:
//   حضرة الرئيس محمود مثال
//   إلى السدة العالية بالله صاحب الجلالة الملك مثال السادس نصره الله وأيده.
// (a petition to a king: "to the exalted seat, His Majesty King …, may God grant him victory").
// The office is one of a few single words ("the President", "the King", "the Minister"); what follows
// it is the name, up to the blessing said after a ruler's name. Any other shape is left alone: the
// office's end cannot be told from the name's start.
import type { ImportedOfficial } from './official-block.js';
import { lineAt } from './text.js';
import type { ImportText } from './types.js';

/** The offices an addressee's name follows: the President, the King, the Prince, the Minister, the Ambassador, the Prosecutor General, the Prime Minister, the head of government. */
export const ARABIC_OFFICE = String.raw`[اأ]لرئيس|[اأ]لملك|[اأ]لأمير|الوزير|[اأ]لسفير|[اأ]لنائب\s+العام|رئيس\s+الوزراء|رئيس\s+الحكومة`;
const LINE = new RegExp(String.raw`^(?:حضرة|[إا]لى)\s+(?:ال(?:سدة|مقام)\s+العالي(?:ة)?\s+بالله\s+)?(?:(?:صاحب|صاحبة)\s+(?:الفخامة|السمو|المعالي|السعادة|الجلالة)\s+|السيد(?:ة)?\s+)?(${ARABIC_OFFICE})\s+([\u0600-\u06ff]+(?:\s+[\u0600-\u06ff]+){1,5}?)(?:\s+(?:نصره|حفظه|أعزه|اعزه|أيده|ايده|رعاه)\s+الله(?:\s+و[\u0600-\u06ff]+)?)?\s*[:،,.]?$`, 'u');

export function arabicCourtesyLine(doc: ImportText): ImportedOfficial[] {
  const at = arabicCourtesyLineAt(doc);
  if (at === undefined) return [];
  const m = LINE.exec(lineAt(doc, at).trim());
  if (!m?.[1] || !m[2]) return [];
  const line = at;
  return [{ line, confidence: 'low', nameFromOffice: false, name: { value: m[2].trim(), line }, title: { value: m[1], line }, address: [], emails: [], copy: false, unsure: [] }];
}

/** The document line of "حضرة …" among the page's first 30 lines. */
export function arabicCourtesyLineAt(doc: ImportText): number | undefined {
  for (let n = 1; n <= Math.min(doc.lines.length, 30); n++) {
    const line = lineAt(doc, n).trim();
    if ((line.startsWith('حضرة') || line.startsWith('إلى') || line.startsWith('الى')) && LINE.test(line)) return n;
  }
  return undefined;
}
