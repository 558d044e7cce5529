// An institution named with "The" after the person on a flattened line ("Premier Li Example The
// State Council 9 …"): "The" opens the institution, which is the address's first line, not the
// name's end. After "of" or "for" the institution is the office's own ("Minister for the State
// Council Li Example"), which stays one office.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { splitLeadingRole } from '../../../src/import/official-words.js';
import { splitHeader } from '../../../src/import/unflatten.js';
import { draftTargets } from './helpers.js';

describe('splitHeader: "The …" after the name opens the institution', () => {
  it.each([
    ['Premier Li Example The State Council 9 Example Beijie Xichengqu Beijing', ['Premier Li Example', 'The State Council', '9 Example Beijie Xichengqu Beijing']],
    ["President Zhou Example The Supreme People's Court 27 Example Dajie Dongchengqu Beijing", ['President Zhou Example', "The Supreme People's Court", '27 Example Dajie Dongchengqu Beijing']],
    ['Jane Example The State Security Council 4 Example Road, Example City', ['Jane Example', 'The State Security Council', '4 Example Road, Example City']],
    // After "for" or "of", the institution is the office's: no cut inside the office.
    ['Minister for the State Council Li Example 9 Example Beijie Xichengqu Beijing', ['Minister for the State Council Li Example', '9 Example Beijie Xichengqu Beijing']],
    ['Minister for The State Council Li Example 9 Example Beijie Xichengqu Beijing', ['Minister for The State Council Li Example', '9 Example Beijie Xichengqu Beijing']],
  ])('%s', (head, expected) => {
    expect(splitHeader(head)).toEqual(expected);
  });
});

describe('splitLeadingRole: an office that ends in its institution after "for" or "of"', () => {
  it.each([
    ['Minister for the State Council Li Example', { title: 'Minister for the State Council', name: 'Li Example' }],
    ['Director of the Public Security Bureau Zhang Example', { title: 'Director of the Public Security Bureau', name: 'Zhang Example' }],
  ])('%s', (text, expected) => {
    expect(splitLeadingRole(text)).toEqual(expected);
  });
});

describe('a draft from such a line', () => {
  const page = (line: string) => `URGENT ACTION\nCHINA: LAWYER HELD\nWrite to:\n${line}\nDear Premier,\nI am writing to you about the lawyer Wang Example, who was detained for his work.\n`;
  it.each([
    ['Premier Li Example The State Council 9 Example Beijie Xichengqu Beijing Fax: +86 10 1234 5678 Email: english@example.gov.cn', { name: 'Li Example', title: 'Premier', address: ['The State Council', '9 Example Beijie Xichengqu Beijing'] }],
    ['Minister for the State Council Li Example 9 Example Beijie Xichengqu Beijing Fax: +86 10 1234 5678 Email: english@example.gov.cn', { name: 'Li Example', title: 'Minister for the State Council', address: ['9 Example Beijie Xichengqu Beijing'] }],
  ])('%s', (line, expected) => {
    const [target] = draftTargets(importDocument(page(line), { source: 'test.txt' }).caseText);
    expect({ name: target?.name, title: target?.title, address: target?.address }).toEqual(expected);
  });
});
