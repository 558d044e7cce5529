// A page may head the list of those who get copies with the word alone ("And copy:", "Copie :",
// "Kopie:", "Con copia:"): the officials under it are copies, the heading is neither the letter's
// salutation nor an official, and the letter still starts at its own salutation.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isCopiesHeading, isHeading } from '../../../src/import/furniture.js';
import { importDocument } from '../../../src/import/import-document.js';

/** A page in the given language: one official to write to, the copies heading, an embassy, the letter. */
function page(lang: 'en' | 'fr' | 'de' | 'es', heading: string): string {
  const words = {
    en: ['Write to:', 'Minister of Justice', 'Mr. Tomas Varga', 'Justice Square 4', '1010 Valdor', 'Email: minister@justice.example.org', 'Salutation: Dear Minister,', 'Dear Minister,', 'I am writing to ask you to release the teacher who has been held without charge since March.', 'Yours sincerely,'],
    fr: ['Écrivez à :', 'Ministre de la Justice', 'M. Tomas Varga', '4, place de la Justice', '1010 Valdor', 'Courriel : ministre@justice.example.org', "Formule d'appel : Monsieur le Ministre,", 'Monsieur le Ministre,', "Je vous écris pour vous demander de libérer l'enseignant détenu sans inculpation depuis le mois de mars.", 'Veuillez agréer, Monsieur le Ministre, mes salutations distinguées.'],
    de: ['Schreiben Sie an:', 'Justizminister', 'Herr Tomas Varga', 'Justizplatz 4', '1010 Valdor', 'E-Mail: minister@justice.example.org', 'Anrede: Sehr geehrter Herr Minister,', 'Sehr geehrter Herr Minister,', 'ich schreibe Ihnen, um Sie zu bitten, den Lehrer freizulassen, der seit März ohne Anklage festgehalten wird.', 'Mit freundlichen Grüßen'],
    es: ['Escribe a:', 'Ministro de Justicia', 'Sr. Tomas Varga', 'Plaza de la Justicia 4', '1010 Valdor', 'Correo-e: ministro@justice.example.org', 'Tratamiento: Señor Ministro:', 'Señor Ministro:', 'Le escribo para pedirle que libere al maestro que está detenido sin cargos desde el mes de marzo.', 'Atentamente,'],
  }[lang];
  const [writeTo, office, name, street, town, email, salutation, opening, text, closing] = words;
  return [
    'URGENT ACTION',
    'VALDOR: TEACHER HELD WITHOUT CHARGE',
    '',
    writeTo,
    office,
    name,
    street,
    town,
    email,
    salutation,
    heading,
    'Embassy of Valdor',
    '12 Harbour Road',
    'Ottawa, ON K1A 0B1',
    'Tel: (613) 555-0100 Fax: (613) 555-0101',
    'Email: embassy@valdor.example.org',
    '',
    opening,
    text,
    closing,
  ].join('\n');
}

interface Target {
  name?: string;
  copy?: boolean;
  email?: string;
  phone?: string;
  fax?: string;
  address?: string[];
}

const targetsOf = (caseText: string): Target[] => (parse(/^---\n([\s\S]*?)\n---\n/.exec(caseText)?.[1] ?? '') as { targets: Target[] }).targets;

