import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

// "Send your letter to the Minister, with copies to the Embassy" above the blocks: the embassy's
// block is a copy recipient, the minister's is written to.
const page = (instruction: string, blocks: string, greeting: string) =>
  `URGENT ACTION\nEXAMPLELAND: STUDENT HELD FOR A POST\n\nThe student Sam Example was arrested on 3 March 2025 after a post online.\n\n${instruction}\n\n${blocks}\n\n${greeting}\n\nThe student Sam Example has been held since March for a post he wrote online about the price of bread.\n\nKind regards,\n`;

const MINISTER = 'Minister of Justice\nMr. John Roe\n1 Example Street\nExample City, Exampleland\nEmail: minister@justice.example';
const EMBASSY = 'Embassy of Exampleland\nAmbassador Jane Doe\n2 Sample Road\nLondon W1 2AB\nEmail: embassy@example.org';

const copies = (text: string) => draftTargets(importDocument(text, { source: 'p.txt' }).caseText).map((t) => `${String(t.name)}: ${t.copy === true ? 'copy' : 'written to'}`);

describe('an instruction that names the institution to copy', () => {
  it.each([
    ['English, "with copies to the Embassy"', 'Send your letter to the Minister, with copies to the Embassy.', `${MINISTER}\n\n${EMBASSY}`, 'Dear Minister,'],
    ['English, "and send a copy to the embassy of Exampleland"', 'Write to the Minister of Justice and send a copy to the embassy of Exampleland in your country.', `${MINISTER}\n\n${EMBASSY}`, 'Dear Minister,'],
    ['German, "Kopien an die Botschaft"', 'Schreiben Sie an den Justizminister, Kopien an die Botschaft.', `${MINISTER}\n\n${EMBASSY}`, 'Sehr geehrter Herr Minister,'],
    ['French, "avec copie à l\'ambassade"', "Écrivez au ministre de la Justice, avec copie à l'ambassade.", `${MINISTER}\n\n${EMBASSY}`, 'Monsieur le Ministre,'],
    ['Spanish, "con copia a la embajada"', 'Escriba al Ministro de Justicia con copia a la embajada.', `${MINISTER}\n\n${EMBASSY}`, 'Señor Ministro:'],
    ['Dutch, "met een kopie aan de ambassade"', 'Schrijf naar de minister van Justitie, met een kopie aan de ambassade.', `${MINISTER}\n\n${EMBASSY}`, 'Geachte minister,'],
    ['the ambassador\'s block, by his office alone', 'Send your letter to the Minister, with copies to the Embassy.', `${MINISTER}\n\nHer Excellency Jane Doe\nAmbassador of Exampleland\n2 Sample Road\nLondon W1 2AB`, 'Dear Minister,'],
    ['the embassy printed above the minister', 'Send your letter to the Minister, with copies to the Embassy.', `${EMBASSY}\n\n${MINISTER}`, 'Dear Minister,'],
  ])('%s', (_what, instruction, blocks, greeting) => {
    const got = copies(page(instruction, blocks, greeting));
    expect(got).toHaveLength(2);
    expect(got).toContain('John Roe: written to');
    expect(got).toContain('Jane Doe: copy');
  });

  it('leaves an embassy that is the only official written to', () => {
    expect(copies(page('Send your letter to the Ambassador, with copies to the Embassy.', EMBASSY, 'Dear Ambassador,'))).toEqual(['Jane Doe: written to']);
  });

  it('leaves the embassy written to when the instruction asks copies to go to someone else', () => {
    expect(copies(page('Send your letter to the Minister and the Embassy, with copies to the Consulate.', `${MINISTER}\n\n${EMBASSY}`, 'Dear Minister,'))).toEqual(['John Roe: written to', 'Jane Doe: written to']);
  });
});
