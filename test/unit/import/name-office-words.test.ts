// Words that are no part of an official's name, left on it by the readers: a rank glued to its
// qualifier ("Seniorgeneral"), the adjective of an office printed after its noun ("Líder Supremo"),
// the region an office is of ("Chief Minister, Punjab"), a Chinese office in pinyin after a Tibetan
// or Uyghur name ("… Zhuren", director or chairman).
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { officeWordsBeforeName } from '../../../src/import/name-courtesy.js';
import { splitHonorific } from '../../../src/import/official-words.js';
import { draftTargets } from './helpers.js';

describe('officeWordsBeforeName', () => {
  it.each([
    ['Supremo Ali Example', { words: 'Supremo', region: false, name: 'Ali Example' }],
    ['Adjunta María Ejemplo Pérez', { words: 'Adjunta', region: false, name: 'María Ejemplo Pérez' }],
    ['Punjab Usman Example', { words: 'Punjab', region: true, name: 'Usman Example' }],
    ['Lagos Jane Example', { words: 'Lagos', region: true, name: 'Jane Example' }],
    ['Madhya Pradesh Ravi Example', { words: 'Madhya Pradesh', region: true, name: 'Ravi Example' }],
    // A name alone, or a region with one word after it, is left as printed.
    ['Jane Example', undefined],
    ['Punjab Example', undefined],
  ])('"%s"', (name, expected) => {
    expect(officeWordsBeforeName(name)).toEqual(expected);
  });
});

describe('a rank glued to its qualifier is the courtesy before a name', () => {
  it.each([
    ['Seniorgeneral Min Example', 'Seniorgeneral', 'Min Example'],
    ['Generalmajor Hans Beispiel', 'Generalmajor', 'Hans Beispiel'],
    ['Oberst Karl Muster', 'Oberst', 'Karl Muster'],
  ])('"%s"', (line, honorific, rest) => {
    expect(splitHonorific(line)).toEqual({ honorific, rest });
  });
});

describe("the official's name without the office's words", () => {
  const rows = [
    {
      what: 'a Spanish petition: the office and its adjective before the name',
      lines: ['Firma y enviaremos esta petición al Líder Supremo.', '', 'Líder Supremo Ali Ejemplo', 'C/o Misión Permanente de Ejemplolandia', 'Excelencia:', 'Le escribo para pedir la libertad de Ana Roe.'],
      name: 'Ali Ejemplo',
    },
    {
      what: 'an English block: the office, a comma, its province, the name',
      lines: ['Write to:', '', 'Chief Minister, Punjab Usman Example', 'Chief Minister’s Office', '7 Example Road', 'Lahore, Pakistan', 'Email: cm@example.pk', '', 'Dear Chief Minister Example,'],
      name: 'Usman Example',
    },
    {
      what: 'an English block: the governor of a Nigerian state',
      lines: ['Write to:', '', 'Governor, Lagos Jane Example', 'Government House', '1 Example Close', 'Ikeja, Nigeria', 'Email: gov@example.ng'],
      name: 'Jane Example',
    },
    {
      what: 'a Tibetan name with the pinyin office after it, the office in English above',
      lines: ['Chairman of the Example Autonomous Regional Government', '', 'Dorje Tsering Zhuren', '', 'Xizang Zizhiqu Renmin Zhengfu', '1 Kang’andonglu', 'Lasashi 850000', 'People’s Republic of China', '', 'Dear Chairman,'],
      name: 'Dorje Tsering',
    },
    {
      what: 'a Swedish blog: write to the general, his rank glued',
      lines: ['Write to Seniorgeneral Min Example, Chairman of the Council, Ministry of Defence, Example City, Exampleland.'],
      name: 'Min Example',
    },
  ];
  it.each(rows)('$what', ({ lines, name }) => {
    const targets = draftTargets(importDocument([...lines, ''].join('\n'), { source: 'ua.txt' }).caseText);
    expect(targets.map((t) => t.name)).toContain(name);
  });
});
