// A page (often a blog's copy) may put each official's "Salutation:" label first, above the office
// and the name, and may put the letter first, ending at the blank for the writer's name: each label
// opens its official's block, and the officials under the letter are read up to the headed copies.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';

const targetsOf = (caseText: string) => (parse(/^---\n([\s\S]*?)\n---\n/.exec(caseText)?.[1] ?? '') as { targets: Array<Record<string, unknown>> }).targets;

const rows = [
  {
    lang: 'en',
    opening: 'Your Excellency,',
    letter: 'I am writing to ask you to release the radio journalist who was arrested at his home last month and charged for his reporting.',
    signature: '(your name)',
    label: 'Salutation: Your Excellency',
    first: ['Prime Minister', 'Jane Example', 'Office of the Prime Minister', 'Capital City, Examplia', 'Fax: +999 23 000 111'],
    second: ['Minister of Interior', 'Tom Beispiel', 'Ministry of Interior', 'Capital City, Examplia', 'Fax: +999 23 000 222'],
    copies: 'And copies to:',
    salutation: 'Your Excellency',
  },
  {
    lang: 'fr',
    opening: 'Monsieur le Premier ministre,',
    letter: "Je vous écris pour vous demander de libérer le journaliste de radio arrêté chez lui le mois dernier et inculpé pour ses reportages.",
    signature: '(votre nom)',
    label: "Formule d'appel : Monsieur le Premier ministre",
    first: ['Premier ministre', 'Jean Exemple', 'Cabinet du Premier ministre', 'Exempleville, Examplie', 'Fax : +999 23 000 111'],
    second: ["Ministre de l'Intérieur", 'Paul Beispiel', "Ministère de l'Intérieur", 'Exempleville, Examplie', 'Fax : +999 23 000 222'],
    copies: 'Copies à :',
    salutation: 'Monsieur le Premier ministre',
  },
  {
    lang: 'es',
    opening: 'Señor Primer Ministro:',
    letter: 'Le escribo para pedirle que libere al periodista de radio detenido en su casa el mes pasado y acusado por su trabajo informativo.',
    signature: '(tu nombre)',
    label: 'Tratamiento: Señor Primer Ministro',
    first: ['Primer Ministro', 'Juan Ejemplo', 'Oficina del Primer Ministro', 'Ciudad Capital, Ejemplia', 'Fax: +999 23 000 111'],
    second: ['Ministro del Interior', 'Pedro Beispiel', 'Ministerio del Interior', 'Ciudad Capital, Ejemplia', 'Fax: +999 23 000 222'],
    copies: 'Copias a:',
    salutation: 'Señor Primer Ministro',
  },
  {
    lang: 'de',
    opening: 'Sehr geehrter Herr Premierminister,',
    letter: 'ich schreibe Ihnen, um Sie zu bitten, den Radiojournalisten freizulassen, der letzten Monat in seiner Wohnung festgenommen wurde.',
    signature: '(Ihr Name)',
    label: 'Anrede: Sehr geehrter Herr Premierminister',
    first: ['Premierminister', 'Karl Beispiel', 'Amt des Premierministers', 'Hauptstadt, Examplia', 'Fax: +999 23 000 111'],
    second: ['Innenminister', 'Otto Muster', 'Innenministerium', 'Hauptstadt, Examplia', 'Fax: +999 23 000 222'],
    copies: 'Kopien an:',
    salutation: 'Sehr geehrter Herr Premierminister',
  },
];

describe('officials whose salutation label comes first, under a letter that ends at the blank for a name', () => {
  for (const r of rows) {
    it(`reads each official with his own salutation and fax, and the one under "${r.copies}" as a copy (${r.lang})`, () => {
      // The third official: the second's office and address, another name and fax.
      const third = r.second.map((l, i) => (i === 1 ? 'Anna Dritte' : l.replace(/222$/, '333')));
      const page = ['Examplia – Radio journalist detained', '', r.opening, '', r.letter, '', r.signature, '', '', r.label, ...r.first, '', r.label, ...r.second, '', r.copies, '', r.label, ...third, ''].join('\n');
      const targets = targetsOf(importDocument(page, { source: 'blog.txt' }).caseText);
      expect(targets.map((t) => [t.name, t.fax, t.salutation, t.copy ?? false])).toEqual([
        [r.first[1], r.first[4]?.replace(/^Fax ?: /, ''), r.salutation, false],
        [r.second[1], r.second[4]?.replace(/^Fax ?: /, ''), r.salutation, false],
        ['Anna Dritte', third[4]?.replace(/^Fax ?: /, ''), r.salutation, true],
      ]);
      expect(targets[0]?.address).toContain(r.first[3]);
    });
  }

  it('keeps a "Salutation:" label that closes its block with the official above it', () => {
    const page = ['URGENT ACTION', 'EXAMPLIA: JOURNALIST DETAINED', '', 'Write to:', 'Prime Minister Jane Example', 'Office of the Prime Minister', 'Capital City, Examplia', 'Fax: +999 23 000 111', 'Salutation: Dear Prime Minister', '', 'Minister of Interior Tom Beispiel', 'Ministry of Interior', 'Capital City, Examplia', 'Fax: +999 23 000 222', 'Salutation: Dear Minister', '', 'Dear Prime Minister,', 'I am writing to ask you to release the radio journalist who was arrested at his home last month.', 'Yours sincerely,'].join('\n');
    const targets = targetsOf(importDocument(page, { source: 'ua.txt' }).caseText);
    expect(targets.map((t) => [t.name, t.salutation])).toEqual([
      ['Jane Example', 'Dear Prime Minister'],
      ['Tom Beispiel', 'Dear Minister'],
    ]);
  });
});
