import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

// A letter-writing marathon's page in its own language: per case a "write a letter to:" heading, a
// button's words or two, then the official's envelope in English on one line. Under the heading the
// line is the envelope: the office and the person are the addressee, the rest the address. A demand
// heading over the bullets ("Domagamy się:", "Chiediamo:") greets no one.
const page = (demand: string, heading: string, buttons: readonly string[], envelope: string) =>
  [
    'Ana Przykład',
    '',
    'Examplestan',
    '',
    'Ana napisała wiersz o wojnie i trafiła do więzienia na cztery lata.',
    '',
    demand,
    '',
    '  • Wezwij władze do uwolnienia Any.',
    '',
    heading,
    '',
    ...buttons.flatMap((b) => [b, '']),
    envelope,
    '',
  ].join('\n');

interface Row {
  what: string;
  demand: string;
  heading: string;
  buttons: string[];
  envelope: string;
  expected: Array<Record<string, unknown>>;
}

describe('an envelope on one line under a "write a letter to" heading', () => {
  const rows: Row[] = [
    {
      what: 'Polish, an office alone, street and town',
      demand: 'Domagamy się:',
      heading: 'Napisz list do:',
      buttons: ['Pobierz wzór listu (PDF)', 'Podpisz online'],
      envelope: 'Prime Minister of Examplestan 12 Harbour Street Port Example, North Shore EX1 2AB',
      expected: [{ name: 'Prime Minister of Examplestan', address: ['12 Harbour Street', 'Port Example, North Shore EX1 2AB'] }],
    },
    {
      what: 'Czech, office and courtesy name, an office building, a cut-off email',
      demand: 'Požadujeme:',
      heading: 'Napište dopis na adresu:',
      buttons: ['Stáhnout dopis'],
      envelope: 'Governor of East Province H.E. John Sample Governor’s Office Hilltown East Province Email: gov',
      expected: [{ name: 'John Sample', honorific: 'H.E.', title: 'Governor of East Province', address: ['Governor’s Office Hilltown East Province'] }],
    },
    {
      what: 'Italian, courtesy name first, then the office and its institution',
      demand: 'Chiediamo:',
      heading: 'Scrivi a:',
      buttons: ['Firma online'],
      envelope: 'H.E. Mary Example President of Examplestan Office of the President 3 Palace Avenue Example City',
      // The unflattener cuts this line itself; the block reader's reading stands.
      expected: [{ name: 'Mary Example', honorific: 'H.E.', title: 'President of Examplestan', address: ['Office of the President', '3 Palace Avenue Example City'] }],
    },
    {
      what: 'Dutch, office and name on one piece, no button',
      demand: 'Wij eisen:',
      heading: 'Schrijf een brief naar:',
      buttons: [],
      envelope: 'Minister of Justice Peter Example Ministry of Justice 40 Court Road Example City',
      expected: [{ name: 'Peter Example', title: 'Minister of Justice', address: ['Ministry of Justice', '40 Court Road', 'Example City'] }],
    },
    {
      what: 'a sentence under the heading is no envelope',
      demand: 'Domagamy się:',
      heading: 'Napisz list do:',
      buttons: ['Podpisz online'],
      envelope: 'Prime Minister of Examplestan. He has 12 days to answer the families of the valley',
      expected: [],
    },
    {
      what: 'a person alone, with no office or courtesy title, is not read as the addressee',
      demand: 'Domagamy się:',
      heading: 'Napisz list do:',
      buttons: ['Podpisz online'],
      envelope: 'Ana Przykład 12 Harbour Street Port Example',
      expected: [],
    },
  ];
  it.each(rows)('$what', ({ demand, heading, buttons, envelope, expected }) => {
    const result = importDocument(page(demand, heading, buttons, envelope), { source: 'page.txt' });
    const targets = draftTargets(result.caseText);
    expect(targets.map((t) => Object.fromEntries(Object.keys(expected[0] ?? { name: 1 }).map((k) => [k, t[k]])))).toEqual(expected);
    expect(result.findings.salutation.found).toBe(false);
  });
});
