// A letter to a monarch and his heir: each on his own line with his courtesy title (an "ATTN:"
// label before each, or none), one address under both, one greeting for both. Two officials, each
// with the office out of the name and the shared address; the attention line is never the page's
// headline. On a plain page, with a blank line after every line, and as a web page.
import { describe, expect, it } from 'vitest';
import { asHtml, asSpaced } from '../../../bench/lib/page-variants.mjs';
import { htmlToText } from '../../../src/import/html-text.js';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = (label: string) =>
  [
    `${label}His Majesty King Karim Example,`,
    `${label}His Royal Highness Crown Prince Omar Example`,
    'Example Ring Road, Old Quarter, Capital City 12385,',
    'Capital City 11515, Exampleland',
    'December 5, 2024',
    'Your Majesty and your Royal Highness,',
    'We write to draw your attention to the grave situation of human rights defenders in the kingdom, who are silenced for their words.',
  ].join('\n');

const FORMS: ReadonlyArray<readonly [string, (t: string) => string]> = [['text', (t) => t], ['spaced', asSpaced], ['html', (t) => htmlToText(asHtml(t))]];

describe('a monarch and his heir over one address', () => {
  it.each(['ATTN: ', ''].flatMap((label) => FORMS.map(([form, as]) => ({ label, form, as }))))('"$label" ($form): two officials sharing the address', ({ label, as }) => {
    const { caseText, findings } = importDocument(as(page(label)), { source: 'letter.txt' });
    expect(draftTargets(caseText).map((t) => ({ name: t.name, title: t.title, honorific: t.honorific, address: t.address }))).toEqual([
      { name: 'Karim Example', title: 'King', honorific: 'His Majesty', address: ['Example Ring Road, Old Quarter, Capital City 12385', 'Capital City 11515, Exampleland'] },
      { name: 'Omar Example', title: 'Crown Prince', honorific: 'His Royal Highness', address: ['Example Ring Road, Old Quarter, Capital City 12385', 'Capital City 11515, Exampleland'] },
    ]);
    expect(findings.title.found).toBe(false);
  });
});
