// A forwarded mail's fax list gives one official a line, his office and name, a colon, then the
// labelled number ("Justizminister Hans Muster: Fax: 0090 …,"): each line is that official, with
// his number; the headline above the list is nobody.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const mail = (list: string): string =>
  [
    'Subject: Fwd: Eilaktion Anwalt in Haft',
    '',
    'Liebe alle, bitte schreibt noch heute.',
    '',
    '> URGENT ACTION',
    '> LAWYER DETAINED FOR DEFENDING PROTESTERS',
    '> Please send faxes to:',
    ...list.split('\n').map((l) => `> ${l}`),
    '> Please send appeals before 12 May 2024.',
    '',
  ].join('\n');

describe("a fax list's line is the official it names, with his number", () => {
  const rows = [
    {
      list: 'Ministerpräsident Jonas Probe: Fax: 0088 412 339 05 17\nJustizminister Peter Attrappe: Fax: 0088 412 337 6690,',
      expected: [
        { name: 'Jonas Probe', title: 'Ministerpräsident', fax: '0088 412 339 05 17' },
        { name: 'Peter Attrappe', title: 'Justizminister', fax: '0088 412 337 6690' },
      ],
    },
    {
      list: 'Innenministerin Greta Vorlage: Telefax: 0088 412 336 12 09\nMinister of Justice Hamid Example: Fax: +88 412 330 01 02',
      expected: [
        { name: 'Greta Vorlage', title: 'Innenministerin', fax: '0088 412 336 12 09' },
        { name: 'Hamid Example', title: 'Minister of Justice', fax: '+88 412 330 01 02' },
      ],
    },
    {
      list: 'Justizminister Peter Attrappe: email: justiz@example.org\nMinisterpräsident Jonas Probe: Fax: 0088 412 339 05 17',
      expected: [
        { name: 'Peter Attrappe', title: 'Justizminister', email: 'justiz@example.org' },
        { name: 'Jonas Probe', title: 'Ministerpräsident', fax: '0088 412 339 05 17' },
      ],
    },
  ];
  it.each(rows)('$list', ({ list, expected }) => {
    const targets = draftTargets(importDocument(mail(list), { source: 'test.txt' }).caseText);
    expect(targets.map((t) => ({ name: t.name, title: t.title, ...(t.fax === undefined ? {} : { fax: t.fax }), ...(t.email === undefined ? {} : { email: t.email }) }))).toEqual(expected);
  });
});
