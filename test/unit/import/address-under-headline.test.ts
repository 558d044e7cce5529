// An official printed right under the headline, his address ending in its country, and a section's
// heading right under that address with no blank line between ("Cairo, Egypt" / "URGENT ACTION
// SUMMARY:"): the block had been read as the page's summary, and the official lost.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { recogniseSummary } from '../../../src/import/summary.js';
import { doc, draftTargets } from './helpers.js';

const draft = (lines: readonly string[]) => importDocument(lines.join('\n'), { source: 't.txt' }).caseText;

describe('a heading with a colon right under an address that ends in its country', () => {
  const rows: Array<{ heading: string; page: string[]; expected: Record<string, unknown> }> = [
    {
      heading: 'URGENT ACTION SUMMARY:',
      page: ['URGENT ACTION', 'EXAMPLELAND: JOURNALIST HELD', '', 'Public Prosecutor Karim Example', 'Office of the Public Prosecutor', 'New Example District, Cairo', 'Cairo, Egypt', 'URGENT ACTION SUMMARY:', 'Jane Example, a journalist, was arrested on 3 March and is held without charge.', '', 'Dear Counsellor,', '', 'I am writing to ask you to release Jane Example.', '', 'Yours sincerely,'],
      expected: { name: 'Karim Example', address: ['Office of the Public Prosecutor', 'New Example District, Cairo', 'Cairo, Egypt'] },
    },
    {
      heading: 'URGENT ACTION SUMMARY: (the country as a state\'s full name)',
      page: ['URGENT ACTION', 'EXAMPLELAND: JOURNALIST HELD', '', 'Public Prosecutor Karim Example', 'Office of the Public Prosecutor', 'New Example District, Cairo', 'Arab Republic of Egypt', 'URGENT ACTION SUMMARY:', 'Jane Example, a journalist, was arrested on 3 March and is held without charge.', '', 'Dear Counsellor,', '', 'I am writing to ask you to release Jane Example.'],
      expected: { name: 'Karim Example', address: ['Office of the Public Prosecutor', 'New Example District, Cairo', 'Arab Republic of Egypt'] },
    },
    {
      heading: 'HINTERGRUNDINFORMATIONEN:',
      page: ['EILAKTION', 'BEISPIELLAND: JOURNALISTIN IN HAFT', '', 'Generalstaatsanwalt Karim Beispiel', 'Büro des Generalstaatsanwalts', 'Kairo, Ägypten', 'HINTERGRUNDINFORMATIONEN:', 'Jane Beispiel wurde am 3. März festgenommen und ist ohne Anklage in Haft.'],
      expected: { name: 'Karim Beispiel', title: 'Generalstaatsanwalt', address: ['Büro des Generalstaatsanwalts', 'Kairo, Ägypten'] },
    },
    {
      heading: 'INFORMATIONS GÉNÉRALES :',
      page: ['ACTION URGENTE', 'EXEMPLIE : JOURNALISTE DÉTENUE', '', 'Procureur général Karim Exemple', 'Bureau du procureur général', 'Le Caire, Égypte', 'INFORMATIONS GÉNÉRALES :', 'Jane Exemple a été arrêtée le 3 mars et elle est détenue sans inculpation.', '', 'Monsieur le Procureur,', '', 'Je vous écris pour demander la libération de Jane Exemple.'],
      expected: { name: 'Karim Exemple', title: 'Procureur général', address: ['Bureau du procureur général', 'Le Caire, Égypte'] },
    },
  ];
  it.each(rows)('$heading is a heading: the block above it is the official, never the summary', ({ page, expected }) => {
    const targets = draftTargets(draft(page));
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject(expected);
  });
});

// A guard, not a fix: it passes before and after the rule above.
it('a summary whose sentence ends in a country is still the summary', () => {
  const summary = recogniseSummary(doc(`URGENT ACTION
    EXAMPLELAND: JOURNALIST HELD
    Jane Example, a journalist, was arrested on 3 March
    and is held in Cairo, Egypt.
    URGENT ACTION SUMMARY:
    She has not seen a lawyer.`));
  expect(summary.found && summary.value).toBe('Jane Example, a journalist, was arrested on 3 March and is held in Cairo, Egypt.');
});
