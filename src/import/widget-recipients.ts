// A petition or e-mail widget copied from a campaign page prints its recipients as the form's
// fields, not as a block of contact details:
//   a: Presidente Esempio
//   Target email addresses: segreteria@example.it
//   CC email addresses: vice@example.it
// The "to" line names the one written to, the target addresses are his; the CC addresses are a
// copy's, never his (no name is printed for it: the draft's TODO asks). Read over whatever the
// block readers made of the lines: they see one official with every address of the form.
import { emailsIn } from './contact-line.js';
import { hasOfficeWord } from './office-words.js';
import { isPersonName, splitHonorific, splitLeadingRole } from './official-words.js';
import type { ImportedOfficial } from './official-block.js';
import { fold, lineAt } from './text.js';
import type { ImportText } from './types.js';

/** "Target email addresses:", "Recipient emails:" (folded). */
const TARGET = /^(?:target|recipient|to)s?\s+e-?mails?(?:\s+address(?:es)?)?\s*:/u;
/** "CC email addresses:", "Copy emails:" (folded). */
const CC = /^(?:b?cc|copy|copies)\s+e-?mails?(?:\s+address(?:es)?)?\s*:/u;
/** "a: Presidente Esempio", "To: Minister Jane Example": the form's "to" field, in the languages widgets come in. */
const TO = /^(?:a|to|an|à|para|aan)\s*:\s*(\S.{1,100})$/iu;
/** How far above the target line the "to" field may stand. */
const TO_ABOVE = 3;

interface Widget {
  to?: { text: string; line: number };
  targets: Array<{ value: string; line: number }>;
  copies: Array<{ value: string; line: number }>;
}

/** The widget's officials in place of those that hold its addresses; the officials as read when the page holds none. */
export function withWidgetRecipients(doc: ImportText, officials: readonly ImportedOfficial[]): ImportedOfficial[] {
  const widget = findWidget(doc);
  if (!widget) return [...officials];
  const own = new Set([...widget.targets, ...widget.copies].map((e) => e.value.toLowerCase()));
  const kept = officials.filter((o) => !o.emails.some((e) => own.has(e.value.toLowerCase())));
  const line = widget.targets[0]?.line ?? widget.copies[0]?.line ?? 1;
  const made: ImportedOfficial[] = [];
  if (widget.targets.length > 0) made.push(addressee(widget, line));
  if (widget.copies.length > 0) {
    made.push({ line: widget.copies[0]?.line ?? line, confidence: 'low', nameFromOffice: false, address: [], emails: widget.copies, copy: true, unsure: [] });
  }
  return [...kept, ...made];
}

function findWidget(doc: ImportText): Widget | undefined {
  let widget: Widget | undefined;
  for (let n = 1; n <= doc.lines.length; n++) {
    const text = lineAt(doc, n).trim();
    // Cheap first: a form's field of addresses holds a colon and an "@".
    if (!text.includes('@') || !text.includes(':') || text.length > 600) continue;
    const folded = fold(text);
    const target = TARGET.exec(folded);
    const cc = target ? undefined : CC.exec(folded);
    if (!target && !cc) continue;
    widget ??= { targets: [], copies: [] };
    const emails = emailsIn(text).map((value) => ({ value, line: n }));
    if (cc) {
      widget.copies.push(...emails);
      continue;
    }
    widget.targets.push(...emails);
    for (let m = n - 1; m >= Math.max(1, n - TO_ABOVE) && !widget.to; m--) {
      const to = TO.exec(lineAt(doc, m).trim());
      if (to) widget.to = { text: (to[1] ?? '').trim(), line: m };
    }
  }
  return widget && widget.targets.length + widget.copies.length > 0 ? widget : undefined;
}

/** The one written to: his name and office from the "to" field, as far as they are plain. */
function addressee(widget: Widget, line: number): ImportedOfficial {
  const official: ImportedOfficial = { line: widget.to?.line ?? line, confidence: 'low', nameFromOffice: false, address: [], emails: widget.targets, copy: false, unsure: [] };
  const to = widget.to;
  if (!to) return official;
  const { honorific, rest } = splitHonorific(to.text);
  const at = (value: string) => ({ value, line: to.line });
  if (honorific) official.honorific = at(honorific);
  const split = splitLeadingRole(rest) ?? officeThenSurname(rest);
  if (split) [official.title, official.name] = [at(split.title), at(split.name)];
  else if (isPersonName(rest)) official.name = at(rest);
  else if (hasOfficeWord(fold(rest)) && !/[.!?]/u.test(rest)) [official.name, official.nameFromOffice] = [at(rest), true];
  else official.unsure.push({ ...at(to.text), why: 'the form\'s "to" field: is it the name of the one to write to?' });
  return official;
}

/** "Presidente Esempio": an office word, then one capitalised word, is the office and his surname. */
function officeThenSurname(text: string): { title: string; name: string } | undefined {
  const m = /^(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(text);
  return m && hasOfficeWord(fold(m[1] ?? '')) && !hasOfficeWord(fold(m[2] ?? '')) ? { title: m[1] ?? '', name: m[2] ?? '' } : undefined;
}
