import { describe, expect, it } from 'vitest';
import { splitAddressedLetter } from '../../../src/import/addressed-letter.js';

describe('a letter pasted with its line breaks lost, "Aan: …" then the greeting and the letter', () => {
  const letter = 'ik schrijf u over Jane Doe, een studente die op 3 maart werd gearresteerd.';
  const rows: Array<{ input: string; expected: string[] | undefined }> = [
    {
      input: `Aan: Zijne excellentie, de ambassadeur van Voorbeeldland Dorpsweg 20-22 2585 JX Den Haag Excellentie, ${letter} Hoogachtend,`,
      expected: ['Aan:', 'Zijne excellentie', 'de ambassadeur van Voorbeeldland', 'Dorpsweg 20-22', '2585 JX Den Haag', 'Excellentie,', letter, 'Hoogachtend,'],
    },
    {
      input: 'To: H.E. Mary Major, Ambassador of Exampleland 2 Example Road London W8 4DB Dear Ambassador, I am writing to ask you to urge your government to release Jane Doe.',
      expected: ['To:', 'H.E.', 'Mary Major, Ambassador of Exampleland', '2 Example Road London W8 4DB', 'Dear Ambassador,', 'I am writing to ask you to urge your government to release Jane Doe.'],
    },
    // A whole page on one line, no label: the page's own text, then the addressee from his courtesy title, the office parted from the institution.
    {
      input: `Briefvorlage: Bitte drucken Sie den Brief aus, unterschreiben Sie ihn und schicken Sie ihn an die Botschaft. An Seiner Exzellenz Präsident Max Beispiel Botschaft der Republik Beispielland Beispielweg 4 10117 Berlin Exzellenz, ich möchte Sie bitten, sich für die Freilassung von Erika Muster einzusetzen, die seit März ohne Anklage in Haft ist.`,
      expected: ['Briefvorlage: Bitte drucken Sie den Brief aus, unterschreiben Sie ihn und schicken Sie ihn an die Botschaft. An', '', 'Seiner Exzellenz', 'Präsident Max Beispiel', 'Botschaft der Republik Beispielland', 'Beispielweg 4', '10117 Berlin', 'Exzellenz,', 'ich möchte Sie bitten, sich für die Freilassung von Erika Muster einzusetzen, die seit März ohne Anklage in Haft ist.'],
    },
    // "Tobias" may end the country's name or open the street: the line stays whole, reported as skipped.
    { input: `Aan: Zijne Excellentie de heer Jan Voorbeeld, Ambassadeur van Voorbeeldland Tobias Asserlaan 8 2517 KC Den Haag Excellentie, ${letter}`, expected: undefined },
    // A courtesy title in the address is no greeting: no address comes before it.
    { input: `Aan: Zijne Excellentie, de ambassadeur van Voorbeeldland, ${letter}`, expected: undefined },
  ];
  for (const { input, expected } of rows) {
    it(`reads "${input.slice(0, 60)}…" ${expected ? 'as the lines it was printed in' : 'as it is'}`, () => {
      expect(splitAddressedLetter(input)).toEqual(expected);
    });
  }
});
