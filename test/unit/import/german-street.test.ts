// A German street of several words printed right after the official's name on a flattened line
// ("… Max Muster Märkisches Ufer 54 10179 Berlin", "… Erika Beispiel Am Neuen Markt 3 14467
// Potsdam"): the name stops before the street, and the street with its number is the address's
// first line, the postcode and town the next.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { splitHeader, unflattenLine } from '../../../src/import/unflatten.js';
import { draftTargets } from './helpers.js';

describe('splitHeader: a German street of several words after the name', () => {
  it.each([
    // An adjective and the street's noun.
    ['Herrn Max Muster Märkisches Ufer 54 10179 Berlin', ['Herrn Max Muster', 'Märkisches Ufer 54', '10179 Berlin']],
    ['Frau Lena Beispiel Berliner Straße 12 14467 Potsdam', ['Frau Lena Beispiel', 'Berliner Straße 12', '14467 Potsdam']],
    ['Herrn Karl Muster Alte Jakobstraße 3a 10969 Berlin', ['Herrn Karl Muster', 'Alte Jakobstraße 3a', '10969 Berlin']],
    // A preposition that holds its article, or a preposition and its article.
    ['Frau Erika Beispiel Am Neuen Markt 3 14467 Potsdam', ['Frau Erika Beispiel', 'Am Neuen Markt 3', '14467 Potsdam']],
    ['Innenministerin Erika Beispiel Unter den Linden 77 10117 Berlin', ['Innenministerin Erika Beispiel', 'Unter den Linden 77', '10117 Berlin']],
    ['Herrn Jonas Probe An der Kirche 2, 01067 Dresden', ['Herrn Jonas Probe', 'An der Kirche 2, 01067 Dresden']],
    ['Herrn Jonas Probe Zur Alten Mühle 9 A-1010 Wien', ['Herrn Jonas Probe', 'Zur Alten Mühle 9', 'A-1010 Wien']],
    // A noun and its genitive.
    ['Präsidentin Anna Beispiel Platz der Republik 1 11011 Berlin', ['Präsidentin Anna Beispiel', 'Platz der Republik 1', '11011 Berlin']],
    // A street named after a person, hyphenated.
    ['Herrn Max Muster Karl-Marx-Allee 3 10178 Berlin', ['Herrn Max Muster', 'Karl-Marx-Allee 3', '10178 Berlin']],
  ])('%s', (head, expected) => {
    expect(splitHeader(head)).toEqual(expected);
  });
});

describe('unflattenLine: the whole flattened official, its street after the name', () => {
  it.each([
    [
      'Herrn Max Muster Märkisches Ufer 54 10179 Berlin Fax: 030 1234 5678 E-Mail: max@example.de',
      ['Herrn Max Muster', 'Märkisches Ufer 54', '10179 Berlin', 'Fax: 030 1234 5678', 'E-Mail: max@example.de'],
    ],
    [
      'INNENMINISTERIN Frau Erika Beispiel Am Neuen Markt 3 14467 Potsdam DEUTSCHLAND (Anrede: Sehr geehrte Frau Ministerin) Fax: 0331 1234 E-Mail: erika@example.de',
      ['INNENMINISTERIN', 'Frau Erika Beispiel', 'Am Neuen Markt 3', '14467 Potsdam', 'DEUTSCHLAND', '(Anrede: Sehr geehrte Frau Ministerin)', 'Fax: 0331 1234', 'E-Mail: erika@example.de'],
    ],
  ])('%s', (line, expected) => {
    expect(unflattenLine(line)).toEqual(expected);
  });
});

describe('a draft from such a line', () => {
  it('names the person only, and opens the address with the street', () => {
    const page = 'URGENT ACTION\nDEUTSCHLAND: STUDENTIN IN HAFT\nSchreiben Sie an:\nHerrn Max Muster Märkisches Ufer 54 10179 Berlin Fax: 030 1234 5678 E-Mail: max@example.de\nSehr geehrter Herr Muster,\nich schreibe Ihnen wegen der Studentin Jane Example, die wegen eines Gedichts festgenommen wurde.\n';
    const [target] = draftTargets(importDocument(page, { source: 'test.txt' }).caseText);
    expect([target?.name, target?.address]).toEqual(['Max Muster', ['Märkisches Ufer 54', '10179 Berlin']]);
  });
});

// Guards: these read the same before and after the rule; they keep it from taking a name's word.
describe('splitHeader: words that only look like a street keep the name whole', () => {
  it.each([
    // "Müller Ring" may be no street: the name would be left with one word.
    ['Herrn Max Müller Ring 3 10115 Berlin', ['Herrn Max Müller Ring', '3 10115 Berlin']],
    // No German house number and postcode after: "Im" may be a surname.
    ['Minister Kim Im Soo 12 Example Road, Example City', ['Minister Kim Im Soo', '12 Example Road, Example City']],
  ])('%s', (head, expected) => {
    expect(splitHeader(head)).toEqual(expected);
  });
});
