// "Excel·lentíssim" / "Senyor,", "Sehr geehrter" / "Herr Minister,": a letter copied from a page
// that wraps its lines short may break the greeting after its courtesy word. Read as two lines, the
// first is no greeting (it ends in no comma and greets no one), the second no greeting either (it
// opens with no courtesy word), and the letter goes unread. The join is sure only in this shape:
// the first line is courtesy words alone, words that open nothing but a greeting, and the line
// under it (a blank between, on a page that spaces its lines) is a few capitalised words ending in
// the greeting's comma or colon.
import { fold } from './fold.js';

/**
 * Courtesy words that, alone on a line, can only be a greeting's start (folded): Catalan, Spanish,
 * Portuguese, Italian, French, German, Dutch and English. "Dear" alone is one too; "Monsieur" or
 * "Señor" alone are not (each greets by itself).
 */
const COURTESY_ALONE = /^(?:(?:molt\s+)?(?:excel·lentissim|excel·lentissima|excel\.lentissim|excel\.lentissima|il·lustre|il·lustrissim|il·lustrissima|benvolgut|benvolguda|estimat|estimada)|(?:muy\s+)?(?:excelentisim[oa]|ilustrisim[oa]|estimad[oa]|distinguid[oa]|respetad[oa])|(?:excelentissim[oa]|ilustrissim[oa]|prezad[oa])|(?:egregi[oa]|illustrissim[oa]|gentilissim[oa]|stimatissim[oa])|(?:tres\s+)?(?:cher|chere|honore|honoree)|sehr\s+geehrte[rs]?|(?:zeer\s+)?geachte|hooggeachte|(?:my\s+)?dear)$/u;

/** The greeting's second half: one to four capitalised words, then its comma or colon ("Senyor,", "Herr Minister,"). */
const GREETING_REST = /^\p{Lu}[\p{L}.'’·-]*(?:\s+[\p{L}.'’·-]+){0,3}\s*[,:]$/u;

/** The lines with each greeting wrapped after its courtesy words joined; `origin` follows (the first line's source). */
export function joinWrappedGreetings(lines: readonly string[], origin: readonly number[]): { lines: string[]; origin: number[] } | undefined {
  let out: { lines: string[]; origin: number[] } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    // Cheap test first: a courtesy word alone is a short line with no comma.
    const short = line.length <= 30 && line.trim() !== '' && !/[,:;.!?]\s*$/u.test(line);
    const at = short && lines[i + 1]?.trim() === '' ? i + 2 : i + 1;
    const next = short ? (lines[at] ?? '').trim() : '';
    const joins = short && next.length <= 60 && GREETING_REST.test(next) && COURTESY_ALONE.test(fold(line.trim()));
    if (joins && !out) out = { lines: lines.slice(0, i), origin: origin.slice(0, i) };
    if (!out) continue;
    out.lines.push(joins ? `${line.trim()} ${next}` : line);
    out.origin.push(origin[i] ?? i + 1);
    if (joins) i = at;
  }
  return out;
}
