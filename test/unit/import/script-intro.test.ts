// A line ending in a colon that presents the letter or a call's script ("Voici un message suggéré :",
// "Mensaje sugerido:", "Vorschlag für Ihren Anruf:") has running text under it, as a bare salutation
// does ("Fiscal General de México:"); but it greets nobody, so it is never an official's
// salutation. The letter it presents is the sample letter; a call's script is not.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = (lines: { writeTo: string; official: string[]; intro: string[]; letter: string; closing: string; deadline: string }) =>
  [
    'Exampleland: journalist held without charge',
    '',
    'Karim Beispiel, a journalist, has been held since 3 March 2026 without charge or trial.',
    '',
    lines.writeTo,
    ...lines.official,
    '',
    ...lines.intro,
    lines.letter,
    lines.closing,
    '',
    lines.deadline,
  ].join('\n');

const official = (honorificName: string, title: string, email: string) => [honorificName, title, '12 Example Street', 'Example City, Exampleland', `Email: ${email}`];

const rows = [
  {
    lang: 'fr', intro: ['Voici un message suggéré :'], writeTo: 'Écrivez au ministre de la Justice :', official: official('Monsieur Jean Exemple', 'Ministre de la Justice', 'ministre@justice.example.org'),
    letter: 'Je vous écris pour vous demander de libérer Karim Beispiel immédiatement et sans condition.', closing: "Veuillez agréer l'expression de ma haute considération.", deadline: 'Envoyez vos appels avant le 30 avril 2026.', letterRead: true,
  },
  {
    lang: 'en', intro: ['Here is a suggested message:'], writeTo: 'Write to the Minister of Justice:', official: official('Mr John Example', 'Minister of Justice', 'minister@justice.example.org'),
    letter: 'I am writing to ask you to release Karim Beispiel immediately and unconditionally, and to drop every charge.', closing: 'Yours sincerely,', deadline: 'Please send appeals before 30 April 2026.', letterRead: true,
  },
  {
    lang: 'es', intro: ['Mensaje sugerido:'], writeTo: 'Escribe al ministro de Justicia:', official: official('Sr. Juan Ejemplo', 'Ministro de Justicia', 'ministro@justicia.example.org'),
    letter: 'Le escribo para pedirle que ponga en libertad a Karim Beispiel de inmediato y sin condiciones.', closing: 'Atentamente,', deadline: 'Envía tus llamamientos antes del 30 de abril de 2026.', letterRead: true,
  },
  {
    // A call's script is read out on the phone: neither a salutation nor the letter.
    lang: 'de', intro: ['Vorschlag für Ihren Anruf:'], writeTo: 'Schreiben Sie an den Justizminister:', official: official('Herrn Max Muster', 'Justizminister', 'minister@justiz.example.org'),
    letter: 'Ich rufe an, um die sofortige und bedingungslose Freilassung von Karim Beispiel zu fordern, der ohne Anklage festgehalten wird.', closing: 'Vielen Dank.', deadline: 'Bitte schreiben Sie bis zum 30. April 2026.', letterRead: false,
  },
  {
    // Under the letter's own heading, the line that points at the text is no greeting either.
    lang: 'en', intro: ['Sample letter', 'Here is what you can write:'], writeTo: 'Write to the Minister of Justice:', official: official('Mr John Example', 'Minister of Justice', 'minister@justice.example.org'),
    letter: 'I am writing to ask you to release Karim Beispiel immediately and unconditionally, and to drop every charge.', closing: 'Yours sincerely,', deadline: 'Please send appeals before 30 April 2026.', letterRead: true,
  },
];

describe('a line that presents the letter or a script', () => {
  it.each(rows)('$lang "$intro" is no salutation', (row) => {
    const result = importDocument(page(row), { source: `intro-${row.lang}.txt` });
    const [target, ...others] = draftTargets(result.caseText);
    expect(others).toEqual([]);
    expect(target?.salutation).toBeUndefined();
    const intro = (row.intro.at(-1) ?? '').replace(/\s*:$/, '');
    expect(result.caseText).not.toMatch(new RegExp(`salutation: .*${intro}`));
    if (row.letterRead) expect(result.caseText).toContain(`## Letter\n\n${row.letter}`);
    else expect(result.caseText).not.toContain(`\n${row.letter}`);
  });
});
