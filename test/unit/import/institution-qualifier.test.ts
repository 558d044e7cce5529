// An office that ends in its institution or its state goes on with the words qualifying them
// ("Presidente della Corte Penale Internazionale", "Ambassadeur de la République Islamique
// d'Exemplie"): capitalised as a name is, they were taken for the person's name after the office.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { splitLeadingRole } from '../../../src/import/official-words.js';
import { draftTargets } from './helpers.js';

describe('splitLeadingRole: the words qualifying an institution or a state stay on the office', () => {
  const rows: Array<{ what: string; line: string; expected: { title: string; name: string } | undefined }> = [
    { what: 'Italian: a court and its qualifiers, no person', line: 'Presidente della Corte Penale Internazionale', expected: undefined },
    { what: 'French: a republic and its form of state, no person', line: 'Ambassadeur de la République Islamique d’Exemplie', expected: undefined },
    { what: 'Spanish: a court and its qualifier, then the person', line: 'Presidente de la Corte Suprema Ana Ejemplo Prueba', expected: { title: 'Presidente de la Corte Suprema', name: 'Ana Ejemplo Prueba' } },
    { what: 'Italian: a council and two qualifiers, then the person', line: 'Presidente del Consiglio Superiore Militare Marco Esempio', expected: { title: 'Presidente del Consiglio Superiore Militare', name: 'Marco Esempio' } },
    { what: 'the republic with no qualifier, then the person, is parted as before', line: 'Presidente della Repubblica Carla Esempio', expected: { title: 'Presidente della Repubblica', name: 'Carla Esempio' } },
  ];
  it.each(rows)('$what', ({ line, expected }) => {
    expect(splitLeadingRole(line)).toEqual(expected);
  });
});

const officials = (page: string) => draftTargets(importDocument(page, { source: 'test.txt' }).caseText).map((t) => [t.name, t.title ?? null]);

describe('an office qualified after its institution, on a page', () => {
  it('an envelope head to an ambassador named by his office alone', () => {
    const page = [
      'Monsieur l’Ambassadeur de la République Fédérale d’Exemplie',
      '18, boulevard des Essais',
      '75008 PARIS',
      'Monsieur l’Ambassadeur,',
      'Nous apprenons avec inquiétude que deux journalistes ont été arrêtés la semaine dernière pour avoir publié un reportage sur les prisons de votre pays.',
      'Nous vous prions de transmettre aux autorités notre demande de les libérer sans condition.',
      'Veuillez agréer, Monsieur l’Ambassadeur, l’expression de notre haute considération.',
    ].join('\n');
    expect(officials(page)).toEqual([['Ambassadeur de la République Fédérale d’Exemplie', null]]);
  });

  it('an open letter listing the offices it is written to', () => {
    const page = [
      'Appello urgente',
      '',
      '- al Presidente della Corte Costituzionale Federale',
      '- al Ministro della Giustizia',
      '',
      'Egregi signori,',
      'vi scriviamo per chiedere che i due attivisti arrestati durante la manifestazione pacifica siano rilasciati subito.',
      'Con la presente vi chiediamo di intervenire con la massima urgenza.',
      'Distinti saluti,',
    ].join('\n');
    expect(officials(page)).toEqual([['Presidente della Corte Costituzionale Federale', null], ['Ministro della Giustizia', null]]);
  });

  it("a block whose office runs past four words to the holder's name", () => {
    const page = [
      'ACTÚE: ESCRIBA UNA CARTA',
      '',
      'Presidente de la Corte Suprema Ana Ejemplo Prueba',
      'Palacio de Justicia, Avenida Central 100',
      'Ciudad Ejemplo, Ejemplandia',
      '',
      'Señora Presidenta:',
      'Le escribo para expresarle mi profunda preocupación por la detención del periodista Luis Modelo, acusado por sus reportajes.',
      'Atentamente,',
    ].join('\n');
    expect(officials(page)).toEqual([['Ana Ejemplo Prueba', 'Presidente de la Corte Suprema']]);
  });
});
