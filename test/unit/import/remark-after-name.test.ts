// A call list may add a remark in brackets after an official's name ("(the desk says she has
// left)"): it is no part of the name, and no reason to lose the official or its numbers.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';

type Target = Record<string, unknown>;
const targetsOf = (lines: readonly string[]) =>
  (parse(/^---\n([\s\S]*?)\n---\n/.exec(importDocument(`${lines.join('\n')}\n`, { source: 'page.txt' }).caseText)?.[1] ?? '') as { targets: Target[] }).targets;

describe('a remark in brackets after an official’s name', () => {
  it.each([
    { line: 'Hill CI Warden Dana Example (The Desk Says She Has Left)', name: 'Dana Example', title: 'Hill CI Warden' },
    { line: 'Governor Pat Sample (ask for the duty officer)', name: 'Pat Sample', title: 'Governor' },
  ])('"$line" is $name', ({ line, name, title }) => {
    const targets = targetsOf([
      'Call-in day for the hunger strikers',
      'We ask everyone to phone the officials below on Wednesday.',
      '',
      'Director of Prisons Lee Example',
      'phone: 555.010.4000',
      'fax: 555.010.8272',
      '',
      line,
      'Phone: 555-010-8600',
      'Fax: 555-010-4608',
      '',
      'The strikers ask for law libraries and better food.',
    ]);
    expect(targets.map((t) => [t.name, t.title, t.phone])).toEqual([
      ['Lee Example', 'Director of Prisons', '555.010.4000'],
      [name, title, '555-010-8600'],
    ]);
  });
});
