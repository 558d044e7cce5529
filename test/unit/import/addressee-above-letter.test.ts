// The official given only as a letter's envelope gives him (office and name, perhaps the
// institution and town with no number), right above the salutation that addresses him.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addresseeAboveLetter } from '../../../src/import/addressee-above-letter.js';
import { importDocument } from '../../../src/import/import-document.js';

describe('addresseeAboveLetter', () => {
  const rows: Array<{ lines: string[]; salutation: string; expected: number[] | undefined }> = [
    { lines: ['Minister of the Interior Jane Example', 'Ministry of the Interior Harbour Street Valdor City'], salutation: 'Dear Minister:', expected: [1] },
    { lines: ['Military Prosecutor, Col. Anton Beispiel'], salutation: 'Dear Military Prosecutor,', expected: [] },
    { lines: ["Ministre de l'Intérieur, M. Jean Exemple", "Ministère de l'Intérieur, Valdorville"], salutation: 'Monsieur le Ministre,', expected: [1] },
    { lines: ['Ministro del Interior, Sr. Tomás Ejemplo', 'Ministerio del Interior, Ciudad de Valdor'], salutation: 'Señor Ministro:', expected: [1] },
    // The salutation names the person rather than the office.
    { lines: ['Governor Jane Example', 'State House, Valdor City'], salutation: 'Dear Governor Example,', expected: [1] },
    // The salutation addresses someone else: the lines above are not its addressee.
    { lines: ['Minister of the Interior Jane Example'], salutation: 'Dear Governor,', expected: undefined },
    // A name with no office (a prisoner's name above the letter), or an office with no name.
    { lines: ['Jane Example'], salutation: 'Dear Jane Example,', expected: undefined },
    { lines: ['Ministry of the Interior'], salutation: 'Dear Minister,', expected: undefined },
    // A petition page's name alone: the greeting gives the office before two of its words.
    { lines: ['Lucía Ejemplar Fuentes Rojas'], salutation: 'Estimada Sra. presidenta Lucía Ejemplar,', expected: [] },
    { lines: ['Karim Beispiel Nowak'], salutation: 'Dear Minister Karim Beispiel,', expected: [] },
    // More lines than an envelope's head.
    { lines: ['Minister Jane Example', 'a', 'b', 'c', 'd'], salutation: 'Dear Minister,', expected: undefined },
  ];
  it.each(rows)('$lines / $salutation', ({ lines, salutation, expected }) => {
    expect(addresseeAboveLetter(lines, salutation)).toEqual(expected);
  });
});

const targetsOf = (caseText: string) => (parse(/^---\n([\s\S]*?)\n---\n/.exec(caseText)?.[1] ?? '') as { targets: Array<Record<string, unknown>> }).targets;

