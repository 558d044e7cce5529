// A long paragraph of the page's own (over 400 characters, longer than any line the block's
// furniture reader weighs) whose last sentence is a remark in brackets, "… the person you write
// for.)", is running text above the officials, never a header line of the first one: read as one,
// its pieces crowded the block and the office above the name stood in for the name.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const intro = [
  'This month we remember the people held only for their faith and for what they wrote, and we ask you to stand with a few of them.',
  'Mail a short card (or a postcard) to the leaders below on behalf of the prisoner named in each sample note.',
  'Keep the notes brief and polite, but send as many as you can!',
  '(When you write by hand, underline the name of each prisoner, printed in bold below, so that even a hurried reader sees at once whom you are writing for.)',
].join(' ');

const page = (paragraph: string) =>
  [
    'January Action Item',
    '',
    paragraph,
    '',
    '',
    "Premier of the People's Republic of Exampleland",
    'Lin Sample Guojia Zongli',
    'The State Council General Office',
    '12 Fuyoujie',
    'Beijingshi 100099',
    '',
    'Your Excellency:',
    'I am writing to express my concern over the detention of Zhou Example, a teacher held for his words. I urge you to release him at once.',
    '',
    'Yours sincerely,',
  ].join('\n');

describe('a long paragraph that ends in a remark in brackets, above the officials', () => {
  it('is no part of the first official: his name under his office is read', () => {
    expect(intro.length).toBeGreaterThan(400);
    const [target] = draftTargets(importDocument(page(intro), { source: 'test.txt' }).caseText);
    expect(target?.name).toBe('Lin Sample');
    expect(target?.address).toEqual(['The State Council General Office', '12 Fuyoujie', 'Beijingshi 100099']);
  });
});
