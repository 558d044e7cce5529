// An official's whole block run onto one line, parted by commas and closed with a stop ("Sr. Jan
// Ejemplo, Presidente de la República, Palacio de Ejemplo, Villa, Valdor."), under an instruction to
// send the letter: a record, not a sentence; its building, town and country are the address, never
// the end of the office. A label with only its translation after it ("Cc: (with copy to)") is a
// heading, never an address line of the official above.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const LETTER = ['', 'De mi mayor consideración:', '', 'Le escribo para pedirle la libertad inmediata del periodista Ana Prueba, detenida desde marzo por informar sobre los tribunales.'];

describe('an official on one comma-parted line', () => {
  it('gives the name, the office and the address, with the stop left out', () => {
    const page = ['Send the letter below by fax to the authorities below.', '', 'Sr. Tomás Ejemplo Prueba, Presidente de la República, Palacio de Ejemplo, Villa, Valdor.', 'Fax: +562 55 04 958,', ...LETTER];
    const [target, ...rest] = draftTargets(importDocument(page.join('\n'), { source: 'record.txt' }).caseText);
    expect(rest).toEqual([]);
    expect(target).toMatchObject({ name: 'Tomás Ejemplo Prueba', honorific: 'Sr.', title: 'Presidente de la República', address: ['Palacio de Ejemplo', 'Villa', 'Valdor'], fax: '+562 55 04 958' });
  });

  it('"Cc: (with copy to)" under the official is no part of his block', () => {
    const page = ['Send the letter below by fax to the authorities below.', '', 'Sr. Tomás Ejemplo Prueba, Presidente de la República, Palacio de Ejemplo, Villa, Valdor.', 'Fax: +562 55 04 958', '', 'Sr. Juan Modelo Prueba, Ministro del Interior, Palacio de Ejemplo, 1160 Entrepiso, Villa, Valdor', 'Fax: +562 55 04 329', '', 'Cc: (with copy to)', ...LETTER];
    const text = importDocument(page.join('\n'), { source: 'record.txt' }).caseText;
    expect(text).not.toContain('with copy to');
    expect(draftTargets(text).map((t) => t.name)).toEqual(['Tomás Ejemplo Prueba', 'Juan Modelo Prueba']);
  });
});
