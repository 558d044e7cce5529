// "Ejemplo:", "Beispiel:", "Example letter:" above a sample letter present it: a heading, never the
// letter's greeting (with a blank line after every line it was taken for one), while the word alone
// with no colon may be a name ("Beispiel") and stays none.
import { describe, expect, it } from 'vitest';
import { isHeading } from '../../../src/import/furniture.js';
import { recogniseSalutation } from '../../../src/import/salutation.js';
import { doc } from './helpers.js';

describe('a word for "example" with its colon presents the sample letter', () => {
  it.each(['Ejemplo:', 'Beispiel:', 'Exemple :', 'Example letter:', 'Modelo de carta:', 'Esempio di lettera:'])('%s is a heading', (line) => {
    expect(isHeading(line)).toBe(true);
  });
  it.each(['Beispiel', 'Karl Beispiel', 'Ejemplo Prueba:'])('%s is none', (line) => {
    expect(isHeading(line)).toBe(false);
  });
  it("is not the letter's greeting on a page with a blank line after every line", () => {
    const lines = ['Escriban a', 'presidencia@example.gov.vd', 'Ejemplo:', 'Villa Ejemplo, 17 de febrero de 2011', 'Sr. Presidente Tomás Ejemplo', 'República de Valdor', 'Presente', 'Respetuosamente, manifestamos nuestra preocupación por la detención de la poeta Ana Prueba, presa desde enero sin juicio, y pedimos su libertad.'];
    const found = recogniseSalutation(doc(lines.join('\n\n')));
    expect(found.found ? found.value : []).not.toContain('Ejemplo');
  });
});
