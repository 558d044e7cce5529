// A letter download addresses the head of state "via" (über, por medio de) his embassy: the
// institution's lines under that word are his address, not a second official.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

describe('"via" alone on its line between the official and an institution', () => {
  it.each([
    { word: 'via', embassy: 'Botschaft der Republik Exemplia', greeting: 'Exzellenz,', letter: 'ich habe erfahren, dass der Pastor Paul Beispiel im Dezember festgenommen wurde und bis heute keinen Anwalt sprechen durfte.' },
    { word: 'über', embassy: 'Botschaft der Republik Exemplia', greeting: 'Exzellenz,', letter: 'ich habe erfahren, dass der Pastor Paul Beispiel im Dezember festgenommen wurde und bis heute keinen Anwalt sprechen durfte.' },
  ])('$word $embassy', ({ word, embassy, greeting, letter }) => {
    const page = ['His Excellency', 'Jane Example Doe', word, embassy, 'Example Street 151', '10709 Berlin', greeting, letter, 'Hochachtungsvoll'].join('\n');
    const targets = draftTargets(importDocument(page, { source: 'letter.txt' }).caseText);
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({ name: 'Jane Example Doe', address: [embassy, 'Example Street 151', '10709 Berlin'] });
  });
});
