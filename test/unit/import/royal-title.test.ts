// A monarch's office printed between the courtesy title and the name ("Zijne Majesteit Koning
// Abdullah Voorbeeld II"): it had been read as the first word of the name.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = (head: string, line: string, greeting: string, letter: string) =>
  [head, 'EXAMPLELAND: JOURNALIST DETAINED', '', 'Jane Example, a journalist, was detained on 3 March.', '', 'Write to:', line, 'Royal Palace', 'Example City, Exampleland', '', greeting, '', letter].join('\n');

describe('the king between the courtesy title and the name is the title', () => {
  const rows: Array<{ line: string; head: string; greeting: string; letter: string; expected: Record<string, unknown> }> = [
    { line: 'Zijne Majesteit Koning Abdullah Voorbeeld II', head: 'URGENT ACTION', greeting: 'Majesteit,', letter: 'Ik schrijf u om de vrijlating van Jane Voorbeeld te vragen.', expected: { name: 'Abdullah Voorbeeld II', honorific: 'Zijne Majesteit', title: 'Koning' } },
    { line: 'Seine Majestät König Beispiel', head: 'EILAKTION', greeting: 'Majestät,', letter: 'ich schreibe Ihnen, um die Freilassung von Jane Beispiel zu fordern.', expected: { name: 'Beispiel', honorific: 'Seine Majestät', title: 'König' } },
    { line: 'Sa Majesté le Roi Exemple VI', head: 'ACTION URGENTE', greeting: 'Majesté,', letter: 'Je vous écris pour demander la libération de Jane Exemple.', expected: { name: 'Exemple VI', honorific: 'Sa Majesté', title: 'Roi' } },
    { line: 'Su Majestad el Rey Felipe Ejemplo', head: 'ACCIÓN URGENTE', greeting: 'Majestad:', letter: 'Le escribo para pedir la liberación de Jane Ejemplo.', expected: { name: 'Felipe Ejemplo', honorific: 'Su Majestad', title: 'Rey' } },
  ];
  it.each(rows)('$line', ({ head, line, greeting, letter, expected }) => {
    expect(draftTargets(importDocument(page(head, line, greeting, letter), { source: 't.txt' }).caseText)[0]).toMatchObject(expected);
  });
});
