import { describe, expect, it } from 'vitest';
import { recogniseLanguages } from '../../../src/import/languages.js';
import { doc, valueOf } from './helpers.js';

// An older UA's action line names the officials' languages after the channels: in English, French,
// Spanish or German, on one line or wrapped at a fixed width onto the next. "Your own language"
// invites the reader and is dropped; a line asking for letters "in support of" names none.
describe('languages named in an action line, on one line or wrapped onto the next', () => {
  const rows: Array<{ text: string; expected: string[] | undefined }> = [
    { text: 'RECOMMENDED ACTION: Please send telegrams/telexes/faxes/express/airmail\nletters in Spanish or your own language:', expected: ['es'] },
    { text: 'Please send telegrams/telexes/faxes/express/airmail letters\nin French, Arabic or your own language:', expected: ['fr', 'ar'] },
    { text: 'ACTION RECOMMANDÉE : Envoyez des télégrammes, télex, fax ou lettres par avion, rédigés en espagnol ou dans votre propre langue :', expected: ['es'] },
    { text: 'ACTION RECOMMANDÉE : Envoyez des télégrammes, télex, fax ou lettres\npar avion, rédigés en anglais, en arabe ou dans votre propre langue :', expected: ['en', 'ar'] },
    { text: 'ACCIÓN RECOMENDADA: Envíen telegramas, télex, faxes o cartas urgentes en español o en su propio idioma:', expected: ['es'] },
    { text: 'ACCIÓN RECOMENDADA: Envíen cartas en las que expresen preocupación\ny pidan su libertad, en francés o en su propio idioma:', expected: ['fr'] },
    { text: 'EMPFOHLENE AKTIONEN: Schicken Sie Telegramme, Faxe oder Luftpostbriefe\nin spanischer Sprache oder auf Deutsch:', expected: ['es', 'de'] },
    { text: 'Bitte schreiben Sie Luftpostbriefe auf Englisch oder in Ihrer eigenen Sprache.', expected: ['en'] },
    { text: 'Please send letters in support of the\nprisoners to the address below.', expected: undefined },
  ];
  for (const r of rows) {
    it(`"${r.text.replace(/\n/g, ' / ')}"`, () => {
      expect(valueOf(recogniseLanguages(doc(r.text)))).toEqual(r.expected);
    });
  }
});
