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

describe("a town that looks like a name, last before the letter's greeting", () => {
  const letter = ['', 'Dear Prime Minister:', '', 'I am writing to ask you to release the journalist Jana Example, held since March for her reporting on the courts.', ''];
  it('goes on with the address line right above it', () => {
    const page = ['Text of the online petition for the release of Jana Example', '', 'Prime Minister', 'Omar Beispiel', 'P.O. Box 1031', 'Addis Exampla', ...letter];
    const targets = draftTargets(importDocument(page.join('\n'), { source: 'petition.txt' }).caseText);
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({ name: 'Omar Beispiel', address: ['P.O. Box 1031', 'Addis Exampla'] });
  });

  it('on a page with a blank line after every line, goes on with the address line above it', () => {
    const page = ['Scrivi al Presidente', '', 'President of the Example Federation', 'Vladimir Example', 'Ilyinka St. 23', '103132 Exampleburg', 'Russian Federation', '', 'Egregio Presidente Example,', '', 'Le scrivo in relazione all’arresto del politico, detenuto da mesi senza alcuna accusa formale.', ''];
    const targets = draftTargets(importDocument(spaced(page), { source: 'spaced.txt' }).caseText);
    expect(targets[0]).toMatchObject({ name: 'Vladimir Example', address: ['Ilyinka St. 23', '103132 Exampleburg', 'Russian Federation'] });
  });

  it("after a blank line it is the letter's subject (the person at risk), not the address", () => {
    const page = ['Prime Minister', 'Omar Beispiel', 'P.O. Box 1031', 'Addis Exampla', '', 'Jana Example', ...letter];
    const targets = draftTargets(importDocument(page.join('\n'), { source: 'letter.txt' }).caseText);
    expect(targets[0]?.address).not.toContain('Jana Example');
    expect(targets[0]?.name).toBe('Omar Beispiel');
  });
});
