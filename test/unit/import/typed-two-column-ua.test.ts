// An Urgent Action of the early 1990s, typed at a fixed width in two columns, copied as text: its
// sentences break at the line's end (one may leave the organisation's name at a line's start), each
// official's salutation stands on the right of his first line, a page counter names the document's
// reference, and the copy may stop on a label whose number was on the next page.
import { describe, expect, it } from 'vitest';
import { greetingBeside } from '../../../src/import/greeting-beside-name.js';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const english = [
  'EXTERNAL (for general distribution) AI Index: AMR 99/01/93',
  'UA 123/93 Death Penalty 4 March 1993',
  'EXAMPLELAND: (Example State) Sam Q ROE',
  'Sam Roe, now aged 41, is scheduled to be executed on 19 March 1993. He was',
  'sentenced to death in 1985 after a trial his lawyers call unfair.',
  'Amnesty International is concerned that he may be executed before his appeal',
  'is heard, and opposes the death penalty in all cases.',
  'RECOMMENDED ACTION: Please send telegrams/faxes:',
  '- urging the Board to recommend clemency for Sam Roe.',
  '1) Example State Board of Clemency Dear Board Members',
  '1200 Example Avenue, PO Box 4401',
  'Capitol Station',
  'Exampleton, ES 70001-4401',
  'Telephone: + 1 555 010 2782',
  'Faxes: + 1 555 010 2790',
  '2) Ms Jane R Example Dear Ms Example',
  '88 River Road, Suite 2',
  'Rivertown, ES 70340-5737',
  'Faxes: + 1 555 010 6852',
  'Page 2 of UA 123/93',
  'The Honourable Mark Sample',
  'Governor of Example State',
  'Office of the Governor',
  'PO Box 9000, Capitol Station',
  'Exampleton, ES 70011',
  'Fax',
].join('\n');

const german = [
  'ai-Index: EUR 99/02/94',
  'UA-Nr. 45/94 Folter 12. April 1994',
  'BEISPIELLAND: Karim Muster',
  'Karim Muster wurde am 2. April 1994 festgenommen und wird ohne Kontakt',
  'amnesty international befürchtet, dass er gefoltert wird, und bittet um',
  'sofortige Appelle an die Behörden.',
  'EMPFOHLENE AKTIONEN: Telefaxe und Luftpostbriefe:',
  'Präsident Jan Beispiel Exzellenz',
  'Präsidentenpalast',
  'Platz der Republik 1',
  '1000 Beispielstadt',
  'Telefax: 00 99 1 234 567',
  'Seite 2 von UA 45/94',
  'Innenministerin Anna Muster Sehr geehrte Frau Ministerin',
  'Innenministerium',
  'Ringstraße 5',
  '1010 Beispielstadt',
  'Telefon',
].join('\n');

describe('an older two-column Urgent Action copied as text', () => {
  it('reads each official of the English page, the salutation beside his first line', () => {
    const targets = draftTargets(importDocument(english, { source: 't.txt' }).caseText);
    expect(targets.map((t) => [t.name, t.salutation, t.address])).toEqual([
      ['Example State Board of Clemency', 'Dear Board Members', ['1200 Example Avenue, PO Box 4401', 'Capitol Station', 'Exampleton, ES 70001-4401']],
      ['Jane R Example', 'Dear Ms Example', ['88 River Road, Suite 2', 'Rivertown, ES 70340-5737']],
      ['Mark Sample', undefined, ['Office of the Governor', 'PO Box 9000, Capitol Station', 'Exampleton, ES 70011']],
    ]);
    expect(targets.map((t) => t.fax)).toEqual(['+ 1 555 010 2790', '+ 1 555 010 6852', undefined]);
  });

  it('reads each official of the German page, the salutation beside his first line', () => {
    const targets = draftTargets(importDocument(german, { source: 't.txt' }).caseText);
    expect(targets.map((t) => [t.name, t.title, t.salutation, t.address])).toEqual([
      ['Jan Beispiel', 'Präsident', 'Exzellenz', ['Präsidentenpalast', 'Platz der Republik 1', '1000 Beispielstadt']],
      ['Anna Muster', 'Innenministerin', 'Sehr geehrte Frau Ministerin', ['Innenministerium', 'Ringstraße 5', '1010 Beispielstadt']],
    ]);
  });
});

describe('greetingBeside', () => {
  it.each([
    ['Mr Jack D Example Dear Mr Example', { left: 'Mr Jack D Example', greeting: 'Dear Mr Example' }],
    ['Example State Board of Clemency Dear Board Members', { left: 'Example State Board of Clemency', greeting: 'Dear Board Members' }],
    ['President Jan Beispiel Your Excellency', { left: 'President Jan Beispiel', greeting: 'Your Excellency' }],
    ['Fiscal General Ana Ejemplo Estimada Señora Fiscal:', { left: 'Fiscal General Ana Ejemplo', greeting: 'Estimada Señora Fiscal' }],
    // A sentence that quotes a greeting, and a greeting alone, are no header line with a salutation.
    ['Letters should open with Dear Minister', undefined],
    ['Dear Board Members', undefined],
    ['Please write to the Board Dear friends', undefined],
  ])('%s', (line, expected) => {
    expect(greetingBeside(line)).toEqual(expected);
  });
});
