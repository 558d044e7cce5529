// A solidarity page asks readers in several countries to call their own government's office holder,
// one line each: "In the US: President Exampleton, the White House Comment Line 202-…, fax 202-…".
// The holder is the official, the line's number his phone, the fax his fax; the line's name and the
// country before the colon are no part of any field, and a line with a part of no known kind is left unread.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { readPlaceCallLine } from '../../../src/import/place-call-line.js';
import { draftTargets } from './helpers.js';

describe('a country, an office holder and his numbers on one line', () => {
  it.each([
    ['In the US: President Exampleton, the White House Comment Line 202-555-0111, fax 202-555-0112', { name: 'Exampleton', title: 'President' }, '202-555-0111', '202-555-0112', []],
    ['In the UK: Foreign Secretary Jane Sample, phone 020 7946 0001, email office@fcdo.example.gov.uk', { name: 'Jane Sample', title: 'Foreign Secretary' }, '020 7946 0001', undefined, ['office@fcdo.example.gov.uk']],
    ['Canada: Prime Minister Anna Example, phone 613-555-0141, fax 613-555-0142.', { name: 'Anna Example', title: 'Prime Minister' }, '613-555-0141', '613-555-0142', []],
    // A numbered list's number before the country is no part of the line.
    ['2. In the US: President Exampleton, the White House Comment Line 1-202-555-0111.', { name: 'Exampleton', title: 'President' }, '1-202-555-0111', undefined, []],
  ])('%s', (line, callee, phone, fax, emails) => {
    const call = readPlaceCallLine(line);
    expect(call?.callee).toMatchObject(callee);
    expect([call?.phone, call?.fax, call?.emails]).toEqual([phone, fax, emails]);
  });

  it.each([
    ['a heading or label before the colon, not a country', 'Phone: President Exampleton, 202-555-0111, fax 202-555-0112'],
    ['a part of no known kind', 'In the US: President Exampleton, who has not answered, 202-555-0111'],
    ['an office with nobody named', 'In the US: the White House, comment line 202-555-0111, fax 202-555-0112'],
    ['a sentence with no number', 'In the US: President Exampleton, the Senate, the House'],
  ])('%s: not read', (_what, line) => {
    expect(readPlaceCallLine(line)).toBeUndefined();
  });

  it('a page of such lines gives each holder, his phone and fax', () => {
    const page = ['Free the Riverside Five', '', 'The five defenders were sentenced to ten years last week after a one-day trial.', '', 'Call or fax the office holders below.', '', 'In the US: President Exampleton, the White House Comment Line 202-555-0111, fax 202-555-0112', 'In the UK: Foreign Secretary Jane Sample, phone 020 7946 0001', '', 'Thank you.'];
    const targets = draftTargets(importDocument(page.join('\n'), { source: 'page.txt' }).caseText);
    expect(targets.map((t) => [t.name, t.title, t.phone, t.fax])).toEqual([
      ['Exampleton', 'President', '202-555-0111', '202-555-0112'],
      ['Jane Sample', 'Foreign Secretary', '020 7946 0001', undefined],
    ]);
  });
});
