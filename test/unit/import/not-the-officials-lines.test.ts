// A sender's or creator's line, an AI document's index heading and the heading over the story of the
// person the appeal is for are never an official's name or address line (not-the-officials-lines.ts).
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { notOfficialsLineKind } from '../../../src/import/not-the-officials-lines.js';
import { draftTargets } from './helpers.js';

describe('notOfficialsLineKind', () => {
  const rows: Array<{ line: string; expected: ReturnType<typeof notOfficialsLineKind> }> = [
    { line: 'créée par : Groupe local 12, 4 rue des Exemples, 69000 Lyon', expected: 'sender' },
    { line: 'Created by: Example Section, 10 Sample Road, London', expected: 'sender' },
    { line: 'erstellt von: Gruppe Musterstadt, Beispielweg 3, 12345 Musterstadt', expected: 'sender' },
    { line: 'On behalf of 40 members of Example Group 77', expected: 'sender' },
    { line: 'Im Namen der Gruppe 1234 Beispielstadt', expected: 'sender' },
    { line: 'Forwarded by the Example Rights Network', expected: 'sender' },
    { line: 'PUBLIC AI Index: AMR 11/222/2003', expected: 'reference' },
    { line: 'AI Index: EUR 01/002/1999', expected: 'reference' },
    { line: 'EXTRA 17/03 Fear for safety 2 May 2003', expected: 'reference' },
    { line: 'UA 245/01 Torture', expected: 'reference' },
    { line: 'Fallbeschreibung', expected: 'case' },
    { line: 'Case description:', expected: 'case' },
    { line: 'Description du cas', expected: 'case' },
    // An official's own lines, and lines that only begin like them.
    { line: 'Ministry of Justice', expected: undefined },
    { line: 'Calle del Caso 12', expected: undefined },
    { line: 'Onslow Road 5', expected: undefined },
    { line: 'Index Street 4, Example City', expected: undefined },
    { line: 'Avenue des Créateurs 9', expected: undefined },
  ];
  for (const { line, expected } of rows) it(`${line} → ${expected ?? 'none'}`, () => expect(notOfficialsLineKind(line)).toBe(expected));
});

describe('a block cut at such a line', () => {
  const names = (page: string) => draftTargets(importDocument(page, { source: 'page.txt' }).caseText).map((t) => t.name);
  const text = (page: string) => importDocument(page, { source: 'page.txt' }).caseText;
  // `never`: what no official of the draft may hold (the page's own sentence may still name whom to write to).
  const rows: Array<{ name: string; page: string; names: string[]; never: string[] }> = [
    {
      name: "a local group's letter to a newspaper, signed on behalf of its members",
      page: 'Free the poet now\n\nOur group wrote many letters this spring for a poet held without charge in Exampleland.\n\nPlease write to the ambassador and ask for his release.\n\nJane Sampleton\nOn behalf of 30 members of Example Group 512\nSpringfield\n',
      names: [],
      never: ['Jane Sampleton', 'On behalf of', 'Springfield'],
    },
    {
      name: "a German group's note, signed in the group's name",
      page: 'Freiheit für den Dichter\n\nUnsere Gruppe hat in diesem Frühjahr viele Briefe für einen Dichter geschrieben, der ohne Anklage festgehalten wird.\n\nBitte schreiben Sie an den Botschafter.\n\nMax Beispielmann\nIm Namen der Gruppe 1234 Musterstadt\nMusterstadt\n',
      names: [],
      never: ['Max Beispielmann', 'Im Namen der Gruppe', 'Musterstadt'],
    },
    {
      name: "a forwarding network's desk above the index line of the appeal it forwards",
      page: 'EXAMPLELAND: Urgent action for Tom Sample\n\nDear Friends,\n\nBelow is an appeal we forward for your action on a man facing execution in Exampleland.\n\nThank you.\n\nAppeals Desk\nExample Rights Network\n\n==================\n\nPUBLIC AI Index: AMR 11/222/2003\n\nEXTRA 17/03 Imminent execution 2 May 2003\n\nEXAMPLELAND Tom Sample (m), farmer\n\nTom Sample is to be executed on 20 May. He was convicted after an unfair trial.\n',
      names: [],
      never: ['Example Rights Network', 'AI Index', 'EXTRA 17/03'],
    },
    {
      name: "a French forwarder's service above the index line",
      page: 'EXEMPLIE : action urgente pour Paul Exemple\n\nChers amis,\n\nVoici un appel que nous transmettons pour votre action en faveur d’un homme menacé d’exécution.\n\nMerci.\n\nService des appels\nRéseau Exemple des Droits\n\n==================\n\nAI Index: AMR 12/333/2004\n\nUA 44/04 Exécution imminente 3 juin 2004\n\nEXEMPLIE Paul Exemple (h), agriculteur\n\nPaul Exemple doit être exécuté le 20 juin. Il a été condamné à l’issue d’un procès inéquitable.\n',
      names: [],
      never: ['Réseau Exemple des Droits', 'AI Index', 'UA 44/04'],
    },
    {
      name: 'the person at risk over the heading of his story, in German',
      page: 'Archiv unserer Briefe\n\nAnna Beispiel, Journalistin aus Exemplien, © privat\n\nFallbeschreibung\n\nAnna Beispiel, Exemplien\n\nDie Journalistin Anna Beispiel wurde am 3. März festgenommen und zu zehn Jahren Haft verurteilt.\n',
      names: [],
      never: ['Anna Beispiel', 'Fallbeschreibung'],
    },
    {
      name: 'the person at risk over the heading of his story, in English',
      page: 'Archive of our letters\n\nOmar Sample, teacher from Exampleland, © private\n\nCase description\n\nOmar Sample, Exampleland\n\nThe teacher Omar Sample was arrested on 3 March and sentenced to ten years in prison.\n',
      names: [],
      never: ['Omar Sample', 'Case description'],
    },
    {
      name: "a petition's creator line under the official it is addressed to",
      page: 'PÉTITION\n\nJusqu’au 30.09.2021\n\nSignez la pétition pour la libération des manifestants détenus.\n\nPétition adressée au Président de la République d’Exemplie, Jean Exemple\n\ncréée par : Groupe local 12 4, rue des Exemples, 69000 Lyon\n\nMonsieur le Président,\n\nNous vous demandons de libérer les manifestants.\n',
      names: ['Jean Exemple'],
      never: ['rue des Exemples', 'créée par'],
    },
  ];
  for (const r of rows) {
    it(r.name, () => {
      const read = names(r.page);
      for (const n of r.names) expect(read).toContain(n);
      const targets = JSON.stringify(draftTargets(text(r.page)));
      for (const n of r.never) expect(targets).not.toContain(n);
    });
  }
});
