// A letter set out for printing puts the official's fax apart from his address, past the letter's
// date: the lone contact block belongs to the official above — never when he has that field already,
// never across other text.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../../src/import/import-document.js';

type Target = Record<string, unknown>;
const targetsOf = (lines: readonly string[]) =>
  (parse(/^---\n([\s\S]*?)\n---\n/.exec(importDocument(`${lines.join('\n')}\n`, { source: 'page.txt' }).caseText)?.[1] ?? '') as { targets: Target[] }).targets;

const letter = (between: string[], contact: string[], official: string[] = []) => [
  'Gefangene des Monats',
  'Unsere Gemeinde bittet Sie, den folgenden Brief an die Botschaft zu schicken.',
  'Seine Exzellenz',
  'Präsident Karim Beispiel',
  'c/o Botschaft der Republik Beispielland',
  'Musterallee 65',
  '',
  '14195 Berlin',
  ...official,
  '',
  ...between,
  '',
  ...contact,
  '',
  '',
  'Exzellenz,',
  'mit großer Sorge habe ich erfahren, dass zwei Christen in Haft sind, und bitte Sie um ihre Freilassung.',
  'Mit vorzüglicher Hochachtung',
];

describe('a lone contact block under the official', () => {
  it.each([
    { case: 'past the letter’s date', between: ['', 'im Januar 2019', '', ''], contact: ['Fax: 030-0000000'], fax: '030-0000000', email: undefined },
    { case: 'fax and email', between: ['im Januar 2019'], contact: ['Fax: 030-0000000', 'E-Mail: botschaft@example.org'], fax: '030-0000000', email: 'botschaft@example.org' },
  ])('is his: $case', ({ between, contact, fax, email }) => {
    const targets = targetsOf(letter(between, contact));
    expect(targets).toHaveLength(1);
    expect(targets[0]?.fax).toBe(fax);
    expect(targets[0]?.email).toBe(email);
  });

  it('is not his when he has a fax already', () => {
    const targets = targetsOf(letter(['im Januar 2019'], ['Fax: 030-1111111'], ['Fax: 030-0000000']));
    expect(targets[0]?.fax).toBe('030-0000000');
  });
});
