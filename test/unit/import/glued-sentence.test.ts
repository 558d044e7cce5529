// A name glued to the next sentence where a line break was lost ("… Juan Ejemplo RuizMás
// información en: …"): cut inside the glued word only where the part after its inner capital is
// an ordinary word that opens a sentence.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { splitGluedSentence } from '../../../src/import/glued-sentence.js';
import { draftTargets } from './helpers.js';

describe('splitGluedSentence', () => {
  const rows: Array<{ line: string; expected: [string, string] }> = [
    { line: 'al presidente de Ejemplia, Juan Ejemplo RuizMás información en: http://example.org/ua', expected: ['al presidente de Ejemplia, Juan Ejemplo Ruiz', 'Más información en: http://example.org/ua'] },
    { line: 'to the President, Jane ExampleRead more', expected: ['to the President, Jane Example', 'Read more'] },
    { line: 'Minister Karl BeispielWeitere Informationen', expected: ['Minister Karl Beispiel', 'Weitere Informationen'] },
    { line: 'Ministre Jean ExemplePour en savoir plus', expected: ['Ministre Jean Exemple', 'Pour en savoir plus'] },
  ];
  for (const { line, expected } of rows) {
    it(`"${line}" → ${JSON.stringify(expected)}`, () => {
      expect(splitGluedSentence(line)).toEqual(expected);
    });
  }
});

describe('a name glued to the next sentence, imported', () => {
  const rows: Array<{ name: string; page: string; official: Record<string, unknown> }> = [
    {
      name: 'a Spanish "Más información" glued to the surname',
      page: 'ACCIÓN URGENTE\n\nEJEMPLIA: DEFENSOR DETENIDO\n\nEnvía un correo al presidente de Ejemplia, Juan Ejemplo RuizMás información en: http://example.org/ua\nCorreo-e: presidente@example.org\n\nSeñor Presidente:\n\nLe escribo para pedirle que libere al defensor de inmediato.\n\nAtentamente,\n',
      official: { name: 'Juan Ejemplo Ruiz', title: 'Presidente de Ejemplia' },
    },
    {
      name: 'an English "Read more" glued to the surname',
      page: 'URGENT ACTION\n\nEXAMPLIA: LAWYER DETAINED\n\nPlease write to the President of Examplia, Jane ExampleRead more at http://example.org/ua\nEmail: president@example.org\n\nDear President,\n\nI am writing to ask you to release the lawyer at once.\n\nYours sincerely,\n',
      official: { name: 'Jane Example', title: 'President of Examplia' },
    },
  ];
  for (const { name, page, official } of rows) {
    it(name, () => {
      const got = draftTargets(importDocument(page, { source: 'ua.txt' }).caseText);
      expect(got[0]).toMatchObject(official);
    });
  }
});
