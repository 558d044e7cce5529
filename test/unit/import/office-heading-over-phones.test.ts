// A call-in page heads an office's telephone lines with the office and a colon ("Governor's
// Office:"), each line labelled by what it is for, with a remark in brackets. The heading greets no
// one: it is never the letter's salutation; the numbers are that office's, the second named in a
// TODO (the case file holds one), never lost.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = (heading: string, lines: string[]) =>
  [
    'USA: execution set for Karim Beispiel',
    '',
    'Karim Beispiel is due to be executed on 12 March 2027.',
    '',
    heading,
    ...lines,
    '',
    'I am calling to ask the Governor to stop the execution of Karim Beispiel, whose trial was unfair and whose lawyers never saw the evidence.',
  ].join('\n');

const rows = [
  { heading: "Governor's Office:", lines: ["Citizen's Opinion Hotline: (800) 555-0100 [for callers in the state]", 'Information and Referral and Opinion Hotline: (512) 555-0199 [for out-of-state callers]'], phone: '(800) 555-0100', second: '(512) 555-0199' },
  { heading: 'Office of the Governor:', lines: ['Phone: (800) 555-0100', 'Phone: (512) 555-0199'], phone: '(800) 555-0100', second: '(512) 555-0199' },
];

describe('an office heading over its phone lines', () => {
  it.each(rows)('"$heading" is no salutation, and its numbers are the office\'s', ({ heading, lines, phone, second }) => {
    const result = importDocument(page(heading, lines), { source: 'call-in.txt' });
    expect(result.caseText).not.toMatch(/salutation: .*Governor/);
    const [target] = draftTargets(result.caseText);
    expect(target?.phone).toBe(phone);
    expect(result.caseText).toContain(`"${second}" was left out: a second phone number`);
  });
});

describe("a line presenting the office's web form", () => {
  // "Texas governor's website email form:" stood where a link was: under it the page's own text
  // goes on, and the line greets no one.
  it.each(["Exampleland governor’s website email form:"])('"%s" is no salutation', (line) => {
    const text = [
      'USA: execution set for Karim Beispiel',
      '',
      'Please write:',
      '',
      'Jane Example',
      'Assistant General Counsel',
      '1100 Example Street',
      'Austin, Texas 78701',
      '',
      line,
      '',
      'The coalition and its partners are urging the Governor to intervene and to grant a reprieve so that the evidence can be tested.',
    ].join('\n');
    expect(importDocument(text, { source: 'call-in.txt' }).caseText).not.toMatch(/salutation: /);
  });
});
