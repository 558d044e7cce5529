// Names and courtesy titles of several cultures: Indonesian and Malaysian ranks, degrees and honours
// before a name are no part of it; Spanish and Portuguese academic courtesies written out are the
// honorific, and so are the Burmese "U" and "Daw" ("Mr", "Mrs"); Vietnamese surnames spelt like an
// article ("Le", "La") are part of the name as printed.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { isPersonName, splitHonorific } from '../../../src/import/official-words.js';
import { draftTargets } from './helpers.js';

describe('splitHonorific, across cultures', () => {
  const rows: Array<{ input: string; honorific: string | undefined; rest: string }> = [
    { input: 'Irjen Pol. Budi Contoh', honorific: 'Irjen Pol.', rest: 'Budi Contoh' },
    { input: 'Brigjen TNI Budi Contoh', honorific: 'Brigjen TNI', rest: 'Budi Contoh' },
    { input: 'Irjen Pol. Dr. Budi Contoh', honorific: 'Irjen Pol. Dr.', rest: 'Budi Contoh' },
    { input: 'Ir. H. Budi Contoh', honorific: 'Ir. H.', rest: 'Budi Contoh' },
    { input: 'Prof. Dr. H. Budi Contoh', honorific: 'Prof. Dr. H.', rest: 'Budi Contoh' },
    { input: 'Hj. Siti Contoh', honorific: 'Hj.', rest: 'Siti Contoh' },
    { input: 'Drs. Budi Contoh', honorific: 'Drs.', rest: 'Budi Contoh' },
    { input: "Y. Bhg Dato' Budi Contoh", honorific: "Y. Bhg Dato'", rest: 'Budi Contoh' },
    { input: 'Y.B. Budi Contoh', honorific: 'Y.B.', rest: 'Budi Contoh' },
    { input: 'Yang Berhormat Budi Contoh', honorific: 'Yang Berhormat', rest: 'Budi Contoh' },
    { input: 'Puan Sri Siti Contoh', honorific: 'Puan Sri', rest: 'Siti Contoh' },
    { input: 'Doctor JUAN EJEMPLO PEREZ', honorific: 'Doctor', rest: 'JUAN EJEMPLO PEREZ' },
    { input: 'Doctora María Ejemplo', honorific: 'Doctora', rest: 'María Ejemplo' },
    { input: 'Ingeniero Juan Ejemplo', honorific: 'Ingeniero', rest: 'Juan Ejemplo' },
    { input: 'Magistrado Juan Ejemplo Ruiz', honorific: 'Magistrado', rest: 'Juan Ejemplo Ruiz' },
    // Burmese "U" and "Daw" are a man's and a woman's courtesy, as "Mr" and "Mrs" are.
    { input: 'U Aung Example', honorific: 'U', rest: 'Aung Example' },
    { input: 'Daw Khin Example', honorific: 'Daw', rest: 'Khin Example' },
    { input: 'U Street Station', honorific: undefined, rest: 'U Street Station' },
    // "al-Sheikh" with its article, after "His Highness", is the courtesy as "Sheikh" is.
    { input: "His Highness al-Sheikh 'Umar bin Example Al Beispiel", honorific: 'His Highness al-Sheikh', rest: "'Umar bin Example Al Beispiel" },
    { input: 'El-Shaikh Karim Example', honorific: 'El-Shaikh', rest: 'Karim Example' },
  ];
  for (const { input, honorific, rest } of rows) {
    it(`"${input}" → ${String(honorific)} + "${rest}"`, () => {
      expect(splitHonorific(input)).toEqual(honorific === undefined ? { rest } : { honorific, rest });
    });
  }
});

describe('isPersonName, Vietnamese surnames spelt like an article', () => {
  const rows: Array<{ input: string; person: boolean }> = [
    { input: 'Le Minh Example', person: true },
    { input: 'La Thi Example', person: true },
    { input: 'Le Thị Mẫu', person: true },
  ];
  for (const { input, person } of rows) {
    it(`"${input}" → ${String(person)}`, () => {
      expect(isPersonName(input)).toBe(person);
    });
  }
});

describe('names across cultures, imported', () => {
  const page = (block: string) => `URGENT ACTION\n\nEXAMPLIA: ACTIVIST DETAINED\n\nPlease write to:\n\n${block}\n\nDear Minister,\n\nI am writing to ask you to release the activist at once.\n\nYours sincerely,\n`;
  const rows: Array<{ name: string; block: string; targets: Array<Record<string, unknown>> }> = [
    {
      name: 'an Indonesian degree after the name and a comma is no place: the line opens the second official',
      block: 'Minister Jane Example\nMinistry of Example\n1 Example Road\nExampletown\nEmail: m@example.org\n\nIr. H. Budi Contoh, S.H., M.H.\nMinister of Home Affairs\nPutrajaya\nEmail: min@example.org',
      targets: [
        { name: 'Jane Example', title: 'Minister' },
        { name: 'Budi Contoh', honorific: 'Ir. H.', title: 'Minister of Home Affairs', address: ['Putrajaya'] },
      ],
    },
    {
      name: "the regional police chief's office before a rank and a name is the title, the rank the honorific",
      block: 'Kapolda Irjen Pol. Dr. Budi Contoh\nPolda Jawa Contoh\nJl. Contoh No. 5\nJakarta 12110\nEmail: polda@example.org',
      targets: [{ name: 'Budi Contoh', honorific: 'Irjen Pol. Dr.', title: 'Kapolda' }],
    },
    {
      name: 'a Vietnamese surname spelt like an article opens the name',
      block: 'Le Minh Example\nMinister of Public Security\n44 Example Street\nHa Noi, Viet Nam\nEmail: bca@example.org',
      targets: [{ name: 'Le Minh Example', title: 'Minister of Public Security' }],
    },
    {
      name: 'a Burmese "U" is the courtesy before the name',
      block: 'U Aung Example\nMinister of Home Affairs\nNay Pyi Taw, Myanmar\nEmail: moha@example.org',
      targets: [{ name: 'Aung Example', honorific: 'U', title: 'Minister of Home Affairs' }],
    },
    {
      name: 'a Burmese "U" after the office on one line, and "Daw" on a name of three words',
      block: 'President U Win Example\nPresident Office\nNay Pyi Taw, Myanmar\nFax: +95 67 555 0100\n\nDaw Khin Mya Example\nMinister of Foreign Affairs\nNay Pyi Taw, Myanmar\nEmail: mofa@example.org',
      targets: [{ name: 'Win Example', honorific: 'U', title: 'President' }, { name: 'Khin Mya Example', honorific: 'Daw', title: 'Minister of Foreign Affairs' }],
    },
    {
      name: 'a Spanish "Doctor" before a name in capitals is the honorific',
      block: 'Doctor JUAN EJEMPLO PEREZ\nFiscal General de la Nación\nDiagonal 22B No. 52-01\nBogotá, Colombia\nCorreo-e: fiscal@example.org',
      targets: [{ honorific: 'Doctor', title: 'Fiscal General de la Nación' }],
    },
  ];
  for (const { name, block, targets } of rows) {
    it(name, () => {
      const got = draftTargets(importDocument(page(block), { source: 'ua.txt' }).caseText);
      expect(got).toHaveLength(targets.length);
      targets.forEach((t, i) => expect(got[i]).toMatchObject(t));
    });
  }
});
