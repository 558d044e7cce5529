import { describe, expect, it } from 'vitest';
import { splitCopyHead } from '../../../src/import/copy-line.js';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

// A list of officials one a line ("Name, Office" / "street, town, country, email"), each copy opened
// by "copy to" with no colon: every copy is an official of its own, marked as a copy.
const page = (list: string) =>
  `Belarus: writer Pavel Muster sentenced\n\nPEN Example calls on the authorities to release the writer Pavel Muster, sentenced on 3 March 2025.\n\nPlease send appeals to:\n\n${list}\n\nSend your appeals before 30 April 2025.\n`;

/** name · title · address lines joined with " / " · emails · copy */
const summary = (t: Record<string, unknown>) => [t.name, t.title ?? '-', ((t.address as string[] | undefined) ?? []).join(' / ') || '-', [t.email ?? []].flat().join(' ') || '-', t.copy === true ? 'copy' : '-'].join(' · ');

describe('"copy to" opening a line of a list of officials, with no colon', () => {
  const rows = [
    {
      what: 'two copies, each under the official before it, an office with a courtesy title the last',
      list: 'Jan Example, Prosecutor General of the Republic of Belarus\nVul. Example 22, 220030 Minsk, Belarus, info@prosecutor.example.org\ncopy to Omar Beispiel, Minister of Foreign Affairs\nVul. Example 19, Minsk 220030, Belarus, mail@mfa.example.org\ncopy to Mr. Ambassador of Belarus,\nAv. Exemple 192, 1050 Brussels (Ixelles), Belgium, embassy@mfa.example.org',
      expected: [
        'Jan Example · Prosecutor General of the Republic of Belarus · Vul. Example 22, 220030 Minsk, Belarus · info@prosecutor.example.org · -',
        'Omar Beispiel · Minister of Foreign Affairs · Vul. Example 19, Minsk 220030, Belarus · mail@mfa.example.org · copy',
        'Ambassador of Belarus · - · Av. Exemple 192, 1050 Brussels (Ixelles), Belgium · embassy@mfa.example.org · copy',
      ],
    },
    {
      what: 'German: "Kopie an" with no colon',
      list: 'Jan Example, Generalstaatsanwalt\nVul. Example 22, 220030 Minsk, Belarus, info@prosecutor.example.org\nKopie an Botschaft der Republik Belarus\nAm Beispielpark 1, 10117 Berlin, botschaft@example.org',
      expected: [
        'Jan Example · Generalstaatsanwalt · Vul. Example 22, 220030 Minsk, Belarus · info@prosecutor.example.org · -',
        'Botschaft der Republik Belarus · - · Am Beispielpark 1, 10117 Berlin · botschaft@example.org · copy',
      ],
    },
  ];
  it.each(rows)('$what', ({ list, expected }) => {
    const { caseText } = importDocument(page(list), { source: 'p.txt' });
    expect(draftTargets(caseText).map(summary)).toEqual(expected);
  });

  const heads: Array<{ input: string; expected: [string, string] | undefined }> = [
    { input: 'copy to Omar Beispiel, Minister of Foreign Affairs', expected: ['copy to', 'Omar Beispiel, Minister of Foreign Affairs'] },
    { input: 'Copies to Embassy of Belarus', expected: ['Copies to', 'Embassy of Belarus'] },
  ];
  it.each(heads)('cuts "$input"', ({ input, expected }) => {
    expect(splitCopyHead(input)).toEqual(expected);
  });
});
