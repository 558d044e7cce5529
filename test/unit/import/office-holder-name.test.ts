// The name of an office's holder, read after the office's word or before a comma and the office
// (office-holder.ts, nameFrom): one list of the particles a name may hold inside it ("bin", "binti",
// "dos", …) and one cap, a name's seven words (isPersonName's), for an office named in an instruction
// and for a monarch named under a letter in the page's own language. A longer run is refused, never cut.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const targets = (page: string) => draftTargets(importDocument(page, { source: 'p.txt' }).caseText).map((t) => `${String(t.name)} · ${String(t.title ?? '-')}`);
const story = 'Die Journalistin Ana Muster wurde im Mai festgenommen, weil sie über Korruption berichtet hatte. Seither ist sie ohne Anklage in Haft.';
const letter = ['I am writing to you about the blogger Sam Example, sentenced to ten years in prison for his posts.', '', 'I urge you to release him at once.', '', 'Yours sincerely,'];
const kingPage = (under: string) => ['Letter to the King of Exampleland', '', 'Your Majesty,', '', ...letter, '', under, ''].join('\n');

describe("an office's holder, his name with its particles, up to seven words", () => {
  const rows: Array<{ what: string; page: string; expected: string[] }> = [
    {
      what: '"binti" (Malay) inside the name, after the office (German)',
      page: `Valdorien: Ana Muster\n\n${story} Unter Präsidentin Siti binti Contoh greifen die Behörden zu Militärprozessen.\n\nBitte schreiben Sie Briefe an die Präsidentin von Valdorien und fordern Sie sie auf, Ana Muster freizulassen.\n`,
      expected: ['Siti binti Contoh · Präsidentin von Valdorien'],
    },
    {
      what: '"binti" inside the name, before a comma and the office',
      page: `Valdorien: Ana Muster\n\n${story} Nur Aisyah binti Contoh, Präsidentin Valdoriens, schweigt dazu.\n\nBitte schreiben Sie Briefe an die Präsidentin und fordern Sie sie auf, Ana Muster freizulassen.\n`,
      expected: ['Nur Aisyah binti Contoh · Präsidentin'],
    },
    {
      what: 'seven words with "binti" after the office (English): the whole name, not its first two words',
      page: 'Free Ana Sample\n\nPlease write to the Prime Minister and urge her to free Ana Sample.\n\nIn May, Prime Minister Nur Aisyah binti Abdul Karim Al Contoh said the case was closed.\n',
      expected: ['Nur Aisyah binti Abdul Karim Al Contoh · Prime Minister'],
    },
    {
      what: 'seven words after the office (German), as a king\'s name is read',
      page: `Valdorien: Ana Muster\n\n${story} Unter Präsident Salim bin Rashid bin Karim Al Beispiel greifen die Behörden zu Militärprozessen.\n\nBitte schreiben Sie Briefe an den Präsidenten von Valdorien und fordern Sie ihn auf, Ana Muster freizulassen.\n`,
      expected: ['Salim bin Rashid bin Karim Al Beispiel · Präsident von Valdorien'],
    },
    {
      what: 'seven words before a comma and the office: the whole name, not its last five words',
      page: `Valdorien: Ana Muster\n\n${story} Salim bin Rashid bin Karim Al Beispiel, Präsident Valdoriens, schweigt dazu.\n\nBitte schreiben Sie Briefe an den Präsidenten und fordern Sie ihn auf, Ana Muster freizulassen.\n`,
      expected: ['Salim bin Rashid bin Karim Al Beispiel · Präsident'],
    },
    {
      what: 'eight capitalised words before a comma and the office: too long for a name, none taken (not its last words)',
      page: `Valdorien: Ana Muster\n\n${story} Salim bin Rashid bin Karim Al Beispiel Nord, Präsident Valdoriens, schweigt dazu.\n\nBitte schreiben Sie Briefe an den Präsidenten und fordern Sie ihn auf, Ana Muster freizulassen.\n`,
      expected: ['Präsident · -'],
    },
    {
      what: 'a king named in Portuguese under the letter, "dos" inside his name',
      page: kingPage('Escrevi esta carta em 2019 ao Rei João dos Exemplos Muster, o rei do país.'),
      expected: ['João dos Exemplos Muster · King of Exampleland'],
    },
    {
      what: 'a king named in Dutch under the letter, "dos" inside his name, then his first name alone',
      page: kingPage('Deze brief schreef ik aan Koning Pedro dos Voorbeeld. Koning Pedro heeft niet geantwoord.'),
      expected: ['Pedro dos Voorbeeld · King of Exampleland'],
    },
  ];
  it.each(rows)('$what', ({ page, expected }) => {
    expect(targets(page)).toEqual(expected);
  });
});
