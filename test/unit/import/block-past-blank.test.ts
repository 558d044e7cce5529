// An official printed with no address, then, after a blank line, another block with an address of
// its own (an embassy, an office, a person): that address had been read as the official's.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

// The letter asks for the release of someone other than the officials: the one whose release a
// page asks for is the person at risk, never an official (person-at-risk.ts).
const page = (...block: string[]) =>
  ['URGENT ACTION', 'EXAMPLELAND: JOURNALIST HELD', '', 'Write to:', ...block, '', 'Dear Minister,', '', 'I am writing to ask you to release Ana Roe.'].join('\n');

describe("a block after a blank line keeps its own address, never the block's above", () => {
  const rows: Array<{ what: string; block: string[]; own: string; address: string[] }> = [
    {
      what: 'an embassy under an official with no contact line',
      block: ['Jane Example', 'Minister of Justice', '', 'Embassy of Exampleland', '1 Example Street', 'London W1 1AA'],
      own: 'Embassy of Exampleland',
      address: ['1 Example Street', 'London W1 1AA'],
    },
    {
      what: 'an ambassador under an official with no contact line',
      block: ['Jane Example', 'Minister of Justice', '', 'Ambassador Karim Example', '1 Example Street', 'London W1 1AA'],
      own: 'Karim Example',
      address: ['1 Example Street', 'London W1 1AA'],
    },
    {
      // "Karim Example" had been read as a place of the minister's address ("Madinat al-Rehab").
      what: 'a person under an official with an email only',
      block: ['Jane Example', 'Minister of Justice', 'Email: jane@example.org', '', 'Karim Example', '1 Example Street', 'London W1 1AA'],
      own: 'Karim Example',
      address: ['1 Example Street', 'London W1 1AA'],
    },
  ];
  it.each(rows)('$what', ({ block, own, address }) => {
    const targets = draftTargets(importDocument(page(...block), { source: 't.txt' }).caseText);
    const jane = targets.find((t) => t.name === 'Jane Example');
    expect(JSON.stringify(jane?.address ?? [])).not.toMatch(/Example Street|London|Embassy|Karim/);
    expect(targets.find((t) => t.name === own)?.address).toEqual(address);
  });
});
