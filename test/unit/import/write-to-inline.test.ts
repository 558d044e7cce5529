import { describe, expect, it } from 'vitest';
import { recogniseOfficials } from '../../../src/import/officials.js';
import { splitWriteToHead } from '../../../src/import/write-to-inline.js';
import { doc, valueOf } from './helpers.js';

describe('splitWriteToHead: the instruction to write and the first official on one line', () => {
  const rows: Array<{ line: string; expected: [string, string] | undefined }> = [
    { line: 'Schreiben Sie in gutem Englisch oder auf Deutsch an: Innenminister Karl Beispiel Muster Hauptstraße 4, 10115 Musterstadt', expected: ['Schreiben Sie in gutem Englisch oder auf Deutsch an:', 'Innenminister Karl Beispiel Muster Hauptstraße 4, 10115 Musterstadt'] },
    { line: 'Please write in English or your own language to: President Jane Example Doe, Office of the President', expected: ['Please write in English or your own language to:', 'President Jane Example Doe, Office of the President'] },
    { line: 'Écrivez en français ou en anglais à : M. Jean Exemple, Ministre de la Justice', expected: ['Écrivez en français ou en anglais à :', 'M. Jean Exemple, Ministre de la Justice'] },
    { line: 'Escriban en español a: Fiscal General Ana Ejemplo Ruiz, Avenida Central 12', expected: ['Escriban en español a:', 'Fiscal General Ana Ejemplo Ruiz, Avenida Central 12'] },
    { line: 'Skriv på engelska till: Jane Example Doe, Prime Minister', expected: ['Skriv på engelska till:', 'Jane Example Doe, Prime Minister'] },
    // What follows the colon opens no official: the line stays whole.
    { line: 'Please write to: the authorities, asking them to release him', expected: undefined },
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
      { name: 'Karl Beispiel Muster', title: 'Innenminister', fax: '0049 - 30 123 456', address: ['Hauptstraße 4, 10115 Musterstadt BEISPIELLAND'] },
    ]);
  });
});
