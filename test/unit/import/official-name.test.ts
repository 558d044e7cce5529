import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { gateNames } from '../../../src/import/name-gate.js';
import { toImportText } from '../../../src/import/text.js';
import type { ImportedOfficial } from '../../../src/import/official-block.js';
import { greetedSurname, isRunningText, nameProblem, officeWordsOnName, salvageName, splitTrailingOffice } from '../../../src/import/official-name.js';

describe('nameProblem: what an official\'s name can never be', () => {
  const rows: Array<{ name: string; office: boolean; expected: string | undefined }> = [
    // Names and offices that are fine.
    { name: 'Jane Example Doe', office: false, expected: undefined },
    { name: 'María de los Ángeles Ejemplo', office: false, expected: undefined },
    { name: 'Stuart Hall', office: false, expected: undefined },
    { name: 'Minister of Justice', office: true, expected: undefined },
    { name: 'Fiscal General', office: true, expected: undefined },
    { name: 'Embassy of Ruritania', office: true, expected: undefined },
    { name: 'The Office of the Supreme Leader', office: true, expected: undefined },
    { name: 'Der Generalstaatsanwalt', office: true, expected: undefined },
    { name: 'House of Representatives', office: true, expected: undefined },
    // Buildings, in several languages.
    { name: 'Parliament House', office: true, expected: 'a building' },
    { name: 'Edificio Fiscalía General del Estado', office: true, expected: 'a building' },
    { name: 'Palacio de Gobierno', office: true, expected: 'a building' },
    { name: 'Federal Secretariat Complex', office: true, expected: 'a building' },
    { name: 'Palais de Justice', office: true, expected: 'a building' },
    { name: 'Torre Ejecutiva Norte', office: false, expected: 'a building' },
    // Address lines, labels, brackets.
    { name: '12 Example Road', office: false, expected: 'an address line' },
    { name: 'c/o Embassy of Ruritania', office: true, expected: 'an address line' },
    { name: '(Anrede: Dear General Prosecutor /', office: false, expected: 'a label or a remark in brackets' },
    { name: 'Tratamiento: Señor Fiscal', office: false, expected: 'a label or a remark in brackets' },
    { name: 'Office Number', office: true, expected: 'a label or a remark in brackets' },
    // The page's own group, in en/de/fr/es.
    { name: 'Gruppe Musterstadt', office: false, expected: "the page's own group or section" },
    { name: 'Amnesty Group Exampleton', office: true, expected: "the page's own group or section" },
    { name: 'Groupe Exempleville', office: false, expected: "the page's own group or section" },
    { name: 'Grupo Ejemplo Norte', office: false, expected: "the page's own group or section" },
    // Sentences and their starts.
    { name: 'On March', office: false, expected: 'a sentence, not a name' },
    { name: 'Im September', office: false, expected: 'a sentence, not a name' },
    { name: 'Depuis Janvier', office: false, expected: 'a sentence, not a name' },
    { name: 'The embassy is closed today.', office: true, expected: 'a sentence, not a name' },
    // A sentence's last three words, as a blog's "Ho fondato Parks - Liberi e Uguali." left them.
    { name: 'Liberi e Uguali.', office: false, expected: 'a sentence, not a name' },
    { name: 'Jane Doe Jr.', office: false, expected: undefined },
    { name: 'Office', office: true, expected: 'an institution word alone' },
    // A country, as a flattened address's last words leave it where the name stands.
    { name: 'Việt Nam', office: false, expected: 'a country' },
    { name: 'Egypt', office: true, expected: 'a country' },
    { name: 'Georgia Example', office: false, expected: undefined },
    // A clause in lower case before a colon, read where a name stands ("… oppure attraverso il SITO del Governatore:").
    { name: 'attraverso il SITO del Governatore', office: false, expected: 'a sentence, not a name' },
    { name: 'through the Governor Office', office: true, expected: 'a sentence, not a name' },
    { name: 'de Souza Example', office: false, expected: undefined },
    { name: 'van der Example', office: false, expected: undefined },
    { name: 'al-Example', office: false, expected: undefined },
    // Two address blocks side by side left two people's names on one line: never one official of them.
    { name: 'Koning Voorbeeld Zijne Excellentie de', office: false, expected: "two people's names run together" },
    { name: 'Jane Example His Excellency John Roe', office: false, expected: "two people's names run together" },
    { name: 'Sua Eccellenza', office: true, expected: undefined },
    // A list of officials on one line ("Para: …, Ministro Luis Muestra y Ministro Eva Prueba"): a join word and an office open the second.
    { name: 'Luis Muestra y Ministro Eva Prueba', office: false, expected: "two people's names run together" },
    { name: 'Jane Example and Minister John Roe', office: false, expected: "two people's names run together" },
    { name: 'José Ortega y Gasset', office: false, expected: undefined },
  ];
  it.each(rows)('$name ($office)', ({ name, office, expected }) => {
    expect(nameProblem(name, office)).toBe(expected);
  });
});

