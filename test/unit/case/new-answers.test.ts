import { describe, expect, it } from 'vitest';
import { completeAnswers, missingAnswer, parseAnswersFile, parseOfficial } from '../../../src/case/new-answers.js';
import { newCaseFileText } from '../../../src/case/new-case.js';
import { parseCase } from '../../../src/case/parse-case.js';

describe('parseOfficial', () => {
  const cases: Array<{ spec: string; expected: Record<string, unknown> }> = [
    { spec: 'Jo Minister', expected: { id: 'jo-minister', name: 'Jo Minister', address: [], emails: [], copy: false } },
    {
      spec: 'Tarek Saab | Attorney General | Av. México 1 | Caracas 1010 | VENEZUELA | fiscal@mp.example.ve | @FiscaliaVE | +58 212 555 0100',
      expected: { id: 'tarek-saab', name: 'Tarek Saab', title: 'Attorney General', address: ['Av. México 1', 'Caracas 1010', 'VENEZUELA'], emails: ['fiscal@mp.example.ve'], twitter: 'FiscaliaVE', phone: '+58 212 555 0100', copy: false },
    },
    {
      spec: 'Embassy of Utopia | id: embassy | org: Embassy | copy: yes | email: a@example.org, b@example.org | fax: +44 20 7946 0000 | address: 1 Road / London',
      expected: { id: 'embassy', name: 'Embassy of Utopia', organisation: 'Embassy', copy: true, emails: ['a@example.org', 'b@example.org'], fax: '+44 20 7946 0000', address: ['1 Road', 'London'] },
    },
    { spec: 'name: Ana | honorific: Her Excellency | title: Minister', expected: { id: 'ana', name: 'Ana', honorific: 'Her Excellency', title: 'Minister', address: [], emails: [], copy: false } },
  ];
  it.each(cases)('reads "$spec"', ({ spec, expected }) => {
    expect(parseOfficial(spec, 1)).toMatchObject(expected);
  });

  const refused: Array<{ spec: string; message: string }> = [
    { spec: 'Jo | bad@', message: '--official 2: "bad@" is neither an email address nor an X handle' },
    { spec: 'Jo | email: nope', message: '--official 2: email: "nope" is not an email address' },
    { spec: 'Jo | phone: call me', message: '--official 2: phone: "call me" is not a phone number' },
    { spec: 'Jo | copy: perhaps', message: '--official 2: copy: "perhaps" is not yes or no' },
    { spec: 'title: Minister', message: '--official 2: no name (the first part, or name: …)' },
    { spec: 'Jo | id: Not A Slug', message: '--official 2: id: "Not A Slug" is not an id' },
  ];
  it.each(refused)('refuses "$spec", naming the flag', ({ spec, message }) => {
    expect(() => parseOfficial(spec, 2)).toThrow(message);
  });
});

describe('missingAnswer', () => {
  const full = { title: 'Utopia: a poet held', country: 'Utopia', deadline: '2099-01-31', officials: ['Jo'] };
  it.each([
    [{}, '--title'],
    [{ ...full, title: undefined }, '--title'],
    [{ ...full, title: '詩人' }, '--id'],
    [{ ...full, title: '詩人', id: 'poet' }, undefined],
    [{ ...full, country: undefined }, '--country'],
    [{ ...full, deadline: undefined }, '--deadline'],
    [{ ...full, officials: [] }, '--official'],
    [full, undefined],
  ])('%j → %s', (given, flag) => {
    expect(missingAnswer(given)).toBe(flag);
  });
});

describe('completeAnswers → the case file', () => {
  const given = {
    title: 'Utopia: a poet held',
    country: 'Utopia',
    deadline: '2099-01-31',
    officials: ['Jo Minister | Minister of Justice | 1 Main Square | Utopia City | jo@example.gov', 'Jo Minister | copy: yes | embassy@example.org'],
    letter: 'A poet has been held since May.\n\nPlease release the poet.',
  };

  it('writes a case that validates as it is when the letter is given', () => {
    const answers = completeAnswers(given, '2025-01-10');
    expect(answers.id).toBe('utopia-a-poet-held');
    // Two officials of the same name get distinct ids.
    expect(answers.targets.map((t) => t.id)).toEqual(['jo-minister', 'jo-minister-2']);
    const parsed = parseCase(newCaseFileText(answers), { file: 'x.md' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.case?.targets[1]?.copy).toBe(true);
  });

  it('keeps the placeholder letter, which validate refuses, when no letter is given', () => {
    const text = newCaseFileText(completeAnswers({ ...given, letter: undefined }, '2025-01-10'));
    expect(parseCase(text, { file: 'x.md' }).errors.map((e) => e.code)).toEqual(['case.placeholder-letter']);
  });

  it.each([
    [{ deadline: '2025-1-31' }, '--deadline: "2025-1-31" is not a date in the form YYYY-MM-DD'],
    [{ deadline: '2024-12-31' }, '--deadline: 2024-12-31 has already passed (today is 2025-01-10)'],
    [{ id: 'Bad Id' }, '--id: "Bad Id" is not an id'],
    [{ languages: ['english'] }, '--lang: "english" is not a language code'],
  ])('refuses %j', (over, message) => {
    expect(() => completeAnswers({ ...given, ...over }, '2025-01-10')).toThrow(message);
  });
});

describe('parseAnswersFile', () => {
  it('reads YAML with officials as maps or in the --official form, and JSON alike', () => {
    const yaml = 'title: "Utopia: a poet"\ncountry: Utopia\ndeadline: 2099-01-31\nlang: fr, en\nsubjects: [A. Poet]\nofficials:\n  - {name: Jo, email: jo@example.gov}\n  - "Ana | ana@example.gov"\n';
    expect(parseAnswersFile(yaml, 'a.yaml')).toMatchObject({ deadline: '2099-01-31', languages: ['fr', 'en'], subjects: ['A. Poet'], officials: [{ name: 'Jo', email: 'jo@example.gov' }, 'Ana | ana@example.gov'] });
    expect(parseAnswersFile(JSON.stringify({ title: 't', officials: ['Jo'] }), 'a.json')).toMatchObject({ title: 't', officials: ['Jo'] });
  });

  it.each([
    ['titel: x\n', 'a.yaml: unknown key "titel"'],
    ['- a\n', 'a.yaml: not a map of answers'],
    ['title: [x\n', 'a.yaml: not valid YAML or JSON'],
    ['officials: Jo\n', 'a.yaml: officials: not a list of officials'],
    ['__proto__: {}\n', 'a.yaml: unknown key "__proto__"'],
  ])('refuses %j', (text, message) => {
    expect(() => parseAnswersFile(text, 'a.yaml')).toThrow(message);
  });
});
