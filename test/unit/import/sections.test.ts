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

  // A page that prints its officials right under the headline, with no blank line between them:
  // read as a summary, the block hid the officials, and the page had none.
  it.each([
    ['Tratamiento: Your Excellency / Excelencia'],
    ['Fax: +00 10 1234 5678'],
    ['Email: minister@example.gov'],
  ])('finds no summary in an official\'s block holding "%s"', (field) => {
    const page = doc(`Annex: model letter to the authorities\n\nJane Example Buzhang\n2 Example Road\nExampletown 100017\n${field}\nDear Minister,\nI write about John Doe.`);
    expect(recogniseSummary(page).found).toBe(false);
  });
  it('keeps a summary that names an email in a sentence', () => {
    const page = doc('Annex: model letter\n\nJohn Doe was held on 3 May; his family wrote to info@example.org for news.\n\nDear Minister,\nI write about John Doe.');
    expect(recogniseSummary(page).found).toBe(true);
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

  it.each(['Met vriendelijke groet,', 'Met vriendelijke groeten,', 'Hoogachtend,', 'Met de meeste hoogachting,'])('ends a Dutch letter at "%s"', (closing) => {
    const nl = doc(`URGENT ACTION\nCOLOMBIA: X\nSamenvatting.\n\nGeachte minister,\n\nIk schrijf u over de journaliste die in Bogotá is gearresteerd.\n\n${closing}\nJane Roe`);
    expect(recogniseSampleLetter(nl)).toMatchObject({ confidence: 'high', value: { paragraphs: [{ text: 'Ik schrijf u over de journaliste die in Bogotá is gearresteerd.' }] } });
  });

  it('opens the letter at a greeting of "H.E." and the office, as the IS template has it', () => {
    const text = doc('URGENT ACTION\nPERU: X\nSummary.\n\nH.E. President Jane Example,\nI am writing to you about the people held without charge since the protest.\nYours sincerely,');
    expect(recogniseSampleLetter(text)).toMatchObject({ found: true, confidence: 'high', value: { paragraphs: [{ text: 'I am writing to you about the people held without charge since the protest.' }] } });
  });

  it('does not take an official\'s "H.E." line for a greeting', () => {
    const text = doc('URGENT ACTION\nPERU: X\nSummary.\n\nH.E. Jane Example\nPresident of the Republic\nPalacio de Gobierno, Lima\nEmail: office@example.pe');
    expect(recogniseSampleLetter(text)).toMatchObject({ found: false });
  });

  it('is less sure where a letter without a closing ends', () => {
    const text = doc('URGENT ACTION\nPERU: X\nSummary.\n\nDear Minister,\n\nI am writing to you about the people held without charge since the protest.\n\nADDITIONAL INFORMATION\nMore.');
    expect(recogniseSampleLetter(text)).toMatchObject({ found: true, confidence: 'medium' });
  });
});

// A letter with no greeting, under its heading: group pages and short calls to action.
describe('recogniseSampleLetter without a greeting', () => {
  const rows: Array<{ what: string; text: string; first: string | undefined; paragraphs?: number; lang?: string }> = [
    {
      what: 'the text after a "Suggested message:" label, up to the page\'s comment form',
      text: 'Please send a card to:\n\nMinister of Justice Jane Doe\nMinistry of Justice\nExample Square\n\nSuggested message: We urge you to release the teacher Omar Example at once and to drop every charge against him.\n\n\nLeave a comment\n\nLog in to reply',
      first: 'We urge you to release the teacher Omar Example at once and to drop every charge against him.',
      paragraphs: 1,
      lang: 'en',
    },
    {
      what: 'a German letter under "Musterbrief" alone on its line, to its closing',
      text: 'Musterbrief\n\nBitte sorgen Sie dafür, dass der Journalist Jan Muster sofort und bedingungslos freigelassen wird.\n\nBitte stellen Sie sicher, dass er bis dahin Zugang zu seinem Anwalt und seiner Familie erhält.\n\nHochachtungsvoll\n\nName, Adresse',
      first: 'Bitte sorgen Sie dafür, dass der Journalist Jan Muster sofort und bedingungslos freigelassen wird.',
      paragraphs: 2,
      lang: 'de',
    },
    {
      what: 'a French letter after "Modèle de lettre :" with its text on the same line',
      text: "Modèle de lettre : Je vous demande de libérer immédiatement la militante Jeanne Exemple et d'abandonner toutes les charges retenues contre elle.\nContact : groupe@example.org",
      first: "Je vous demande de libérer immédiatement la militante Jeanne Exemple et d'abandonner toutes les charges retenues contre elle.",
      paragraphs: 1,
      lang: 'fr',
    },
    {
      what: 'nothing when the heading is followed by an address, not running text',
      text: 'Sample letter\n\nMinister of Justice\nExample Square 1\nExample City',
      first: undefined,
    },
    {
      what: 'nothing from an English page\'s "Brief:" summary label',
      text: 'Brief: The teacher Omar Example was arrested on 3 May and has been held without charge since then.',
      first: undefined,
    },
  ];
  it.each(rows)('reads $what', ({ text, first, paragraphs, lang }) => {
    const letter = recogniseSampleLetter(doc(text));
    expect(letter.found ? letter.value.paragraphs[0]?.text : undefined).toBe(first);
    if (letter.found) {
      expect(letter.confidence).toBe('low');
      expect(letter.value.paragraphs).toHaveLength(paragraphs ?? 0);
      expect(letter.value.detected).toBe(lang);
    }
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
