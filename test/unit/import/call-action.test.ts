// A page that asks the reader to phone an official ("Vous pouvez appeler le bureau du premier
// ministre au" / "613-555-0142", "Call President Example at +1 …", "Bitte rufen Sie Präsident
// Beispiel unter … an"): the number is the phone of the official the sentence names, and an
// office followed by a surname names that person (the office is the title), never the office
// alone as the name. A capitalised name after the sentence has gone on past the office ("… pour
// lui demander de protéger Jane Doe") is whoever the action is about, never the office holder.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = (head: string, call: string[], deadline: string) =>
  [head, '', 'Jane Beispiel, a human rights defender, has been threatened since March 2026.', '', ...call, '', deadline].join('\n');

const rows = [
  {
    label: 'the number alone under a sentence that ends with "au"',
    text: page('Canada : une militante menacée', ['Vous pouvez appeler le bureau du premier ministre au', '613-555-0142', '.'], 'Envoyez vos appels avant le 30 avril 2026.'),
    expected: { name: 'Premier ministre', phone: '613-555-0142' },
  },
  {
    label: 'an office and a surname, the number after "au"',
    text: page('Canada : une militante menacée', ['Vous pouvez appeler au Premier ministre Trudeau au 613-555-0142 pour lui demander de protéger Jane Beispiel.'], 'Envoyez vos appels avant le 30 avril 2026.'),
    expected: { name: 'Trudeau', title: 'Premier ministre', phone: '613-555-0142' },
  },
  {
    label: '"Call President Example at …"',
    text: page('Exampleland: activist at risk', ['Call President Example at +1 555 010 2030 and urge him to protect Jane Beispiel.'], 'Please act before 30 April 2026.'),
    expected: { name: 'Example', title: 'President', phone: '+1 555 010 2030' },
  },
  {
    label: '"rufen Sie Präsident Muster unter … an"',
    text: page('Beispielland: Aktivistin in Gefahr', ['Bitte rufen Sie Präsident Muster unter +49 30 555 0142 an und fordern Sie Schutz für Jane Beispiel.'], 'Bitte handeln Sie bis zum 30. April 2026.'),
    expected: { name: 'Muster', title: 'Präsident', phone: '+49 30 555 0142' },
  },
  {
    label: '"the Prime Minister\'s office at …": the office is his',
    text: page('Exampleland: activist at risk', ["Call the Prime Minister's office at +1 613 555 0142 and ask him to protect Jane Beispiel."], 'Please act before 30 April 2026.'),
    expected: { name: 'Prime Minister', phone: '+1 613 555 0142' },
  },
  {
    label: '"Chiamate il Presidente Esempio al numero …"',
    text: page('Esempiolandia: attivista in pericolo', ['Chiamate il Presidente Esempio al numero +39 06 555 0142 e chiedete protezione per Jane Beispiel.'], 'Agite entro il 30 aprile 2026.'),
    expected: { name: 'Esempio', title: 'Presidente', phone: '+39 06 555 0142' },
  },
  {
    label: 'the office asked to protect someone: no name is taken from the rest of the sentence',
    text: page('Canada : une militante menacée', ['Écrivez au Premier ministre pour lui demander de protéger Jane Beispiel.', '', 'Vous pouvez appeler le bureau du premier ministre au', '613-555-0142'], 'Envoyez vos appels avant le 30 avril 2026.'),
    expected: { name: 'Premier ministre', phone: '613-555-0142' },
  },
];

describe('an official to call, named in the sentence', () => {
  it.each(rows)('$label', ({ text, expected }) => {
    const [target, ...others] = draftTargets(importDocument(text, { source: 'call.txt' }).caseText);
    expect(others).toEqual([]);
    expect(target).toMatchObject(expected);
    if (!('title' in expected)) expect(target?.title).toBeUndefined();
  });

  it('an office then a lower-case purpose and a person: the person is not the office holder', () => {
    const text = page('Canada : une militante menacée', ['Écrivez au Premier ministre pour lui demander de protéger Jane Beispiel.'], 'Envoyez vos appels avant le 30 avril 2026.');
    const [target] = draftTargets(importDocument(text, { source: 'call.txt' }).caseText);
    expect(target?.name).not.toBe('Jane Beispiel');
  });
});
