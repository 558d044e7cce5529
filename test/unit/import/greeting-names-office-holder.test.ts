import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

// The addressee's block prints only an office above its address, and the letter's greeting names
// the person who holds it after that office's words ("Egregio Presidente Mario Esempio,"). The name
// is the official's only when the greeting ties it to that very office, for the one official written
// to, and names him in full; a name elsewhere in the page's prose, untied to the office, is never taken.

/** name · title */
const summary = (t: Record<string, unknown>) => [t.name, t.title ?? '-'].join(' · ');
const read = (page: string) => draftTargets(importDocument(page, { source: 'p.txt' }).caseText).map(summary);

const block = (office: string) => `${office}\nPalazzo Esempio\nPiazza Esempio 12\n00100 Roma`;
const letter = (greeting: string) => `\n\n${greeting}\n\nLe scrivo perché sono molto preoccupato per le notizie che arrivano da Esempia. Le chiedo di intervenire presso le autorità.\n\nDistinti saluti\n`;

describe('a greeting that names the holder of the office the block prints', () => {
  const rows: Array<{ what: string; page: string; expected: string[] }> = [
    {
      what: 'the office\'s first word, then the name',
      page: `Appello per Esempia\n\n${block('Presidente del Consiglio')}${letter('Egregio Presidente Mario Esempio,')}`,
      expected: ['Mario Esempio · Presidente del Consiglio'],
    },
    {
      what: 'the whole office, then the name (English)',
      page: `Appeal for Exampleland\n\nPrime Minister\nOffice of the Prime Minister\n1 Example Road\nExample City\n\nDear Prime Minister Jane Example,\n\nI am writing to ask you to release the students held in Example City since March.\n\nYours sincerely\n`,
      expected: ['Jane Example · Prime Minister'],
    },
    {
      what: 'a surname alone: the office stays the name',
      page: `Appello per Esempia\n\n${block('Presidente del Consiglio')}${letter('Egregio Presidente Esempio,')}`,
      expected: ['Presidente del Consiglio · -'],
    },
    {
      what: 'another office greeted: the office stays the name',
      page: `Appello per Esempia\n\n${block('Presidente del Consiglio')}${letter('Egregio Ministro Mario Esempio,')}`,
      expected: ['Presidente del Consiglio · -'],
    },
    {
      what: 'a name in the story, tied to no office: never taken',
      page: `Appeal for Exampleland\n\nThe students were arrested after a protest. Jane Example said the law would be reviewed.\n\nPrime Minister\nOffice of the Prime Minister\n1 Example Road\nExample City\n\nDear Prime Minister,\n\nI am writing to ask you to release the students held in Example City since March.\n\nYours sincerely\n`,
      expected: ['Prime Minister · -'],
    },
  ];
  it.each(rows)('$what', ({ page, expected }) => {
    expect(read(page)).toEqual(expected);
  });
});
