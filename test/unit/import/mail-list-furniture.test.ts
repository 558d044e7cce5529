// A mailing list's own lines, a mail's sender and signature, a note passed on above a letter, and a
// campaign's call to send back to it: each kind table-driven, then whole pages where each stands
// right beside an official, who must come out alone.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { isListLine, listFurniture } from '../../../src/import/list-furniture.js';
import { shownSender, signatureAtEnd } from '../../../src/import/mail-sender.js';
import { ownAddressCall } from '../../../src/import/own-address-call.js';
import { draftTargets } from './helpers.js';

describe("a mailing list's own lines", () => {
  const rows: Array<{ line: string; list: boolean }> = [
    { line: '[Date Prev][Date Next][Thread Prev][Thread Next][Date Index][Thread Index]', list: true },
    { line: 'Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]', list: true },
    { line: 'Next message: Jane Example: "Meeting moved"', list: true },
    { line: 'Previous message: Omar Sample: "Re: letters"', list: true },
    { line: 'In reply to: Karl Muster', list: true },
    { line: 'To unsubscribe from this list, send a blank message to leave@lists.example.org', list: true },
    { line: 'Send example-ua mailing list submissions to', list: true },
    { line: 'You can reach the person managing the list at', list: true },
    { line: "Today's Topics:", list: true },
    { line: 'example-ua Digest, Vol 3, Issue 17', list: true },
    { line: 'End of example-ua Digest, Vol 3, Issue 17', list: true },
    { line: 'example-ua mailing list', list: true },
    { line: 'Message: 2', list: true },
    { line: 'List archives: http://lists.example.org/ua/', list: true },
    { line: 'Minister of the Interior', list: false },
    { line: 'Please send appeals before 3 May 2001.', list: false },
    { line: 'Next steps for the campaign are set out below.', list: false },
    { line: 'Fax: +999 1 555 0100', list: false },
  ];
  it.each(rows)('$line', ({ line, list }) => {
    expect(isListLine(line)).toBe(list);
  });
  it("takes the list's address under its line and a digest's numbered contents", () => {
    const lines = ['Send example-ua mailing list submissions to', '\texample-ua@lists.example.org', '', "Today's Topics:", '', '   1. Meeting moved (Jane Example)', '   2. Urgent appeal (Omar Sample)', '', 'Message: 1'];
    expect([...listFurniture(lines)].sort((a, b) => a - b)).toEqual([0, 1, 3, 5, 6, 8]);
  });
});

describe("a mail's sender", () => {
  const rows: Array<{ line: string; sender: string | undefined }> = [
    { line: 'From: Jane Example <jane@example.org>', sender: 'Jane Example' },
    { line: 'From: jane@example.org (Jane Example)', sender: 'Jane Example' },
    { line: 'From: "Example, Jane" <jane@example.org>', sender: 'Example, Jane' },
    { line: 'Von: Karl Muster', sender: 'Karl Muster' },
    { line: 'From: jane@example.org', sender: undefined },
    { line: 'Subject: Jane Example', sender: undefined },
  ];
  it.each(rows)('$line', ({ line, sender }) => {
    expect(shownSender(line)).toBe(sender);
  });
});

describe("the signature under the mailers' dashes at the page's end", () => {
  const rows: Array<{ what: string; lines: string[]; expected: number[] }> = [
    { what: 'a name and a group', lines: ['Fax: 1', '', '--', 'Jane Example', 'Letters Group, 1 Sample Row'], expected: [2, 3, 4] },
    { what: "with the list's footer under it", lines: ['Fax: 1', '--', 'Jane Example', 'To unsubscribe send a blank message to x@example.org'], expected: [1, 2] },
    { what: 'not a long run of lines', lines: ['--', 'a', 'b', 'c', 'd', 'e', 'f', 'g'], expected: [] },
    { what: 'not running text', lines: ['--', 'The minister has not replied. Write again to him today.'], expected: [] },
    { what: 'none without the dashes', lines: ['Jane Example', 'tel 1'], expected: [] },
  ];
  it.each(rows)('$what', ({ lines, expected }) => {
    expect(signatureAtEnd(lines)).toEqual(expected);
  });
});

