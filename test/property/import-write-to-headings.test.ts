// Never invent an official: a heading that announces whom to write to ("APPEAL TO", "ESCRÍBANLE A",
// "SCHICKEN SIE KOPIEN AN", "Email the minister"), in words no list of headings holds, put right
// above an official, is never read as that official's name or any other of its fields, and adds no
// official. The headings are built from parts (a courtesy word, a verb of writing, what is sent, a
// closing preposition) in en/es/fr/de/sv/pt, in capitals or not, with or without a colon.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../src/import/import-document.js';
import { fuzz, fuzzTimeout } from './fuzz-config.js';

const PARTS: ReadonlyArray<{ lead: string[]; verb: string[]; object: string[]; to: string[] }> = [
  { lead: ['', 'Please ', 'Now '], verb: ['write', 'send', 'appeal', 'email', 'tweet', 'address your appeals', 'send your letters', 'send copies'], object: ['', ' your appeals', ' letters', ' copies'], to: [' to', ' to the officials below', ''] },
  { lead: ['', 'Por favor, '], verb: ['escriban', 'escríbanle', 'envíen', 'envía', 'dirijan', 'envíen copias'], object: ['', ' sus llamamientos', ' cartas', ' copias'], to: [' a', ' al', ''] },
  { lead: ['', 'Merci d’'], verb: ['écrivez', 'envoyez', 'adressez'], object: ['', ' vos appels', ' des lettres', ' des copies'], to: [' à', ' aux', ' au'] },
  { lead: ['', 'Bitte '], verb: ['schreiben Sie', 'schicken Sie', 'senden Sie'], object: ['', ' Ihre Appelle', ' Briefe', ' Kopien'], to: [' an'] },
  { lead: [''], verb: ['skriv', 'skicka'], object: ['', ' brev', ' kopior'], to: [' till'] },
  { lead: ['', 'Por favor, '], verb: ['escreva', 'escrevam', 'envie'], object: ['', ' apelos', ' cartas'], to: [' a', ' para'] },
];

const heading = fc
  .record({ lang: fc.nat(PARTS.length - 1), lead: fc.nat(), verb: fc.nat(), object: fc.nat(), to: fc.nat(), caps: fc.boolean(), colon: fc.boolean() })
  .map(({ lang, lead, verb, object, to, caps, colon }) => {
    const p = PARTS[lang] ?? PARTS[0];
    const pick = (list: string[] | undefined, i: number) => list?.[i % list.length] ?? '';
    const text = `${pick(p?.lead, lead)}${pick(p?.verb, verb)}${pick(p?.object, object)}${pick(p?.to, to)}`.trim();
    const cased = caps ? text.toUpperCase() : text.charAt(0).toUpperCase() + text.slice(1);
    return colon ? `${cased}:` : cased;
  });

/** The second official, printed in one of the orders pages use. */
const SECOND = [
  ['Juan Pérez Rojas', 'Minister of Justice'],
  ['Minister of Justice', 'Juan Pérez Rojas'],
  ['JUAN PÉREZ ROJAS', 'Minister of Justice'],
  ['His Excellency Juan Pérez Rojas', 'Minister of Justice'],
  ['Minister of Justice Juan Pérez Rojas'],
];

const ua = (head: string, second: readonly string[]) =>
  [
    'URGENT ACTION', 'PERU: PROTESTERS HELD WITHOUT CHARGE', 'Twelve people have been held since the march last month.', '',
    'Write to:', 'Ana María López', 'President of the Republic', 'Palacio de Gobierno', 'Lima 1, Peru', 'Email: pres@example.gob.pe',
    head, ...second, 'Jirón Ucayali 363', 'Lima 1, Peru', 'Email: minister@example.gob.pe', '',
    'Dear Minister,', '', 'I am writing to you about the people held without charge since the march last month.', '', 'Yours sincerely,',
  ].join('\n');

const targetsOf = (caseText: string): Array<Record<string, unknown>> =>
  (parse(/^---\n([\s\S]*?)\n---\n/.exec(caseText)?.[1] ?? '') as { targets?: Array<Record<string, unknown>> }).targets ?? [];

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[:\s]+$/, '');

describe('a heading that announces whom to write to', () => {
  it('never becomes an official, nor any field of one', () => {
    fc.assert(
      fc.property(heading, fc.nat(SECOND.length - 1), (head, which) => {
        const targets = targetsOf(importDocument(ua(head, SECOND[which] ?? []), { source: 'h.txt' }).caseText);
        expect(targets.map((t) => t.name)).toEqual(['Ana María López', 'Juan Pérez Rojas']);
        const fields = targets.flatMap((t) => [t.name, t.honorific, t.title, t.organisation, t.address, t.salutation].flat().filter((v) => v !== undefined).map((v) => fold(JSON.stringify(v))));
        for (const f of fields) expect(f).not.toContain(fold(head));
      }),
      fuzz(0.5),
    );
  }, fuzzTimeout(0.5));
});
