// A scholars' journal scanned into one line lists each official as his office and a colon, then
// "His Excellency" and his name, his address, "Fax:" and "Salutation:", no commas between. Cut back
// into lines, "Minister of Justice:" stands over a courtesy title and a name: a heading over the
// addressee, never the sample letter's greeting (which would leave every official above it unread).
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = [
  'In place of a summary, a short passage of the text:',
  '',
  'Scholars in Peril Review* p r . j a n e x a m p l e , a professor of law at the University of Exampleton, was detained in Capital City on 3 May 2031. She had spoken in public against the closure of the law faculty and has been held without charge since then. Her family has not been allowed to see her. Send individual letters of appeal to the officials listed below, with copies to the diplomatic representatives of Ruritania in your country: President: His Excellency Jan Example Presidential Palace Liberty Street Capital City Republic of Ruritania Fax: +555 11 222 1100 Salutation: Your Excellency Minister of Defence: His Excellency General Anton Beispiel Ministry of Defence Palace Road Capital City Republic of Ruritania Fax: +555 11 222 5566 Salutation: Your Excellency Minister of Justice: His Excellency Karel Muster Ministry of Justice Freedom Square Capital City Republic of Ruritania Fax: +555 11 222 3344 Email: justice@gov.example.rr Salutation: Your Excellency p r . j o h n s a m p l e ,',
  '',
].join('\n');

describe('officials run together on one scanned line, each office over "His Excellency" and a name', () => {
  it('reads each official under his office, not the office as the letter\'s greeting', () => {
    const targets = draftTargets(importDocument(page, { source: 'journal.txt' }).caseText);
    expect(targets).toMatchObject([
      { name: 'Anton Beispiel', title: 'Minister of Defence', fax: '+555 11 222 5566', salutation: 'Your Excellency' },
      { name: 'Karel Muster', title: 'Minister of Justice', fax: '+555 11 222 3344', email: 'justice@gov.example.rr', salutation: 'Your Excellency' },
    ]);
    expect(importDocument(page, { source: 'journal.txt' }).caseText).not.toMatch(/^## Letter\n\nHis Excellency/mu);
  });
});
