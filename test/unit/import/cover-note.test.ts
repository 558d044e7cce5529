// A group's page of two letters: a cover note to the embassy that hands over the letter (its
// enclosure line, or the sentence that hands it over), then, under the next addressee's block, the
// letter to the official the case is about. That letter is the sample; the note's language follows
// the letter's in the draft's languages, and the note makes no section of the draft. A page of two
// letters whose first hands nothing over keeps its first letter as the sample.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';

const page = (note: { greeting: string; lines: string[] }, letter: { greeting: string; lines: string[] }) => [
  'Gruppe Beispielstadt',
  '',
  'Brief des Monats',
  '',
  'Botschaft von Beispielland',
  'S. E. Herrn Max Exemplar',
  'Musterstraße 5',
  '10115 Berlin',
  '',
  note.greeting,
  '',
  ...note.lines,
  '',
  'Minister Alex Example',
  'Ministry of the Interior',
  '1 Sample Road',
  'Example City',
  'EXAMPLELAND',
  '',
  letter.greeting,
  '',
  ...letter.lines,
].join('\n');

const germanNote = {
  greeting: 'Exzellenz,',
  lines: [
    'hiermit übergebe ich Ihnen ein Schreiben an Minister Alex Example, in dem er gebeten wird, den Journalisten Sam Beispiel sofort freizulassen.',
    '',
    'Vielen Dank für Ihre Bemühungen.',
    '',
    'Anlage: 1 Kopie',
  ],
};

const englishLetter = {
  greeting: 'Dear Minister,',
  lines: [
    'I am deeply concerned about the journalist Sam Beispiel, who has been held without charge since March.',
    '',
    'I urge you to release him immediately and unconditionally, as he is held only for his reporting.',
    '',
    'Yours sincerely,',
  ],
};

const rows = [
  {
    name: 'a German note with its enclosure line, an English letter closed',
    text: page(germanNote, englishLetter),
    languages: ['en', 'de'],
    letter: 'I am deeply concerned about the journalist Sam Beispiel',
    sections: 1,
  },
  {
    name: 'the note hands the letter over, the page cut inside the letter',
    text: page({ greeting: germanNote.greeting, lines: germanNote.lines.slice(0, 3) }, { greeting: englishLetter.greeting, lines: ['I am deeply concerned about the journalist Sam Beispiel, who has been held without charge since March.', '', 'I urge you to rel'] }),
    languages: ['en', 'de'],
    letter: 'I am deeply concerned about the journalist Sam Beispiel',
    sections: 1,
  },
  {
    // A line presenting the letter heads its addressee's block, no blank line between.
    name: 'the letter\'s block headed by a line that presents it',
    text: page(germanNote, englishLetter).replace('\nMinister Alex Example', '\nUnd hier der eigentliche Brief an den Minister\nMinister Alex Example'),
    languages: ['en', 'de'],
    letter: 'I am deeply concerned about the journalist Sam Beispiel',
    sections: 1,
  },
  {
    name: 'two letters, the first handing nothing over',
    text: page(
      { greeting: 'Exzellenz,', lines: ['ich bitte Sie, sich bei Ihrer Regierung für den Journalisten Sam Beispiel einzusetzen, der seit März ohne Anklage festgehalten wird.', '', 'Vielen Dank für Ihre Bemühungen.'] },
      englishLetter,
    ),
    languages: undefined,
    letter: 'ich bitte Sie, sich bei Ihrer Regierung',
    sections: undefined,
  },
];

describe('a cover note and the letter it hands over', () => {
  it.each(rows)('$name', (row) => {
    const result = importDocument(row.text, { source: 'cover-note.txt' });
    const { findings } = result;
    const letter = findings.letter.found ? findings.letter.value.paragraphs.map((p) => p.text).join('\n') : '';
    expect(letter.startsWith(row.letter)).toBe(true);
    if (row.languages !== undefined) expect(findings.languages.found ? findings.languages.value : []).toEqual(row.languages);
    if (row.sections !== undefined) {
      expect(result.caseText.match(/^## Letter/gm)?.length ?? 0).toBe(row.sections);
      expect(letter).not.toMatch(/Exzellenz|hiermit|Anlage/);
    }
  });
});
