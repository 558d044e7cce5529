// The last check on every official before the draft (addressee-gate.ts): the page's own
// organisation, a button, a heading or label, the press, a place alone and an office printed again
// under its holder are no one to write to, whichever reader took them; a real official beside them
// is kept. Each kind is tried in two layouts or languages of our own.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addresseeVerdict } from '../../../src/import/addressee-gate.js';
import { withHolderAbove } from '../../../src/import/holder-above-office.js';
import { importDocument } from '../../../src/import/import-document.js';
import type { ImportedOfficial } from '../../../src/import/official-block.js';

interface Target { name?: string | null; address?: string[]; email?: string | string[]; fax?: string; salutation?: unknown }
const targetsOf = (caseText: string): Target[] => (parse(/^---\n([\s\S]*?)\n---\n/.exec(caseText)?.[1] ?? '') as { targets: Target[] }).targets ?? [];
const namesOf = (text: string) => targetsOf(importDocument(text, { source: 'test.txt' }).caseText).map((t) => t.name ?? null);
const salutationsOf = (text: string) => targetsOf(importDocument(text, { source: 'test.txt' }).caseText).map((t) => t.salutation ?? null);

const official = (name: string, more: Partial<ImportedOfficial> = {}): ImportedOfficial => ({
  line: 1, confidence: 'medium', name: { value: name, line: 1 }, nameFromOffice: false, address: [], emails: [], copy: false, unsure: [], ...more,
});

describe('addresseeVerdict: kinds that are no one to write to', () => {
  const email = { emails: [{ value: 'info@example.org', line: 2 }] };
  it.each([
    ['Anistia Internacional Brasil', 'own organisation'],
    ['Amnistía Internacional España', 'own organisation'],
    ['Uluslararası Af Örgütü Türkiye Şubesi', 'own organisation'],
    ['İMZACI OLUN', 'button'],
    ['Sign now', 'button'],
    ['Jetzt unterschreiben', 'button'],
    ['COMUNICATO STAMPA', 'heading'],
    ['Press release PR-12/2031', 'heading'],
    ['Related stories', 'heading'],
    ['Pressemitteilung', 'heading'],
    ['Asahi Shimbun', 'press'],
    ['The Daily Examplar', 'press'],
    ['Examplia Broadcasting Corporation', 'press'],
  ])('"%s" (%s) is dropped, with an email or without', (name) => {
    expect(addresseeVerdict(official(name), [])).toHaveProperty('drop');
    expect(addresseeVerdict(official(name, email), [])).toHaveProperty('drop');
  });
  it.each(['Nay Pyi Taw', 'Naypyidaw', 'Tegucigalpa', 'Mexico'])('"%s" alone is a place: an address line', (name) => {
    expect(addresseeVerdict(official(name, email), [])).toBe('place');
  });
  it.each([
    'Ministry of Information and Broadcasting', 'Jane Example', 'Minister of Justice', 'Procurador-Geral de Justiça', 'Embassy of Examplia',
    'Tutti i parlamentari italiani', 'Trưởng Văn phòng Cao ủy', 'フィリピン大統領', 'Ambassador Times Example',
  ])('"%s" is kept', (name) => {
    expect(addresseeVerdict(official(name, email), [])).toBeUndefined();
    expect(addresseeVerdict(official(name), [])).toBeUndefined();
  });
  it('a heading in capitals with nothing to reach it by is dropped; a person in capitals with an address is kept', () => {
    expect(addresseeVerdict(official('NOTIZIE DAL MONDO', { address: [{ value: 'N-44/2031', line: 2 }] }), [])).toHaveProperty('drop');
    expect(addresseeVerdict(official('JANE EXAMPLE', { address: [{ value: 'Calle Mayor 4', line: 2 }] }), [])).toBeUndefined();
  });
  it('an office printed again under its holder is dropped, unless it adds a way to reach him', () => {
    const holder = official('Jane Example', { title: { value: 'Attorney General of Examplia', line: 2 } });
    const again = official('Attorney General of Examplia', { nameFromOffice: true, line: 6 });
    expect(addresseeVerdict(again, [holder, again])).toHaveProperty('drop');
    const withEmail = { ...again, emails: [{ value: 'ag@example.gov', line: 8 }] };
    expect(addresseeVerdict(withEmail, [holder, withEmail])).toBeUndefined();
  });
});

