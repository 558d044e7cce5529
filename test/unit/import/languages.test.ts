import { describe, expect, it } from 'vitest';
import { languageCodes, recogniseLanguages } from '../../../src/import/languages.js';
import { doc } from './helpers.js';

describe('languageCodes', () => {
  const rows: Array<{ input: string; expected: string[] }> = [
    { input: 'English, Spanish, or your own language.', expected: ['en', 'es'] },
    { input: 'Spanish, English', expected: ['es', 'en'] },
    { input: 'español, inglés o su propio idioma', expected: ['es', 'en'] },
    { input: 'français, arabe', expected: ['fr', 'ar'] },
    { input: 'Belarusian, Russian, English', expected: ['be', 'ru', 'en'] },
    // The older German name of Belarusian, with "ß" or "ss": no Russian inside it.
    { input: 'in gutem Weißrussisch oder auf Deutsch', expected: ['be', 'de'] },
    { input: 'Weissrussisch, Russisch, Englisch', expected: ['be', 'ru', 'en'] },
    { input: 'Farsi or English', expected: ['fa', 'en'] },
    { input: 'Indonesian, English or your own language', expected: ['id', 'en'] },
    { input: 'your own language', expected: [] },
    { input: 'gutem Persisch, Englisch oder auf Deutsch', expected: ['fa', 'en', 'de'] },
    { input: 'engelska eller ryska', expected: ['en', 'ru'] },
    // ICU's names in the sections' languages: Portuguese, Dutch.
    { input: 'português, inglês ou russo', expected: ['pt', 'en', 'ru'] },
    { input: 'espanhol ou a sua própria língua', expected: ['es'] },
    { input: 'Engels of Turks', expected: ['en', 'tr'] },
    // Swahili and Tigrinya as German, French and Spanish pages spell them.
    { input: 'in gutem Englisch, Swaheli oder auf Deutsch', expected: ['en', 'sw', 'de'] },
    { input: 'in gutem Tigrinya, Arabisch, Englisch oder auf Deutsch', expected: ['ti', 'ar', 'en', 'de'] },
    { input: 'Kisuaheli, Englisch', expected: ['sw', 'en'] },
    { input: 'Tigrinisch, Amharisch oder Englisch', expected: ['ti', 'am', 'en'] },
    { input: 'Swahili, Tigrinya or Amharic', expected: ['sw', 'ti', 'am'] },
    { input: 'en amharique ou en tigrigna', expected: ['am', 'ti'] },
  ];
  for (const { input, expected } of rows) {
    it(`reads "${input}" as [${expected.join(', ')}]`, () => {
      expect(languageCodes(input)).toEqual(expected);
    });
  }
});

