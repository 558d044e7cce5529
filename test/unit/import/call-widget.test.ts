// A campaign's "make a call" widget: one block per official ("Make a call to Senator (D-Exampleland)
// Jane Example's Office", his numbers under it, then the widget's "Log a call to …" and "This is
// done" buttons), and the points to make under "Ask your Members of Congress to:". Each block is an
// official with his name, office and numbers (a second number joined "a / b"); the party–state tag
// is no part of name or title; the buttons are furniture; an instruction ending in a colon never
// greets anyone.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const widget = (who: string, numbers: string[]) => [`Make a call to ${who}`, '', ...numbers.flatMap((l) => [l, '']), `Log a call to ${who}`, 'This is done', ''];
const page = (blocks: string[][], tail = ['Ask your Members of Congress to:', '', '  1. Co-sponsor the resolution on the example crisis.', '  2. Speak out publicly against the detentions.']) =>
  ['Tell Congress: End the Example Crisis', '', ...blocks.flat(), ...tail].join('\n');

const imported = (text: string) => importDocument(text, { source: 'page.txt' });
const targets = (text: string) => draftTargets(imported(text).caseText);

const rows = [
  {
    label: 'two widgets: each official with his office and both numbers, the party–state tag left out',
    text: page([widget("Senator (D-Exampleland) Jane Example's Office", ['Phone: (202) 555-0104', 'District Phone: (907) 555-0115']), widget("Representative (R-Exampleland) Karl Beispiel's Office", ['Phone: (202) 555-0144', 'Office Phone: (907) 555-0166'])]),
    expected: [
      { name: 'Jane Example', title: 'Senator', phone: '(202) 555-0104 / (907) 555-0115' },
      { name: 'Karl Beispiel', title: 'Representative', phone: '(202) 555-0144 / (907) 555-0166' },
    ],
  },
  {
    label: 'a second number labelled by the office it rings ("Local office:")',
    text: page([widget("Senator (I-Exampleland) Jane Example's Office", ['Phone: (202) 555-0104', 'Local office: (907) 555-0115'])]),
    expected: [{ name: 'Jane Example', title: 'Senator', phone: '(202) 555-0104 / (907) 555-0115' }],
  },
  {
    label: 'under a call list, a callee’s second phone line is his other number',
    text: page([['Who to Call:', '', 'Senator Jane Example', 'Phone: (202) 555-0104', 'Capitol phone: (202) 555-0199', '']]),
    expected: [{ name: 'Jane Example', title: 'Senator', phone: '(202) 555-0104 / (202) 555-0199' }],
  },
];

describe('the officials of a call widget', () => {
  it.each(rows)('$label', ({ text, expected }) => {
    const got = targets(text);
    expect(got).toHaveLength(expected.length);
    expected.forEach((want, i) => expect(got[i]).toMatchObject(want));
  });

  it('the widget’s buttons and the instruction to the reader are never in the draft’s officials', () => {
    const draft = imported(rows[0]?.text ?? '').caseText;
    const front = /^---\n([\s\S]*?)\n---\n/.exec(draft)?.[1] ?? '';
    expect(front).not.toMatch(/Log a call|This is done|Ask your Members|D-Exampleland/);
  });

  it('a member of Congress tagged with a US state, at US numbers: the United States', () => {
    const draft = imported(page([widget("Senator (D-AK) Jane Example's Office", ['Phone: (202) 555-0104', 'District Phone: (907) 555-0115'])])).caseText;
    expect(/^country: (.*)$/m.exec(draft)?.[1]).toBe('United States');
  });
});

describe('an instruction ending in a colon never greets', () => {
  const block = ['Exampleland: Journalist detained', '', 'Journalist Ana Example was detained on 2 May 2026.', '', 'Write to:', 'Minister of Justice Jane Example', 'Ministry of Justice', '1 Example Square', 'Example City', ''];
  const prose = 'Release Ana Example at once and without conditions, as she is held only for her peaceful work as a journalist.';
  it.each(['Tell them to:', 'Urge him to:', 'Ask the minister to:'])('%s', (instruction) => {
    const draft = imported([...block, instruction, prose].join('\n')).caseText;
    expect(draft).not.toMatch(new RegExp(`salutation: ${instruction.replace(/:$/, '')}`));
  });
});
