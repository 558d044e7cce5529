// A page that lost its line breaks: the instruction, the letter's label and text, then the
// signature field and a translation, all in one paragraph. The letter is the text between its
// label and the signature field; with no such end, none is read.
import { describe, expect, it } from 'vitest';
import { recogniseSampleLetter } from '../../../src/import/sample-letter.js';
import { letterInParagraph } from '../../../src/import/inline-letter-label.js';
import { doc } from './helpers.js';

const instruction = 'Bitte schicken Sie Ihren Brief in einem Umschlag an die unten genannte Adresse und geben Sie Ihre eigene Anschrift als Absender an.';
const letter = 'The teacher Mara Example has been held for six years although she is innocent. Her health is poor and she needs care. Please let her go home to her family now!';
const translation = '(Übersetzung) Die Lehrerin Mara Example ist seit sechs Jahren in Haft, obwohl sie unschuldig ist.';

describe('a letter labelled inside a paragraph that lost its line breaks', () => {
  const rows = [
    { label: 'Appelltext', end: 'Signature/Unterschrift' },
    { label: 'Sample letter', end: 'Signature' },
    { label: 'Musterbrief', end: 'Mit freundlichen Grüßen' },
  ];
  it.each(rows)('reads the text after "$label:" to "$end"', ({ label, end }) => {
    const paragraph = `${instruction} ${label}: ${letter} ${end} ${translation}`;
    expect(letterInParagraph(paragraph)).toBe(letter);
    const result = recogniseSampleLetter(doc(paragraph));
    expect(result.found && result.value.paragraphs.map((p) => p.text)).toEqual([letter]);
    expect(result.found && result.value.detected).toBe('en');
  });

  it('reads nothing when no signature field or closing ends the letter, nor from a label that is no letter\'s', () => {
    expect(letterInParagraph(`${instruction} Appelltext: ${letter} ${translation}`)).toBeUndefined();
    expect(letterInParagraph(`${instruction} Hintergrund: ${letter} Signature ${translation}`)).toBeUndefined();
  });
});
