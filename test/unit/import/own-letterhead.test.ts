// The campaign's own letterhead printed with the letter it sent, one blank line after every line as a
// PDF's text copy leaves it, below or above the addressee's block: the office under the organisation's
// name, its street and numbers are the sender's, never an official (own-letterhead.ts).
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const spaced = (lines: readonly string[]): string => lines.join('\n\n');

const ADDRESSEE_ES = ['Lic. Ramón Ejemplo Muestra', 'Secretario de Justicia', 'Calle Prueba 12', 'Ciudad Ejemplo'];
const LETTERHEAD_ES = ['AMNISTÍA INTERNACIONAL', 'SECRETARIADO INTERNACIONAL', 'Calle del Ejemplo 4', '28000 Madrid, España', 'T: +34 91 555 0100', 'F: +34 91 555 0101', 'E: info@amnistia.example.org', 'W: www.amnistia.org'];
const LETTER_ES = ['Madrid, 3 de marzo de 2014', 'Señor Secretario de Justicia,', 'Le escribimos para pedirle que investigue sin demora la desaparición de la defensora Lucía Prueba, vista por última vez el 2 de enero.', 'Atentamente,'];

const LETTERHEAD_EN = ['AMNESTY INTERNATIONAL', 'INTERNATIONAL SECRETARIAT', '5 Sample Lane', 'London EX1 2AB, United Kingdom', 'T: +44 20 5550 0100', 'E: office@amnesty.org', 'W: www.amnesty.org'];
const ADDRESSEE_EN = ['Minister Jane Example', 'Ministry of the Interior', '10 Example Road', 'Example City'];
const LETTER_EN = ['14 May 2015', 'Dear Minister,', 'We write to ask you to release the journalist Sam Sample, held without charge since April for his reporting on the elections.', 'Yours sincerely,'];

describe("the campaign's letterhead spread over blank lines", () => {
  const rows = [
    { layout: 'the addressee, then the letterhead, the dateline and the greeting (Spanish)', text: spaced([...ADDRESSEE_ES, ...LETTERHEAD_ES, ...LETTER_ES]), name: 'Ramón Ejemplo Muestra', sender: 'Calle del Ejemplo 4' },
    { layout: 'the letterhead first, then the date, the addressee and the greeting (English)', text: spaced([...LETTERHEAD_EN, ...ADDRESSEE_EN, ...LETTER_EN]), name: 'Jane Example', sender: '5 Sample Lane' },
  ];
  it.each(rows)('$layout', ({ text, name, sender }) => {
    const result = importDocument(text, { source: 'letter.txt' });
    const targets = draftTargets(result.caseText);
    expect(targets.map((t) => t.name)).toEqual([name]);
    expect(JSON.stringify(targets)).not.toContain(sender);
    expect(result.report.entries).toContainEqual(expect.objectContaining({ status: 'skipped', note: expect.stringContaining("sender's own letterhead") as string }));
  });

  it('holds only when the lines under the name print its own email or site: another office there is read as before', () => {
    const text = spaced(['AMNESTY INTERNATIONAL', 'Minister Jane Example', 'Ministry of the Interior', '10 Example Road', 'Example City', 'E: minister@interior.example.gov', ...LETTER_EN]);
    const targets = draftTargets(importDocument(text, { source: 'letter.txt' }).caseText);
    expect(targets.map((t) => t.name)).toEqual(['Jane Example']);
  });
});
