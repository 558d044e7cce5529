// A post that names whom to email only by office, each email right after whom it reaches, in one
// sentence; the ones to "copy in" are copies. Words that hold no office name no one.
import { describe, expect, it } from 'vitest';
import { splitEmailedOffices } from '../../../src/import/emailed-offices.js';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

describe('splitEmailedOffices', () => {
  const rows: Array<{ line: string; expected: string[] | undefined }> = [
    {
      line: "Why not do something about it. Send an e-mail to the PM's foreign policy adviser j.example@parliament.example and copy in the Exampleland Ambassador in Otherland k.example@mfa.example. In case he is not there copy in his deputy p.example@mfa.example . Ask them what has happened.",
      expected: ['', 'Write to:', "PM's foreign policy adviser", 'Email: j.example@parliament.example', '', 'Copies to:', 'Exampleland Ambassador in Otherland', 'Email: k.example@mfa.example', '', 'Why not do something about it. … . In case he is not there copy in his deputy p.example@mfa.example . Ask them what has happened.', ''],
    },
    // A friend's or the writer's own address names no office: running text.
    { line: 'Send an e-mail to my friend Ann ann@example.org and copy in her sister bea@example.org.', expected: undefined },
    // One address alone is no list of whom to email.
    { line: 'Send an e-mail to the Minister of Justice minister@justice.example today.', expected: undefined },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    expect(splitEmailedOffices(line)).toEqual(expected);
  });

  it('imports the office written to and the one copied in, under a title-case headline that joins neither', () => {
    const page = ['Jan 21, 2008', '', 'Still No Word On The Jailed Blogger', '', "We are tired of waiting. Send an e-mail to the PM's foreign policy adviser j.example@parliament.example and copy in the Ambassador in Otherland k.example@mfa.example. Ask them what has happened."];
    const targets = draftTargets(importDocument(page.join('\n'), { source: 'post.txt' }).caseText);
    expect(targets.map((t) => [t.name, t.email, t.copy])).toEqual([["PM's foreign policy adviser", 'j.example@parliament.example', undefined], ['Ambassador in Otherland', 'k.example@mfa.example', true]]);
  });
});