describe('splitTrailingOffice: office and courtesy words printed after a person\'s name', () => {
  const rows: Array<{ name: string; surname?: string; expected: ReturnType<typeof splitTrailingOffice> }> = [
    { name: 'Jane Doe Honorable', expected: { name: 'Jane Doe', courtesy: 'Honorable' } },
    { name: 'Juan Pérez Fiscal General', expected: { name: 'Juan Pérez', office: 'Fiscal General' } },
    { name: 'Jean Dupont ministre de la Justice', expected: { name: 'Jean Dupont', office: 'ministre de la Justice' } },
    { name: 'Hans Muster Generalstaatsanwalt', expected: { name: 'Hans Muster', office: 'Generalstaatsanwalt' } },
    { name: 'Jane Example Doe Representative at the Talks', expected: { name: 'Jane Example Doe', office: 'Representative at the Talks' } },
    // The letter greets "Mr. Doe": the capitalised word between the surname and the office qualifies the office.
    { name: 'John Doe Movement Representative at the Talks', surname: 'Doe', expected: { name: 'John Doe', office: 'Movement Representative at the Talks' } },
    // A surname that is also an office word, with no office after it, stays the name.
    { name: 'Ali Reza Sheikh Attar', expected: undefined },
    { name: 'Tarek William Saab', expected: undefined },
    { name: 'Jane Doe', expected: undefined },
  ];
  it.each(rows)('$name', ({ name, surname, expected }) => {
    expect(splitTrailingOffice(name, surname)).toEqual(expected);
  });

  it.each([
    ['Dear Mr. Doe,', 'Doe'],
    ['Sehr geehrter Herr Muster', 'Muster'],
    ['Monsieur Dupont,', 'Dupont'],
    ['Dear Minister', undefined],
  ])('greetedSurname(%s) is %s', (greeting, surname) => {
    expect(greetedSurname(greeting)).toBe(surname);
  });
});

describe('salvageName: a name line run together with the office before it and the place after it', () => {
  const rows: Array<{ text: string; expected: ReturnType<typeof salvageName> }> = [
    { text: 'Président Jean Exemple Dupont Palais de l’Exemple Capitale, Ruritanie', expected: { name: 'Jean Exemple Dupont', office: 'Président', courtesy: undefined, place: 'Palais de l’Exemple Capitale, Ruritanie', after: undefined } },
    { text: 'Presidente Juan Ejemplo Pérez Palacio Nacional, Ciudad Capital', expected: { name: 'Juan Ejemplo Pérez', office: 'Presidente', courtesy: undefined, place: 'Palacio Nacional, Ciudad Capital', after: undefined } },
    { text: 'Innenminister Karl Muster Hauptstraße 4', expected: undefined },
    { text: 'Minister Jane Example Doe, Capital City', expected: { name: 'Jane Example Doe', office: 'Minister', courtesy: undefined, place: undefined, after: 'Capital City' } },
    { text: 'Prime Minister Jane Example Doe RFE Prime Minister Capital City, Ruritania', expected: { name: 'Jane Example Doe', office: 'Prime Minister', courtesy: undefined, place: undefined, after: 'RFE Prime Minister Capital City, Ruritania' } },
    { text: 'Dr. Jane Example Doe, Ministry of Health', expected: { name: 'Jane Example Doe', office: undefined, courtesy: 'Dr.', place: undefined, after: 'Ministry of Health' } },
    // A name as it is, or a line with no name in it, is left alone.
    { text: 'Jane Example Doe', expected: undefined },
    { text: 'Parliament House, Capital City', expected: undefined },
  ];
  it.each(rows)('$text', ({ text, expected }) => {
    expect(salvageName(text)).toEqual(expected);
  });
});

