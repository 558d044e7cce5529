// The office words live in one list (office-words.ts); the sentence reader, the building reader
// and the flattened-line reader each derive theirs from it, less the words each names as an
// exception. Every phrase of the list, so a word added to it tomorrow too, is an office to each.
import { describe, expect, it } from 'vitest';
import { isBuildingLine, IN_A_BUILDING } from '../../../src/import/building.js';
import { fold } from '../../../src/import/fold.js';
import { plainOffices } from '../../../src/import/office-words.js';
import { NOT_AFTER_TO, sentenceOfficials } from '../../../src/import/sentence-official.js';
import { splitHeader, SURNAMES } from '../../../src/import/unflatten.js';
import { doc, draftTargets } from './helpers.js';
import { importDocument } from '../../../src/import/import-document.js';

/** A page whose one official is `who`, his office on the line below. */
const blockOf = (who: string): string =>
  `URGENT ACTION\n\nFREE THE EXAMPLE TWO\n\nPlease write before 30 June 2026 to:\n\n${who}\nFiscal General de la República\n12 Example Street\nCapital City, Exampleland\nEmail: office@example.org\n\nSAMPLE LETTER\nDear Sir,\nI ask you to release the two students at once.\n`;

const capitalised = (phrase: string): string => phrase.replace(/(?<![\p{L}'])\p{L}/gu, (c) => c.toUpperCase());

const readers: Array<{ reader: string; except: readonly string[]; seesOffice: (phrase: string) => boolean; words?: number }> = [
  // "Please write to the ombudsman Jane Doe: …": the office, then the name.
  {
    reader: 'an instruction naming the official',
    except: NOT_AFTER_TO,
    seesOffice: (phrase) => {
      const [o] = sentenceOfficials(doc(`Please write to the ${phrase} Jane Doe: office@example.org`));
      return o?.name?.value === 'Jane Doe' && o.title?.value.toLowerCase() === phrase;
    },
  },
  // "Ombudsman House" holds an office: no building's name.
  { reader: 'a building', except: IN_A_BUILDING, seesOffice: (phrase) => !isBuildingLine(`${capitalised(phrase)} House`) },
  // "Jane Example Doe Ombudsman of Exampleland": the office after the name is a line of its own.
  // The reader looks four words on from the name: an office of three, then "of".
  {
    reader: 'a flattened official',
    except: SURNAMES,
    words: 3,
    seesOffice: (phrase) => splitHeader(`Jane Example Doe ${capitalised(phrase)} of Exampleland`).join(' / ') === `Jane Example Doe / ${capitalised(phrase)} of Exampleland`,
  },
];

describe('every reader sees every office of the one list', () => {
  const rows = readers.flatMap(({ reader, except, seesOffice, words = Infinity }) =>
    plainOffices(except)
      .filter((phrase) => phrase.split(' ').length <= words)
      .map((phrase) => ({ reader, phrase, seesOffice })),
  );
  it.each(rows)('$reader: "$phrase"', ({ phrase, seesOffice }) => {
    expect(seesOffice(phrase)).toBe(true);
  });
});

describe("a reader's exceptions are words of the one list", () => {
  const words = new Set(plainOffices());
  it.each(readers)('$reader', ({ except }) => {
    expect(except.map(fold).filter((w) => !words.has(w))).toEqual([]);
  });
});

describe("a reader's own exceptions stay what they were", () => {
  const rows: Array<{ what: string; seen: () => unknown; expected: unknown }> = [
    // Solidarity sent to a person at risk, by his standing: no official.
    { what: 'a deputy in an instruction', seen: () => sentenceOfficials(doc('Please send messages of solidarity to deputy Jane Doe: support@example.org')).length, expected: 0 },
    { what: 'the general public in an instruction', seen: () => sentenceOfficials(doc('Please write to the general public about the case.')).length, expected: 0 },
    // A palace named after its owner, a building named with its institution's qualifier.
    { what: 'a sultan\'s palace', seen: () => isBuildingLine('Sultan Palace'), expected: true },
    { what: 'a prosecutor\'s building', seen: () => isBuildingLine('Edificio Fiscalía General del Estado'), expected: true },
    // A surname that is an office word ends the name; the office after it is the line's own.
    { what: 'a surname that names an office', seen: () => splitHeader("Bruno Example Le Maire Ministre de l'Économie"), expected: ['Bruno Example Le Maire', "Ministre de l'Économie"] },
    // A monarch after "al", "au" in an instruction; the same word a surname in a block.
    { what: 'a king after "al"', seen: () => sentenceOfficials(doc('Escriban al Rey Juan Ejemplo Prueba: casa@real.example.es'))[0]?.title?.value, expected: 'Rey' },
    { what: 'a surname "Rey" in a block', seen: () => draftTargets(importDocument(blockOf('Sr. Juan Carlos Rey'), { source: 't.txt' }).caseText)[0]?.title, expected: 'Fiscal General de la República' },
  ];
  it.each(rows)('$what', ({ seen, expected }) => {
    expect(seen()).toEqual(expected);
  });
});
