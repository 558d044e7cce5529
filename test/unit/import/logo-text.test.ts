import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

// A PDF letter's logo turned into text above the addressee's block (a word one letter a line, or
// capitals with one-letter pieces): no name, no part of the block, which reads as if it were not there.

const block = 'His Excellency Karl Example\nPresident of Cameroon\nPresidential Palace\nYaoundé\nCameroon\n';
const letter = '\nYour Excellency:\n\nI am writing on behalf of the network to express grave concern about the detention of Professor Ann Example, arrested on 2 March.\n\nRespectfully,\nJane Sender\n';

describe("a logo's letters above the addressee", () => {
  const rows: Array<{ what: string; logo: string }> = [
    { what: 'capitals with one-letter pieces right above the block', logo: 'S R CHOLARS ISK\n' },
    { what: 'a word printed one letter a line right above the block', logo: 'N\nE\nT\nW\nO\nR\nK\n' },
    { what: 'both kinds of logo, one over the other', logo: 'L P EOPLES AWYER\nB\nR\nI\nD\nG\nE\n' },
  ];
  it.each(rows)('$what', ({ logo }) => {
    const { caseText, report } = importDocument(`${logo}${block}${letter}`, { source: 'p.pdf' });
    expect(draftTargets(caseText).map((t) => [t.name, t.honorific, t.title, t.address])).toEqual([['Karl Example', 'His Excellency', 'President of Cameroon', ['Presidential Palace', 'Yaoundé', 'Cameroon']]]);
    expect(caseText).not.toContain('TODO: line');
    expect(report.entries.filter((e) => e.note?.startsWith("a logo's letters")).length).toBe(logo.trim().split('\n').length);
  });
});
