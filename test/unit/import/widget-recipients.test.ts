// A petition or e-mail widget prints its recipients as the form's fields: the "to" field names the
// one written to and "Target email addresses:" are his; "CC email addresses:" are a copy's (no name
// printed: a TODO asks for it), never his.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = (...fields: string[]) =>
  ['Sign the petition: free Karim', '', 'Karim Example has been in prison for two years.', '', ...fields, '', 'Dear President,', 'please free Karim Example.', 'Yours sincerely'].join('\n');

describe("a petition form's recipient fields", () => {
  const rows: Array<{ what: string; fields: string[]; expected: Array<Record<string, unknown>> }> = [
    {
      what: 'an Italian "a:" field with an office and a surname, target and CC addresses',
      fields: ['a: Presidente Esempio', 'Target email addresses: segreteria@example.it', 'CC email addresses: vice@example.it'],
      expected: [
        { name: 'Esempio', title: 'Presidente', email: 'segreteria@example.it', copy: undefined },
        { name: null, title: undefined, email: 'vice@example.it', copy: true },
      ],
    },
    {
      what: 'an English "To:" field with an office and a full name, two target addresses',
      fields: ['To: Minister Jane Example', 'Target email addresses: minister@example.gov, office@example.gov', 'CC email addresses: embassy@example.org'],
      expected: [
        { name: 'Jane Example', title: 'Minister', email: ['minister@example.gov', 'office@example.gov'], copy: undefined },
        { name: null, title: undefined, email: 'embassy@example.org', copy: true },
      ],
    },
  ];
  it.each(rows)('$what', ({ fields, expected }) => {
    const targets = draftTargets(importDocument(page(...fields), { source: 'test.txt' }).caseText);
    expect(targets.map((t) => ({ name: t.name ?? null, title: t.title, email: t.email, copy: t.copy }))).toEqual(expected);
  });
});
