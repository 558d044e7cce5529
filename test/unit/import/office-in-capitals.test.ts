// An office printed in capitals before the name in mixed case ("MINISTER OF PUBLIC SECURITY Wang
// Example", "MINISTER FÜR ÖFFENTLICHE SICHERHEIT Guo Example"): the change of case ends the office,
// which is the title; the name is the person only, never a word of the office.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { splitLeadingRole } from '../../../src/import/official-words.js';
import { draftTargets } from './helpers.js';

describe('splitLeadingRole: an office in capitals, then the name', () => {
  it.each([
    ['MINISTER OF PUBLIC SECURITY Wang Example', { title: 'MINISTER OF PUBLIC SECURITY', name: 'Wang Example' }],
    ['MINISTER FÜR ÖFFENTLICHE SICHERHEIT Guo Example', { title: 'MINISTER FÜR ÖFFENTLICHE SICHERHEIT', name: 'Guo Example' }],
    ['PROCUREUR GÉNÉRAL DE LA RÉPUBLIQUE Jean Exemple', { title: 'PROCUREUR GÉNÉRAL DE LA RÉPUBLIQUE', name: 'Jean Exemple' }],
    ['FISCAL GENERAL DE LA REPÚBLICA Sr. Juan Ejemplo', { title: 'FISCAL GENERAL DE LA REPÚBLICA', name: 'Sr. Juan Ejemplo' }],
    // An office in capitals alone: "ÖFFENTLICHE SICHERHEIT" is no name.
    ['MINISTER FÜR ÖFFENTLICHE SICHERHEIT', undefined],
  ])('%s', (text, expected) => {
    expect(splitLeadingRole(text)).toEqual(expected);
  });
});

describe('a draft with the office in capitals on the name\'s line', () => {
  const page = (lines: string) => `URGENT ACTION\nCHINA: LAWYER HELD\nWrite to:\n${lines}\nDear Minister,\nI am writing to you about the lawyer Zhang Example, who was detained for his work.\n`;
  it.each([
    ['MINISTER OF PUBLIC SECURITY Wang Example\n14 Example Jie, Beijing\nEmail: gab@example.gov.cn', { name: 'Wang Example', title: 'Minister of Public Security' }],
    ['MINISTER FÜR ÖFFENTLICHE SICHERHEIT Guo Example\n14 Example Jie, Beijing\nE-Mail: gab@example.gov.cn', { name: 'Guo Example', title: 'Minister für Öffentliche Sicherheit' }],
    ['PROCUREUR GÉNÉRAL DE LA RÉPUBLIQUE Jean Exemple\n1 rue de l’Exemple, 75001 Paris\nCourriel : pg@example.fr', { name: 'Jean Exemple', title: 'Procureur Général de la République' }],
  ])('%s', (lines, expected) => {
    const [target] = draftTargets(importDocument(page(lines), { source: 'test.txt' }).caseText);
    expect({ name: target?.name, title: target?.title }).toEqual(expected);
  });
});
