import { describe, expect, it } from 'vitest';
import { sentenceOfficials } from '../../../src/import/sentence-official.js';
import { doc } from './helpers.js';

describe('sentenceOfficials', () => {
  const rows: Array<{ line: string; expected: { name: string; title: string; emails: string[] } | undefined }> = [
    { line: 'Envoyez votre lettre par email au Président Jean-Marc Beispiel Ndiaye : cabinet@presidence.example.sn.', expected: { name: 'Jean-Marc Beispiel Ndiaye', title: 'Président', emails: ['cabinet@presidence.example.sn'] } },
    { line: 'Veuillez écrire une lettre courtoise en arabe ou en français au roi Faisal bin Example al Beispiel:', expected: { name: 'Faisal bin Example al Beispiel', title: 'Roi', emails: [] } },
    { line: 'Please write to President Jane Beispiel: office@president.example.org', expected: { name: 'Jane Beispiel', title: 'President', emails: ['office@president.example.org'] } },
    // The office and name inside a longer instruction, the channel between the name and the email.
    { line: "Pour agir : copiez la lettre ci-dessous en l'adressant au Roi Hamad bin Exemple Al Beispiel via l'e-mail du cabinet royal : bureau@roi.example.org et à l'ambassade du royaume à Bruxelles : ambassade@example.be", expected: { name: 'Hamad bin Exemple Al Beispiel', title: 'Roi', emails: ['bureau@roi.example.org'] } },
    { line: 'Please send it to President Maria Example Beispiel at contact@presidency.example.org today.', expected: { name: 'Maria Example Beispiel', title: 'President', emails: ['contact@presidency.example.org'] } },
    { line: 'Escribe al Presidente Tomás Ejemplo Prueba: despacho@presidencia.example.gob', expected: { name: 'Tomás Ejemplo Prueba', title: 'Presidente', emails: ['despacho@presidencia.example.gob'] } },
    { line: 'Bitte schreiben Sie an Präsident Anton Beispiel Muster: buero@praesident.example.de', expected: { name: 'Anton Beispiel Muster', title: 'Präsident', emails: ['buero@praesident.example.de'] } },
    // The email after "and to the embassy" is the embassy's: the official keeps none.
    { line: 'Please send it to King Omar Example Beispiel and to the embassy in London at embassy@example.org', expected: { name: 'Omar Example Beispiel', title: 'King', emails: [] } },
    // No instruction to write: a sentence of the story that names the president is not an address.
    { line: 'Le journaliste a été reçu au Président Hotel de la capitale en mai.', expected: undefined },
    // An office without a name after it is left to the reader.
    { line: 'Écrivez au président de la République pour demander sa libération.', expected: undefined },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    const [official] = sentenceOfficials(doc(line));
    if (expected === undefined) expect(official).toBeUndefined();
    else expect({ name: official?.name?.value, title: official?.title?.value, emails: official?.emails.map((e) => e.value) }).toEqual(expected);
  });
});
