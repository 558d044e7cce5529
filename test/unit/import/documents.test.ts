// Whole documents through the importer: the fixtures (written for these tests in the layouts UAs
// use) and the seed UA. Each draft is compared with its golden file byte for byte (regenerate
// with UPDATE_GOLDEN=1) and must pass the case validator exactly as it is.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCase } from '../../../src/case/parse-case.js';
import { importDocument, type ImportResult } from '../../../src/import/import-document.js';
import { fixture, fixturesDir, seedPath } from './helpers.js';

const goldenDir = join(fixturesDir, 'expected');

function imported(name: string): ImportResult {
  return importDocument(fixture(name), { source: name });
}

function expectGolden(name: string, text: string): void {
  const path = join(goldenDir, name.replace(/\.txt$/, '.md'));
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(path, text);
  }
  expect(existsSync(path), `${path} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(text).toBe(readFileSync(path, 'utf8'));
}

function validated(result: ImportResult) {
  const parsed = parseCase(result.caseText, { file: 'draft.md' });
  expect(parsed.errors.map((e) => e.message)).toEqual([]);
  if (!parsed.case) throw new Error('no case');
  return parsed.case;
}

const FIXTURES = ['en-one-official.txt', 'en-several-officials.txt', 'en-email-only.txt', 'en-other-orders.txt', 'es-ua.txt', 'fr-ua.txt', 'pdf-extracted.txt'];

describe.each(FIXTURES)('importing %s', (name) => {
  it('gives a draft that validates as it is', () => {
    validated(imported(name));
  });

  it('gives the same draft as its golden file', () => {
    expectGolden(name, imported(name).caseText);
  });
});

describe('whole documents', () => {
  it('reads an English UA with one official and every contact channel', () => {
    const c = validated(imported('en-one-official.txt'));
    expect(c).toMatchObject({ reference: 'UA 91/24', issued: '2024-09-12', deadline: '2024-10-27', languages: ['es', 'en'], links: { report: 'https://example.org/ua/report/91-24' } });
    expect(c.targets).toEqual([
      {
        id: 'public-prosecutor',
        name: 'Elena Vargas Ruiz',
        honorific: 'Ms.',
        title: 'Public Prosecutor of the Nation',
        salutation: 'Dear Public Prosecutor',
        address: ['Avenida Abancay 491', 'Cercado de Lima 15001', 'Lima, Peru'],
        emails: ['mesadepartes@fiscalia.example.pe'],
        fax: '+51 1 625 5555',
        phone: '+51 1 625 5500',
        twitter: 'FiscaliaExample',
        copy: false,
      },
    ]);
  });

  it('reads several officials, matches the salutation alternatives and marks the copy recipient', () => {
    const c = validated(imported('en-several-officials.txt'));
    expect(c.targets.map((t) => [t.id, t.name, t.salutation, t.copy])).toEqual([
      ['minister-law', 'Budi Santoso', 'Dear Minister', false],
      ['governor-papua', 'Yohana Rumbiak', 'Dear Governor', false],
      ['chief-indonesian', 'Surya Wibowo', undefined, false],
      ['embassy-republic', 'Embassy of the Republic of Indonesia', undefined, true],
    ]);
    expect(c.subjects).toEqual([{ name: 'Ardi Wenda', pronouns: 'he/him' }, { name: 'Maria Kogoya', pronouns: 'she/her' }]);
    expect(c.deadline).toBe('2024-09-30');
  });

  it('reads officials who have only an email and a handle', () => {
    const c = validated(imported('en-email-only.txt'));
    expect(c.targets.map((t) => ({ name: t.name, emails: t.emails, address: t.address }))).toEqual([
      { name: 'Andrei Halavach', emails: ['info@prokuratura.example.by'], address: [] },
      { name: 'Ihar Shyla', emails: ['dvin@mvd.example.by'], address: [] },
    ]);
    expect(c.links).toEqual({ previous: 'https://example.org/ua/belarus/66-24' });
  });

  it('reads address blocks in other orders', () => {
    const c = validated(imported('en-other-orders.txt'));
    expect(c.targets.map((t) => ({ name: t.name, title: t.title, organisation: t.organisation, address: t.address }))).toEqual([
      { name: 'Kayode Bello', title: 'Inspector General of Police', organisation: undefined, address: ['Louis Edet House', 'Shehu Shagari Way, Area 11', 'Abuja, Nigeria'] },
      // The ministry is printed above the street: the address's first line, not a second organisation line.
      { name: 'Adaeze Okafor', title: 'Attorney General of Lagos State', organisation: undefined, address: ['Lagos State Ministry of Justice', 'Block 3, The Secretariat, Alausa', 'Ikeja, Lagos, Nigeria'] },
    ]);
  });

  it('reads a Spanish UA: the deadline in words, "Señor Fiscal", the letter up to "Atentamente"', () => {
    const result = imported('es-ua.txt');
    const c = validated(result);
    expect(c).toMatchObject({ reference: 'AU 88/24', country: 'Guatemala', deadline: '2024-09-27', languages: ['es', 'en'] });
    expect(c.targets[0]).toMatchObject({ id: 'fiscal-general', honorific: 'Sr.', name: 'Andrés Pop Caal', salutation: 'Señor Fiscal' });
    expect(c.targets[1]?.salutation).toBeUndefined();
    const letter = c.sections.find((s) => s.name === 'Letter');
    expect(letter?.lang).toBeUndefined();
    expect(letter?.markdown).toMatch(/^Me dirijo a usted/);
    expect(letter?.markdown).not.toMatch(/Atentamente/);
  });

  it('reads a French UA', () => {
    const c = validated(imported('fr-ua.txt'));
    expect(c).toMatchObject({ title: 'Tchad : un étudiant détenu au secret', deadline: '2024-10-01', languages: ['fr', 'ar'], subjects: [{ name: 'Idriss Brahim', pronouns: 'il' }] });
    expect(c.targets[0]).toMatchObject({ title: 'Ministre de la Justice', honorific: 'M.', salutation: 'Monsieur le Ministre', address: ['BP 426', "N'Djamena, Tchad"] });
    expect(c.sections.find((s) => s.name === 'Letter')?.markdown).not.toMatch(/Veuillez agréer/);
  });

  it('reads text extracted from a PDF, rejoining the lines it broke', () => {
    const c = validated(imported('pdf-extracted.txt'));
    const letter = c.sections.find((s) => s.name === 'Letter' && s.lang === 'en');
    expect(letter?.markdown.split('\n\n')).toHaveLength(3);
    expect(letter?.markdown).toContain('she has never been brought to trial.');
    expect(letter?.markdown).toContain('long-term surveillance.');
    expect(c.targets.map((t) => t.salutation)).toEqual(['Dear Public Prosecutor', 'Dear Minister']);
    expect(c.sections.find((s) => s.name === 'Summary')?.markdown).toMatch(/^Human rights lawyer Mona Farouk .* immediate release\.$/);
  });

  it('reads the older layout: appeals before a date, a salutation per language, copies, and no sample letter', () => {
    const result = imported('en-older-layout.txt');
    expectGolden('en-older-layout.txt', result.caseText);
    // No sample letter in this layout: the one thing validate reports, instead of a made-up letter.
    const parsed = parseCase(result.caseText, { file: 'draft.md' });
    expect(parsed.errors.map((e) => e.message)).toEqual([expect.stringMatching(/letter/i)]);
    expect(result.findings).toMatchObject({ deadline: { value: '2024-06-13' }, issued: { value: '2024-05-02' }, reference: { value: 'UA 41/24', confidence: 'high' } });
    const fm = parse(/^---\n([\s\S]*?)\n---\n/.exec(result.caseText)?.[1] ?? '') as { targets: Array<Record<string, unknown>> };
    expect(fm.targets).toEqual([
      expect.objectContaining({ name: 'Tarek William Saab', address: ['Fiscalía General de la República', 'Av. México, Caracas, Venezuela'], salutation: { en: 'Dear Attorney General', es: 'Señor Fiscal General' } }),
      expect.objectContaining({ name: 'Ombudsman', address: ['Defensoría del Pueblo', 'Plaza Morelos, Caracas, Venezuela'], copy: true }),
    ]);
  });

  it('leaves placeholders that validate reports, rather than inventing values, for a document that is not a UA', () => {
    const result = importDocument('Minutes of the committee meeting.\nWe discussed the budget.', { source: 'notes.txt' });
    expect(result.looksLikeUrgentAction).toBe(false);
    const fields = parseCase(result.caseText, { file: 'draft.md' }).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['id', 'title', 'country', 'deadline', 'languages', 'targets']));
  });
});

describe('the seed UA', () => {
  const result = importDocument(readFileSync(seedPath, 'utf8'), { source: '000_c532e7bb0940af15.txt' });

  it('gives a draft with every required fact, which validates as it is', () => {
    const c = validated(result);
    expect(c).toMatchObject({
      id: 'venezuela-mass-detention-vulnerable-groups',
      reference: 'Second Urgent Action 72.24',
      title: 'Venezuela: mass detention of vulnerable groups',
      country: 'Venezuela',
      deadline: '2024-09-27',
      languages: ['en', 'es'],
      subjects: [{ name: 'Persons detained for protesting', pronouns: 'they/them' }],
      links: { previous: 'https://www.amnesty.org/en/documents/amr53/8390/2024/en/' },
    });
  });

  it('reads both officials with their address lines, emails and salutations', () => {
    const c = validated(result);
    expect(c.targets).toEqual([
      {
        id: 'attorney-general',
        name: 'Tarek William Saab',
        title: 'Attorney General of the Republic',
        salutation: 'Dear Attorney General of the Republic',
        address: ['Edificio Sede Principal del Ministerio Público', 'Esquinas de Misericordia a Pele El Ojo Avenida México', 'Caracas, Venezuela'],
        emails: ['ministeriopublico@mp.gob.ve'],
        copy: false,
      },
      {
        id: 'permanent-mission',
        name: 'Héctor Constant Rosales',
        honorific: 'His Excellency Mr.',
        salutation: 'Dear Permanent Representative of Venezuela',
        address: ['Permanent Mission of Bolivarian Republic of Venezuela to the United Nations', '335 East 46th Street', 'New York, NY 10017'],
        emails: ['misionvene@venezuelaonu.gob.ve'],
        copy: false,
      },
    ]);
  });

  it('keeps the sample letter without its salutation and closing, and the background with its list', () => {
    const c = validated(result);
    const letter = c.sections.find((s) => s.name === 'Letter')?.markdown ?? '';
    expect(letter.split('\n\n')).toHaveLength(4);
    expect(letter).toMatch(/^Official reports of the arrest/);
    expect(letter).not.toMatch(/Dear|Yours sincerely/);
    const background = c.sections.find((s) => s.name === 'Background')?.markdown ?? '';
    expect(background.match(/^- /gm)).toHaveLength(6);
    expect(background).not.toMatch(/PREFERRED LANGUAGE/);
  });

  it('reports the report link as missing, because the text lost the "Click here" address', () => {
    expect(result.report.entries.find((e) => e.field === 'links.report')).toMatchObject({ status: 'missing' });
    expect(result.caseText).not.toMatch(/report:/);
  });
});
