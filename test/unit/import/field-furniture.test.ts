import { describe, expect, it } from 'vitest';
import { fieldFurnitureKind, pageLineKind } from '../../../src/import/field-furniture.js';
import { importDocument } from '../../../src/import/import-document.js';
import { parse } from 'yaml';

describe('fieldFurnitureKind', () => {
  const rows: Array<{ line: string; expected: ReturnType<typeof fieldFurnitureKind> }> = [
    // A contact under a label the importer does not read: the label is no address line.
    { line: 'Gorjeo: @handle_ex', expected: 'a contact under a label the importer does not read' },
    { line: 'Main Number: +1 202 555 0100', expected: 'a contact under a label the importer does not read' },
    { line: 'Sitio web: www.example.gob.pe', expected: 'a contact under a label the importer does not read' },
    { line: 'Courriel électronique : bureau@example.org', expected: 'a contact under a label the importer does not read' },
    // A label or a link's text alone, with its colon.
    { line: 'Courriel électronique :', expected: 'a label or link text ending with its colon' },
    { line: 'Lire aussi :', expected: 'a label or link text ending with its colon' },
    { line: 'More information about the case:', expected: 'a label or link text ending with its colon' },
    // A dateline, a sign-off, a share button, a banner.
    { line: 'Apeldoorn, 20 May 2020.', expected: "a letter's dateline" },
    { line: 'Washington, D.C., March 3, 2021', expected: "a letter's dateline" },
    { line: 'Vriendelijke groet,', expected: "a letter's sign-off" },
    { line: 'Bien à vous,', expected: "a letter's sign-off" },
    { line: 'Share on Facebook', expected: 'a button that shares the page' },
    { line: 'Auf Facebook teilen', expected: 'a button that shares the page' },
    { line: 'This action has ended', expected: 'a banner: the action is over' },
    { line: 'Diese Aktion ist beendet', expected: 'a banner: the action is over' },
    // A site's countdown to the action's end, in the main languages.
    ...['43 Tage verbleibend', '12 days left', 'Only 3 days left to act', 'noch 5 Tage', '3 jours restants', 'quedan 10 días', 'Nog 4 dagen', 'mancano 6 giorni', 'faltam 2 dias', '5 dagar kvar', '8 hours remaining'].map((line) => ({ line, expected: "a site's countdown to the action's end" as const })),
    // Address lines, offices and institutions are none.
    { line: 'PO Box 13, Manama, Kingdom of Bahrain', expected: undefined },
    { line: 'Avenida 9 de Julio 1925', expected: undefined },
    { line: 'Calle 20 de Noviembre, Colonia Centro', expected: undefined },
    { line: 'Ministry of Information and Broadcasting', expected: undefined },
    { line: 'Office of the President, Post Road', expected: undefined },
    { line: 'Postfach 12 34 56', expected: undefined },
    { line: 'Embassy of the Kingdom of Bahrain', expected: undefined },
    { line: '12 Days Street', expected: undefined },
    { line: 'Calle 10 de Mayo 5', expected: undefined },
  ];
  it.each(rows)('$line', ({ line, expected }) => expect(fieldFurnitureKind(line)).toBe(expected));

  it("leaves a name to the name's own checks: a sentence-like office is no page line", () => {
    expect(pageLineKind('Alti commissari per i diritti umani e per i rifugiati')).toBeUndefined();
  });
});