describe("officeWordsOnName: an office's first words left on the name, as the letter's greeting shows", () => {
  const rows: Array<{ name: string; title: string; greetings: string[]; expected: ReturnType<typeof officeWordsOnName> }> = [
    { name: 'Jane Example Doe Union Home', title: 'Minister of Ruritania', greetings: ['Dear Union Home Minister,'], expected: { name: 'Jane Example Doe', title: 'Union Home Minister of Ruritania' } },
    { name: 'Juan Ejemplo Pérez Fiscal', title: 'General de la Nación', greetings: ['Señor Fiscal General:'], expected: { name: 'Juan Ejemplo Pérez', title: 'Fiscal General de la Nación' } },
    { name: 'Karl Beispiel Muster Bundes', title: 'Innenminister', greetings: ['Sehr geehrter Herr Bundes Innenminister,'], expected: { name: 'Karl Beispiel Muster', title: 'Bundes Innenminister' } },
    // No greeting names those words with the office: the name stays as it is.
    { name: 'Jane Example Doe Union Home', title: 'Minister of Ruritania', greetings: ['Dear Minister,'], expected: undefined },
    { name: 'Ana María Ejemplo', title: 'Ministra', greetings: ['Estimada Ministra Ejemplo:'], expected: undefined },
  ];
  it.each(rows)('$name / $title', ({ name, title, greetings, expected }) => {
    expect(officeWordsOnName(name, title, greetings)).toEqual(expected);
  });
});

describe('isRunningText: a sentence run onto an address line is no address line', () => {
  it.each([
    ['Background Jane Doe is a student and a writer who sought refuge here twelve years ago.', true],
    ['Hintergrund Karl Muster ist ein Student, der vor zwölf Jahren hier Zuflucht gesucht hat.', true],
    ['Contexte Jean Dupont est un étudiant qui a trouvé refuge ici il y a douze ans.', true],
    ['Calle Ejemplo y Monel 2467 (ex-Tupac Amaru), entre Chile y Espejo, Ciudad Capital', false],
    ['12 rue de l’Exemple, bâtiment B, 75001 Paris, France', false],
    ['Office of the President, Example Palace, Capital City, Ruritania', false],
  ])('%s → %s', (line, expected) => {
    expect(isRunningText(line)).toBe(expected);
  });
});

const officialsOf = (text: string): ImportedOfficial[] => {
  const f = importDocument(text, { source: 't.txt' }).findings.officials;
  return f.found ? f.value : [];
};
const brief = (o: ImportedOfficial) => ({ name: o.name?.value, honorific: o.honorific?.value, title: o.title?.value, organisation: o.organisation?.value, address: o.address.map((a) => a.value), fax: o.fax?.value, email: o.emails.map((e) => e.value) });

