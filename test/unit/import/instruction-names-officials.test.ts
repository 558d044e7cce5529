// A section's action page prints the person at risk alone on a line (a photo's caption), then an
// instruction that names the official and his email in one sentence. The caption is no official,
// and the sentence's email is no contact line of a block above it: the sentence names the official.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const rows = [
  {
    lang: 'fr',
    caption: 'Paul Exemple',
    instruction: "Pour AGIR : copiez-collez le modèle de lettre ci-dessous et envoyez-le au Président de la République, Jean Modèle par email : cabinet@presidence.example.cd , merci d'avance pour votre action.",
    name: 'Jean Modèle',
    email: 'cabinet@presidence.example.cd',
  },
  {
    lang: 'en',
    caption: 'Paul Example',
    instruction: 'To act: copy the model letter below and send it to the Minister of Justice, Jane Model by email: minister@justice.example.gov , thank you for taking part in this action',
    name: 'Jane Model',
    email: 'minister@justice.example.gov',
  },
];

describe('a caption, then an instruction naming the official', () => {
  it.each(rows)('$lang: the instruction names the official, the caption does not', ({ caption, instruction, name, email }) => {
    const page = [`${caption} must be released now!`, '', caption, '', instruction, ''].join('\n');
    const targets = draftTargets(importDocument(page, { source: 'page.txt' }).caseText);
    expect(targets.map((t) => t.name)).toEqual([name]);
    expect(targets[0]?.email).toBe(email);
  });
});
