// A page may print its own return address under a "Mittente:"/"Absender:" label after the appeal:
// the writer's block, never an official's (its street and email are the sender's own).
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const rows = [
  { label: 'Mittente: Centro di ricerca per la pace di Esempio', street: 'strada S. Esempio 9/E, 01100 Esempio', email: 'e-mail: centro@example.org' },
  { label: 'Absender: Forschungszentrum für den Frieden Beispiel', street: 'Beispielweg 4, 12345 Musterstadt', email: 'E-Mail: zentrum@example.org' },
  { label: 'Expéditeur : Centre de recherche pour la paix Exemple', street: '12 rue Exemple, 75000 Paris', email: 'Courriel : centre@example.org' },
];

// The French row is read right without the label too: a guard.
describe('a return address labelled as the sender\'s', () => {
  it.each(rows)('is no official ($label)', ({ label, street, email }) => {
    const page = [
      'UN APPELLO', 'Care amiche e cari amici,',
      "vi chiediamo di scrivere al Ministro dell'Interno perché rinvii il provvedimento approvato il 2 luglio.",
      "Per scrivere al Ministro dell'Interno l'indirizzo postale è: Ministro dell'Interno, piazza Esempio 1, 00100 Roma; il fax: 0612345678; l'indirizzo di posta elettronica e': ministro@example.it ;",
      'nel web: http://example.it/webmail/',
      'Un cordiale saluto,', 'il Centro di ricerca per la pace di Esempio', 'Esempio, 7 luglio 2009',
      label, street, email, 'Nessun commento:',
    ].join('\n');
    const targets = draftTargets(importDocument(`${page}\n`, { source: 'page.txt' }).caseText);
    expect(targets.map((t) => t.name)).toEqual(["Ministro dell'Interno"]);
    expect(JSON.stringify(targets)).not.toContain('example.org');
  });
});

describe('"Absender:" alone, a form\'s blank for the writer', () => {
  it('opens nothing: the official printed under it is read', () => {
    const page = [
      'Musterbrief herunterladen', '', 'Absender:', 'Seine Exzellenz Karim Beispiel', 'Präsident der Republik Ruritanien', 'via Botschaft der Republik Ruritanien', 'Beispielstraße 29', '10719 Berlin',
      'Exzellenz,', 'der junge Lehrer Jan Muster sitzt seit dem 18. September wegen eines Beitrags im Internet in Haft, ohne dass eine Anklage erhoben wurde.', 'Hochachtungsvoll',
    ].join('\n');
    const targets = draftTargets(importDocument(`${page}\n`, { source: 'page.txt' }).caseText);
    expect(targets.map((t) => t.name)).toEqual(['Karim Beispiel']);
  });
});
