import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { splitSlashBlock } from '../../../src/import/slash-block.js';
import { draftTargets } from './helpers.js';

// An address block printed with slashes where its line breaks were: read as its lines when a piece
// shows it is one (a courtesy title before a name, a postcode, a contact label), else left whole.

describe('an address block with slashes for line breaks', () => {
  const rows: Array<{ input: string; expected: string[] | undefined }> = [
    { input: 'Mr Jan Örnekli / Minister of Health / Saglik Bakanligi', expected: ['Mr Jan Örnekli', 'Minister of Health', 'Saglik Bakanligi'] },
    { input: '06100 / Sihhiye / Ankara / TÜRKEI / Telefax: 00 90 – 31 20 00 00 00', expected: ['06100 Sihhiye', 'Ankara', 'TÜRKEI', 'Telefax: 00 90 – 31 20 00 00 00'] },
    { input: 'Frau Erika Beispiel / Innenministerin / Fax: 030 1234 / 030 5678', expected: ['Frau Erika Beispiel', 'Innenministerin', 'Fax: 030 1234 / 030 5678'] },
    // No piece that only a block holds: an office in three languages stays one line.
    { input: 'Justizminister / Minister of Justice / Ministre de la Justice', expected: undefined },
    { input: 'Sehr geehrter Herr Minister / Dear Minister / Monsieur le Ministre', expected: undefined },
    { input: 'Wir bitten Sie / schreiben Sie bald an Herrn Jan Beispiel / danke', expected: undefined },
    // An old newsletter's slashes, unspaced or spaced on one side, under a courtesy title and a name; its closing stop dropped.
    { input: "His Highness al-Sheikh Jan bin Example Al Beispiel/ Office of His Highness the Amir/The Amiri Court/Example Palace/ Oman.", expected: ['His Highness al-Sheikh Jan bin Example Al Beispiel', 'Office of His Highness the Amir', 'The Amiri Court', 'Example Palace', 'Oman'] },
    { input: 'Mr Jan Example/Minister of the Interior/Ministry of the Interior/Example Road/Peru', expected: ['Mr Jan Example', 'Minister of the Interior', 'Ministry of the Interior', 'Example Road', 'Peru'] },
    // Unspaced slashes that are no line breaks: no person first, a date, a link, "and/or".
    { input: 'Justizminister/Minister of Justice/Ministre de la Justice/Ministro', expected: undefined },
    { input: 'Mr Jan Example/Minister of the Interior wrote on 12/3/2020 to the Ministry/Office', expected: undefined },
    { input: 'Mr Jan Example/Minister/see http://example.org/a/b for and/or more', expected: undefined },
  ];
  it.each(rows)('reads $input', ({ input, expected }) => {
    expect(splitSlashBlock(input)).toEqual(expected);
  });

  // An older newsletter's appeal names the court or palace between the address's lines: an address line too.
  it.each([
    ["Please send appeals to: His Highness Shaikh Jan bin Example Al Beispiel / Amir of Ruritania / Office of His Highness the Amir / The Amiri Court / Example Palace / Ruritania", ['Office of His Highness the Amir', 'The Amiri Court', 'Example Palace', 'Ruritania']],
    ['Please send appeals to: Mr Jan Example / Minister of the Interior / Office of the Minister / The Royal Court / Example Palace / Ruritania', ['Office of the Minister', 'The Royal Court', 'Example Palace', 'Ruritania']],
  ])('keeps the institution between the address lines of "%s"', (line, address) => {
    const page = `RURITANIA: TEACHERS HELD\n\nThree teachers were arrested on 3 March.\n\n${line}\n`;
    const targets = draftTargets(importDocument(page, { source: 'p.txt' }).caseText);
    expect(targets).toHaveLength(1);
    expect(targets[0]?.address).toEqual(address);
  });

  it.each([
    ["Please send courteous letters asking for a fair trial, to: His Highness al-Sheikh Jan bin Example Al Beispiel/ Office of His Highness the Amir/The Amiri Court/Example Palace/ Oman.", 'PERU', ['Office of His Highness the Amir', 'The Amiri Court', 'Example Palace', 'Oman']],
    ['Please write to: Mr Jan Example/Minister of the Interior/Ministry of the Interior/Example Road/Peru', 'CHILE', ['Ministry of the Interior', 'Example Road', 'Peru']],
  ])('reads a newsletter\'s unspaced slashed block, and the next section\'s country heading is no line of it (%#)', (line, next, address) => {
    const page = `Newsletter, April 1993\n\nOMAN\n\nThree teachers were arrested on 3 March and have not been seen by their families since then.\n\n${line}\n\n${next}\n\nJane Example, a mother who campaigned for her son, was shot dead on 15 January outside her home.\n`;
    const targets = draftTargets(importDocument(page, { source: 'p.txt' }).caseText);
    expect(targets).toHaveLength(1);
    expect(targets[0]?.address).toEqual(address);
  });

  it('reads the official of a slashed block under a write-to ask, never the whole line as his name', () => {
    const page = 'Schreiben Sie in gutem Türkisch, Englisch oder auf Deutsch an:\n\nMr Jan Örnekli / Minister of Health / Saglik Bakanligi\n06100 / Sihhiye / Ankara / TÜRKEI / Telefax: 00 90 – 31 20 00 00 00\n\nSehr geehrter Herr Minister,\nich bitte Sie, die Ärztin Ayla Beispiel freizulassen, die seit Monaten ohne Anklage festgehalten wird.\nMit freundlichen Grüßen\n';
    const { caseText } = importDocument(page, { source: 'p.txt' });
    expect(draftTargets(caseText).map((t) => [t.name, t.title, t.address, t.fax])).toEqual([['Jan Örnekli', 'Minister of Health', ['Saglik Bakanligi', '06100 Sihhiye', 'Ankara', 'TÜRKEI'], '00 90 - 31 20 00 00 00']]);
  });
});