describe('the name gate on whole pages', () => {
  it('parts courtesy and office words printed after the name (en, es, fr, de)', () => {
    const pages: Array<[string, Partial<ReturnType<typeof brief>>]> = [
      ['TAKE ACTION\nWrite to:\n\nMinister Jane Example Doe Honorable\nMinistry of Justice\n12 Example Road, Capital City\nEmail: minister@justice.example.org\n\nDear Minister,\nI am writing to you about the case.\n', { name: 'Jane Example Doe', honorific: 'Honorable', title: 'Minister' }],
      ['ACCIÓN URGENTE\nRURITANIA: DEFENSOR DETENIDO\n\nEscriban a:\n\nJuan Ejemplo Pérez Fiscal General\nAvenida Central 12, Ciudad Capital\nCorreo-e: fiscal@ejemplo.example.org\n\nSeñor Fiscal General:\nLe escribo para expresar mi preocupación.\n', { name: 'Juan Ejemplo Pérez', title: 'Fiscal General' }],
      ['ACTION URGENTE\nRURITANIE : DÉFENSEUR DÉTENU\n\nÉcrivez à :\n\nJean Exemple Dupont, ministre de la Justice\n12 rue de l’Exemple, Ville Capitale\nCourriel : ministre@justice.example.org\n\nMonsieur le Ministre,\nJe vous écris au sujet de cette affaire.\n', { name: 'Jean Exemple Dupont', title: 'ministre de la Justice' }],
      ['URGENT ACTION\nRURITANIEN: MENSCHENRECHTLER IN HAFT\n\nSchreiben Sie an:\n\nHans Beispiel Muster Generalstaatsanwalt\nHauptstraße 4, 10115 Musterstadt\nFax: 0049 30 123 456\n\nSehr geehrter Herr Generalstaatsanwalt,\nich schreibe Ihnen wegen dieses Falls.\n', { name: 'Hans Beispiel Muster', title: 'Generalstaatsanwalt' }],
    ];
    for (const [text, expected] of pages) {
      const [first] = officialsOf(text);
      expect(first && brief(first)).toMatchObject(expected);
    }
  });

  it('gives a building under the address above back to that official, with the lines after it', () => {
    const officials = officialsOf(`TAKE ACTION
Write to:

Minister of Internal Affairs
Ms Jane Example Doe
PO Box 6022
House of Delegates
Parliament House
Capital City 2600
Fax: +99 (02) 6273 4144
Salutation: Dear Minister

Dear Minister,
I am writing to you about the case.
`);
    expect(officials.map(brief)).toEqual([
      { name: 'Jane Example Doe', honorific: 'Ms', title: 'Minister of Internal Affairs', organisation: undefined, address: ['PO Box 6022', 'House of Delegates', 'Parliament House', 'Capital City 2600'], fax: '+99 (02) 6273 4144', email: [] },
    ]);
  });

  it('never makes a label wrapped over two lines an official: its contact lines stay with the official above', () => {
    const officials = officialsOf(`Appell an
GENERALSTAATSANWALT
Karl Beispiel Muster
Musterstraße 13/15
01601 Musterstadt
RURITANIEN
(Anrede: Dear General Prosecutor /
Sehr geehrter Herr Generalstaatsanwalt)
Fax: (00 999) 44 280 2603
E-Mail: office@gp.example.org
INNENMINISTER
Erika Beispiel
Akademiestraße 10
01024 Musterstadt
RURITANIEN
Fax: (00 999) 44 253 97 96

Sehr geehrter Herr Generalstaatsanwalt,
ich schreibe Ihnen wegen dieses Falls.
`);
    expect(officials.map((o) => o.name?.value)).toEqual(['Karl Beispiel Muster', 'Erika Beispiel']);
    expect(officials[0]?.fax?.value).toBe('(00 999) 44 280 2603');
    expect(officials[0]?.emails.map((e) => e.value)).toEqual(['office@gp.example.org']);
    // Read as the salutation it is (or, failing that, named in a TODO): never the name of an official of its own.
    expect(officials.flatMap((o) => [o.name?.value, o.title?.value])).not.toContain('(Anrede: Dear General Prosecutor /');
  });

  it("drops a block headed by the page's own group, with no way to reach anyone, and reports its lines", () => {
    const result = importDocument(`Amnesty International Gruppe Musterstadt

Gruppe Musterstadt

Unsere aktuelle Petition als Einzelbrief: Appelle bis zum 07.12.2030

An den Generalstaatsanwalt von Ruritanien: Karl Beispiel Muster, Ministerio Público de Ruritania, Calle Ejemplo 12, Ciudad Capital

Sehr geehrter Herr Muster, ich schreibe Ihnen wegen dieses Falls.
`, { source: 't.txt' });
    const officials = result.findings.officials.found ? result.findings.officials.value : [];
    expect(officials.map(brief)).toEqual([
      { name: 'Karl Beispiel Muster', honorific: undefined, title: 'Generalstaatsanwalt von Ruritanien', organisation: 'Ministerio Público de Ruritania', address: ['Calle Ejemplo 12', 'Ciudad Capital'], fax: undefined, email: [] },
    ]);
    expect(result.caseText).not.toContain('Gruppe Musterstadt\n');
  });
});

