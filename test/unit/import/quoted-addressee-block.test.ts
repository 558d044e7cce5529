import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

// A blog copies a sample letter inside quotation marks, the opening mark on the addressee's first
// line, under the page's own headings and a blank line. The addressee is the person named over
// her office; the headings above the blank are no part of her block, and the greeting to the
// readers of a letter quoted FROM someone is never a line of an address.

/** name · title · address */
const summary = (t: Record<string, unknown>) => [t.name, t.title ?? '-', ((t.address as string[] | undefined) ?? []).join(' / ')].join(' · ');
const read = (page: string) => draftTargets(importDocument(page, { source: 'p.txt' }).caseText).map(summary);

const letter = '\n\nEgregio Presidente del Consiglio,\n\nLe scrivo perché sono molto preoccupato per le notizie che arrivano da Esempia. Le chiedo di intervenire presso le autorità.\n\nDistinti saluti”\n';

describe('a quoted letter under the page headings', () => {
  const rows: Array<{ what: string; page: string; expected: string[] }> = [
    {
      what: 'the quotation mark on the holder\'s name, one heading above',
      page: `Appello per Esempia\n\n“Mario Esempio\nPresidente del Consiglio\nPalazzo Esempio\nPiazza Esempio 12\n00100 Roma${letter}`,
      expected: ['Mario Esempio · Presidente del Consiglio · Palazzo Esempio / Piazza Esempio 12 / 00100 Roma'],
    },
    {
      what: 'two headings, one cut into pieces at its commas',
      page: `Appello Gruppo Esempio, diritti umani, Esempia\n\nAppello Gruppo Esempio – Esempia\n\n“Mario Esempio\nPresidente del Consiglio\nPalazzo Esempio\nPiazza Esempio 12\n00100 Roma${letter}`,
      expected: ['Mario Esempio · Presidente del Consiglio · Palazzo Esempio / Piazza Esempio 12 / 00100 Roma'],
    },
    {
      what: 'no quotation mark: the same',
      page: `Appello per Esempia\n\nMario Esempio\nPresidente del Consiglio\nPalazzo Esempio\nPiazza Esempio 12\n00100 Roma${letter}`,
      expected: ['Mario Esempio · Presidente del Consiglio · Palazzo Esempio / Piazza Esempio 12 / 00100 Roma'],
    },
    {
      what: 'a courtesy title alone above the blank still heads her block',
      page: `Sua Eccellenza\n\nMario Esempio\nPresidente del Consiglio\nPalazzo Esempio\nPiazza Esempio 12\n00100 Roma${letter}`,
      expected: ['Mario Esempio · Presidente del Consiglio · Palazzo Esempio / Piazza Esempio 12 / 00100 Roma'],
    },
  ];
  it.each(rows)('$what', ({ page, expected }) => {
    expect(read(page)).toEqual(expected);
  });
});
