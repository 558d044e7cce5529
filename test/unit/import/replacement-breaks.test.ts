import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { splitReplacementBreaks } from '../../../src/import/replacement-breaks.js';
import { draftTargets } from './helpers.js';

// A word processor's letter reaching the page with its address lines joined by U+FFFD where the
// breaks were, and a picture's file name glued to the greeting: the lines as they were, the file
// name gone. A lost accent prints the same character inside a word, and stays.

/** name · title · salutation · address lines joined with " / " */
const summary = (t: Record<string, unknown>) => [t.name, t.title ?? '-', t.salutation ?? '-', ((t.address as string[] | undefined) ?? []).join(' / ') || '-'].join(' · ');

const letter = 'Le escribimos para pedirle que su gobierno proteja a las periodistas amenazadas en el estado de Ejemplo y que investigue sin demora los ataques que sufrieron.\n\nAtentamente,\n\nOrganización Ejemplar\n';

describe('address lines joined by the replacement character', () => {
  it('reads each piece as its line, and drops the picture name glued to the greeting', () => {
    const page = `Carta abierta al Presidente\n\nJuan Ejemplo Ruiz\ufffdPresidente de la República de Ejemplia\ufffdResidencia Oficial de Ejemplo\ufffdCol. San Ejemplo\ufffd11850 Ciudad Ejemplo\n\n18 de diciembre de 2012\n\nSr. Presidente:image1.png\n\n${letter}`;
    expect(draftTargets(importDocument(page, { source: 'p.txt' }).caseText).map(summary)).toEqual([
      'Juan Ejemplo Ruiz · Presidente de la República de Ejemplia · Sr. Presidente · Residencia Oficial de Ejemplo / Col. San Ejemplo / 11850 Ciudad Ejemplo',
    ]);
  });

  it.each([
    { what: 'a lost accent inside a word', line: 'Jane Pe\ufffda Example, Ciudad de M\ufffdxico', expected: ['Jane Pe\ufffda Example, Ciudad de M\ufffdxico'] },
    { what: 'one character before a capital only', line: 'Jane Example\ufffdMinistry of Justice', expected: ['Jane Example\ufffdMinistry of Justice'] },
    { what: 'several breaks', line: 'Jane Example\ufffdMinistry of Justice\ufffd1 Example Road\ufffdCapital City', expected: ['Jane Example', 'Ministry of Justice', '1 Example Road', 'Capital City'] },
  ])('$what', ({ line, expected }) => {
    expect(splitReplacementBreaks(line)).toEqual(expected);
  });
});

describe('an official residence is an address line', () => {
  it('takes "Residencia Oficial de …" under the name as his address, the name as his name', () => {
    const page = `Carta al Presidente\n\nSu Excelencia Presidente Juan Ejemplo Ruiz\nResidencia Oficial de Ejemplo\nPuerta Central\n11850 Ciudad Ejemplo\n\nDe mi mayor consideración:\n\n${letter}`;
    expect(draftTargets(importDocument(page, { source: 'p.txt' }).caseText).map(summary)).toEqual([
      'Juan Ejemplo Ruiz · Presidente · De mi mayor consideración · Residencia Oficial de Ejemplo / Puerta Central / 11850 Ciudad Ejemplo',
    ]);
  });
});
