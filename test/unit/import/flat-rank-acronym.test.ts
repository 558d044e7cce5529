// A flattened official whose office opens with a command's or agency's acronym after his rank and
// name ("Major-General Jan Example GOC Central Command Military Post …"): the name ends before it.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

// The second row (an office word, no rank, before the name) is read right without the cut too: a guard.
describe('a rank, a name and an acronym on one flattened line', () => {
  it.each([
    ['Major-General Jan Example GOC Central Command Military Post 01149 Battalion 877 Ruritania Fax: + 999 2 530 5741 Email: jan@example.mil', 'Jan Example', 'Major-General'],
    ['Commissioner Ana Example IDOC Central Office 100 Example Street, Capital Fax: +999 2 555 0101', 'Ana Example', 'Commissioner'],
  ])('%s', (line, name, honorific) => {
    const page = ['Ruritania: Teacher held without charge', '', 'Write a letter in your own words to the official listed.', '', line, '', `Dear ${honorific} ${name},`, 'I am writing to ask you to release the teacher held without charge since March.'];
    const [target] = draftTargets(importDocument(`${page.join('\n')}\n`, { source: 'page.txt' }).caseText);
    expect(target?.name).toBe(name);
  });
});