describe("the page's furniture among an official's lines", () => {
  const page = (furniture: string) =>
    [
      'URGENT ACTION', 'EXAMPLIA: JOURNALIST HELD', 'A journalist has been held without charge since March.', '', 'Write to:',
      'Minister of Justice', 'Jane Example', 'Ministry of Justice', '12 Example Road, Example City', furniture, 'Email: minister@justice.example.org', '',
      'Dear Minister,', '', 'I am writing to ask you to release the journalist.', '', 'Yours sincerely,',
    ].join('\n');
  const official = (furniture: string) => ((parse(/^---\n([\s\S]*?)\n---\n/.exec(importDocument(page(furniture), { source: 'p.txt' }).caseText)?.[1] ?? '') as { targets: Array<Record<string, unknown>> }).targets);
  it.each(['Main Number:', 'Gorjeo: @justice_ex', 'Share on X', 'Vriendelijke groet,', 'This action has ended', 'Apeldoorn, 20 May 2020.', '43 Tage verbleibend'])('%s is left out of the address, and no official is added', (furniture) => {
    const targets = official(furniture);
    expect(targets).toHaveLength(1);
    expect(targets[0]?.name).toBe('Jane Example');
    expect(targets[0]?.address).toEqual(['Ministry of Justice', '12 Example Road, Example City']);
    // The email under the furniture stays his, or is missed (a banner ends the block): never another's.
    expect([undefined, 'minister@justice.example.org']).toContain(targets[0]?.email);
  });
});

describe('a line between the greeting and the letter', () => {
  const page = (furniture: string) =>
    [
      'URGENT ACTION', 'EXAMPLIA: JOURNALIST HELD', 'A journalist has been held without charge since March.', '', 'Write to:',
      'Minister of Justice', 'Jane Example', '12 Example Road, Example City', 'Email: minister@justice.example.org', '',
      'Dear Minister,', furniture, 'I am writing to ask you to release the journalist held since March without charge.', '', 'Yours sincerely,',
    ].join('\n');
  it.each(['Met vriendelijke groet,', 'Mit freundlichen Grüßen', 'Lire aussi :', 'Share on Facebook', 'This action has ended'])('%s is never the official’s greeting', (furniture) => {
    const targets = (parse(/^---\n([\s\S]*?)\n---\n/.exec(importDocument(page(furniture), { source: 'p.txt' }).caseText)?.[1] ?? '') as { targets: Array<Record<string, unknown>> }).targets;
    expect(targets.map((t) => t.name)).toEqual(['Jane Example']);
    expect([undefined, 'Dear Minister']).toContain(targets[0]?.salutation);
  });
});

describe("the page's furniture right under an official's name", () => {
  const page = (furniture: string) =>
    [
      'URGENT ACTION', 'EXAMPLIA: JOURNALIST HELD', 'A journalist has been held without charge since March.', '', 'Write to:', '',
      'Minister of Justice', '', 'Jane Example', furniture, '', 'Ministry of Justice', '', '12 Example Road, Example City', '', 'Email: minister@justice.example.org', '',
      'Dear Minister,', '', 'I am writing to ask you to release the journalist.', '', 'Yours sincerely,',
    ].join('\n');
  const targetsOf = (furniture: string) => (parse(/^---\n([\s\S]*?)\n---\n/.exec(importDocument(page(furniture), { source: 'p.txt' }).caseText)?.[1] ?? '') as { targets: Array<Record<string, unknown>> }).targets;
  // A sign-off, a share button, a banner, a countdown, a channel the case has no field for: his block goes on under it.
  it.each(['Vriendelijke groet,', 'Share on Facebook', 'This action has ended', '43 Tage verbleibend', 'Instagram: @justice_ex', 'Sitio web: www.justice.example.org'])('%s parts nothing: the institution under it is his, not another official', (furniture) => {
    const targets = targetsOf(furniture);
    expect(targets.map((t) => t.name)).toEqual(['Jane Example']);
    expect(targets[0]?.address).toEqual(['Ministry of Justice', '12 Example Road, Example City']);
    expect(targets[0]?.email).toBe('minister@justice.example.org');
  });
  // A contact read as his ("Main Number: …" is his phone) and a line ending with its colon are read as before; none lands in a field.
  it.each(['Main Number: +1 202 555 0100', 'Lire aussi :', 'Apeldoorn, 20 May 2020.'])('%s lands in no field of his', (furniture) => {
    const fields = targetsOf(furniture).flatMap((t) => [t.name, t.title, t.organisation, t.address].flat()).filter((v): v is string => typeof v === 'string');
    expect(fields.some((f) => f.includes(furniture.split(/\s*:\s/u)[0] ?? furniture))).toBe(false);
  });
});
