import { describe, expect, it } from 'vitest';
import { recogniseBackground } from '../../../src/import/background.js';
import { recogniseSampleLetter } from '../../../src/import/sample-letter.js';
import { recogniseSummary } from '../../../src/import/summary.js';
import { doc } from './helpers.js';

const UA = doc(`URGENT ACTION
PERU: WATER DEFENDER CHARGED
Rosa Quispe faces trial for a peaceful sit-in.
Ask the prosecutor to drop the charges.

TAKE ACTION:
· Write a letter.
Public Prosecutor, Ms. Elena Vargas Ruiz
Email: mesadepartes@fiscalia.example.pe

Dear Public Prosecutor,

I am writing about Rosa Quispe, a community leader who faces trial for a peaceful sit-in.
Taking part in a peaceful protest is not a crime.
Yours sincerely,

ADDITIONAL INFORMATION
The river supplies several villages.

• Dead fish were reported in 2021.
• Cloudy water was reported in 2023.

PREFERRED LANGUAGE TO ADDRESS TARGET: Spanish`);

describe('recogniseSummary', () => {
  it('joins the lines under the headline up to the blank line', () => {
    expect(recogniseSummary(UA)).toEqual({ found: true, value: 'Rosa Quispe faces trial for a peaceful sit-in. Ask the prosecutor to drop the charges.', confidence: 'high', line: 3 });
  });

  it('passes over a date printed alone under the headline', () => {
    const page = doc('Urgent Action: Teacher Held Without Trial (Peru: UA 10.20)\n\nJune 11, 2020\n\nA teacher has been held for a year without trial.\n\nTAKE ACTION:\n1. Write a letter.');
    expect(recogniseSummary(page)).toMatchObject({ found: true, value: 'A teacher has been held for a year without trial.', line: 5 });
  });
});

describe('recogniseSampleLetter', () => {
  it('keeps the paragraphs between the salutation and the closing, without either', () => {
    const letter = recogniseSampleLetter(UA);
    expect(letter.found && letter.value.paragraphs.map((p) => p.text)).toEqual([
      'I am writing about Rosa Quispe, a community leader who faces trial for a peaceful sit-in.',
      'Taking part in a peaceful protest is not a crime.',
    ]);
    expect(letter).toMatchObject({ confidence: 'high', line: 13, value: { lang: 'en' } });
  });

  it('recognises the Spanish and French closings', () => {
    const es = doc('ACCIÓN URGENTE\nPERÚ: X\nResumen.\n\nSeñor Fiscal:\n\nMe dirijo a usted por la situación de la periodista detenida en Lima.\n\nAtentamente,\n');
    expect(recogniseSampleLetter(es)).toMatchObject({ confidence: 'high', value: { lang: 'es', paragraphs: [{ text: 'Me dirijo a usted por la situación de la periodista detenida en Lima.' }] } });
    const fr = doc("ACTION URGENTE\nTCHAD : X\nRésumé.\n\nMonsieur le Ministre,\n\nJe vous écris au sujet d'un étudiant arrêté le 5 août à N'Djamena.\n\nVeuillez agréer, Monsieur le Ministre, l'expression de ma haute considération.");
    expect(recogniseSampleLetter(fr)).toMatchObject({ value: { lang: 'fr', paragraphs: [{ text: "Je vous écris au sujet d'un étudiant arrêté le 5 août à N'Djamena." }] } });
  });

  it('is less sure where a letter without a closing ends', () => {
    const text = doc('URGENT ACTION\nPERU: X\nSummary.\n\nDear Minister,\n\nI am writing to you about the people held without charge since the protest.\n\nADDITIONAL INFORMATION\nMore.');
    expect(recogniseSampleLetter(text)).toMatchObject({ found: true, confidence: 'medium' });
  });
});

describe('recogniseBackground', () => {
  it('reads up to the labelled lines, keeping bullets', () => {
    const background = recogniseBackground(UA);
    expect(background.found && background.value).toEqual([
      { text: 'The river supplies several villages.', line: 18, bullet: false },
      { text: 'Dead fish were reported in 2021.', line: 20, bullet: true },
      { text: 'Cloudy water was reported in 2023.', line: 21, bullet: true },
    ]);
  });
});
