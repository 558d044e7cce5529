import { describe, expect, it } from 'vitest';
import type { BlockLine } from '../../../src/import/official-block.js';
import { joinWrappedOffices } from '../../../src/import/wrapped-office.js';

const lines = (...texts: string[]): BlockLine[] => texts.map((text, i) => ({ n: i + 1, text, address: /\d/.test(text) }));
const isContact = (text: string) => /@|:/.test(text);

describe('joinWrappedOffices', () => {
  const rows: Array<{ name: string; input: BlockLine[]; expected: string[] }> = [
    { name: 'a Portuguese office wrapped after "do"', input: lines('Exma. Sra. Governadora do', 'Estado do Pará', 'Ana Exemplo', 'Rua 1'), expected: ['Exma. Sra. Governadora do Estado do Pará', 'Ana Exemplo', 'Rua 1'] },
    { name: 'an English office wrapped after "of"', input: lines('Minister of', 'Justice and Public Security', 'Jane Doe', '1 Example Road'), expected: ['Minister of Justice and Public Security', 'Jane Doe', '1 Example Road'] },
    { name: 'a German office wrapped after "der"', input: lines('Präsidentin der', 'Republik Beispiel', 'Erika Muster', 'Hauptstraße 1'), expected: ['Präsidentin der Republik Beispiel', 'Erika Muster', 'Hauptstraße 1'] },
    { name: 'an office that is finished', input: lines('Minister of Justice', 'Jane Doe', '1 Example Road'), expected: ['Minister of Justice', 'Jane Doe', '1 Example Road'] },
    { name: 'a dangling line before a contact line', input: lines('Office of', 'Email: office@example.org'), expected: ['Office of', 'Email: office@example.org'] },
    { name: 'a Spanish office wrapped before its article', input: lines('Fiscal General de', 'la Nación', 'Juan Ejemplo'), expected: ['Fiscal General de la Nación', 'Juan Ejemplo'] },
    { name: 'an office that goes on with its preposition', input: lines('Prime Minister', 'of the Republic of Exampleland', 'Jane Doe'), expected: ['Prime Minister of the Republic of Exampleland', 'Jane Doe'] },
    { name: "an embassy's name that goes on in lower case", input: lines('Ambassade de la République', "islamique d'Exemple", 'Rue 1'), expected: ["Ambassade de la République islamique d'Exemple", 'Rue 1'] },
    { name: 'a dangling line before running text in lower case', input: lines('Office of', 'which the minister is head'), expected: ['Office of', 'which the minister is head'] },
  ];
  for (const { name, input, expected } of rows) {
    it(`reads ${name}`, () => {
      expect(joinWrappedOffices(input, isContact).map((l) => l.text)).toEqual(expected);
    });
  }
});