describe('property: a line that is no name, placed where a name stands, never becomes one', () => {
  const NOT_NAMES = [
    // Buildings and address lines.
    'Parliament House', 'Government House', 'Palacio de Gobierno', 'Edificio Central del Estado', 'Palais de Justice', 'Federal Secretariat Complex', 'Torre Ejecutiva',
    'Casa de Gobierno', '12 Example Road', 'Hauptstraße 4', 'c/o Embassy of Ruritania', 'PO Box 1234',
    // Labels and brackets.
    '(Anrede: Dear Minister /', '(Salutation: Dear Minister)', 'Tratamiento: Señor Ministro', '[Name of the official]', 'Office Number', 'Contact Form',
    // The page's own group or section.
    'Gruppe Musterstadt', 'Amnesty Group Exampleton', 'Groupe Exempleville', 'Grupo Ejemplo Norte', 'Sektion Beispiel', 'Amnesty International Exampleland',
    // Sentences and their starts.
    'On March', 'In September', 'Im Oktober', 'Depuis Janvier', 'Desde Enero', 'The embassy is closed until further notice.', 'We need your help now.',
    // Other organisations' appeals: their headings, instructions, thanks, and the readers' own representatives.
    'APPEALS TO:', 'PLEASE SEND YOUR LETTERS TO:', 'Addresses:', 'SUGGESTED ACTION:', 'Actions requested:', 'CASE NARRATIVE:', 'Please send appeals:',
    'Please write to the authorities in Exampleland, urging them to:', 'Thank you.', 'Call your Senators and your Representative.',
    'Write to your MP and ask them to raise the case.', 'Please also write to the embassies of Exampleland in your respective country.',
  ];
  const layouts = [
    (line: string) => `TAKE ACTION\nWrite to:\n\n${line}\n12 Example Road, Capital City\nEmail: office@example.org\n\nDear Minister,\nI am writing to you about the case.\n`,
    (line: string) => `TAKE ACTION\nWrite to:\n\nMinister of Justice\nJane Example Doe\n4 Example Street\n${line}\nCapital City 2600\nFax: +99 1 234 5678\n\nDear Minister,\nI am writing to you about the case.\n`,
    (line: string) => `ACCIÓN URGENTE\nEscriban a:\n\n${line}\nAvenida Central 12\nCorreo-e: fiscal@ejemplo.example.org\n\nSeñor Fiscal:\nLe escribo para expresar mi preocupación.\n`,
    (line: string) => `URGENT ACTION\nSchreiben Sie an:\n\n${line}\nHauptstraße 4, 10115 Musterstadt\nFax: 0049 30 123 456\n\nSehr geehrter Herr Minister,\nich schreibe Ihnen wegen dieses Falls.\n`,
  ];
  const variant = fc.tuple(fc.constantFrom(...NOT_NAMES), fc.constantFrom('', ',', ' '), fc.boolean());
  it('holds for every list line, layout, case and trailing comma', () => {
    fc.assert(
      fc.property(variant, fc.constantFrom(...layouts), ([line, end, upper], layout) => {
        const written = `${upper ? line.toUpperCase() : line}${end}`.trimEnd();
        for (const o of officialsOf(layout(written))) {
          const name = (o.name?.value ?? '').toLowerCase();
          expect(name).not.toBe(line.toLowerCase());
          expect(name.includes(line.toLowerCase().replace(/[()[\]/]/g, '').trim()) && name !== '').toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('gateNames: what becomes of an official whose name is no name', () => {
  const doc = toImportText(['Write to:', 'Minister of Justice', 'Jane Example Doe', '4 Example Street', 'Parliament House', 'Capital City 2600', 'Fax: +99 1 234', '', 'Gruppe Musterstadt', 'Hauptstraße 4', 'Fax: 030 1234567', '', 'Amnesty Group Exampleton', '12 Example Road'].join('\n'), 't.txt');
  const at = (line: number, value: string) => ({ value, line });
  const official = (o: Partial<ImportedOfficial> & { line: number }): ImportedOfficial => ({ confidence: 'high', nameFromOffice: false, address: [], emails: [], copy: false, unsure: [], ...o });
  const minister = official({ line: 2, title: at(2, 'Minister of Justice'), name: at(3, 'Jane Example Doe'), address: [at(4, '4 Example Street')] });
  const building = official({ line: 5, name: at(5, 'Parliament House'), nameFromOffice: true, address: [at(6, 'Capital City 2600')], fax: at(7, '+99 1 234') });
  const group = official({ line: 9, name: at(9, 'Gruppe Musterstadt'), address: [at(10, 'Hauptstraße 4')], fax: at(11, '030 1234567') });
  const sender = official({ line: 13, name: at(13, 'Amnesty Group Exampleton'), nameFromOffice: true, address: [at(14, '12 Example Road')] });

  it('gives the lines right under an official back to it, the building first', () => {
    const { officials } = gateNames(doc, [minister, building], []);
    expect(officials.map((o) => ({ name: o.name?.value, address: o.address.map((a) => a.value), fax: o.fax?.value }))).toEqual([
      { name: 'Jane Example Doe', address: ['4 Example Street', 'Parliament House', 'Capital City 2600'], fax: '+99 1 234' },
    ]);
  });

  it('keeps an official that can be reached, with no name, the non-name in a TODO', () => {
    const { officials, skipped } = gateNames(doc, [group], []);
    expect(officials.map((o) => ({ name: o.name, fax: o.fax?.value, unsure: o.unsure.map((u) => u.value) }))).toEqual([{ name: undefined, fax: '030 1234567', unsure: ['Gruppe Musterstadt'] }]);
    expect(skipped).toEqual([]);
  });

  it('drops an official that names no one and cannot be reached, and reports each of its lines', () => {
    const { officials, skipped } = gateNames(doc, [minister, sender], []);
    expect(officials.map((o) => o.name?.value)).toEqual(['Jane Example Doe']);
    expect(skipped.map((s) => [s.line, s.text])).toEqual([[13, 'Amnesty Group Exampleton'], [14, '12 Example Road']]);
  });
});