describe("a campaign's call to send back to it", () => {
  const rows: Array<{ line: string; call: 'above' | 'on' | undefined }> = [
    { line: 'Report back to:', call: 'above' },
    { line: 'Please send a copy of your letter to us at:', call: 'above' },
    { line: 'Mail your letters to our office and we will deliver them:', call: 'above' },
    { line: 'Let us know of any reply: Jane Example, tel 01632 960 000', call: 'on' },
    { line: 'Fax a copy to us: 01632 960 001', call: 'on' },
    { line: 'Write to the Minister and let us know:', call: undefined },
    { line: 'Please send appeals to the following officials and copies to us:', call: undefined },
    { line: 'Click here to let us know the actions you took on Urgent Action 12.34', call: undefined },
    { line: 'Please send a copy of your letter to:', call: undefined },
    { line: 'Write to:', call: undefined },
    { line: 'Print the letter below, sign it, and return it to', call: 'above' },
    { line: 'Collect the signed cards and send them back to:', call: 'above' },
    { line: 'Return completed petitions to:', call: 'above' },
    { line: 'Return to the top of the page', call: undefined },
    { line: 'Please send the letter to', call: undefined },
  ];
  it.each(rows)('$line', ({ line, call }) => {
    expect(ownAddressCall(line)).toBe(call);
  });
});

// Each kind of furniture right beside an official's block: the official alone is drafted, whole.
describe('furniture near officials', () => {
  const official = ['Please write to:', 'Mr. Konstantin Dummy', 'Minister of Labour', '14 Harbour Road', 'Nairobi, Kenya', 'Fax: +254 20 555 0100', ''];
  const rows: Array<{ what: string; page: string[] }> = [
    { what: "an archive's navigation above", page: ['[Date Prev][Date Next][Thread Prev][Thread Next][Date Index][Thread Index]', '', ...official, 'Next message: Jane Example: "Meeting"', 'Messages sorted by: [ date ] [ thread ]'] },
    { what: "the sender's signature under, named by the From: line", page: ['From: Jane Example <jane@example.org>', 'Date: Tue, 5 Aug 1997 10:00:00 +0100', 'Subject: Dock workers', '', ...official, 'Jane Example', 'tel 01632 960 555'] },
    { what: "a list's footer under", page: [...official, '_______________________________________________', 'example-ua mailing list', 'example-ua@lists.example.org', 'http://lists.example.org/mailman/listinfo/example-ua'] },
    { what: 'the campaign\'s report-back block under', page: [...official, 'Report back to:', 'Jane Example', 'Appeals Secretary', '8 Quay Terrace', 'Porthaven PH1 3AA', 'Tel: 01632 960 880'] },
    { what: 'the campaign\'s box for letters under', page: [...official, 'Post your letters to our office and we will deliver them:', 'Letters Group', 'PO Box 412', 'Porthaven PH2 7QT'] },
    { what: "the campaign's box under a sentence that breaks off at 'return them to', a blank line down", page: [...official, 'Print the letter, sign it, and return it to', '', 'Ann Writer', 'Box 31', '12 Quay Terrace', 'Porthaven PH1 3AA'] },
    { what: "the signature under the mailers' dashes", page: [...official, '--', 'Jane Example', 'Letters Group, 8 Quay Terrace, Porthaven'] },
  ];
  it.each(rows)('$what', ({ page }) => {
    const targets = draftTargets(importDocument(['URGENT ACTION', 'KENYA: Trade unionists arrested', '', ...page].join('\n'), { source: 'p.txt' }).caseText);
    expect(targets.map((t) => [t['name'], t['fax'], t['address']])).toEqual([['Konstantin Dummy', '+254 20 555 0100', ['14 Harbour Road', 'Nairobi, Kenya']]]);
  });
});

describe('a letter passed on under the note greeting its reader', () => {
  it("takes the letter's greeting under its addressee, not the note's", () => {
    const page = ['Dear Ruth,', '', 'Nadia asked me to pass this on to your group before the hearing.', 'Many thanks for your help.', '', 'Harold Sampleworth', 'Minister for Immigration', 'Parliament House', 'Canberra', 'Australia', '', 'Dear Mr. Sampleworth', '', 'I am writing to ask you to halt the deportation of Nadia Example and to let her stay while her appeal is heard.'].join('\n');
    const targets = draftTargets(importDocument(page, { source: 'p.txt' }).caseText);
    expect(targets.map((t) => [t['name'], t['salutation']])).toEqual([['Harold Sampleworth', 'Dear Mr. Sampleworth']]);
  });
});
