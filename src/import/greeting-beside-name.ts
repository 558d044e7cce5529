// An older Urgent Action, typed in two columns, prints each official's salutation on the right of
// his first line, and a copy of it as text runs the two together:
//   1) Texas Board of Example Paroles            Dear Board Members
//   2) Mr Jack D Example                         Dear Mr Example
//   President Jan Example                        Your Excellency
// The greeting at the end of the line is the official's salutation, the words before it his header
// line. Taken only when the greeting opens with its courtesy word and is short, and what stands
// before it reads as a name, an office or an institution (a sentence that quotes a greeting does not).
import { isOrganisation, isPersonName, isRoleLike, splitHonorific, splitLeadingRole } from './official-words.js';

const GREETING_BESIDE = /^(\p{Lu}.{3,120}?\S)\s+((?:Dear|Your Excellency|Sehr geehrte[rn]?|Estimad[oa]|Excelent[ií]sim[oa])\s[^,:;.!?]{2,50}?|Your Excellency|Excellency|Exzellenz)\s*[,:]?$/u;

export function greetingBeside(line: string): { left: string; greeting: string } | undefined {
  // Cheap first: a greeting's courtesy word after the line's first word.
  if (!/\s(?:Dear|Your|Excellency|Exzellenz|Sehr|Estimad|Excelent)/u.test(line)) return undefined;
  const m = GREETING_BESIDE.exec(line.trim());
  const left = m?.[1]?.trim();
  const greeting = m?.[2]?.trim();
  if (!left || !greeting || greeting.split(/\s+/).length > 6) return undefined;
  // "Dear Board Members", "Dear Mr Example": the greeted words are capitalised, as a salutation's are.
  if (!/^(?:\S+\s+){0,2}\p{Lu}/u.test(greeting.replace(/^(?:Dear|Sehr geehrte[rn]?|Estimad[oa])\s+/u, ''))) return undefined;
  const { honorific, rest } = splitHonorific(left);
  const header = honorific !== undefined || isPersonName(left) || isRoleLike(left) || isOrganisation(left) || splitLeadingRole(rest) !== undefined;
  return header ? { left, greeting } : undefined;
}
