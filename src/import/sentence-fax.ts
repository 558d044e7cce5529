// A church or NGO page that gives the appeal address in a sentence gives the fax in another, under
// it: "Versand per Brief (70 ct) oder per Fax 030 5555000.", "Vous pouvez aussi l'envoyer par fax au
// 01 23 45 67 89.", "or send it by fax to +1 555 0100". Such a sentence names nobody: the number is
// the fax of the one official the page asks to write to, and of no one else. It is taken only when the
// page has exactly one official to write to, who has no fax yet, and exactly one such sentence names
// one number; a copy, a report back or the page's own people in the sentence keep it out.
import { fold } from './fold.js';
import type { ImportedOfficial } from './official-block.js';
import type { ImportText } from './types.js';

/** "per Fax 030 5555000", "par fax au 01 …", "by fax to +1 …", "por fax al …", "Fax: 030 …" inside a sentence (folded). */
const FAX_IN_SENTENCE = /\b(?:(?:per|par|by|via|por|tramite|pelo|als) (?:tele)?fax|fax ?:)\s*(?:(?:an|au|a|al|to|on|at|unter|nummer|numero|number|no\.?)\s+)*(\+?\(?\d[\d\s()./–-]{5,}\d)/;
/** The sentence sends a copy, reports back or names the page's own people: its number is not the official's. */
const NOT_HIS = /\b(?:cop(?:y|ie|ia|ies)|kopie|cc|amnesty|uns|us|nous|nosotros|gruppe|group|groupe|grupo|report|melden|ruckmeldung|informez)\b/;

/** The lines (1-based) that give a fax in a sentence, with the number. */
function faxSentences(doc: ImportText, limit: number): Array<{ n: number; value: string }> {
  const out: Array<{ n: number; value: string }> = [];
  for (let n = 1; n <= Math.min(doc.lines.length, limit); n++) {
    const line = doc.lines[n - 1] ?? '';
    // Cheap look first: a sentence, with the word "fax" in it.
    if (line.length > 600 || !/fax/i.test(line) || !/[.!?]\s*$|\s\p{Ll}+\s/u.test(line)) continue;
    const f = fold(line);
    // A labelled line of a block ("Fax: 030 …") is read by the block reader: only a sentence's words before the fax.
    const m = FAX_IN_SENTENCE.exec(f);
    if (!m) continue;
    const before = f.slice(0, m.index).trim();
    if (before === '' || (/^fax/.test(m[0]) && before.split(/\s+/).length < 3) || NOT_HIS.test(f)) continue;
    const value = (m[1] ?? '').trim().replace(/[\s.]+$/, '');
    if (value.replace(/\D/g, '').length >= 7) out.push({ n, value });
  }
  return out;
}

/** The one official to write to is given the fax a sentence of the page names (see above); the officials are changed in place. */
export function withSentenceFax(doc: ImportText, officials: readonly ImportedOfficial[], limit: number): void {
  const addressed = officials.filter((o) => !o.copy);
  const [only] = addressed;
  if (addressed.length !== 1 || !only || only.fax !== undefined) return;
  const found = faxSentences(doc, limit);
  const [one] = found;
  if (found.length !== 1 || !one) return;
  only.fax = { value: one.value, line: one.n };
}
