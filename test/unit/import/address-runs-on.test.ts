// An address line that ends in a comma is unfinished: on a page with a blank line after every line,
// the place under it ("Lomas del Ejemplo,") is the next line of the same address, not a new official.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const spaced = (lines: string[]) => lines.join('\n\n') + '\n';

describe('an address line ending in a comma runs on across a blank line', () => {
  const rows = [
    {
      page: ['Actúen: escriban al fiscal', 'Sr. Juan Ejemplo', 'Fiscal General', 'Edificio Plaza Central II,', 'Lomas del Ejemplo,', 'Villanueva', 'Correo-e: fiscal@example.org', 'Twitter: @FiscalEjemplo'],
      name: 'Juan Ejemplo',
      address: ['Edificio Plaza Central II', 'Lomas del Ejemplo', 'Villanueva'],
    },
    {
      page: ['Please write to:', 'Ms Jane Example', 'Attorney General', 'Justice Tower,', 'Harbour View,', 'Example City', 'Email: ag@example.org'],
      name: 'Jane Example',
      address: ['Justice Tower', 'Harbour View', 'Example City'],
    },
  ];
  it.each(rows)('$name: one official with the whole address', ({ page, name, address }) => {
    const targets = draftTargets(importDocument(spaced(page), { source: 'spaced.txt' }).caseText);
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({ name, address });
  });

  it('a courtesy title after the comma opens the next official', () => {
    const page = ['Please write to:', 'Ms Jane Example', 'Attorney General', 'Justice Tower,', 'Example City', 'Email: ag@example.org', 'Mr John Sample', 'Minister of the Interior', 'Interior Ministry,', 'Example City', 'Email: min@example.org'];
    const targets = draftTargets(importDocument(spaced(page), { source: 'spaced.txt' }).caseText);
    expect(targets.map((t) => t.name)).toEqual(['Jane Example', 'John Sample']);
  });
});
