import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

// Two officials printed in one block share its address and contact lines: each gets the address and
// the block's salutation; a contact value goes to one of them only where it is certain whose it is.
const page = (block: string, greeting = 'Dear Ministers,') =>
  `URGENT ACTION\nCUBA: SINGER HELD FOR A SONG\n\nThe singer Pedro Ejemplo was arrested on 3 March 2025 after a concert in a park.\n\nWrite to:\n\n${block}\n\n${greeting}\n\nI am writing to you about the singer Pedro Ejemplo, held since March for a song he sang in a park.\n\nYours sincerely,\n`;

const ADDRESS = 'Calle 2 No. 25\ne/ 11 y 13,\nC.P. 10400, El Vedado, La Habana, Cuba';

interface Row {
  what: string;
  block: string;
  greeting?: string;
  /** name · title · first address line · emails · handle · fax */
  expected: string[];
  /** Words each official's TODO must name. */
  todo?: string[];
}

const summary = (t: Record<string, unknown>) =>
  [t.name, t.title ?? '-', (t.address as string[] | undefined)?.[0] ?? '-', [t.email ?? []].flat().join(' ') || '-', t.twitter ?? '-', t.fax ?? '-'].join(' · ');

describe('two officials in one block', () => {
  const rows: Row[] = [
    {
      what: 'an "And" line opens the second; a handle that names each goes to him, emails of neither to none',
      block: `Mr. John Roe\nMinister of Culture\nAnd Mr. Jim Doe\nMinister of Justice\n${ADDRESS}\nEmails: a@x.example b@y.example c@y.example\nTwitter: @RoeMinistro @DoeMinjus`,
      expected: ['John Roe · Minister of Culture · Calle 2 No. 25 · - · @RoeMinistro · -', 'Jim Doe · Minister of Justice · Calle 2 No. 25 · - · @DoeMinjus · -'],
      todo: ['a@x.example', 'b@y.example', 'c@y.example'],
    },
    {
      what: 'one email for each, in the order of the names',
      block: `Mr. John Roe\nMinister of Culture\nand Mr. Jim Doe\nMinister of Justice\n${ADDRESS}\nEmail: culture@x.example, justice@y.example`,
      expected: ['John Roe · Minister of Culture · Calle 2 No. 25 · culture@x.example · - · -', 'Jim Doe · Minister of Justice · Calle 2 No. 25 · justice@y.example · - · -'],
    },
    {
      what: 'a value that names the other official is his, even against the order',
      block: `Mr. John Roe\nMinister of Culture\nAnd Mr. Jim Doe\nMinister of Justice\n${ADDRESS}\nEmail: jim.doe@y.example, john.roe@x.example`,
      expected: ['John Roe · Minister of Culture · Calle 2 No. 25 · john.roe@x.example · - · -', 'Jim Doe · Minister of Justice · Calle 2 No. 25 · jim.doe@y.example · - · -'],
    },
    {
      what: 'one fax for two officials is neither\'s',
      block: `Mr. John Roe\nMinister of Culture\nAnd Mr. Jim Doe\nMinister of Justice\n${ADDRESS}\nFax: +53 7 123 4567`,
      expected: ['John Roe · Minister of Culture · Calle 2 No. 25 · - · - · -', 'Jim Doe · Minister of Justice · Calle 2 No. 25 · - · - · -'],
      todo: ['+53 7 123 4567'],
    },
    {
      what: '"and" alone on its line, the offices before the names',
      block: `Minister of Culture John Roe\nand\nMinister of Justice Jim Doe\n${ADDRESS}\nTwitter: @RoeMinistro`,
      expected: ['John Roe · Minister of Culture · Calle 2 No. 25 · - · @RoeMinistro · -', 'Jim Doe · Minister of Justice · Calle 2 No. 25 · - · - · -'],
    },
    {
      what: 'Spanish: "y Sr." and a shared "Tratamiento"',
      block: `Sr. Juan Pérez\nMinistro de Cultura\ny Sr. Luis Gómez\nMinistro de Justicia\n${ADDRESS}\nCorreo-e: jperez@x.example lgomez@y.example\nTratamiento: Señores Ministros`,
      greeting: 'Señores Ministros:',
      expected: ['Juan Pérez · Ministro de Cultura · Calle 2 No. 25 · jperez@x.example · - · -', 'Luis Gómez · Ministro de Justicia · Calle 2 No. 25 · lgomez@y.example · - · -'],
    },
    {
      what: 'French: each on one line with his office, the second after "et"',
      block: `M. Jean Dupont, ministre de la Culture\net Mme Claire Martin, ministre de la Justice\n${ADDRESS}\nCourriel : cabinet@gouv.example`,
      greeting: 'Madame la Ministre, Monsieur le Ministre,',
      expected: ['Jean Dupont · ministre de la Culture · Calle 2 No. 25 · - · - · -', 'Claire Martin · ministre de la Justice · Calle 2 No. 25 · - · - · -'],
      todo: ['cabinet@gouv.example'],
    },
    {
      what: 'German: both names on one line, the ministry they share above the address',
      block: `Frau Anna Muster und Herrn Max Beispiel\nMinisterium der Justiz\n${ADDRESS}\nE-Mail: anna.muster@x.example, max.beispiel@x.example\nFax: +53 7 123 4567`,
      expected: ['Anna Muster · - · Ministerium der Justiz · anna.muster@x.example · - · -', 'Max Beispiel · - · Ministerium der Justiz · max.beispiel@x.example · - · -'],
      todo: ['+53 7 123 4567'],
    },
    {
      what: 'both names on one line, an office line for each in order',
      block: `Ms Jane Roe and Mr Jim Doe\nMinister of Culture\nMinister of Justice\n${ADDRESS}`,
      expected: ['Jane Roe · Minister of Culture · Calle 2 No. 25 · - · - · -', 'Jim Doe · Minister of Justice · Calle 2 No. 25 · - · - · -'],
    },
    {
      what: 'both names on one line and one office under them: the office is either\'s',
      block: `Ms Jane Roe and Mr Jim Doe\nCo-Chairs of the Example Council\n${ADDRESS}`,
      expected: ['Jane Roe · - · Calle 2 No. 25 · - · - · -', 'Jim Doe · - · Calle 2 No. 25 · - · - · -'],
      todo: ['Co-Chairs of the Example Council'],
    },
    {
      what: 'members of one body, each with his office on his line, above the body\'s name: one official each, the body\'s one fax each\'s',
      block: 'Jane Example, Chairperson\nOmar Beispiel, Vice-Chair\nKarim Muster, Vice-Chair\nCouncil of State\nExecutive Mansion\nLa Habana, Cuba\nFax: +53 7 123 4567',
      greeting: 'Dear Chairperson,',
      expected: ['Jane Example · Chairperson · Council of State · - · - · +53 7 123 4567', 'Omar Beispiel · Vice-Chair · Council of State · - · - · +53 7 123 4567', 'Karim Muster · Vice-Chair · Council of State · - · - · +53 7 123 4567'],
    },
    {
      what: 'members of one body with courtesy titles and two emails in their order',
      block: 'Ms Ana Modelo, Chairperson\nMr Omar Beispiel, Secretary\nNational Example Commission\nCalle 2 No. 25\nLa Habana, Cuba\nEmail: chair@commission.example.org, secretary@commission.example.org',
      greeting: 'Dear Commissioners,',
      expected: ['Ana Modelo · Chairperson · National Example Commission · chair@commission.example.org · - · -', 'Omar Beispiel · Secretary · National Example Commission · secretary@commission.example.org · - · -'],
    },
  ];
  it.each(rows)('$what', ({ block, greeting, expected, todo }) => {
    const { caseText } = importDocument(page(block, greeting), { source: 'p.txt' });
    expect(draftTargets(caseText).map(summary)).toEqual(expected);
    // Each official's TODO names every value left to the reader.
    const comments = caseText.split(/\n {2}- id: /u).slice(0, -1);
    for (const value of todo ?? []) for (const c of comments) expect(c.split('\n').filter((l) => l.includes('# TODO') && l.includes(value))).toHaveLength(1);
  });

  it('gives a greeting in the plural to each official whose office it names', () => {
    const { caseText } = importDocument(page(`Mr. John Roe\nMinister of Culture\nAnd Mr. Jim Doe\nMinister of Justice\n${ADDRESS}`), { source: 'p.txt' });
    expect(draftTargets(caseText).map((t) => t.salutation)).toEqual(['Dear Ministers', 'Dear Ministers']);
  });
});
