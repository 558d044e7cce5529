// Slovak, Czech and Hungarian pages name their own country ("Slovensko", "Česká republika",
// "Magyarország"); Slovakia is never Slovenia, whose name cut to "Sloven-" spells the Slovak
// adjective "slovenská". A Slovak letter is no Croatian one. The official a Slovak, Czech or
// Polish petition asks the reader to call on is named in the sentence, in the verb's case.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { countryCode } from '../../../src/channels/countries.js';
import { adjectiveOfKey } from '../../../src/import/country-adjectives.js';
import { detectLanguage } from '../../../src/import/detect-language.js';
import { importDocument } from '../../../src/import/import-document.js';

const draft = (page: string) => {
  const text = importDocument(page, { source: 'page.txt' }).caseText;
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  return (parse(m?.[1] ?? '') ?? {}) as { country?: string | null; languages?: string[]; targets?: Array<Record<string, unknown>> };
};

describe('a country named in its own language', () => {
  it.each([
    ['Slovensko', 'SK'],
    ['Slovenská republika', 'SK'],
    ['Česká republika', 'CZ'],
    ['Česko', 'CZ'],
    ['Magyarország', 'HU'],
  ])('"%s" is %s', (name, code) => expect(countryCode(name)).toBe(code));
});

describe('Slavic adjectives are no Nordic ones', () => {
  it.each([
    ['slovenska', 'hr'],
    ['slovenske', 'cs'],
    ['slovenska', 'en'],
  ] as const)('"%s" on a page in "%s" names no country', (key, lang) => expect(adjectiveOfKey(key, lang)).toBeUndefined());

  it('a page of Slovak prose that says "slovenská", "slovenské" is never about Slovenia', () => {
    const page = ['Novinár vo väzbe', '', 'Novinár Karol Príklad bol zadržaný minulý mesiac. Slovenská polícia ho zadržala bez obvinenia. Slovenské úrady musia rešpektovať slobodu prejavu. Slovenská vláda mlčí.', '', 'Vážený pán prezident,', '', 'Píšem Vám, aby ste zabezpečili okamžité prepustenie novinára Karola Príklada, ktorý bol zadržaný len za svoju prácu. Slovenská ústava chráni slobodu prejavu.', '', 'S pozdravom,', ''].join('\n');
    const fm = draft(page);
    expect(JSON.stringify(fm.country ?? null)).not.toMatch(/sloven(?:ia|ija|ie)|словениј|slovinsk/iu);
    expect(fm.languages ?? []).not.toContain('hr');
    expect(fm.languages ?? []).not.toContain('sr');
  });
});

describe('a Slovak text', () => {
  it('is given no South Slavic language: the detector knows no Slovak', () => {
    const text = 'Píšem Vám, aby ste zabezpečili okamžité prepustenie novinára Karola Príklada, ktorý bol zadržaný len za svoju prácu a je vo väzbe už rok bez súdu.';
    expect(['hr', 'sr', 'bs']).not.toContain(detectLanguage(text));
  });
});

describe('the official a Slovak, Czech or Polish petition asks to call on', () => {
  const rows = [
    { line: 'Podpíšte petíciu a vyzvite prezidenta Jána Príkladného, aby zabezpečil okamžité prepustenie novinára.', name: 'Jána Príkladného', title: 'prezident' },
    { line: 'Napište premiérovi Karlu Příkladovi, aby zajistil propuštění novináře.', name: 'Karlu Příkladovi', title: 'premiér' },
    { line: 'Wezwij prezydenta Jana Przykładowego, aby uwolnił dziennikarza.', name: 'Jana Przykładowego', title: 'prezydent' },
  ];
  for (const r of rows) {
    it(`is "${r.name}", the ${r.title}, as printed`, () => {
      const fm = draft(['Novinár vo väzbe', '', 'Novinár Karol Príklad bol zadržaný minulý mesiac bez obvinenia.', '', r.line, ''].join('\n'));
      expect(fm.targets).toHaveLength(1);
      expect(fm.targets?.[0]).toMatchObject({ name: r.name, title: r.title });
    });
  }

  it('is the one asked for, not the one a report names nor the state an office serves', () => {
    const fm = draft([
      'Novinár vo väzbe', '',
      'Prezident Karol Ukážkový podpísal zákon, ktorý obmedzuje slobodu tlače.', '',
      'Napíšte prezidentovi Slovenskej Republiky, aby zabezpečil prepustenie novinára.', '',
      'Podpíšte petíciu a vyzvite prezidenta Jána Príkladného, aby konal.', '',
    ].join('\n'));
    expect((fm.targets ?? []).map((t) => t.name)).toEqual(['Jána Príkladného']);
  });
});
