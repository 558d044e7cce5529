// An Arabic appeal letter names its addressee above the greeting as an envelope does: his
// honorifics, a slash, his name; his office on the next line, with a courtesy word far to its right:
//   صاحب السمو الملكي الأمير / فلان بن فلان آل مثال
//   أمير منطقة المثال                 الأكرم
//   تحية طيبة وبعد،
// What stands before the slash is courtesy ("His Royal Highness Prince"), the name is what follows
// it; the office line less its courtesy word ("the most generous", "the respected") is his title.
// Only the lines right above the letter's greeting are read, and only when the name line opens
// with an honorific: the NGO's letterhead and the detainee's name in the letter are no addressee.
import { ARABIC_OFFICE } from './arabic-courtesy-line.js';
import { findLandmarks } from './landmarks.js';
import type { ImportedOfficial } from './official-block.js';
import { isBlank, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** The honorifics an addressee's line opens with (hamza forms either way): صاحب السمو الملكي، الأمير، معالي، سعادة، فخامة، السيد… */
const HONORIFIC = /^(?:(?:صاحب|صاحبة)\s+(?:السمو|الجلالة|المعالي|الفخامة|السعادة|الدولة)(?:\s+الملكي)?|جلالة|سمو|معالي|سعادة|فخامة|دولة|السيد|السيدة|[اأ]لأمير|الامير|الشيخ|الشيخة|الدكتور|الدكتورة|د\.)(?=\s|\/|$)/u;
/** The courtesy word after an office ("الأكرم", "المحترم", "حفظه الله"): no part of the title. */
const TRAILING_COURTESY = /\s+(?:[اأ]لأكرم|الاكرم|المحترم|المحترمة|الموقر|الموقرة|حفظه\s+الله(?:\s+ورعاه)?|حفظها\s+الله|يحفظه\s+الله|دام\s+عزه)\s*$/u;
/** Arabic words only: a name or an office, no number, no Latin, no sentence's punctuation. */
const ARABIC_WORDS = /^[\u0600-\u06ff\s]+$/u;
/**
 * "فخامة الرئيس أردوغان" ("His Excellency the President Erdoğan"): an office after the courtesy is
 * his title, never part of his name; after it the surname alone names him.
 */
const OFFICE_FIRST = new RegExp(String.raw`^(${ARABIC_OFFICE})\s+(?=[\u0600-\u06ff])`, 'u');
/** How many non-blank lines above the greeting the name may stand. */
const ABOVE = 3;

export function arabicAddressee(doc: ImportText): ImportedOfficial[] {
  const greeting = findLandmarks(doc).salutation;
  if (greeting === undefined || !/[\u0600-\u06ff]/u.test(lineAt(doc, greeting))) return [];
  const above: number[] = [];
  for (let n = greeting - 1; n >= 1 && above.length < ABOVE; n--) if (!isBlank(lineAt(doc, n))) above.unshift(n);
  for (const [i, n] of above.entries()) {
    const named = honorificAndName(lineAt(doc, n).trim());
    if (!named) continue;
    const line = n;
    const at = (value: string, where = line) => ({ value, line: where });
    const next = above[i + 1];
    const office = next === undefined ? undefined : officeOf(lineAt(doc, next));
    const title = named.title !== undefined ? at(named.title) : office && next !== undefined ? at(office, next) : undefined;
    return [{
      line,
      confidence: 'low',
      nameFromOffice: false,
      name: at(named.name),
      honorific: at(named.honorific),
      ...(title ? { title } : {}),
      address: [],
      emails: [],
      copy: false,
      unsure: [],
    }];
  }
  return [];
}

/** "صاحب السمو الملكي الأمير / فلان بن فلان": the courtesy before the slash, the name after it. */
function honorificAndName(text: string): { honorific: string; name: string; title?: string } | undefined {
  if (text.length > 120 || !HONORIFIC.test(text)) return undefined;
  const slash = text.indexOf('/');
  let honorific: string;
  let name: string;
  if (slash > 0) {
    [honorific, name] = [text.slice(0, slash).trim(), text.slice(slash + 1).trim()];
  } else {
    // No slash: the honorifics are taken off one by one ("معالي الدكتور فلان").
    let rest = text;
    let m: RegExpExecArray | null;
    while ((m = HONORIFIC.exec(rest)) !== null && rest.length > m[0].length) rest = rest.slice(m[0].length).trim();
    [honorific, name] = [text.slice(0, text.length - rest.length).trim(), rest];
  }
  const office = OFFICE_FIRST.exec(name);
  const title = office?.[1];
  if (office) name = name.slice(office[0].length).trim();
  const words = name.split(/\s+/u);
  // A name alone is two words at least; after his office, his surname alone is one.
  if (!ARABIC_WORDS.test(name) || !ARABIC_WORDS.test(honorific) || words.length < (title === undefined ? 2 : 1) || words.length > 8) return undefined;
  return title === undefined ? { honorific, name } : { honorific, name, title };
}

/** "أمير منطقة المثال                 الأكرم" → "أمير منطقة المثال". */
function officeOf(raw: string): string | undefined {
  const office = raw.trim().replace(TRAILING_COURTESY, '').replace(/\s+/gu, ' ').trim();
  return ARABIC_WORDS.test(office) && !HONORIFIC.test(office) && office.split(' ').length <= 8 ? office : undefined;
}
