import { describe, expect, it } from 'vitest';
import { caseIdFrom, targetIdFrom, uniqueIds } from '../../../src/import/slugs.js';

describe('caseIdFrom', () => {
  const rows: Array<{ title: string | undefined; country: string | undefined; expected: string | undefined }> = [
    { title: 'Venezuela: mass detention of vulnerable groups', country: 'Venezuela', expected: 'venezuela-mass-detention-vulnerable-groups' },
    { title: 'Türkiye: peaceful protesters face prison for a march', country: 'Türkiye', expected: 'turkiye-peaceful-protesters-face-prison' },
    { title: 'Guatemala: periodista encarcelada por informar', country: 'Guatemala', expected: 'guatemala-periodista-encarcelada-informar' },
    { title: 'Tchad : un étudiant détenu au secret', country: 'Tchad', expected: 'tchad-etudiant-detenu-secret' },
    { title: undefined, country: undefined, expected: undefined },
  ];
  for (const { title, country, expected } of rows) {
    it(`makes ${expected} from "${title}"`, () => {
      expect(caseIdFrom(title, country)).toBe(expected);
    });
  }

  it('keeps ids short, cutting at a word', () => {
    const id = caseIdFrom('X: extraordinarily lengthy headline concerning numerous detained administrators', 'Democratic Republic of the Congo') ?? '';
    expect(id.length).toBeLessThanOrEqual(60);
    expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe('targetIdFrom', () => {
  const rows: Array<{ office: string | undefined; name: string | undefined; expected: string }> = [
    { office: 'Attorney General of the Republic', name: 'Tarek William Saab', expected: 'attorney-general' },
    { office: 'Permanent Mission of Bolivarian Republic of Venezuela to the United Nations', name: undefined, expected: 'permanent-mission' },
    { office: 'Minister of the Interior', name: undefined, expected: 'minister-interior' },
    { office: 'Fiscal General de la República', name: undefined, expected: 'fiscal-general' },
    { office: 'Ministre de la Justice', name: undefined, expected: 'ministre-justice' },
    { office: undefined, name: 'Héctor Constant Rosales', expected: 'hector-constant-rosales' },
    { office: undefined, name: undefined, expected: 'official' },
  ];
  for (const { office, name, expected } of rows) {
    it(`makes ${expected} from ${office ?? name ?? 'nothing'}`, () => {
      expect(targetIdFrom(office, name)).toBe(expected);
    });
  }

  it('numbers repeated ids', () => {
    expect(uniqueIds(['minister', 'minister', 'governor'])).toEqual(['minister', 'minister-2', 'governor']);
  });
});
