// The German section's Urgent Action page of 2024–25: "Appell an" over the official's envelope,
// "Sende eine Kopie an" over the embassy's, "Amnesty fordert:" over the demands. Its text is taken
// from a web page whose side column (the official's handle on X) lands after the copies heading,
// and it is often cut short. Each kind of line it holds is read here in invented pages of the kind.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { isAddressLike, splitHonorific, splitLeadingRole } from '../../../src/import/official-words.js';
import { draftTargets } from './helpers.js';

const targetsOf = (lines: readonly string[]) => draftTargets(importDocument([...lines, ''].join('\n'), { source: 'ua.txt' }).caseText);
const draftOf = (lines: readonly string[]) => importDocument([...lines, ''].join('\n'), { source: 'ua.txt' }).caseText;

describe('a street without a house number ("s/n") is an address line', () => {
  it.each([
    ['Tomasa Ficticia s/n, Centro Sur', true],
    ['Junín Ficticio S/N, Centro Antiguo', true],
    ['Tiradentes Exemplo s/nº, Centro', true],
    ['Emilio Ejemplo sin número, Centro Norte', true],
    ['Emilio Ejemplo', false],
    ['Centro de Estudios Ejemplo', false],
    ['Gobernador Mateo Ejemplo', false],
  ])('"%s": %s', (line, expected) => {
    expect(isAddressLike(line)).toBe(expected);
  });

  it('keeps the line whole in the address, a district that looks like an institution after its comma', () => {
    const targets = targetsOf(['Peru: Ejemplo', '', 'Eine Geschichte, die lang genug ist, um eine Zusammenfassung zu sein.', 'Appell an', 'Gobernador Mateo Ejemplo Quispe', 'State of Ejemplo', 'Tomasa Ficticia s/n, Centro Sur', '08002 Ciudad Ejemplo', 'PERU']);
    expect(targets[0]?.address).toEqual(['State of Ejemplo', 'Tomasa Ficticia s/n, Centro Sur', '08002 Ciudad Ejemplo', 'PERU']);
  });
});

describe("a prince's courtesy and a region's governor", () => {
  it.each([
    ['S. E. H. R. H. Prinz Jan Beispiel', 'S. E. H. R. H. Prinz', 'Jan Beispiel'],
    ['H.R.H. Prince Jan Example', 'H.R.H. Prince', 'Jan Example'],
    ['S. K. H. Prinzessin Jana Beispiel', 'S. K. H. Prinzessin', 'Jana Beispiel'],
    // The Indonesian "H." (Haji) after a title stays read as it was.
    ['Dr. H. Budi Contoh', 'Dr. H.', 'Budi Contoh'],
  ])('"%s" → %s / %s', (line, honorific, rest) => {
    expect(splitHonorific(line)).toEqual({ honorific, rest });
  });

  it.each([
    ['Gobernador Regional Mateo Ejemplo Quispe', 'Gobernador Regional', 'Mateo Ejemplo Quispe'],
    ['Gobernadora Regional Ana Ejemplo', 'Gobernadora Regional', 'Ana Ejemplo'],
    ['Gobernador Mateo Ejemplo', 'Gobernador', 'Mateo Ejemplo'],
  ])('"%s" → %s / %s', (line, title, name) => {
    expect(splitLeadingRole(line)).toEqual({ title, name });
  });
});

const APPEAL = ['Exampleland: Ejemplo', '', 'Eine Geschichte, die lang genug ist, um eine Zusammenfassung zu sein.', 'Appell an', 'Präsident Jan Ejemplo', 'Palacio Ejemplo', 'Avenida Ejemplo 12', 'Ciudad Ejemplo', 'PERU'];
const SECOND = ['Ministra Ana Ejemplo', 'Ministerio de Ejemplo', 'Calle Ejemplo 4', 'Ciudad Ejemplo', 'PERU'];
const EMBASSY = ['BOTSCHAFT DER REPUBLIK PERU', 'S. E. Herrn Luis Ejemplo', 'Musterallee 12', '10117 Berlin', 'E-Mail: kanzlei@botschaft.example'];

