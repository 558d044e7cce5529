// A local group's mail greets its readers ("Dear friends,") above the officials' block: that
// greeting never opens the sample letter, so the officials under it are still read; and a lone
// "." or "--" someone typed between an official's name and address is no address line.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = (greeting: string, writeTo: string, official: string[]) =>
  [
    'URGENT ACTION 3-14-09',
    '',
    greeting,
    '',
    'The regional prosecutor in charge of the case changed last week. Please use the new name in every letter you send from now on, since the office has asked writers to do so.',
    '',
    writeTo,
    '',
    ...official,
    '',
    'Thank you for writing.',
  ].join('\n');

const rows = [
  { greeting: 'Dear friends,', writeTo: 'SEND APPEALS BEFORE 2 APRIL 2009 TO:', lead: 'Regional Prosecutor', name: 'Jane Q. Example', salutationLine: 'Salutation: Dear Regional Prosecutor', salutation: 'Dear Regional Prosecutor' },
  { greeting: 'Dear supporters,', writeTo: 'Please write to:', lead: 'Regional Prosecutor', name: 'Jane Q. Example', salutationLine: 'Salutation: Dear Prosecutor', salutation: 'Dear Prosecutor' },
  { greeting: 'Liebe Freundinnen und Freunde,', writeTo: 'Schreiben Sie an:', lead: 'Oberstaatsanwältin', name: 'Erika Beispiel', salutationLine: 'Anrede: Sehr geehrte Frau Oberstaatsanwältin', salutation: 'Sehr geehrte Frau Oberstaatsanwältin' },
  { greeting: 'Queridos amigos:', writeTo: 'Escriban a:', lead: 'Fiscal Regional', name: 'Juana Ejemplo', salutationLine: 'Tratamiento: Señora Fiscal', salutation: 'Señora Fiscal' },
];

describe("a greeting to the page's readers", () => {
  it.each(rows)('$greeting does not open the letter: the official under it is read', (row) => {
    const official = [row.lead, row.name, '.', 'Office of the Regional Prosecutor', '4th Floor, Example Square', 'Exampletown 12345', 'Fax: +1 555 010 2030', row.salutationLine];
    const result = importDocument(page(row.greeting, row.writeTo, official), { source: 'group-mail.txt' });
    const [target, ...others] = draftTargets(result.caseText);
    expect(others).toEqual([]);
    expect(target).toMatchObject({ name: row.name, salutation: row.salutation, fax: '+1 555 010 2030' });
    // The "." between name and address is no address line.
    expect(target?.address).toEqual(['Office of the Regional Prosecutor', '4th Floor, Example Square', 'Exampletown 12345']);
    expect(result.caseText).not.toContain(row.greeting.replace(/[,:]$/, ''));
  });

  it('a letter that opens "Dear Prosecutor" still opens the letter', () => {
    const text = [page('Dear friends,', 'Please write to:', ['Regional Prosecutor', 'Jane Q. Example', 'Office of the Regional Prosecutor', 'Exampletown 12345', 'Fax: +1 555 010 2030']), '', 'Dear Prosecutor,', '', 'I am writing to ask you to drop the charges against the two farmers held since the march in May.', '', 'Yours sincerely,'].join('\n');
    const result = importDocument(text, { source: 'group-mail.txt' });
    expect(result.caseText).toContain('I am writing to ask you to drop the charges');
    expect(draftTargets(result.caseText)[0]).toMatchObject({ name: 'Jane Q. Example' });
  });
});