describe('a copies heading without "to"', () => {
  const rows: Array<{ lang: 'en' | 'fr' | 'de' | 'es'; heading: string }> = [
    { lang: 'en', heading: 'And copy:' },
    { lang: 'en', heading: 'Copy:' },
    { lang: 'en', heading: 'CC:' },
    { lang: 'en', heading: 'Copies' },
    { lang: 'fr', heading: 'Copie :' },
    { lang: 'fr', heading: 'Avec copie à :' },
    { lang: 'fr', heading: 'Copies pour information :' },
    { lang: 'de', heading: 'Kopie:' },
    { lang: 'de', heading: 'Mit Kopie an:' },
    { lang: 'es', heading: 'Con copia:' },
    { lang: 'es', heading: 'Copia:' },
  ];
  for (const { lang, heading } of rows) {
    it(`reads the embassy under "${heading}" (${lang}) as a copy, and the letter from its own salutation`, () => {
      const { caseText } = importDocument(page(lang, heading), { source: 'ua.txt' });
      const [minister, embassy, ...rest] = targetsOf(caseText);
      expect(rest).toEqual([]);
      expect(minister).toMatchObject({ name: 'Tomas Varga', email: expect.stringMatching(/^minist/) });
      expect(minister?.copy).toBeUndefined();
      expect(embassy).toMatchObject({ name: 'Embassy of Valdor', copy: true, email: 'embassy@valdor.example.org', phone: '(613) 555-0100', fax: '(613) 555-0101' });
      expect(caseText).not.toContain(heading.replace(/\s*:$/, ''));
      expect(caseText).toMatch(/^## Letter/m);
    });
  }

  it('is a heading only on a line of its own', () => {
    expect(['And copy:', 'Copie :', 'KOPIE', 'con copia:', 'cc', 'Copies Sent To:', 'e, para sua informação,', 'y, para su información,', 'e, per conoscenza,', 'et, pour information,'].map(isCopiesHeading)).toEqual([true, true, true, true, true, true, true, true, true, true]);
    expect(['Copy this letter and send it to the minister.', 'Copie conforme de la décision du tribunal', 'Kopie des Urteils', 'Copia del expediente judicial'].map(isCopiesHeading)).toEqual([false, false, false, false]);
    expect(isHeading('And copy:')).toBe(true);
  });
});

describe('a letter download that asks for a copy under its closing', () => {
  const rows = [
    { heading: 'Copy of this letter to:', opening: 'Your Excellency,', text: 'I am writing to ask you to release the teacher who has been held without charge since March.', closing: 'Yours sincerely,', copy: 'Embassy of the Kingdom of Valdor, Ottawa, Canada.', place: 'Ottawa, Canada' },
    { heading: 'Copie de cette lettre à :', opening: 'Monsieur le Ministre,', text: "Je vous écris pour vous demander de libérer l'enseignant détenu sans inculpation depuis le mois de mars.", closing: 'Veuillez agréer, Monsieur le Ministre, mes salutations distinguées.', copy: 'Ambassade du Royaume de Valdor, Paris, France.', place: 'Paris, France' },
    { heading: 'Kopie dieses Briefes an:', opening: 'Sehr geehrter Herr Minister,', text: 'ich schreibe Ihnen, um Sie zu bitten, den Lehrer freizulassen, der seit März ohne Anklage festgehalten wird.', closing: 'Mit freundlichen Grüßen', copy: 'Botschaft des Königreichs Valdor, Berlin, Deutschland', place: 'Berlin, Deutschland' },
    { heading: 'Copia de esta carta a:', opening: 'Señor Ministro:', text: 'Le escribo para pedirle que libere al maestro que está detenido sin cargos desde el mes de marzo.', closing: 'Atentamente,', copy: 'Embajada del Reino de Valdor, Madrid, España', place: 'Madrid, España' },
  ];
  for (const { heading, opening, text, closing, copy, place } of rows) {
    it(`reads the institution under "${heading}" as a copy, its town and country as its address`, () => {
      const page = ['Minister of Justice Tomas Varga', '', 'Justice Square 4', '', '1010 Valdor', '', 'Fax: +99 1 234 567', '', opening, text, '', closing, '', heading, '', copy, ''].join('\n');
      const [minister, embassy, ...rest] = targetsOf(importDocument(page, { source: 'letter.txt' }).caseText);
      expect(rest).toEqual([]);
      expect(minister).toMatchObject({ name: 'Tomas Varga', fax: '+99 1 234 567' });
      expect(embassy).toMatchObject({ name: copy.split(',')[0], address: [place], copy: true });
    });
  }
});

describe('the heading of the copies run onto the first line of the official to copy, under the closing', () => {
  const rows = [
    { heading: 'Copies to: Embassy of Valdor', opening: 'Dear Minister,', text: 'I am writing to ask you to release the teacher who has been held without charge since March.', closing: 'Yours sincerely,', street: '2 Example Road', town: 'London W8 4DB' },
    { heading: 'cc: Embassy of Valdor', opening: 'Dear Minister,', text: 'I am writing to ask you to release the teacher who has been held without charge since March.', closing: 'Yours sincerely,', street: '2 Example Road', town: 'London W8 4DB' },
    { heading: 'Kopie aan: Ambassade van Valdor', opening: 'Geachte minister,', text: 'Ik schrijf u om u te vragen de leraar vrij te laten die sinds maart zonder aanklacht vastzit.', closing: 'Hoogachtend,', street: 'Dorpsweg 79', town: '2587 CD Den Haag' },
    { heading: 'Kopie an: Botschaft von Valdor', opening: 'Sehr geehrter Herr Minister,', text: 'ich schreibe Ihnen, um Sie zu bitten, den Lehrer freizulassen, der seit März ohne Anklage festgehalten wird.', closing: 'Mit freundlichen Grüßen', street: 'Tiergartenstraße 5', town: '10785 Berlin' },
    { heading: 'Copia a: Embajada de Valdor', opening: 'Señor Ministro:', text: 'Le escribo para pedirle que libere al maestro que está detenido sin cargos desde el mes de marzo.', closing: 'Atentamente,', street: 'Calle Serrano 10', town: '28001 Madrid' },
  ];
  for (const { heading, opening, text, closing, street, town } of rows) {
    it(`reads "${heading}" and the lines under it as a copy, none of it the letter's text`, () => {
      const page = ['Minister of Justice Tomas Varga', 'Justice Square 4', '1010 Valdor', 'Fax: +99 1 234 567', '', opening, '', text, '', closing, '', '[name]', '', heading, street, town, ''].join('\n');
      const result = importDocument(page, { source: 'letter.txt' });
      const [minister, embassy, ...rest] = targetsOf(result.caseText);
      expect(rest).toEqual([]);
      expect(minister).toMatchObject({ name: 'Tomas Varga' });
      expect(embassy).toMatchObject({ name: heading.replace(/^[^:]+:\s*/, ''), address: [street, town], copy: true });
      expect(result.caseText).not.toMatch(new RegExp(`## Letter[\\s\\S]*${street}`));
    });
  }
});

describe('a short sentence after an address', () => {
  it('is running text, not an address line of the official above it', () => {
    const text = page('en', 'And copy:').replace('Email: embassy@valdor.example.org', 'Email: embassy@valdor.example.org\nThe officials can also be reached on social media.');
    const { caseText } = importDocument(text, { source: 'ua.txt' });
    expect(caseText).not.toMatch(/- The officials can also be reached/);
    expect(targetsOf(caseText)[1]?.address).toEqual(['12 Harbour Road', 'Ottawa, ON K1A 0B1']);
  });
});

describe('a heading over the officials and the copies together', () => {
  // Amnesty's template heads its one section of addresses "TARGET'S CONTACT DETAILS & "COPIES TO"":
  // the officials' own contact details first; the copies, if any, come under a heading of their own.
  it.each(['TARGET’S CONTACT DETAILS & “COPIES TO”', "TARGET'S CONTACT DETAILS AND COPIES TO"])('"%s" makes the official under it no copy', (heading) => {
    const text = ['URGENT ACTION', 'VALDOR: TEACHER HELD WITHOUT CHARGE', '', heading, 'Minister of Justice', 'Mr. Tomas Varga', 'Justice Square 4', '1010 Valdor', 'Email: minister@justice.example.org', 'Salutation: Dear Minister', '', 'Dear Minister,', 'I am writing to ask you to release the teacher who has been held without charge since March.', 'Yours sincerely,'].join('\n');
    expect(targetsOf(importDocument(text, { source: 'ua.txt' }).caseText).map((t) => [t.name, t.copy ?? false])).toEqual([['Tomas Varga', false]]);
  });
});
