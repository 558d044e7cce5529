// Letters kept as data — a JSON file, a JavaScript or TypeScript module's object literal, one
// entry of a list of countries' letters — are read as the labelled page they hold: the addresses
// under `to`/`recipients` are officials written to and those under `cc`/`bcc` copies, never given a
// name; `language` names the letter's language; a UA parsed into JSON gives what its page would.
// What is code rather than data, or too big, is read as text.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readDataLetter } from '../../../src/import/data-letter.js';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const frontMatter = (caseText: string): Record<string, unknown> => (parse(/^---\n([\s\S]*?)\n---\n/.exec(caseText)?.[1] ?? '') as Record<string, unknown> | null) ?? {};
const letterOf = (caseText: string): string => /^## Letter\b[^\n]*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(caseText)?.[1]?.trim() ?? '';

const body = '`\nDear Sir or Madam,\n\nI am writing to ask you to release the students held since the protests of last spring.\n\nYours sincerely,\n`';

describe('a letter kept as data', () => {
  const rows: Array<{ what: string; file: string; expected: { targets?: Array<Record<string, unknown>>; fm?: Record<string, unknown>; letter?: string } }> = [
    {
      what: "a TypeScript module's email: to is written to, cc and bcc are copies, none named",
      file: ["import type { Email } from '@/types'", '', 'const x: Email = {', "  to: ['minister@example.org'],", "  cc: ['office@example.org'],", "  bcc: ['parliament@example.net'],", "  subject: 'Release the students',", `  body: ${body},`, '}', '', 'export default x'].join('\n'),
      expected: {
        targets: [
          { name: null, email: 'minister@example.org', salutation: 'Dear Sir or Madam' },
          { name: null, email: 'office@example.org', copy: true },
          { name: null, email: 'parliament@example.net', copy: true },
        ],
        fm: { languages: ['en'] },
        letter: 'I am writing to ask you to release the students held since the protests of last spring.',
      },
    },
    {
      what: "one entry of a list of countries' letters: name and code the country, language the letter's, recipients written to",
      file: ['  {', '    name: "Beispielland",', '    code: "BX",', '    language: "French & Dutch",', '    recipients: ["post@example.org"],', '    subject: "Objet : Libérez les étudiants",', '    body: `Madame, Monsieur,\\n\\nJe vous écris pour vous demander de libérer les étudiants détenus depuis les manifestations du printemps.\\n\\nVeuillez agréer mes salutations distinguées.`,', '  },'].join('\n'),
      expected: { targets: [{ name: null, email: 'post@example.org' }], fm: { country: 'Beispielland', languages: ['fr', 'nl'] }, letter: 'Je vous écris pour vous demander de libérer les étudiants' },
    },
    {
      what: 'a language given as its code is read by its name',
      file: JSON.stringify({ lang: 'pt-BR', to: 'ministro@example.org', body: 'Excelentíssimo Senhor Ministro,\n\nEscrevo para pedir a libertação imediata dos estudantes detidos desde os protestos.\n\nAtenciosamente,' }),
      expected: { fm: { languages: ['pt'] }, targets: [{ name: null, email: 'ministro@example.org' }] },
    },
    {
      what: 'a UA parsed into JSON: the official with his address, emails and salutation as printed, the deadline',
      file: JSON.stringify(
        {
          title: 'Guatemala: Students held without charge',
          letter: ['Dear Minister,\nI am writing about the students held without charge since the protests of last spring.', 'I urge you to release them at once.', 'Yours sincerely,'],
          targetContactDetails: 'Minister of the Interior\nLic. Juana Ejemplo\n6a Avenida 13-71, Zona 1\nCiudad de Guatemala, Guatemala\nEmail: despacho@interior.example.org\nSalutation: Dear Minister/Estimada Señora Ministra',
          preferredLanguage: 'Spanish',
          deadline: '14 April 2025',
        },
        null,
        2,
      ),
      expected: {
        targets: [{ name: 'Juana Ejemplo', title: 'Minister of the Interior', email: 'despacho@interior.example.org', address: ['6a Avenida 13-71, Zona 1', 'Ciudad de Guatemala, Guatemala'] }],
        fm: { country: 'Guatemala', deadline: '2025-04-14', languages: ['es'] },
        letter: 'I urge you to release them at once.',
      },
    },
    {
      what: "officials given as objects are printed as their blocks and read as any page's",
      file: ['module.exports = {', "  targets: [{ name: 'Jane Example', title: 'Minister of Justice', address: ['1 Example Street', 'Exampletown'], email: 'jane@justice.example.org' }],", `  text: ${body},`, '};'].join('\n'),
      expected: { targets: [{ name: 'Jane Example', title: 'Minister of Justice', email: 'jane@justice.example.org', address: ['1 Example Street', 'Exampletown'] }] },
    },
    {
      what: "strings joined with + and a list joined with .join('\\n\\n') are the text they make; \\u escapes are read",
      file: ['export const letter = {', "  email: 'fiscal@example.org',", "  body: ['Se\\u00f1or Fiscal General:', 'Le escribo para pedirle que ' + 'libere a los estudiantes detenidos.', 'Atentamente,'].join('\\n\\n'),", '} as const;'].join('\n'),
      expected: { targets: [{ name: null, email: 'fiscal@example.org', salutation: 'Señor Fiscal General' }], letter: 'Le escribo para pedirle que libere a los estudiantes detenidos.' },
    },
    {
      what: 'a letter given as its parts ({ greeting, body, closing }) is its text, never an official',
      file: JSON.stringify({ to: 'minister@example.org', letter: { greeting: 'Dear Minister,', body: 'I am writing to ask you to release the students held since the spring protests.', closing: 'Yours sincerely,' } }),
      expected: { targets: [{ name: null, email: 'minister@example.org', salutation: 'Dear Minister' }], letter: 'I am writing to ask you to release the students held since the spring protests.' },
    },
    {
      what: 'a greeting that opens the first paragraph of a list is read as the greeting',
      file: JSON.stringify({ email: 'fiscal@example.org', letter: ['Dear Attorney General, I am writing to ask you to drop the charges against the water defenders of the valley.', 'Yours sincerely,'] }),
      expected: { targets: [{ name: null, email: 'fiscal@example.org', salutation: 'Dear Attorney General' }], letter: 'I am writing to ask you to drop the charges' },
    },
  ];
  for (const { what, file, expected } of rows) {
    it(what, () => {
      const { caseText } = importDocument(file, { source: 'letter.ts' });
      if (expected.targets) expect(draftTargets(caseText)).toMatchObject(expected.targets);
      if (expected.targets) expect(draftTargets(caseText)).toHaveLength(expected.targets.length);
      if (expected.fm) expect(frontMatter(caseText)).toMatchObject(expected.fm);
      if (expected.letter) expect(letterOf(caseText)).toContain(expected.letter);
    });
  }

  it("cites the data file's own lines, and reports the keys it does not read", () => {
    const file = ['const x = {', "  id: 'case-17',", "  to: ['minister@example.org'],", `  body: ${body},`, '};'].join('\n');
    const { report, caseText } = importDocument(file, { source: 'x.js' });
    expect(report.entries).toContainEqual(expect.objectContaining({ field: 'targets[0].email', line: 3 }));
    expect(report.entries).toContainEqual(expect.objectContaining({ field: 'Letter', line: 7 }));
    expect(report.entries).toContainEqual(expect.objectContaining({ status: 'skipped', line: 2, value: 'id: case-17' }));
    expect(caseText).toMatch(/# TODO: no name, office or institution is printed for this official/);
  });
});

describe("an address shown by a name (\"Jane Example <jane@…>\")", () => {
  it('is the recipient, and the name is asked about in a TODO, never taken as the name', () => {
    const file = JSON.stringify({ to: ['Jane Example <jane@justice.example.org>'], cc: '"Embassy of Exampleland" <embassy@example.org>', body: 'Dear Minister,\n\nI am writing to ask you to release the students held since the spring protests.\n\nYours sincerely,' });
    const { caseText } = importDocument(file, { source: 'x.json' });
    expect(draftTargets(caseText)).toMatchObject([
      { name: null, email: 'jane@justice.example.org' },
      { name: null, email: 'embassy@example.org', copy: true },
    ]);
    expect(caseText).toContain('# TODO: line 1 "Jane Example" was left out: the name the file shows this address by');
    expect(caseText).toContain('# TODO: line 1 "Embassy of Exampleland" was left out');
  });
});

describe('what is not a letter kept as data', () => {
  const rows: Array<{ what: string; file: string }> = [
    { what: 'a page of prose', file: 'Export of arms: Exampleland\n\nDear Minister,\nI am writing to you.' },
    { what: 'a module that computes its letter', file: "export const letter = { to: ['a@example.org'], body: makeBody('en') };" },
    { what: 'a module with a function', file: "const x = { to: ['a@example.org'] };\nfunction send() { return x; }" },
    { what: "a whole list of countries' letters (no one draft)", file: JSON.stringify([{ code: 'AA', name: 'A', recipients: ['a@example.org'], body: 'Dear A,' }, { code: 'BB', name: 'B', recipients: ['b@example.org'], body: 'Dear B,' }]) },
    { what: 'a file nested deeper than any letter is', file: `${'['.repeat(40)}{ "to": "a@example.org", "body": "Dear A," }${']'.repeat(40)}` },
    { what: 'JSON with no letter in it', file: JSON.stringify({ name: 'Jane Example', age: 40 }) },
  ];
  for (const { what, file } of rows) {
    it(`reads ${what} as text`, () => {
      expect(readDataLetter(file, 'x')).toBeUndefined();
    });
  }
});
