// A flattened official whose address follows the name with no comma: the address opens at a
// foreign word for "number" or a street ("Số 2 Đường Mẫu", "Musterstr. 4", "Rua Direita 3"), or
// at a town or quarter and its lower-case particle ("Madinat al-Example", "Quartier de la Gare").
// The name stops before it; the street or place is the address's first piece.
import { describe, expect, it } from 'vitest';
import { opensPlace } from '../../../src/import/place-words.js';
import { splitHeader } from '../../../src/import/unflatten.js';

describe('splitHeader: the address opens at the street word after the name', () => {
  it.each([
    // Vietnamese "Số" is the house's "No.".
    ['President Nguyễn Văn Mẫu Số 2 Đường Mẫu, Ba Đình, Hà Nội', ['President Nguyễn Văn Mẫu', 'Số 2 Đường Mẫu, Ba Đình, Hà Nội']],
    // German shortens "-straße" to "-str.".
    ['Herr Max Muster Musterstr. 4, 10115 Berlin', ['Herr Max Muster', 'Musterstr. 4, 10115 Berlin']],
    // Portuguese "Rua", with a number and without one.
    ['Minister João Exemplo Rua Direita 3, 1100-001 Lisboa', ['Minister João Exemplo', 'Rua Direita 3, 1100-001 Lisboa']],
    ['Minister of Justice João Exemplo Rua do Exemplo, Lisboa', ['Minister of Justice João Exemplo', 'Rua do Exemplo, Lisboa']],
  ])('%s', (head, expected) => {
    expect(splitHeader(head)).toEqual(expected);
  });
});

describe('splitHeader: the address opens at a town or quarter and its particle', () => {
  it.each([
    ['Public Prosecutor Ahmed Example Madinat al-Example, Cairo', ['Public Prosecutor Ahmed Example', 'Madinat al-Example, Cairo']],
    ['Minister Omar Muster Hay al-Beispiel, Cairo', ['Minister Omar Muster', 'Hay al-Beispiel, Cairo']],
    ['Minister of the Interior Juan Ejemplo Zona de la Muestra, Ciudad de Ejemplo', ['Minister of the Interior Juan Ejemplo', 'Zona de la Muestra, Ciudad de Ejemplo']],
    ['Governor Jean Exemple Quartier de la Gare, Kinshasa', ['Governor Jean Exemple', 'Quartier de la Gare, Kinshasa']],
    ['Governor Jan Example Ville van der Proef, Exampleland', ['Governor Jan Example', 'Ville van der Proef, Exampleland']],
  ])('%s', (head, expected) => {
    expect(splitHeader(head)).toEqual(expected);
  });
});

describe('opensPlace: a place word opens a place only before its particle', () => {
  it.each([
    ['Madinat', 'al-Example', true],
    ['Hay', 'al-Beispiel', true],
    ['Quartier', 'de', true],
    ['Cité', 'd’Exemple', true],
    ['Ville', 'van', true],
    ['Barrio', 'La', true],
    // A given name or surname that is also a place word, before a name.
    ['Ville', 'Example', false],
    ['Hay', 'Beispiel', false],
    ['Example', 'de', false],
    ['Ville', undefined, false],
  ])('%s %s → %s', (word, next, expected) => {
    expect(opensPlace(word, next)).toBe(expected);
  });
});