describe('the gate on whole pages: the official is kept, the other kinds are not', () => {
  it('newspapers asked to copy, English layout (one under a label that says what it is)', () => {
    const page = [
      'URGENT ACTION', 'Examplia: teacher held without charge', '', 'Write to:', 'Ms Jane Example', 'Minister of Justice', 'Ministry of Justice',
      '1-2 Example Street, Capitalia 100-0001', 'Email: minister@justice.example.gov', '', 'Also send copies of your letter to:', '', 'Capitalia Times',
      '5-5 Press Road, Capitalia 104-0000', 'Email: letters@times.example.com', 'Fax: +81 3 5555 0100', '', 'National daily newspaper', 'Examplia Morning Herald',
      '7-1 Paper Lane, Capitalia 100-0004', 'Email: desk@herald.example.com', '', 'Dear Minister,', 'I urge you to release the teacher.', 'Yours sincerely,',
    ].join('\n');
    expect(namesOf(page)).toEqual(['Jane Example']);
  });
  it('a newspaper asked to copy, German layout', () => {
    const page = [
      'EILAKTION', 'Examplien: Lehrerin in Haft', '', 'Schreiben Sie an:', 'Herrn Max Beispiel', 'Justizminister', 'Beispielstraße 4', '10115 Hauptstadt',
      'E-Mail: minister@justiz.example.gov', '', 'Kopien an:', 'Beispieler Zeitung', 'Pressestraße 9', '10117 Hauptstadt', 'E-Mail: leser@zeitung.example.de', '',
      'Sehr geehrter Herr Minister,', 'bitte lassen Sie die Lehrerin frei.', 'Mit freundlichen Grüßen',
    ].join('\n');
    expect(namesOf(page)).toEqual(['Max Beispiel']);
  });
  it("a capital alone under the minister's office is his address line, its contacts his", () => {
    const page = [
      'From:', '', 'Gen Jane Example', '', 'Minister of Home Affairs', '', 'Ministry of Home Affairs', '', 'Office No. 4', '', 'Nay Pyi Taw', '', 'Union of Myanmar', 'Fax: +95 1 555 0101', '',
      'Email: minister@home.example.gov', '', 'Dear Minister,', 'I am writing to ask for the release of the monks.', 'Yours sincerely,',
    ].join('\n');
    const [t, ...rest] = targetsOf(importDocument(page, { source: 'test.txt' }).caseText);
    expect(rest).toEqual([]);
    expect(t?.name).toBe('Jane Example');
    expect(t?.address).toContain('Nay Pyi Taw');
    expect(t?.fax).toBe('+95 1 555 0101');
  });
  it("an office printed again under its holder's block is no second official", () => {
    const page = [
      'The Honorable Jane Example', 'Attorney General of Examplia', 'Department of Justice', '10 Example Avenue', 'Capitalia 20530', '',
      'Attorney General of Examplia', 'Department of Justice', '10 Example Avenue', 'Capitalia 20530', '', 'Dear Attorney General Example,',
      'I write to ask you to open an inquiry into the torture report.', 'Sincerely,',
    ].join('\n');
    expect(namesOf(page)).toEqual(['Jane Example']);
  });
});

describe("a heading of the page taken for the letter's greeting greets no official", () => {
  it.each([
    ['Related stories', "Monday 3 March 2031\n\nUrgent appeal to halt a hanging in Examplia\n\nThe organisation fears that a farmer, Jon Sample, may be hanged this week after a trial that lasted one day.\n\nTake action\nReaders are asked to send appeals to the authorities calling for the hanging to be stopped.\n\nPlease send appeals to:\n\nPresident\nEXAMPLE Jana\nPresidential Office\n4 Castle Road, Capitalia\nExamplia 10-100\n\nFax: +99 1 555 0123\nE-mail: president@office.example.gov\n\nRelated stories:\nExamplia hangs two 'to make an example' -- 2 May, 2030\nExamplia: New Year hangings draw protest -- 07 January, 2"],
    ['See also', "Friday 9 May 2031\n\nCall to stop the transfer of a journalist\n\nTake action\nPlease send appeals to:\n\nMinister of the Interior\nSAMPLE Ola\nMinistry of the Interior\n9 River Street, Portville\nExamplia 20-200\n\nFax: +99 2 555 0444\nE-mail: minister@interior.example.gov\n\nSee also:\nExamplia: editor freed on bail -- 12 March, 2031\nThe press in Examplia: a year of arrests -- 02 February, 2"],
  ])('"%s" under the contacts', (_heading, page) => {
    expect(salutationsOf(page)).toEqual([null]);
  });
});

