import { describe, expect, it } from 'vitest';
import { recogniseOfficials } from '../../../src/import/officials.js';
import { splitAddresseeLine, splitWriteToHead } from '../../../src/import/write-to-inline.js';
import { doc, valueOf } from './helpers.js';

describe('splitWriteToHead: the instruction to write and the first official on one line', () => {
  const rows: Array<{ line: string; expected: [string, string] | undefined }> = [
    { line: 'Schreiben Sie in gutem Englisch oder auf Deutsch an: Innenminister Karl Beispiel Muster Hauptstraße 4, 10115 Musterstadt', expected: ['Schreiben Sie in gutem Englisch oder auf Deutsch an:', 'Innenminister Karl Beispiel Muster Hauptstraße 4, 10115 Musterstadt'] },
    { line: 'Please write in English or your own language to: President Jane Example Doe, Office of the President', expected: ['Please write in English or your own language to:', 'President Jane Example Doe, Office of the President'] },
    { line: 'Écrivez en français ou en anglais à : M. Jean Exemple, Ministre de la Justice', expected: ['Écrivez en français ou en anglais à :', 'M. Jean Exemple, Ministre de la Justice'] },
    { line: 'Escriban en español a: Fiscal General Ana Ejemplo Ruiz, Avenida Central 12', expected: ['Escriban en español a:', 'Fiscal General Ana Ejemplo Ruiz, Avenida Central 12'] },
    { line: 'Skriv på engelska till: Jane Example Doe, Prime Minister', expected: ['Skriv på engelska till:', 'Jane Example Doe, Prime Minister'] },
    // A petition's steps, the last one sending it.
    { line: "L'imprimer, la signer, l'envoyer à : Monsieur le Ministre de l'Intérieur", expected: ["L'imprimer, la signer, l'envoyer à :", "Monsieur le Ministre de l'Intérieur"] },
    // A short instruction, two words or one before the colon.
    { line: 'Write to: President Jane Doe, Office of the President, Exampletown, Email: p@example.gov', expected: ['Write to:', 'President Jane Doe, Office of the President, Exampletown, Email: p@example.gov'] },
    { line: 'Send to: Minister of Justice John Roe, Ministry of Justice', expected: ['Send to:', 'Minister of Justice John Roe, Ministry of Justice'] },
    { line: 'Napisz do: Prezydent Jan Kowalski, Kancelaria Prezydenta', expected: ['Napisz do:', 'Prezydent Jan Kowalski, Kancelaria Prezydenta'] },
    // "to" with its article: "an den", "to the".
    { line: 'Schreiben Sie in gutem Persisch oder auf Deutsch an den: Religionsführer Karl Beispiel Muster Hauptstraße 4', expected: ['Schreiben Sie in gutem Persisch oder auf Deutsch an den:', 'Religionsführer Karl Beispiel Muster Hauptstraße 4'] },
    { line: 'Please send your appeals to the: Minister of Justice Jane Example Doe, Ministry of Justice', expected: ['Please send your appeals to the:', 'Minister of Justice Jane Example Doe, Ministry of Justice'] },
    // What follows the colon opens no official: the line stays whole.
    { line: 'Please write to: the authorities, asking them to release him', expected: undefined },
    { line: 'Write to: the minister, asking him to release her', expected: undefined },
    { line: 'Schreiben Sie an: Ihre Abgeordneten im Bundestag', expected: undefined },
    // No instruction to write: a sentence of the story with a colon is no heading.
    { line: 'The court gave its ruling to: President Jane Example Doe was not present', expected: undefined },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    expect(splitWriteToHead(line)).toEqual(expected);
  });

  it('reads the official after the colon as a block, with the lines under it', () => {
    const officials = valueOf(recogniseOfficials(doc(`
      Bitte schreiben Sie höflich formulierte Briefe an den Minister.

      Schreiben Sie in gutem Englisch oder auf Deutsch an: Innenminister Karl Beispiel Muster Hauptstraße 4, 10115 Musterstadt BEISPIELLAND Fax: 0049 - 30 123 456
    `)));
    expect(officials?.map((o) => ({ name: o.name?.value, title: o.title?.value, fax: o.fax?.value, address: o.address.map((a) => a.value) }))).toEqual([
      { name: 'Karl Beispiel Muster', title: 'Innenminister', fax: '0049 - 30 123 456', address: ['Hauptstraße 4, 10115 Musterstadt', 'BEISPIELLAND'] },
    ]);
  });
});

