// A Mexican postal address names the district after the street ("Col. Juárez" — colonia, not a
// colonel) and the borough under it ("Del. Cuauhtémoc"); the Navy's minister is an admiral
// ("Almte.", "Almir."). None of those lines opens a new official.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';


const page = (official: readonly string[]) =>
  [
    'URGENT ACTION', 'MEXICO: ACTIVIST DETAINED', 'The activist Jane Doe was detained on 3 March.', '',
    'Write to:', ...official, '', 'Sample letter:', 'Dear Minister,', 'I urge you to release Jane Doe at once.',
  ].join('\n');

describe('a Mexican address', () => {
  it.each([
    ['the colonia after the street, then its postcode', ['Secretario de Gobernación', 'Juan Ejemplo', 'Calle Ejemplo No. 48', 'Col. Juárez, Delegación Cuauhtémoc', 'Ciudad de México, C.P. 06600, MÉXICO', 'Fax: +52 55 0000 0000', 'Correo-e: secretario@example.gob.mx'], ['Calle Ejemplo No. 48', 'Col. Juárez, Delegación Cuauhtémoc', 'Ciudad de México, C.P. 06600, MÉXICO']],
    ['the colonia, then the borough on a line of its own', ['Secretario de Marina', 'Almir. Pedro Ejemplo Muestra', 'Secretaría de Marina', 'Eje 2 Oriente No. 86', 'Col. Los Ejemplos', 'Del. Coyoacán', 'C.P. 04830, MEXIKO', 'E-Mail: srio@example.gob.mx', 'Fax: +52 55 0000 0001'], ['Eje 2 Oriente No. 86', 'Col. Los Ejemplos', 'Del. Coyoacán', 'C.P. 04830, MEXIKO']],
  ])('%s: one official, every line of the address his', (_name, official, address) => {
    const targets = draftTargets(importDocument(page(official), { source: 'ua.txt' }).caseText);
    expect(targets).toHaveLength(1);
    expect(targets[0]?.address).toEqual(expect.arrayContaining(address));
    expect(targets[0]?.email).toMatch(/@example\.gob\.mx$/);
    expect(targets[0]?.fax).toMatch(/^\+52/);
  });

  it('takes an admiral\'s rank as his honorific, not as part of his name', () => {
    const targets = draftTargets(importDocument(page(['Secretario de Marina', 'Almir. Pedro Ejemplo Muestra', 'Eje 2 Oriente No. 86', 'Col. Los Ejemplos', 'C.P. 04830, MEXIKO', 'Fax: +52 55 0000 0001']), { source: 'ua.txt' }).caseText);
    expect(targets[0]).toMatchObject({ name: 'Pedro Ejemplo Muestra', honorific: 'Almir.' });
  });

  it('still reads a colonel who opens his own block as an official', () => {
    const targets = draftTargets(importDocument(page(['Col. Jane Example', 'Commander of the Example Brigade', 'Example Barracks, Example City', 'Fax: +52 55 0000 0002']), { source: 'ua.txt' }).caseText);
    expect(targets).toHaveLength(1);
    expect(targets[0]?.name).toBe('Jane Example');
  });
});
