// A page with nothing that announces officials (no "Write to", no TAKE ACTION bullets, no headline
// a UA has, no letter greeting them) is read whole for them: a block there that prints no way to
// reach anyone is a mail's headline or a line of the story, while one with a contact is kept.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = (block: string[]) =>
  [
    'Support the Example Valley Hunger Strike',
    'A Call for Every Striker!',
    '',
    ...block,
    '',
    // A link the mail lost cut the sentence; what follows is wrapped by hand.
    'According to the',
    'strikers were taking part in the hunger strike on May 3rd,',
    "making this the largest strike in the valley's history. Since",
    'May 3rd, the number of strikers has dropped.',
    '',
    'Dear Friends,',
    '',
    'The strike needs your support. We need to work together to press the authorities to talk to the strikers before anyone is harmed.',
  ].join('\n');

describe('a block on a page that announces no officials', () => {
  it.each([
    ['The Largest Prison Strike in recent Example History'],
    ['Example State Prison Authority'],
  ])('"%s" with running text under it is no official', (headline) => {
    const result = importDocument(page([headline]), { source: 'mail.txt' });
    expect(draftTargets(result.caseText)).toEqual([]);
    expect(result.caseText).not.toContain(`name: ${headline}`);
  });

  it('kept when it prints a way to reach it', () => {
    const result = importDocument(page(['Example State Prison Authority', 'Fax: +1 555 010 2030']), { source: 'mail.txt' });
    expect(draftTargets(result.caseText)).toMatchObject([{ name: 'Example State Prison Authority', fax: '+1 555 010 2030' }]);
  });
});