describe('a letter whose only official is the envelope above its salutation', () => {
  const rows = [
    {
      lang: 'en',
      text: 'Minister of the Interior Jane Example\nMinistry of the Interior Harbour Street Valdor City\n\nDear Minister:\nI am writing to ask you to release the teachers who have been held without charge since the strike in March.\n\nYours sincerely,',
      expected: { name: 'Jane Example', title: 'Minister of the Interior', salutation: 'Dear Minister', address: ['Ministry of the Interior Harbour Street Valdor City'] },
    },
    {
      lang: 'fr',
      text: "Ministre de l'Intérieur, M. Jean Exemple\nMinistère de l'Intérieur, Valdorville\n\nMonsieur le Ministre,\nJe vous écris pour vous demander de libérer les enseignants détenus sans inculpation depuis la grève du mois de mars.\n\nVeuillez agréer, Monsieur le Ministre, l'expression de ma haute considération.",
      expected: { name: 'Jean Exemple', salutation: 'Monsieur le Ministre', address: ["Ministère de l'Intérieur, Valdorville"] },
    },
    {
      lang: 'es',
      text: 'Ministro del Interior, Sr. Tomás Ejemplo\nMinisterio del Interior, Ciudad de Valdor\n\nSeñor Ministro:\nLe escribo para pedirle que libere a los maestros detenidos sin cargos desde la huelga del mes de marzo.\n\nAtentamente,',
      expected: { name: 'Tomás Ejemplo', salutation: 'Señor Ministro', address: ['Ministerio del Interior, Ciudad de Valdor'] },
    },
    {
      lang: 'en, one line',
      text: `Posted 2024-03-01\n\nMilitary Prosecutor, Lt.-Gen. Anton Beispiel Dear Military Prosecutor, I am writing concerning the teacher who is standing trial before the regional military court and faces up to twenty years in prison if convicted. ${'He has been held far from his family since his arrest in the spring. '.repeat(4)}Yours sincerely,`,
      expected: { name: 'Anton Beispiel', honorific: 'Lt.-Gen.', title: 'Military Prosecutor', salutation: 'Dear Military Prosecutor' },
    },
  ];
  for (const { lang, text, expected } of rows) {
    it(`is drafted with his office, name and address as printed (${lang})`, () => {
      const { caseText } = importDocument(text, { source: 'letter.txt' });
      expect(targetsOf(caseText)).toEqual([expect.objectContaining(expected)]);
      expect(caseText).toMatch(/^## Letter/m);
    });
  }

  it('says in a TODO that no way to reach him is printed, when none is', () => {
    const text = `Military Prosecutor, Col. Anton Beispiel Dear Military Prosecutor, I am writing concerning the teacher who is standing trial before the regional military court. ${'He has been held far from his family since his arrest in the spring. '.repeat(4)}Yours sincerely,`;
    const { caseText } = importDocument(text, { source: 'letter.txt' });
    expect(caseText).toContain('# TODO: no address, email, fax, phone or handle is printed for this official: add how the letter reaches this official');
    // An official with an address gets no such note.
    const withAddress = importDocument(rows[0]?.text ?? '', { source: 'letter.txt' }).caseText;
    expect(withAddress).not.toContain('no address, email, fax, phone or handle is printed');
  });

  it('is not drafted when the salutation addresses another office', () => {
    const text = 'Minister of the Interior Jane Example\nMinistry of the Interior Harbour Street Valdor City\n\nDear Governor,\nI am writing to ask you to release the teachers who have been held without charge since the strike in March.\n\nYours sincerely,';
    expect(targetsOf(importDocument(text, { source: 'letter.txt' }).caseText) ?? []).toEqual([]);
  });
});

describe('an official under a heading that announces him, with no contact line', () => {
  const letter = (opening: string, text: string, closing: string) => ['Schützt die Meinungsfreiheit!', '', 'Dein Appell', '', opening, '', text, '', closing, ''];
  const rows = [
    {
      lang: 'de',
      page: [...letter('Sehr geehrter Herr Beispiel,', 'mit Sorge habe ich erfahren, dass die Journalistin wegen eines Beitrags über die Wahlen festgenommen wurde.', 'Mit freundlichen Grüßen'), 'Appell an:', '', 'Menschenrechtsbeauftragter', '', 'Anton Beispiel', '', 'Haus der Min'],
      expected: { name: 'Anton Beispiel', salutation: 'Sehr geehrter Herr Beispiel', address: ['Haus der Min'] },
    },
    {
      lang: 'en',
      page: [...letter('Dear Minister Example,', 'I am writing to you about the journalist who was arrested for an article about the elections last month.', 'Yours sincerely,'), 'Write to:', '', 'Minister of Justice', 'Jane Example'],
      expected: { name: 'Jane Example', salutation: 'Dear Minister Example' },
    },
  ];
  for (const { lang, page, expected } of rows) {
    it(`is drafted when the letter's salutation addresses him (${lang})`, () => {
      expect(targetsOf(importDocument(page.join('\n'), { source: 'page.txt' }).caseText)).toEqual([expect.objectContaining(expected)]);
    });
  }

  it('is not drafted when the salutation addresses someone else', () => {
    const page = [...letter('Dear Governor,', 'I am writing to you about the journalist who was arrested for an article about the elections last month.', 'Yours sincerely,'), 'Write to:', '', 'Minister of Justice', 'Jane Example'];
    expect(targetsOf(importDocument(page.join('\n'), { source: 'page.txt' }).caseText) ?? []).toEqual([]);
  });
});
