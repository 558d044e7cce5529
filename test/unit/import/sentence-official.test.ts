import { describe, expect, it } from 'vitest';
import { sentenceOfficials } from '../../../src/import/sentence-official.js';
import { doc } from './helpers.js';

describe('sentenceOfficials', () => {
  const rows: Array<{ line: string; expected: { name: string; title: string; emails: string[] } | undefined }> = [
    { line: 'Envoyez votre lettre par email au Président Jean-Marc Beispiel Ndiaye : cabinet@presidence.example.sn.', expected: { name: 'Jean-Marc Beispiel Ndiaye', title: 'Président', emails: ['cabinet@presidence.example.sn'] } },
    { line: 'Veuillez écrire une lettre courtoise en arabe ou en français au roi Faisal bin Example al Beispiel:', expected: { name: 'Faisal bin Example al Beispiel', title: 'Roi', emails: [] } },
    { line: 'Please write to President Jane Beispiel: office@president.example.org', expected: { name: 'Jane Beispiel', title: 'President', emails: ['office@president.example.org'] } },
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