describe('a handle under the copies heading, above the copy recipient', () => {
  const rows = [
    { what: "one official: the handle is his, a second one named in a TODO", lines: [...APPEAL, 'Sende eine Kopie an', 'X-Nachrichten bitte an: @JanEjemplo / @GobEjemplo', ...EMBASSY], handles: ['@JanEjemplo', undefined] },
    { what: 'one official, the page spaced with blank lines', lines: [...APPEAL, '', 'Sende eine Kopie an', '', 'X: @JanEjemplo', '', ...EMBASSY], handles: ['@JanEjemplo', undefined] },
    { what: 'two officials: whose handle it is the layout does not say, so no one gets it', lines: [...APPEAL, '', ...SECOND, 'Sende eine Kopie an', 'X: @JanEjemplo', ...EMBASSY], handles: [undefined, undefined, undefined] },
    { what: "the handle under the recipient's name: his own", lines: [...APPEAL, 'Sende eine Kopie an', ...EMBASSY, 'X: @BotschaftPeru'], handles: [undefined, '@BotschaftPeru'] },
  ];
  it.each(rows)('$what', ({ lines, handles }) => {
    expect(targetsOf(lines).map((t) => t.twitter)).toEqual(handles);
  });

  it('names the second handle of the line in a TODO over the official', () => {
    expect(draftOf([...APPEAL, 'Sende eine Kopie an', 'X-Nachrichten bitte an: @JanEjemplo / @GobEjemplo', ...EMBASSY])).toMatch(/# TODO: line \d+ "@GobEjemplo" was left out: a second X\/Twitter handle/);
  });

  it('gives the handle to no one when nothing opens a recipient under it', () => {
    const targets = targetsOf([...APPEAL, 'Sende eine Kopie an', 'X: @JanEjemplo', '', 'Amnesty fordert:', '- Bitte lassen Sie Rosa Ejemplo frei.']);
    expect(targets.map((t) => t.twitter)).toEqual([undefined]);
  });
});

describe('a page cut off inside the copy recipient', () => {
  it('keeps what it prints of him, the institution as his address, and says the rest is not printed', () => {
    const lines = [...APPEAL, '', 'Sende eine Kopie an', '', 'Botschaft des Königreichs Exampleland', 'S. E. H. R. H. Prinz Jan Beispiel'];
    const targets = targetsOf(lines);
    expect(targets[1]).toMatchObject({ name: 'Jan Beispiel', address: ['Botschaft des Königreichs Exampleland'], copy: true });
    expect(targets[1]?.email).toBeUndefined();
    expect(draftOf(lines)).toMatch(/# TODO: the page's text ends at line \d+, inside this official's lines/);
  });

  it.each([
    { what: 'the institution alone', tail: ['Botschaft des Königreichs Exampleland'] },
    { what: 'a name alone', tail: ['S. E. Herrn Jan Beispiel'] },
  ])('keeps no one for $what', ({ tail }) => {
    expect(targetsOf([...APPEAL, 'Sende eine Kopie an', ...tail])).toHaveLength(1);
  });

  it('keeps no one whose block a later line follows', () => {
    expect(targetsOf([...APPEAL, 'Sende eine Kopie an', 'Botschaft des Königreichs Exampleland', 'S. E. Herrn Jan Beispiel', '', 'Eine Geschichte, die weitergeht und noch mehr erzählt, als bisher gesagt wurde.'])).toHaveLength(1);
  });
});

describe("an embassy's head without an ambassador", () => {
  it('reads "Geschäftsträgerin a.i." under her name as her title, no line of the address', () => {
    const targets = targetsOf([...APPEAL, 'Sende eine Kopie an', 'Botschaft der Republik Exampleland', 'Frau Jana Beispiel', 'Geschäftsträgerin a.i.', 'Musterallee 12', '10117 Berlin']);
    expect(targets[1]).toMatchObject({ name: 'Jana Beispiel', title: 'Geschäftsträgerin a.i.', address: ['Botschaft der Republik Exampleland', 'Musterallee 12', '10117 Berlin'] });
  });
});

describe('a page marked "Diese Urgent Action ist beendet"', () => {
  const lines = ['Exampleland: Journalist in Haft', '', 'Diese Urgent Action ist beendet.', '', 'Am 2. Mai 2025 wurde der Journalist Jan Ejemplo freigelassen.', '', ...APPEAL.slice(3)];
  it('reads the headline above the notice, and the story under it as the summary', () => {
    const draft = draftOf(lines);
    expect(draft).toContain('title: "Exampleland: Journalist in Haft"');
    expect(draft).toMatch(/## Summary[^\n]*\n\nAm 2\. Mai 2025 wurde/);
    expect(draft).not.toMatch(/## Summary[^\n]*\n\nDiese Urgent Action/);
  });
});
