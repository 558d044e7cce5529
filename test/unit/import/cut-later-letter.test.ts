// A page may give its letter, then the same letter in another language, and be cut a few words
// into that second one ("Dear Governor Example," / "I a"). The second letter's greeting tells its
// language: the draft lists it after the first letter's, and keeps no section of the fragment. A
// Chinese letter under its heading, closed by "敬此", may be followed by its English version too.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';

const germanLetter = [
  'Drohende Hinrichtung eines Dichters in Beispielland',
  '',
  'Der Dichter Tomas Beispiel wurde wegen eines Gedichts zum Tode verurteilt.',
  '',
  'Sehr geehrter Herr Gouverneur,',
  '',
  'mit großer Sorge habe ich von dem Todesurteil gegen den Dichter Tomas Beispiel erfahren.',
  '',
  'Ich fordere Sie auf, das Urteil aufzuheben und Tomas Beispiel umgehend freizulassen.',
  '',
  'Hochachtungsvoll',
  '',
];

const chineseLetter = [
  '【例國】律師因貼文被起訴',
  '',
  '林例明是一名人權律師,因在社群媒體上發文而被起訴。',
  '',
  '訴求範本信',
  '',
  '例司長 您好:',
  '',
  '我來信表達我對林例明的深切關注。她只是和平表達意見,不應被起訴。',
  '',
  '我在此呼籲您撤銷對林例明的所有指控。',
  '',
  '敬此',
];

const rows = [
  {
    name: 'a later letter cut under its greeting',
    page: [...germanLetter, 'Dear Governor Example,', '', 'I a'],
    languages: ['de', 'en'],
    sections: 1,
  },
  {
    name: 'a later letter whose greeting ends the page',
    page: [...germanLetter, 'Dear Governor Example,'],
    languages: ['de', 'en'],
    sections: 1,
  },
  {
    name: "the page's own word to its readers under the closing is no letter",
    page: [...germanLetter, 'Dear supporters,', '', 'Thank you for taking action today.'],
    languages: ['de'],
    sections: 1,
  },
  {
    name: 'a Chinese letter, then the start of its English version',
    page: [...chineseLetter, 'Dear Secretary Example:', '', 'I am w'],
    languages: ['zh', 'en'],
    sections: 1,
  },
];

describe('a later letter in another language', () => {
  it.each(rows)('$name', (row) => {
    const result = importDocument(row.page.join('\n'), { source: 'cut-later-letter.txt' });
    const { findings } = result;
    expect(findings.languages.found ? findings.languages.value : []).toEqual(row.languages);
    expect(result.caseText.match(/^## Letter/gm)?.length ?? 0).toBe(row.sections);
    // The first letter stops above the later one's greeting.
    const letter = findings.letter.found ? findings.letter.value.paragraphs.map((p) => p.text).join('\n') : '';
    expect(letter).not.toMatch(/Dear/);
  });
});
