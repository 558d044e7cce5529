// A post that gives only addresses to email, one a line under a heading, a name in brackets after
// some: each address is an official; the bracketed person's name is his name; an address alone is
// an official with no name (a TODO), never one named from the address; two addresses one under the
// other are two officials, not one with two addresses.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = (...list: string[]) =>
  [
    'Valdor: Studentin in Haft',
    '',
    'Die Studentin Karima Beispiel wurde am 3. März festgenommen. Bitte schreiben Sie E-Mails an die folgenden Adressen.',
    '',
    ...list,
    '',
    'Sehr geehrter Herr Minister,',
    '',
    'ich bitte Sie, sich für die Freilassung von Karima Beispiel einzusetzen.',
    '',
    'Mit freundlichen Grüßen',
  ].join('\n');

describe('a list of email addresses under a heading', () => {
  const rows: Array<{ what: string; list: string[]; expected: Array<{ name: string | null; email: string }> }> = [
    {
      what: 'addresses alone under headings, then addresses with a name in brackets',
      list: ['Adressen (deutsch):', 'kanzler@kanzler.example.de', 'poststelle@aa.example.de', '', 'Adressen (englisch):', 'president@example.gov (Jan Example)', 'vice.president@example.gov (Omar Beispiel)'],
      expected: [
        { name: null, email: 'kanzler@kanzler.example.de' },
        { name: null, email: 'poststelle@aa.example.de' },
        { name: 'Jan Example', email: 'president@example.gov' },
        { name: 'Omar Beispiel', email: 'vice.president@example.gov' },
      ],
    },
    {
      what: 'an office in brackets is no name: asked about, not taken',
      list: ['Addresses:', 'office@president.example.gov (Presidency)', 'minister@justice.example.gov (Jane Example)'],
      expected: [
        { name: null, email: 'office@president.example.gov' },
        { name: 'Jane Example', email: 'minister@justice.example.gov' },
      ],
    },
  ];
  it.each(rows)('$what', ({ list, expected }) => {
    const targets = draftTargets(importDocument(page(...list), { source: 'test.txt' }).caseText);
    expect(targets.map((t) => ({ name: t.name ?? null, email: t.email }))).toEqual(expected);
  });

  it('names what the brackets hold when it is no name, and asks for the missing names', () => {
    const { caseText } = importDocument(page('Addresses:', 'office@president.example.gov (Presidency)', 'minister@justice.example.gov (Jane Example)'), { source: 'test.txt' });
    expect(caseText).toMatch(/# TODO: .*"Presidency"/u);
    expect(caseText).toMatch(/# TODO: no name, office or institution is printed for this official/u);
  });
});
