// A petition blog under its headline: "The letter you sign … will be sent to the following:", then
// a person and his office with no address (the form sends it), then an embassy and an office with a
// line of address each. The person is a recipient, though nothing prints how to reach him; and the
// officials written to are one country's ("US Embassy" in the other country's capital), whatever
// country the story names most.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = [
  'Monday, March 4, 2030',
  '',
  'Ask the State Department to Grant Visas to Threatened Exampleland Writers',
  '',
  'Follow the link to sign the letter below, which asks the State Department to grant visas to writers in Exampleland whose names were printed by a tabloid.',
  '',
  'Exampleland has jailed writers before. Exampleland courts have closed papers. Exampleland police watch the writers.',
  '',
  'The letter you sign asking the State Department to grant visas to the Exampleland writers will be sent to the following:',
  'Jonas Q. Sample',
  'Deputy Secretary of State for Visas and Refugees',
  '',
  'US Embassy',
  'Sampletown, Exampleland',
  '',
  'Office of Public Liaison',
  'The Executive Residence',
  'The Letter',
  'Subject: Grant Visas to Threatened Exampleland Writers',
  'Last spring a tabloid in Exampleland printed the names and home towns of twelve writers and called for them to be silenced. Since then two of them have been beaten in the street and one has lost her home.',
  '',
  'I am asking that the Department of State grant these writers visas at once, so that they can leave before they are harmed.',
].join('\n');

describe('recipients under the line that announces them', () => {
  const result = importDocument(page, { source: 'test.txt' });
  it('reads the person with his office, though no address goes with him', () => {
    const targets = draftTargets(result.caseText);
    expect(targets.map((t) => t.name)).toEqual(['Jonas Q. Sample', 'US Embassy', 'Office of Public Liaison']);
  });
  it("takes the country of the officials' embassy, not the country the story names most", () => {
    expect(result.caseText).toMatch(/^country: United States$/m);
  });
});
