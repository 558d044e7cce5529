import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';

// The letter's subject printed under its greeting, alone on its line or run on with the first
// sentence: no part of the sample letter, which starts at its first sentence.

const block = 'Write to:\n\nMinister Jane Example\nMinistry of Home Affairs\n1 Example Road\n62546 Putrajaya\nMalaysia\n\n';
const text = 'I am writing to urge you to release Ann Example, held since May without charge for her peaceful protest.';

/** The draft's letter section, its first line. */
const letterStart = (caseText: string) => /## Letter\n\n(.*)/.exec(caseText)?.[1];

describe("the letter's subject under its greeting", () => {
  const rows: Array<{ what: string; page: string; expected: string }> = [
    { what: 'run on with the greeting and the first sentence', page: `${block}Dear Minister, Re: Appeal for the release of Ann Example ${text}\n\nYours sincerely,\n`, expected: text },
    { what: 'on its own line, the letter on the next line', page: `${block}Dear Minister,\nRe: Appeal for the release of Ann Example\n${text}\n\nYours sincerely,\n`, expected: text },
    { what: 'a German subject run on with the first sentence', page: `${block.replace('Write to:', 'Schreiben Sie an:')}Sehr geehrte Frau Ministerin,\nBetreff: Freilassung von Ann Beispiel Ich schreibe Ihnen, um die sofortige Freilassung von Ann Beispiel zu fordern, die seit Mai ohne Anklage festgehalten wird.\n\nMit freundlichen Grüßen\n`, expected: 'Ich schreibe Ihnen, um die sofortige Freilassung von Ann Beispiel zu fordern, die seit Mai ohne Anklage festgehalten wird.' },
  ];
  it.each(rows)('$what', ({ page, expected }) => {
    expect(letterStart(importDocument(page, { source: 'p.txt' }).caseText)).toBe(expected);
  });
});