describe('a "more about the case" heading, ending with a colon as a Spanish greeting does, greets no official', () => {
  it.each([
    ['Spanish, two officials', "¡ACTÚA! Detenciones de periodistas en Ejemplandia\n\nUsa esta carta y envíala antes del 30 de marzo de 2031 a:\n\n  • Ministro del Interior\n    Señor Pablo Ejemplo Ruiz\n    Ministerio del Interior\n    Avenida Central 10, Ciudad Ejemplo, Ejemplandia\n    Correo-e: despacho@interior.example.org\n\n  • Embajadora en España\n    Laura Muestra Gil\n    Embajada de Ejemplandia en España\n    Calle Mayor 5, 28013 Madrid, España.\n    Correo-e: embajada@ejemplandia.example.es\n\n\nMás información sobre el caso:\n\n\nDesde enero, decenas de periodistas han sido detenidos por informar sobre las protestas en la capital.\n", [null, null]],
    ['English, one official', "Urgent Action: writers held in Samplestan\n\nPlease write before 12 June 2031 to:\n\nMinister of Justice\nMs Erin Sample\nMinistry of Justice\n12 Court Lane, Sampleton, Samplestan\nEmail: minister@justice.example.org\n\n\nMore information about the case:\n\nTwo writers were arrested in April after publishing a poem about the drought.\n", [null]],
  ])('%s', (_what, page, expected) => {
    expect(salutationsOf(page)).toEqual(expected);
  });
});

describe("an office standing in for the name, its holder printed right above it: the holder is the official", () => {
  it.each([
    ['Jon Exempel Persson', 'Office of the President of the Republic of Examplia', "Skriv till\nPresident\nHis Excellency\nJon Exempel Persson\n\nOffice of the President of the Republic of Examplia\nCapitalia\nExamplia\nFax: +99 1 555 0147\n\nYour Excellency,\nI am writing to you about the safety of the journalist.\nYours sincerely,\n"],
    ['Paul Exemple', 'Cabinet du Président de la République', "Écrivez à :\nSon Excellence\nMonsieur Paul Exemple\n\nCabinet du Président de la République\nPalais de Exemple\nBP 1000 Capitale\nFax : +99 2 555 0190\n\nMonsieur le Président,\nJe vous écris au sujet des militants disparus.\nVeuillez agréer, Monsieur le Président, mes salutations distinguées.\n"],
  ])('%s, at the %s', (holder, office, page) => {
    const [t, ...rest] = targetsOf(importDocument(page, { source: 'test.txt' }).caseText);
    expect(rest).toEqual([]);
    expect(t?.name).toBe(holder);
    expect(t?.address?.[0]).toBe(office);
  });
});

describe("the institution printed under the care-of line of the official above is his address, no official", () => {
  it.each([
    ['Kaveh Example', 'Embassy of Examplia', "Take action: write your own appeal or use the model letter\n\nHead of the Judiciary\nKaveh Example\n\nc/o Permanent Mission of Examplia to the United Nations\n\nEmbassy of Examplia\n\n22 Sample Gardens London SW1 2XY\n\nUnited Kingdom\n\nDear Kaveh Example,\nI am writing to ask for the release of the engineer.\nYours sincerely,\n"],
    ['Marta Ejemplo', 'Embajada de Ejemplia', "Escriban a:\n\nFiscal General de la República\nMarta Ejemplo\n\nc/o Embajada de Ejemplia en España\n\nEmbajada de Ejemplia\n\nCalle de la Muestra 12, 28001 Madrid\n\nSeñora Fiscal General:\nLe escribo para pedir la liberación del periodista.\nAtentamente,\n"],
  ])('%s, in care of the %s', (holder, institution, page) => {
    const [t, ...rest] = targetsOf(importDocument(page, { source: 'test.txt' }).caseText);
    expect(rest).toEqual([]);
    expect(t?.name).toBe(holder);
    expect(t?.address).toContain(institution);
  });
});

describe('withHolderAbove: no holder is taken from a line that is no person to write to', () => {
  const office = (line: number, copy = false): ImportedOfficial => official('The Ministry of Foreign Affairs of Examplia', { name: { value: 'The Ministry of Foreign Affairs of Examplia', line }, nameFromOffice: true, line, copy });
  it.each([
    ['an organisation in initials (the sender)', ['Example PEN', '', 'The Ministry of Foreign Affairs of Examplia'], false],
    ['a copy under the signature', ['Jon Sample', '', 'The Ministry of Foreign Affairs of Examplia'], true],
  ])('%s', (_kind, lines, copy) => {
    const doc = { source: 'test.txt', lines };
    const o = office(3, copy);
    expect(withHolderAbove(doc, o, [])).toBe(o);
  });
  it('a person right above is taken', () => {
    const doc = { source: 'test.txt', lines: ['Jon Sample', '', 'The Ministry of Foreign Affairs of Examplia'] };
    expect(withHolderAbove(doc, office(3), []).name?.value).toBe('Jon Sample');
  });
});
