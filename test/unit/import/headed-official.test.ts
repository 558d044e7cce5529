// An instruction that names the official ("Send letters to the Attorney General, Jane Doe:") with
// only the address under it; the same official named again under "Social Media" for a handle.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { officialInHeading } from '../../../src/import/headed-official.js';
import { importDocument } from '../../../src/import/import-document.js';

const targetsOf = (caseText: string) => (parse(/^---\n([\s\S]*?)\n---\n/.exec(caseText)?.[1] ?? '') as { targets: Array<Record<string, unknown>> }).targets;

describe('officialInHeading', () => {
  const rows = [
    { line: 'Send letters to the Attorney General, Jane Example:', found: { title: 'Attorney General', name: 'Jane Example' } },
    { line: 'Escriba a la Fiscal General, Sra. Juana Ejemplo:', found: { title: 'Fiscal General', name: 'Sra. Juana Ejemplo' } },
    { line: 'Écrivez au Procureur général, M. Jean Exemple :', found: { title: 'Procureur général', name: 'M. Jean Exemple' } },
    { line: 'Schreiben Sie an den Generalstaatsanwalt, Herrn Karl Beispiel:', found: { title: 'Generalstaatsanwalt', name: 'Herrn Karl Beispiel' } },
    { line: 'Write to:', found: undefined },
    { line: "You can also send copies to your country's embassy:", found: undefined },
    { line: 'Send letters to the Attorney General, who is in charge:', found: undefined },
    { line: 'Send letters to Jane Example, Attorney General:', found: undefined },
  ];
  for (const r of rows) {
    it(`"${r.line}" ${r.found ? 'names' : 'names no'} official`, () => {
      expect(officialInHeading(r.line)).toEqual(r.found);
    });
  }
});

describe('an address block under the instruction that names its official', () => {
  const pages = [
    {
      lang: 'en',
      lines: ['Send letters to the Attorney General, Jane Example:', '', 'Harbour Road N19-36 y Av. Patria,', '', 'Edificio Fiscalía General del Estado,', '', 'Capitalia, Examplia', '', '', "You can also send copies to your country's embassy:", '', 'Ambassador John Sample,', '', 'Embassy of Examplia,', '', '3 Embassy Row,', '', 'London SW1X 0AA', '', 'Social Media:', '', 'Jane Example, Attorney General', '', 'Twitter: @JaneExampleAG'],
      name: 'Jane Example',
      title: 'Attorney General',
      address: ['Harbour Road N19-36 y Av. Patria', 'Edificio Fiscalía General del Estado', 'Capitalia, Examplia'],
    },
    {
      lang: 'es',
      lines: ['Escriba a la Fiscal General, Sra. Juana Ejemplo:', 'Av. Libertad 1200', 'Edificio Central', 'Capitalia, Ejemplia', '', 'Puede también enviar copias a la embajada:', 'Embajador Juan Modelo', 'Embajada de Ejemplia', 'Calle Mayor 1', '28013 Madrid', '', 'Redes sociales:', 'Juana Ejemplo, Fiscal General', 'Twitter: @JaneExampleAG'],
      name: 'Juana Ejemplo',
      title: 'Fiscal General',
      address: ['Av. Libertad 1200', 'Edificio Central', 'Capitalia, Ejemplia'],
    },
  ];
  for (const p of pages) {
    it(`reads the official from the instruction, the embassy as a copy, and the handle into the official (${p.lang})`, () => {
      const page = ['URGENT ACTION', 'EXAMPLIA: OMBUDSMAN THREATENED', 'The ombudsman has received death threats after criticising the police.', '', ...p.lines].join('\n');
      const targets = targetsOf(importDocument(page, { source: 'page.txt' }).caseText);
      expect(targets.map((t) => [t.name, t.copy ?? false])).toEqual([[p.name, false], [expect.any(String), true]]);
      expect(targets[0]).toMatchObject({ title: p.title, address: p.address, twitter: '@JaneExampleAG' });
    });
  }
});
