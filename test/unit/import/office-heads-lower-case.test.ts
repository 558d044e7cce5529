// An office printed before the name on the name's line, what it heads in lower case ("Head of
// judiciary Gholamhossein Example", "Chief of police …", "Jefe de la policía …"): the office is the
// title and the rest the name, as with "Head of Judiciary …" in capitals — never the whole line as
// the name.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = (officeAndName: string) =>
  [
    'URGENT ACTION',
    'Exampleland: protester at imminent risk of execution',
    '',
    'Reza Example, 24, was sentenced to death after an unfair trial.',
    '',
    'Write to:',
    officeAndName,
    'c/o Embassy of Exampleland to the European Union',
    'Avenue Franklin Roosevelt 15',
    '1050 Brussels, Belgium',
    'Email: info@embassy.example.be',
    '',
    'Dear Sir,',
    'I am writing to urge you to quash the death sentence against Reza Example and release him.',
    'Yours sincerely,',
  ].join('\n');

const rows = [
  { line: 'Head of judiciary Gholamhossein Example', title: 'Head of judiciary', name: 'Gholamhossein Example' },
  { line: 'Head of the judiciary Gholamhossein Example', title: 'Head of the judiciary', name: 'Gholamhossein Example' },
  { line: 'Chief of police Jane Example', title: 'Chief of police', name: 'Jane Example' },
  { line: 'Director of the prison John Q. Example', title: 'Director of the prison', name: 'John Q. Example' },
  { line: 'Jefe de la policía Juan Ejemplo Prueba', title: 'Jefe de la policía', name: 'Juan Ejemplo Prueba' },
];

describe('an office in lower case before the name, on one line', () => {
  it.each(rows)('$line', ({ line, title, name }) => {
    const [target, ...others] = draftTargets(importDocument(page(line), { source: 'office-line.txt' }).caseText);
    expect(others).toEqual([]);
    expect(target).toMatchObject({ title, name, address: ['c/o Embassy of Exampleland to the European Union', 'Avenue Franklin Roosevelt 15', '1050 Brussels, Belgium'] });
  });
});
