// A French petition page: "L'imprimer, la signer, l'envoyer à : Monsieur le Ministre …" on one line,
// his address under it, then a web form's address ("copier-coller la lettre sur : http://…"), then the
// officials to copy under "Et si vous le pouvez, envoyez la aussi en copie à :". The first is the
// addressee, the others copies; a web form's line is no address line.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const PAGE = [
  'Pétition : libérez Karim Exemple',
  '',
  'Karim Exemple est détenu depuis trois mois sans jugement.',
  '',
  "L'imprimer, la signer, l'envoyer à : Monsieur le Ministre de l'Intérieur",
  'Place Exemple',
  '75008 Paris',
  'copier-coller la lettre sur : http://www.example.gouv.fr/Contact/Ecrire-au-ministre',
  '',
  'Et si vous le pouvez, envoyez la aussi en copie à :',
  'Madame la Mairesse de Valville',
  "Place de l'Hôtel de Ville",
  '75004 Valville',
  'maire@valville.example.fr',
  '',
  'Monsieur le Président de la République',
  'Palais Exemple',
  '55 rue Exemple',
  '75008 Paris',
  'copier-coller la lettre sur : http://www.example.fr/ecrire/',
];

describe("a petition's addressee after \"l'envoyer à :\", and its copies", () => {
  const targets = draftTargets(importDocument(PAGE.join('\n'), { source: 'page.txt' }).caseText);
  const rows = [
    { at: 0, address: ['Place Exemple', '75008 Paris'], copy: undefined },
    { at: 1, address: ["Place de l'Hôtel de Ville", '75004 Valville'], copy: true },
    { at: 2, address: ['Palais Exemple', '55 rue Exemple', '75008 Paris'], copy: true },
  ];
  it.each(rows)('official $at', ({ at, address, copy }) => {
    expect(targets).toHaveLength(3);
    expect(targets[at]?.address).toEqual(address);
    expect(targets[at]?.copy).toBe(copy);
  });
});
