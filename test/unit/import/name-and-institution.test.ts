// A name line and the institution beside it: a head of state's residence under "Su Excelencia
// Presidente …" is his address; a courtesy title and a name with an office after a comma, under an
// embassy, is the official; an office and a name in capitals, then after a blank line that office's
// own ministry and its address, is one official; a name run into an institution on one line is
// parted from it.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { splitNameInstitution } from '../../../src/import/name-then-institution.js';
import { draftTargets } from './helpers.js';

describe('splitNameInstitution', () => {
  const rows: Array<{ line: string; expected: { name: string; institution: string } | undefined }> = [
    { line: 'Jane Example Ministry of Justice', expected: { name: 'Jane Example', institution: 'Ministry of Justice' } },
    { line: 'Karl Beispiel Embassy of Ruritania', expected: { name: 'Karl Beispiel', institution: 'Embassy of Ruritania' } },
    { line: 'Jean Exemple Ministère de la Justice', expected: { name: 'Jean Exemple', institution: 'Ministère de la Justice' } },
    { line: 'Juan Ejemplo Ruiz Ministerio del Interior', expected: { name: 'Juan Ejemplo Ruiz', institution: 'Ministerio del Interior' } },
  ];
  for (const { line, expected } of rows) {
    it(`"${line}" → ${JSON.stringify(expected)}`, () => {
      expect(splitNameInstitution(line)).toEqual(expected);
    });
  }
});

describe('a name line and its institution, imported', () => {
  const page = (block: string, greeting = 'Dear Minister,') => `URGENT ACTION\n\nEXAMPLIA: ACTIVIST DETAINED\n\nPlease write to:\n\n${block}\n\n${greeting}\n\nI am writing to ask you to release the activist at once.\n\nYours sincerely,\n`;
  const rows: Array<{ name: string; block: string; greeting?: string; targets: Array<Record<string, unknown>> }> = [
    {
      name: "a courtesy title, an office and a name, then the head of state's residence: the residence is the address",
      block: 'Su Excelencia Presidente Juan Ejemplo Pérez\nResidencia Oficial de Ejemplo\nPuerta Central\nCiudad Ejemplo, Ejemplia\nCorreo-e: presidente@example.org',
      greeting: 'Señor Presidente:',
      targets: [{ name: 'Juan Ejemplo Pérez', honorific: 'Su Excelencia', title: 'Presidente', address: ['Residencia Oficial de Ejemplo', 'Puerta Central', 'Ciudad Ejemplo, Ejemplia'] }],
    },
    {
      name: 'an embassy, then a courtesy title, a name and an office after a comma: the person is the official',
      block: 'Botschaft der Republik Beispielland\nFrau Jane Beispiel, Gesandte\nBeispielstraße 12\n10115 Berlin\nE-Mail: botschaft@example.org',
      greeting: 'Sehr geehrte Frau Gesandte,',
      targets: [{ name: 'Jane Beispiel', honorific: 'Frau', title: 'Gesandte' }],
    },
    {
      name: 'an embassy, then a courtesy title, a name and an office no list knows: the person is still the official',
      block: 'Botschaft der Republik Beispielland\nFrau Jane Beispiel, Botschaftsrätin\nBeispielstraße 12\n10115 Berlin\nE-Mail: botschaft@example.org',
      greeting: 'Sehr geehrte Frau Beispiel,',
      targets: [{ name: 'Jane Beispiel', honorific: 'Frau' }],
    },
    {
      name: 'a king written to care of his embassy, its counsellor named under the care-of line: one official, the counsellor part of the address',
      block: 'King Karl Beispiel\nc/o Botschaft des Königreichs Beispielland\nHerrn Jan Muster, Botschaftsrat\nBeispielstraße 12, 10115 Berlin\nE-Mail: botschaft@example.org',
      greeting: 'Majestät,',
      targets: [{ name: 'Karl Beispiel', address: ['c/o Botschaft des Königreichs Beispielland', 'Herrn Jan Muster, Botschaftsrat', 'Beispielstraße 12, 10115 Berlin'] }],
    },
    {
      name: "an office and a name in capitals, then after a blank line the office's ministry and its address: one official",
      block: 'Ministre des Droits humains\nJane EXEMPLE\n\nMinistère des Droits Humains\n33/C Boulevard Exemple\nVille Exemple, Exemplie\nCourriel : ministre@example.org',
      greeting: 'Madame la Ministre,',
      targets: [{ name: 'Jane EXEMPLE', title: 'Ministre des Droits humains', address: ['Ministère des Droits Humains', '33/C Boulevard Exemple', 'Ville Exemple, Exemplie'] }],
    },
    {
      name: 'a name run into a ministry on one line, a capital under it',
      block: 'Jane Example Ministry of Justice\nKhartoum\nEmail: moj@example.org',
      targets: [{ name: 'Jane Example', address: ['Ministry of Justice', 'Khartoum'] }],
    },
  ];
  for (const { name, block, greeting, targets } of rows) {
    it(name, () => {
      const got = draftTargets(importDocument(page(block, greeting), { source: 'ua.txt' }).caseText);
      expect(got).toHaveLength(targets.length);
      targets.forEach((t, i) => expect(got[i]).toMatchObject(t));
    });
  }
});
