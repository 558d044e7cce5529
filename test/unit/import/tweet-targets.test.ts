// A page of suggested tweets names whom to target in sentences, the handle in brackets after the
// office or the person: each is an official with that handle; one on another network has no X
// handle (a TODO names the channel); handles inside the tweets' texts name no one new.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = (...lines: string[]) => ['Exampleland: Free the protesters', '', 'Suggested tweets', '', ...lines, ''].join('\n');

describe('whom a page of suggested tweets targets', () => {
  const rows: Array<{ what: string; text: string; expected: Array<Record<string, unknown>> }> = [
    {
      what: 'an office by a possessive, a person after his office, one on Instagram, and the tweets',
      text: page(
        'We suggest targeting Exampleland’s Supreme Leader (@leader_handle) on Twitter.',
        '',
        'The minister of foreign affairs Jane Example (@JExample) may also be targeted on Twitter as well.',
        '',
        'The head of judiciary John Example is on Instagram at john_org.',
        '',
        'Sample tweets:',
        'We call on @leader_handle to halt the executions of protesters now.',
        '@JExample release all protesters detained for peaceful protest.',
      ),
      expected: [
        { name: 'Supreme Leader', title: undefined, twitter: '@leader_handle' },
        { name: 'Jane Example', title: 'Minister of foreign affairs', twitter: '@JExample' },
        { name: 'John Example', title: 'Head of judiciary', twitter: undefined },
      ],
    },
    {
      what: 'a person by office and name to tag',
      text: page('Please tag the Prime Minister Karl Sample (@KSample) in your tweets.', '', 'Tweet: @KSample free the students now!'),
      expected: [{ name: 'Karl Sample', title: 'Prime Minister', twitter: '@KSample' }],
    },
  ];
  it.each(rows)('$what', ({ text, expected }) => {
    const { caseText } = importDocument(text, { source: 'test.txt' });
    expect(draftTargets(caseText).map((t) => ({ name: t.name, title: t.title, twitter: t.twitter }))).toEqual(expected);
  });

  it('takes no one a report says was targeted: he may be the one at risk', () => {
    const { caseText } = importDocument(page('Jane Example (@JExample) was targeted by the police for her posts.'), { source: 'test.txt' });
    expect(draftTargets(caseText).map((t) => t.name)).not.toContain('Jane Example');
  });

  it('names the other network in a TODO', () => {
    const { caseText } = importDocument(page('The head of judiciary John Example is on Instagram at john_org.'), { source: 'test.txt' });
    expect(caseText).toMatch(/# TODO: .*Instagram/u);
  });
});
