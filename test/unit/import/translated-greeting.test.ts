import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';

// A letter greeting its addressee by office alone, then its translation greeting the same office
// with the holder's name: the translation names the official. Pages written for these tests.
const page = (first: string, between: string[], second: string) => [
  'Drohende Hinrichtung eines Dichters',
  '',
  'Der Dichter Karl Beispiel ist im Gefängnis von Musterstadt inhaftiert und könnte jederzeit hingerichtet werden. Er muss umgehend freigelassen werden.',
  '',
  'Dein Appell',
  '',
  first,
  '',
  'mit großer Sorge habe ich von der drohenden Hinrichtung des Dichters Karl Beispiel erfahren.',
  '',
  'Ich fordere Sie auf, von der Unterzeichnung des Hinrichtungsbefehls abzusehen.',
  '',
  'Hochachtungsvoll',
  '',
  ...between,
  second,
  '',
  'I was deeply concerned to learn of the imminent execution of the poet Karl Beispiel.',
  '',
].join('\n');

const officialOf = (text: string) => {
  const f = importDocument(text, { source: 't.txt' }).findings.officials;
  return f.found ? f.value.map((o) => ({ name: o.name?.value, salutation: o.salutation?.value })) : [];
};

describe('a greeting by office alone, its translation by office and name', () => {
  const rows: Array<{ name: string; first: string; between: string[]; second: string; expected: ReturnType<typeof officialOf> }> = [
    {
      name: 'governor in German, governor and name in English: the name is the official, the first greeting his salutation',
      first: 'Sehr geehrter Gouverneur,', between: [], second: 'Dear Governor Amadu Example Sample,',
      expected: [{ name: 'Amadu Example Sample', salutation: 'Sehr geehrter Gouverneur' }],
    },
    {
      name: 'a blank line that holds a space between the closing and the translation',
      first: 'Sehr geehrter Gouverneur,', between: [' ', ''], second: 'Dear Governor Amadu Example Sample,',
      expected: [{ name: 'Amadu Example Sample', salutation: 'Sehr geehrter Gouverneur' }],
    },
    {
      name: 'the translation greets another office: no official',
      first: 'Sehr geehrter Gouverneur,', between: [], second: 'Dear Minister Amadu Example Sample,',
      expected: [],
    },
    {
      name: 'a line of the page between the closing and the next greeting: that greeting is no translation',
      first: 'Sehr geehrter Gouverneur,', between: ['Weitere Informationen zum Fall finden Sie unten.', ''], second: 'Dear Governor Amadu Example Sample,',
      expected: [],
    },
  ];
  it.each(rows)('$name', ({ first, between, second, expected }) => {
    expect(officialOf(page(first, between, second))).toEqual(expected);
  });
});
