// A name and its office printed on one line with nothing between them, in an official's block:
// the office words of each language (office-words.ts) tell where the name ends.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { officeLengthAt } from '../../../src/import/office-words.js';
import { splitTrailingOffice, unsureOfficeOnName } from '../../../src/import/official-name.js';
import { splitHonorific, splitLeadingRole } from '../../../src/import/official-words.js';

/** The page's only official, printed on `line` above its address, and the draft's TODO lines. */
function importedLine(line: string): { name?: string; title?: string; honorific?: string; todo: string[] } {
  const text = `URGENT ACTION\n\nFREE THE EXAMPLE TWO\n\nPlease write before 30 June 2026 to:\n\n${line}\n12 Example Street\nCapital City, Exampleland\nEmail: office@example.org\n\nSAMPLE LETTER\nDear Sir,\nI ask you to release the two students at once.\n`;
  const result = importDocument(text, { source: 't.txt' });
  const [o] = result.findings.officials.found ? result.findings.officials.value : [];
  return {
    ...(o?.name && { name: o.name.value }),
    ...(o?.title && { title: o.title.value }),
    ...(o?.honorific && { honorific: o.honorific.value }),
    todo: result.caseText.split('\n').filter((l) => /^\s+# TODO: line \d+ .* was kept on the name/.test(l)).map((l) => l.trim()),
  };
}

describe('a name and its office on one line, in each language', () => {
  const rows: Array<{ line: string; name: string; title?: string; honorific?: string }> = [
    // An office whose first word alone is none, or is named by its field first.
    { line: 'Jane Doe Prime Minister', name: 'Jane Doe', title: 'Prime Minister' },
    { line: 'H.E. Jane Doe Prime Minister of Exampleland', name: 'Jane Doe', title: 'Prime Minister of Exampleland', honorific: 'H.E.' },
    { line: 'Jane Doe Home Minister', name: 'Jane Doe', title: 'Home Minister' },
    // Polish and Italian offices.
    { line: 'Jan Kowalski Prokurator Generalny', name: 'Jan Kowalski', title: 'Prokurator Generalny' },
    { line: 'Jan Kowalski Minister Sprawiedliwości', name: 'Jan Kowalski', title: 'Minister Sprawiedliwości' },
    { line: 'Marco Rossi Ministro della Giustizia', name: 'Marco Rossi', title: 'Ministro della Giustizia' },
    // Turkish, office after the name or before it, with a Turkish courtesy title.
    { line: 'Ayşe Örnek Adalet Bakanı', name: 'Ayşe Örnek', title: 'Adalet Bakanı' },
    { line: 'Ayşe Örnek İçişleri Bakanı', name: 'Ayşe Örnek', title: 'İçişleri Bakanı' },
    { line: 'Ayşe Örnek Cumhurbaşkanı', name: 'Ayşe Örnek', title: 'Cumhurbaşkanı' },
    { line: 'Ayşe Örnek Başsavcı', name: 'Ayşe Örnek', title: 'Başsavcı' },
    { line: 'Adalet Bakanı Ayşe Örnek', name: 'Ayşe Örnek', title: 'Adalet Bakanı' },
    { line: 'Sayın Ayşe Örnek Adalet Bakanı', name: 'Ayşe Örnek', title: 'Adalet Bakanı', honorific: 'Sayın' },
    // Russian and Ukrainian, in Cyrillic and transliterated.
    { line: 'Иван Иванов Генеральный прокурор', name: 'Иван Иванов', title: 'Генеральный прокурор' },
    { line: 'Генеральный прокурор Иван Иванов', name: 'Иван Иванов', title: 'Генеральный прокурор' },
    { line: 'Иван Иванов Министр здравоохранения', name: 'Иван Иванов', title: 'Министр здравоохранения' },
    { line: 'Ivan Ivanov Generalny Prokuror', name: 'Ivan Ivanov', title: 'Generalny Prokuror' },
    { line: 'Петро Петренко Президент України', name: 'Петро Петренко', title: 'Президент України' },
    // In capitals every word looks like a name's: the office's joining word tells where it runs.
    { line: 'JANE DOE MINISTER OF JUSTICE', name: 'JANE DOE', title: 'MINISTER OF JUSTICE' },
    { line: 'H.E. JANE DOE PRESIDENT OF EXAMPLELAND', name: 'JANE DOE', title: 'PRESIDENT OF EXAMPLELAND', honorific: 'H.E.' },
    { line: 'MINISTER OF JUSTICE JANE DOE', name: 'JANE DOE', title: 'MINISTER OF JUSTICE' },
  ];
  it.each(rows)('$line', ({ line, ...expected }) => {
    expect(importedLine(line)).toEqual({ ...expected, todo: [] });
  });
});

describe('an unsure cut keeps the name as printed, and asks in a TODO', () => {
  const rows: Array<{ line: string; name: string; title?: string; todo: string }> = [
    // "Sağlık" may be a surname or the office's field; "Zdrowia" an office's field the lists do not know.
    { line: 'Ayşe Örnek Sağlık Bakanı', name: 'Ayşe Örnek Sağlık Bakanı', todo: '"Sağlık Bakanı" was kept on the name: is it the office (the title) rather than the end of the name?' },
    { line: 'Jan Kowalski Minister Zdrowia', name: 'Jan Kowalski Minister Zdrowia', todo: '"Minister Zdrowia" was kept on the name: is it the office (the title) rather than the end of the name?' },
    // Three words, then an office word: the third may be a surname or the office's field.
    { line: 'Jane Example Doe Sports Minister', name: 'Jane Example Doe Sports', title: 'Minister', todo: '"Sports" was kept on the name: is it the office\'s first word ("Sports Minister") rather than the end of the name?' },
  ];
  it.each(rows)('$line', ({ line, todo, ...expected }) => {
    const got = importedLine(line);
    expect({ name: got.name, title: got.title }).toEqual({ title: undefined, ...expected });
    expect(got.todo).toEqual([`# TODO: line 7 ${todo}`]);
  });
});

describe('splitTrailingOffice, splitLeadingRole, unsureOfficeOnName: where the name ends', () => {
  it.each([
    ['Jane Doe Prime Minister', { name: 'Jane Doe', office: 'Prime Minister' }],
    ['Ayşe Örnek Adalet Bakanı', { name: 'Ayşe Örnek', office: 'Adalet Bakanı' }],
    ['Ayse Ornek Adalet Bakani', { name: 'Ayse Ornek', office: 'Adalet Bakani' }],
    ['Иван Иванов Генеральный прокурор', { name: 'Иван Иванов', office: 'Генеральный прокурор' }],
    ['Jane Example Doe Sports Minister', { name: 'Jane Example Doe Sports', office: 'Minister', maybeOffice: 'Sports' }],
    // "Bakanı" alone is no sure cut: its field stands before it.
    ['Ayşe Örnek Sağlık Bakanı', undefined],
  ])('splitTrailingOffice(%s)', (name, expected) => {
    expect(splitTrailingOffice(name)).toEqual(expected);
  });

  it.each([
    ['Adalet Bakanı Yardımcısı Ayşe Örnek', { title: 'Adalet Bakanı Yardımcısı', name: 'Ayşe Örnek' }],
    ['İstanbul Cumhuriyet Başsavcısı Kemal Numune', { title: 'İstanbul Cumhuriyet Başsavcısı', name: 'Kemal Numune' }],
    ['Prokurator Generalny Jan Kowalski', { title: 'Prokurator Generalny', name: 'Jan Kowalski' }],
    ['Ministro della Giustizia Marco Rossi', { title: 'Ministro della Giustizia', name: 'Marco Rossi' }],
    ['Генеральный прокурор Иван Иванов', { title: 'Генеральный прокурор', name: 'Иван Иванов' }],
    ['PRESIDENT OF THE REPUBLIC JANE DOE', { title: 'PRESIDENT OF THE REPUBLIC', name: 'JANE DOE' }],
    // No name opens with "of": the office runs on after the name.
    ['JANE DOE PRESIDENT OF EXAMPLELAND', undefined],
    // In capitals a name opening with a particle is a surname alone; a longer run holds the office's end.
    ['FISCAL GENERAL DE LA REPÚBLICA JUAN PÉREZ', undefined],
    ['MINISTRO DE VILLIERS', { title: 'MINISTRO', name: 'DE VILLIERS' }],
    // Two offices held at once, joined by "and", before the name: more than four words of office.
    ['Minister of the Interior and Deputy Prime Minister Jane Doe', { title: 'Minister of the Interior and Deputy Prime Minister', name: 'Jane Doe' }],
    // A long office that does not end in an office word is left whole: its last words may be a name's.
    ['Minister of Justice and Human Rights Jane Doe', undefined],
    // An office word inside the name, between two of its words, is a surname ("Alcalde", "Fiscal").
    ['Minister Ana María Alcalde Ejemplo', { title: 'Minister', name: 'Ana María Alcalde Ejemplo' }],
    ['Ministro Juan Fiscal Modelo', { title: 'Ministro', name: 'Juan Fiscal Modelo' }],
    // An office of a state named in full, ending in the country's name; a French elision inside an office.
    ['President of the Republic of Algeria Abdel Example', { title: 'President of the Republic of Algeria', name: 'Abdel Example' }],
    // … a country the tables know: a made-up one leaves the line whole, as any long office.
    ['President of the Republic of Exampleland Jane Example Doe', undefined],
    ['Chargé d’Affaires Jean Exemple', { title: 'Chargé d’Affaires', name: 'Jean Exemple' }],
    // A state named by its form after the office is the office's end, never a name ("Republik Vietnam").
    ['Botschafterin der Sozialistischen Republik Vietnam', undefined],
    ['Botschafter der Islamischen Republik Iran', undefined],
    // Spanish offices of an embassy's staff and of the courts.
    ['Ministra Consejera Ana Ejemplo', { title: 'Ministra Consejera', name: 'Ana Ejemplo' }],
    ['Magistrado Luis Modelo Prueba', { title: 'Magistrado', name: 'Luis Modelo Prueba' }],
    // … but not an office phrase's end, nor the word after a courtesy title.
    ['Deputy Prime Minister Jane Doe', { title: 'Deputy Prime Minister', name: 'Jane Doe' }],
  ])('splitLeadingRole(%s)', (text, expected) => {
    expect(splitLeadingRole(text)).toEqual(expected);
  });

  it.each([
    ['Ayşe Örnek Sağlık Bakanı', 'Sağlık Bakanı'],
    ['Jan Kowalski Minister Zdrowia', 'Minister Zdrowia'],
    ['Петро Петренко Голова Правління', 'Голова Правління'],
    // A courtesy title is no office; a name with no office word asks nothing.
    ['Ali Reza Sheikh Attar', undefined],
    ['Ayşe Örnek Adalet', undefined],
    ['Jane Example Doe', undefined],
  ])('unsureOfficeOnName(%s)', (name, expected) => {
    expect(unsureOfficeOnName(name)).toBe(expected);
  });

  it.each([
    [['Prime', 'Minister', 'of', 'Exampleland'], 2],
    [['Adalet', 'Bakanı', 'Ayşe'], 2],
    [['Minister', 'Sprawiedliwości,'], 2],
    [['Генеральный', 'прокурор'], 2],
    [['Jane', 'Doe'], 0],
  ])('officeLengthAt(%j)', (words, expected) => {
    expect(officeLengthAt(words, 0)).toBe(expected);
  });

  it('takes the Turkish "Sayın" for a courtesy title before a name', () => {
    expect(splitHonorific('Sayın Ayşe Örnek')).toEqual({ honorific: 'Sayın', rest: 'Ayşe Örnek' });
  });
});
