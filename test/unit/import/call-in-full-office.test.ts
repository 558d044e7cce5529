// A call-in page prints each number under a short label in capitals ("BOARD OF PARDONS AND PAROLES:
// 555-…") while its call sentence names the offices in full: the callee is the office the sentence
// names, and a label in capitals is never cut into an office and a "name" ("Board" + "Of Pardons…").
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { readCallLine } from '../../../src/import/call-lines.js';
import { isPersonName } from '../../../src/import/official-words.js';
import { draftTargets } from './helpers.js';

const pick = (t: Record<string, unknown>) => ({ name: t['name'], phone: t['phone'], ...(t['title'] === undefined ? {} : { title: t['title'] }) });
const targets = (lines: string[]) => draftTargets(importDocument([...lines, ''].join('\n'), { source: 'calls.txt' }).caseText).map(pick);

describe('a call list of labels in capitals under a sentence that names the offices in full', () => {
  const rows: Array<{ what: string; lines: string[]; expected: Array<Record<string, unknown>> }> = [
    {
      what: 'the sentence above the labels, an office of four words and a possessive one',
      lines: ['Friday, May 3, 2024', '', 'Stop the execution in Exampleland', '', "Please call the Exampleland Board of Pardons and Paroles and the Exampleland Attorney General's Office today and ask them to halt the execution of Sam Example.", '', 'BOARD OF PARDONS AND PAROLES: 555-010-4400', '', 'EXAMPLELAND ATTORNEY GENERAL: 555-010-4500', '', 'Sam Example has always said he is innocent.'],
      expected: [{ name: 'Exampleland Board of Pardons and Paroles', phone: '555-010-4400' }, { name: "Exampleland Attorney General's Office", phone: '555-010-4500' }],
    },
    {
      what: 'the labels first, the sentence under them, other offices and a comma after the second',
      lines: ['Calls needed before Thursday', '', 'DEPARTMENT OF CORRECTIONS: (555) 010-7800', 'PAROLE COMMISSION: (555) 010-7900', '', 'Phone the Ohio Department of Corrections and the Ohio Parole Commission, and urge them to end the solitary confinement of Lee Example.'],
      expected: [{ name: 'Ohio Department of Corrections', phone: '(555) 010-7800' }, { name: 'Ohio Parole Commission', phone: '(555) 010-7900' }],
    },
  ];
  it.each(rows)('$what', ({ lines, expected }) => {
    expect(targets(lines)).toEqual(expected);
  });
});

describe('an office in capitals before a number is never cut into an office and a name', () => {
  const rows = [
    { line: 'BOARD OF PARDONS AND PAROLES: 555-010-4400', name: 'BOARD OF PARDONS AND PAROLES' },
    { line: 'COMMISSION FOR PRISONS AND JAILS 555-010-4600', name: 'COMMISSION FOR PRISONS AND JAILS' },
  ];
  it.each(rows)('$line', ({ line, name }) => {
    const call = readCallLine(line);
    expect(call?.callee).toMatchObject({ name, nameFromOffice: true });
    expect(call?.callee.title).toBeUndefined();
  });
  it.each(['OF PARDONS AND PAROLES', 'Of Example Affairs', 'For Human Rights Defenders', 'and Paroles Example'])('"%s" is no person\'s name', (text) => {
    expect(isPersonName(text)).toBe(false);
  });
});
