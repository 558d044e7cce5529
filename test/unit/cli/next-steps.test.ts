import { describe, expect, it } from 'vitest';
import { formatChoices } from '../../../src/cli/guided.js';
import { nextSteps } from '../../../src/cli/next-steps.js';
import type { Channel } from '../../../src/channels/types.js';

const counts = (caseId: string, channels: Channel[]) => channels.map((channel) => ({ case: caseId, target: 'minister', channel, count: 1 }));

describe('nextSteps', () => {
  it.each([
    { channels: ['letter'] as Channel[], pdf: false, html: false, says: ['Letters: print the .letter files in letters/c/'] },
    { channels: ['letter', 'fax'] as Channel[], pdf: true, html: false, says: ['Letters: print letters/c/letters.pdf', 'Faxes: send the fax pages of letters/c/letters.pdf'] },
    { channels: ['email'] as Channel[], pdf: false, html: true, says: ['Open letters/c/index.html in your browser', 'Emails: open each .email.eml', 'Gmail or Outlook link'] },
    { channels: ['tweet', 'call'] as Channel[], pdf: false, html: false, says: ['Posts: open the link in each .tweet.txt', 'Calls: call the number at the top of each .call.txt'] },
  ])('says what to do with $channels', ({ channels, pdf, html, says }) => {
    const lines = nextSteps({ counts: counts('c', channels), out: 'letters', pdf, html });
    expect(lines[0]).toBe('What next:');
    for (const s of says) expect(lines.join('\n')).toContain(s);
    // One line per channel made, the page when there is one, and how to record what was sent.
    expect(lines).toHaveLength(1 + channels.length + (html ? 1 : 0) + 1);
    expect(lines.at(-1)).toContain(`"ua-letter sent c --channel ${channels.join(',')} --count 1"`);
  });

  it('says nothing for a run that made nothing, and names no one case folder for several', () => {
    expect(nextSteps({ counts: [], out: 'letters', pdf: false, html: false })).toEqual([]);
    const lines = nextSteps({ counts: [...counts('a', ['letter']), ...counts('b', ['letter'])], out: 'o', pdf: false, html: false });
    expect(lines[1]).toContain('in o/<case>/');
  });
});

describe('formatChoices', () => {
  it.each([
    { channels: undefined, formats: [['txt'], ['pdf'], ['html'], ['html', 'pdf'], ['md']] },
    { channels: ['letter'] as Channel[], formats: [['txt'], ['pdf'], ['html'], ['html', 'pdf'], ['md']] },
    { channels: ['email', 'tweet'] as Channel[], formats: [['txt'], ['html'], ['md']] },
  ])('offers a PDF only when there is something to print: $channels', ({ channels, formats }) => {
    const choices = formatChoices(channels);
    expect(choices.map((c) => c.formats)).toEqual(formats);
    // Each label fits an 80-column terminal after inquirer's "❯ ".
    for (const c of choices) expect(c.label.length).toBeLessThanOrEqual(76);
  });
});
