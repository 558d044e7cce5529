// "Letter to the King of Exampleland" over "Your Majesty,": a group's page that names the king in
// its own language under the letter ("… aan Koning Karel bin Voorbeeld") writes to him, not to an
// office standing in for his name; two kings named leave no one to write to; none named, the office.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const letter = ['I am writing to you about the blogger Sam Example, sentenced to ten years in prison for his posts.', '', 'I urge you to release him at once.', '', 'Yours sincerely,'];
const pick = (t: Record<string, unknown>) => ({ name: t['name'], ...(t['title'] === undefined ? {} : { title: t['title'] }) });
const targets = (lines: string[]) => draftTargets(importDocument([...lines, ''].join('\n'), { source: 'blog.txt' }).caseText).map(pick);

describe("an office in a letter's headline, its holder named under the letter in another language", () => {
  const rows: Array<{ what: string; lines: string[]; expected: Array<Record<string, unknown>> }> = [
    {
      what: 'a Dutch blog: the king named after "Koning", his name with its particles',
      lines: ['Letter to the King of Saudi Arabia', '', 'Your Majesty,', '', ...letter, '', 'Deze brief schreef ik in 2019 aan Koning Karel bin Voorbeeld al-Muster, de koning van het land. Ik deed mee aan de schrijfmarathon.'],
      expected: [{ name: 'Karel bin Voorbeeld al-Muster', title: 'King of Saudi Arabia' }],
    },
    {
      what: 'a German blog: a queen, named after "Königin", and once more by her first name alone',
      lines: ['An open letter to the Queen of Denmark', '', 'Your Majesty,', '', ...letter, '', 'Im Mai hat Königin Margarete Beispiel das Land besucht. Königin Margarete hat auf die Briefe nicht geantwortet.'],
      expected: [{ name: 'Margarete Beispiel', title: 'Queen of Denmark' }],
    },
    {
      what: 'two different kings named: nobody can tell which is meant, and no official is made up',
      lines: ['Letter to the King of Saudi Arabia', '', 'Your Majesty,', '', ...letter, '', 'Ik schreef aan Koning Karel bin Voorbeeld en later aan Koning Willem Anders Muster.'],
      expected: [],
    },
  ];
  it.each(rows)('$what', ({ lines, expected }) => {
    expect(targets(lines)).toEqual(expected);
  });
});
