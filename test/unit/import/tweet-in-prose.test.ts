// A sentence above the postal block asks to tweet the official the block gives ("A quick way is to
// tweet the Prime Minister of Ruritania @PMExample and encourage him …"): the handle is his, when
// exactly one official is the one the sentence names.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const block = ['Write to:', 'Prime Minister Jane Example', 'Office of the Prime Minister', '1 Government Square', 'Capital City, Ruritania', 'Salutation: Dear Prime Minister'];
const page = (sentence: string, officials: string[] = block) =>
  ['URGENT ACTION', '', 'RURITANIA: BLOGGER SENTENCED', '', 'Karim Beispiel was sentenced to ten years in prison for a blog post about corruption.', '', sentence, '', ...officials, ''].join('\n');

const rows = [
  { label: 'by his office and country', sentence: 'A quick way is to tweet the Prime Minister of Ruritania @PMExample and encourage him to release Karim Beispiel.' },
  { label: 'by his office, the handle in brackets', sentence: 'You can also tweet the Prime Minister (@PMExample) to ask for his release.' },
  { label: 'by his name', sentence: 'Please tweet Jane Example @PMExample today and ask her to free Karim Beispiel.' },
];

describe('a handle asked to be tweeted in a sentence above the block', () => {
  it.each(rows)('$label: the official the sentence names gets it', ({ sentence }) => {
    expect(draftTargets(importDocument(page(sentence), { source: 'tweet.txt' }).caseText)).toMatchObject([{ name: 'Jane Example', twitter: '@PMExample' }]);
  });

  it('a sentence naming another office gives no handle', () => {
    const targets = draftTargets(importDocument(page('Please tweet the Minister of Justice @JusticeExample and ask for a fair trial.'), { source: 'tweet.txt' }).caseText);
    expect(targets).toMatchObject([{ name: 'Jane Example' }]);
    expect(targets[0]?.twitter).toBeUndefined();
  });
});
