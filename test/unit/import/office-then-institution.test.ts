// An instruction may name an office alone, then, in the next sentence of the same line, an
// institution with its email ("… envoyez-le au Procureur général. Vous pouvez également envoyer
// un email à l'ambassade de … : a@…"): both are officials, the institution with its email. With no
// person named, the office and the institution are whom each letter goes to: they stand in for the name.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

describe('an office named alone, then an institution with its email on the same line', () => {
  it('gives both, the institution with its email', () => {
    const page = [
      'Libérez le journaliste Paul Exemple !',
      '',
      "Pour AGIR : copiez-collez le modèle de lettre ci-dessous et envoyez-le au Procureur général. Vous pouvez également envoyer un email à l'ambassade d'Exemplie à Bruxelles : ambassade@exemplie.example.be",
      '',
    ].join('\n');
    const targets = draftTargets(importDocument(page, { source: 'page.txt' }).caseText);
    expect(targets.map((t) => [t.name ?? null, t.title ?? null, t.organisation ?? null, t.email ?? null])).toEqual([
      ['Procureur général', null, null, null],
      ["Ambassade d'Exemplie à Bruxelles", null, null, 'ambassade@exemplie.example.be'],
    ]);
  });
});