describe('recogniseLanguages', () => {
  it('reads the labelled line in English, Spanish and French', () => {
    expect(recogniseLanguages(doc('PREFERRED LANGUAGE TO ADDRESS TARGET: English, Spanish, or your own language.'))).toMatchObject({ value: ['en', 'es'], line: 1, confidence: 'high' });
    expect(recogniseLanguages(doc('IDIOMA PREFERIDO PARA DIRIGIRSE A LOS DESTINATARIOS: español'))).toMatchObject({ value: ['es'] });
    expect(recogniseLanguages(doc('LANGUE À PRIVILÉGIER POUR LA RÉDACTION DE VOS APPELS : français'))).toMatchObject({ value: ['fr'] });
  });

  it('reports a label without a language it knows', () => {
    expect(recogniseLanguages(doc('PREFERRED LANGUAGE TO ADDRESS TARGET: Klingon'))).toEqual({ found: false, reason: 'line 1: no language name in "Klingon"' });
  });

  it('reads the wordings of section pages that have no label', () => {
    expect(recogniseLanguages(doc('x\nBitte schreiben Sie sofort. Schreiben Sie in gutem Persisch, Englisch oder auf Deutsch.'))).toMatchObject({ value: ['fa', 'en', 'de'], line: 2, confidence: 'high' });
    expect(recogniseLanguages(doc('Skriv gärna på engelska eller ryska. Skriv senast den 15 maj.'))).toMatchObject({ value: ['en', 'ru'], line: 1 });
    expect(recogniseLanguages(doc('Please write urgently in your own words or using the template letter in English or Russian to:'))).toMatchObject({ value: ['en', 'ru'], line: 1 });
    expect(recogniseLanguages(doc('Escreva em português ou em inglês antes de 30 de setembro.'))).toMatchObject({ value: ['pt', 'en'], line: 1 });
    // Polish names the language by its adverb ("po japońsku"): ICU's Polish name with "-u" for "-i".
    expect(recogniseLanguages(doc('Prosimy o pilne pisanie apeli po japońsku, angielsku lub we własnym języku:'))).toMatchObject({ value: ['ja', 'en'], line: 1 });
    expect(recogniseLanguages(doc('Napiszcie list do ministra po rosyjsku albo po polsku.'))).toMatchObject({ value: ['ru', 'pl'] });
    expect(recogniseLanguages(doc('Spotkanie po angielsku w piątek.')).found).toBe(false);
    expect(recogniseLanguages(doc('Língua preferida: português, inglês'))).toMatchObject({ value: ['pt', 'en'], line: 1, confidence: 'high' });
    // "Write a letter … in …": the language list follows the letter, not the verb.
    expect(recogniseLanguages(doc('Veuillez écrire une lettre polie en arabe ou en anglais au ministre Jane Beispiel:'))).toMatchObject({ value: ['ar', 'en'], line: 1 });
    expect(recogniseLanguages(doc('Please send a short polite letter in English or Spanish to the governor.'))).toMatchObject({ value: ['en', 'es'], line: 1 });
  });

  const letters: Array<{ lang: string; text: string }> = [
    { lang: 'en', text: 'I am writing to ask for the release of the student, who has been held without trial for two years.' },
    { lang: 'es', text: 'Le escribo para expresarle mi preocupación por la detención del dirigente sindical, que sigue incomunicado.' },
    { lang: 'fr', text: 'Je vous écris au sujet du journaliste condamné à dix-huit mois de prison pour un article sur la gestion de l’eau.' },
    { lang: 'de', text: 'Ich fordere Sie auf, den Gewerkschafter umgehend und bedingungslos freizulassen und die Vorwürfe untersuchen zu lassen.' },
    { lang: 'sv', text: 'Studenten dömdes i mars till sex års fängelse för att ha delat inlägg om fredliga protester.' },
  ];
  for (const { lang, text } of letters) {
    it(`falls back on the sample letter's language: ${lang}`, () => {
      expect(recogniseLanguages(doc('URGENT ACTION'), { text, line: 9 })).toMatchObject({ found: true, value: [lang], confidence: 'medium', line: 9 });
    });
  }

  it("takes the letter's language as its reader detected it, without asking the detector again", () => {
    const text = 'I am writing to ask for the release of the student, who has been held without trial for two years.';
    expect(recogniseLanguages(doc('URGENT ACTION'), { text, line: 9, detected: 'en' })).toMatchObject({ found: true, value: ['en'] });
    // The reader could not tell: no language is guessed, whatever the text.
    expect(recogniseLanguages(doc('URGENT ACTION'), { text, line: 9, detected: undefined })).toMatchObject({ found: false });
  });

  it('does not guess from a letter too short to tell', () => {
    expect(recogniseLanguages(doc('URGENT ACTION'), { text: 'Free them now.', line: 3 })).toMatchObject({ found: false });
  });

  it('reports a missing label', () => {
    expect(recogniseLanguages(doc('URGENT ACTION'))).toMatchObject({ found: false });
  });

  // The case format's languages are the officials': a page's own prose tells only its readers'.
  it.each([
    ['German, case abroad', 'Briefaktion: Freiheit für Omar Beispiel\nDer Journalist Omar Beispiel sitzt seit zwei Jahren ohne Anklage in Haft und darf keinen Anwalt sehen.\nBitte schreiben Sie an den Justizminister von Ruritanien und fordern Sie seine sofortige Freilassung.'],
    ['Spanish, case abroad', 'Acción: libertad para Ana Ejemplo\nLa defensora Ana Ejemplo fue detenida hace un mes tras una protesta pacífica frente al ministerio.\nPedimos a las autoridades de Ruritania que la liberen de inmediato y sin condiciones.'],
    ['English, case at home', 'Action alert: stop the eviction\nFamilies in the Riverside settlement have been told to leave their homes within a week without any offer of other housing.\nPlease contact the Minister of Housing and ask her to halt the eviction at once.'],
  ])('gives no language for a page with neither label nor letter (%s)', (_, page) => {
    expect(recogniseLanguages(doc(page))).toMatchObject({ found: false });
  });
});

describe("a site's language switcher under the headline", () => {
  const rows = ['Idioma: English | Español | Français', 'Langue : English · Español · Français', 'Sprache: Deutsch | English | Français'];
  for (const switcher of rows) {
    it(`is no preferred language: "${switcher.replace('\n', ' / ')}"`, () => {
      const page = doc(`RURITANIA: RELEASE JANE EXAMPLE\n${switcher}\n\nDear Minister,\nI urge you to release Jane Example immediately and unconditionally, as she is held only for her views.\nYours sincerely,`);
      const letter = { text: 'I urge you to release Jane Example immediately and unconditionally, as she is held only for her views.', line: 6 };
      expect(recogniseLanguages(page, letter)).toMatchObject({ value: ['en'], confidence: 'medium' });
    });
  }
});
