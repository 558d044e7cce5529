// An open letter's headline holding both its addressee and the one it is copied to: the copy phrase
// inside the line ("Com cópia para", "with a copy to", "avec copie à") parts the copy off, never
// pasted into the addressee's office; the headline's own words are no part of his office.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

describe('a copy named inside the addressee line', () => {
  const rows: Array<{ what: string; text: string; expected: Array<Record<string, unknown>> }> = [
    {
      what: 'a Portuguese open letter headline with "Com cópia para"',
      text: [
        'Carta Aberta ao Coordenador Nacional do Programa Exemplo, Sr. João Exemplo, Com cópia para a Secretária Nacional de Exemplos, Ministra Maria Exemplo',
        '',
        'Prezado Sr. João Exemplo,',
        '',
        'Escrevemos para pedir a proteção das comunidades do Rio Exemplo.',
        '',
        'Atenciosamente,',
        'Rede Exemplo',
      ].join('\n'),
      expected: [
        { name: 'João Exemplo', copy: undefined, other: false },
        { name: 'Maria Exemplo', copy: true, other: false },
      ],
    },
    {
      what: 'an English open letter headline with "with a copy to the"',
      text: [
        'Open letter to the Minister of Justice, Mr. Karl Beispiel, with a copy to the Ambassador of Exampleland, Ms. Jane Example',
        '',
        'Dear Mr. Karl Beispiel,',
        '',
        'We write to ask for the release of the students held since May.',
        '',
        'Yours sincerely,',
        'Example Network',
      ].join('\n'),
      expected: [
        { name: 'Karl Beispiel', copy: undefined, other: false },
        { name: 'Jane Example', copy: true, other: false },
      ],
    },
    {
      what: 'a French open letter headline with "avec copie à la"',
      text: [
        'Lettre ouverte au Préfet de Ville Exemple, M. Jean Exemple, avec copie à la Maire de Ville Exemple, Mme Anne Modèle',
        '',
        'Monsieur Jean Exemple,',
        '',
        'Nous vous écrivons pour demander la libération des étudiants détenus en mai.',
        '',
        'Cordialement,',
        'Réseau Exemple',
      ].join('\n'),
      expected: [
        { name: 'Jean Exemple', copy: undefined, other: false },
        { name: 'Anne Modèle', copy: true, other: false },
      ],
    },
  ];
  it.each(rows)('$what', ({ text, expected }) => {
    const targets = draftTargets(importDocument(text, { source: 'test.txt' }).caseText);
    const names = targets.map((t) => String(t.name));
    // Another official's name inside one's title or organisation mixes two people.
    const other = (t: Record<string, unknown>) => names.some((n) => n !== t.name && JSON.stringify([t.title, t.organisation]).includes(n));
    expect(targets.map((t) => ({ name: t.name, copy: t.copy, other: other(t) }))).toEqual(expected);
  });
});