describe('one official on one line after a short instruction, his fields parted by commas', () => {
  const LETTER = 'Dear President,\n\nI am writing to urge you to release the teacher Jane Roe, who was arrested only for a peaceful protest.\n\nYours sincerely,';
  const rows: Array<{ name: string; line: string; expected: Array<Record<string, unknown>> }> = [
    {
      name: 'English: an office before the name, an institution, a town, an email',
      line: 'Write to: President Jane Doe, Office of the President, Exampletown, Email: p@example.gov',
      expected: [{ name: 'Jane Doe', title: 'President', organisation: 'Office of the President', address: ['Exampletown'], emails: ['p@example.gov'] }],
    },
    {
      name: 'Polish: "Napisz do:"',
      line: 'Napisz do: Prezydent Jan Kowalski, Kancelaria Prezydenta, ul. Przykładowa 1, 00-001 Warszawa, E-mail: p@example.pl',
      expected: [{ name: 'Jan Kowalski', title: 'Prezydent', organisation: 'Kancelaria Prezydenta', address: ['ul. Przykładowa 1, 00-001 Warszawa'], emails: ['p@example.pl'] }],
    },
  ];
  it.each(rows)('$name', ({ line, expected }) => {
    const officials = valueOf(recogniseOfficials(doc(`URGENT ACTION\nEXAMPLELAND: TEACHER HELD\nA short summary of the case.\n\n${line}\n\n${LETTER}`)));
    expect(officials?.map((o) => ({ name: o.name?.value, title: o.title?.value, organisation: o.organisation?.value, address: o.address.map((a) => a.value), emails: o.emails.map((e) => e.value) }))).toEqual(expected);
  });
});

describe('splitAddresseeLine: the office the letter goes to, then the official and the address after commas', () => {
  const rows: Array<{ line: string; expected: string[] | undefined }> = [
    { line: 'An den Generalstaatsanwalt von Ruritanien: Karl Beispiel Muster, Ministerio Público, Calle Ejemplo 12, Ciudad Capital', expected: ['Generalstaatsanwalt von Ruritanien', 'Karl Beispiel Muster', 'Ministerio Público', 'Calle Ejemplo 12', 'Ciudad Capital'] },
    { line: 'To the Minister of Justice: Jane Example Doe, Ministry of Justice, 12 Example Road, Capital City', expected: ['Minister of Justice', 'Jane Example Doe', 'Ministry of Justice', '12 Example Road', 'Capital City'] },
    { line: 'Al Fiscal General: Lic. Juan Ejemplo Pérez, Avenida Central 12, Ciudad Capital', expected: ['Fiscal General', 'Lic. Juan Ejemplo Pérez', 'Avenida Central 12', 'Ciudad Capital'] },
    { line: 'À la Ministre de la Justice : Mme Jeanne Exemple, 12 place Vendôme, Paris', expected: ['Ministre de la Justice', 'Mme Jeanne Exemple', '12 place Vendôme', 'Paris'] },
    // No office before the colon, or no person after it: the line stays whole.
    { line: 'An den Rand: Karl Beispiel Muster, Calle Ejemplo 12', expected: undefined },
    { line: 'To the authorities: Release him now, and drop the charges', expected: undefined },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    expect(splitAddresseeLine(line)).toEqual(expected);
  });
});
