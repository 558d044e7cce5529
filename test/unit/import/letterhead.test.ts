import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

// A letter printed with its sender's letterhead, then its date, then the addressee's block right
// above the greeting: the block under the date is the official's; the letterhead (an office word
// alone, the sender's institution, its building, street and town) is no official, and its lines
// are reported. A person cared for by his office ("c/o Ambassador …") has the institution under him
// as the official's address, not as another official.

/** name · title · address */
const summary = (t: Record<string, unknown>) => [t.name, t.title ?? '-', ((t.address as string[] | undefined) ?? []).join(' / ')].join(' · ');

const en = 'I write to ask that you order the release of the lecturer Ann Example, detained since January without charge.\n\nSincerely,\nJane Sender\n';
const fr = 'Je vous écris pour vous demander de libérer la chercheuse Ann Exemple, détenue sans inculpation depuis janvier.\n\nVeuillez agréer, Monsieur le Ministre, l\'expression de ma haute considération.\n';
const de = 'ich schreibe Ihnen, um Sie zu bitten, die Dozentin Ann Beispiel freizulassen, die seit Januar ohne Anklage festgehalten wird.\n\nMit freundlichen Grüßen\n';

describe('a letterhead, the date, then the addressee', () => {
  const rows: Array<{ what: string; page: string; expected: string[] }> = [
    {
      what: 'an English letter: the sender\'s office word alone, her institution, building, street and town',
      page: `EXAMPLE INSTITUTE\nRector\nFounders Hall\n41 Sample Lane\nExampleton, EX 12345\n\nMarch 3, 2023\n\nMinister Paul Exemplaire\nMinistry of Justice\n1 Justice Square\nYaoundé\nCameroon\n\nDear Minister:\n\n${en}`,
      expected: ['Paul Exemplaire · Minister · Ministry of Justice / 1 Justice Square / Yaoundé / Cameroon'],
    },
    {
      what: 'a French letter, its dateline with the place',
      page: `Association Exemple des Chercheurs\nLa Présidente\n12 rue Exemple\n69000 Lyon\n\nLyon, le 3 mars 2023\n\nMonsieur Paul Exemplaire\nMinistre de la Justice\nMinistère de la Justice\nBoîte postale 466\nYaoundé\nCameroun\n\nMonsieur le Ministre,\n\n${fr}`,
      expected: ['Paul Exemplaire · Ministre de la Justice · Ministère de la Justice / Boîte postale 466 / Yaoundé / Cameroun'],
    },
    {
      what: 'a German letter, its dateline in figures',
      page: `Beispiel-Hochschule\nDer Rektor\nBeispielstraße 5\n10115 Berlin\n\nBerlin, den 03.03.2023\n\nHerrn Karim Beispiel\nJustizminister\nJustizministerium\nAvenue Exemple 12\nYaoundé\nKamerun\n\nSehr geehrter Herr Minister,\n\n${de}`,
      expected: ['Karim Beispiel · Justizminister · Justizministerium / Avenue Exemple 12 / Yaoundé / Kamerun'],
    },
  ];
  it.each(rows)('$what', ({ page, expected }) => {
    const { caseText, report } = importDocument(page, { source: 'p.txt' });
    expect(draftTargets(caseText).map(summary)).toEqual(expected);
    expect(report.entries.filter((e) => e.note?.startsWith("the sender's letterhead")).length).toBeGreaterThanOrEqual(3);
  });
});

describe('care of a person named with his office', () => {
  it('keeps the institution under "c/o Ambassador …" as the official\'s address', () => {
    const page = `Write to:\n\nPresident Paul Exemplaire\nc/o Ambassador Marie Exemplaire\nEmbassy of the Republic of Cameroon\n2349 Example Avenue, N.W.\nWashington, D.C. 20008\n\nDear President Exemplaire:\n\n${en}`;
    expect(draftTargets(importDocument(page, { source: 'p.txt' }).caseText).map(summary)).toEqual([
      'Paul Exemplaire · President · c/o Ambassador Marie Exemplaire / Embassy of the Republic of Cameroon / 2349 Example Avenue, N.W. / Washington, D.C. 20008',
    ]);
  });
});
