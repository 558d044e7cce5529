// A letter page: the official's address block, the letter's dateline, its greeting, and (often) the
// letter. A dateline between the address and the greeting is the letter's, never an address line.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

describe('a dateline between the address and the greeting', () => {
  const page = (dateline: string) => [
    'URGENT ACTION',
    'BEISPIELLAND: AKTIVIST IN HAFT',
    '',
    'Schreiben Sie an:',
    '',
    'Präsident Max Beispiel',
    'Präsidialamt',
    'Hauptstraße 1',
    '12345 Beispielstadt',
    '',
    dateline,
    '',
    'Sehr geehrter Herr Präsident,',
    'ich schreibe Ihnen wegen der Inhaftierung des Aktivisten. Bitte lassen Sie ihn sofort und bedingungslos frei.',
    'Mit freundlichen Grüßen',
  ].join('\n');
  const rows = ['Exampletown, 06.10.2016', '06.10.2016', 'Beispielstadt, 2016-10-06'];
  it.each(rows)('"%s" is left out of the address', (dateline) => {
    const [target] = draftTargets(importDocument(page(dateline), { source: 'ua.txt' }).caseText);
    expect(target?.name).toBe('Max Beispiel');
    expect(target?.address).toEqual(['Präsidialamt', 'Hauptstraße 1', '12345 Beispielstadt']);
  });
});
