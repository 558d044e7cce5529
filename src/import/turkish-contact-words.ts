// The words of Turkish institutions' names, apart from the contact block's reader
// (turkish-contact.ts) so that official-words.ts can ask them without an import cycle.
import { fold } from './fold.js';

/**
 * The keyword that ends a Turkish institution's name, folded (accents off, "ı" kept): ministry,
 * directorate, presidency, governorship, prosecutor's office, embassy, consulate, court, assembly,
 * prison, municipality, district governorship, institution, board.
 */
const INSTITUTION_END = /(?:^|\s)\S*(?:bakanl[iı]g[iı]|mudurlugu|baskanl[iı]g[iı]|valilig[iı]|savc[iı]l[iı]g[iı]|buyukelcilig[iı]|konsoloslugu|baskonoslugu|mahkemesi|meclisi|hapishanesi|cezaevi|cezaevleri|belediyesi|kaymakaml[iı]g[iı]|kurumu|kurulu|sekreterligi)$/u;

/** "T.C. Örnek Bakanlığı", "Genel Müdürlüğü": a short line, no sentence, that ends in an institution's keyword. */
export function isTurkishInstitution(text: string): boolean {
  const t = text.trim();
  if (t.length > 120 || /[.!?:;]$/u.test(t) || t.split(/\s+/u).length > 14) return false;
  return INSTITUTION_END.test(fold(t));
}
