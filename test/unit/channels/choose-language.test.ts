import { beforeAll, describe, expect, it } from 'vitest';
import type { Case, Section } from '../../../src/case/types.js';
import { chooseLanguage, signerLanguage } from '../../../src/channels/index.js';
import { builtinTemplateDir } from '../../../src/read/template-files.js';
import { LanguageError } from '../../../src/errors.js';
import { createTemplateSet, type TemplateSet } from '../../../src/render/template-set.js';
import { twoOfficials } from '../../fixtures/render-cases/two-officials.js';

let builtins: TemplateSet;
let withPolish: TemplateSet;
beforeAll(async () => {
  const dir = await builtinTemplateDir();
  builtins = createTemplateSet([dir]);
  withPolish = createTemplateSet([{ label: 'mine', files: new Map([['pl/letter.hbs', 'Szanowny Panie {{target.name}}']]) }, dir]);
});

const letter = (lang?: string): Section => ({ name: 'Letter', lang, markdown: 'Text.', line: 10 });
const caseWith = (languages: string[], sections: Section[]): Case => ({ ...twoOfficials, file: 'cases/x.md', languages, sections });

describe('chooseLanguage', () => {
  it.each([
    { name: 'the first language with templates and a letter', languages: ['es', 'en'], sections: [letter(), letter('en')], expected: 'es' },
    { name: 'French when the case writes in French', languages: ['fr'], sections: [letter()], expected: 'fr' },
    { name: 'German for a German letter section (no English frame around it)', languages: ['de'], sections: [letter()], expected: 'de' },
    { name: 'Arabic for an Arabic letter', languages: ['ar', 'en'], sections: [letter(), letter('en')], expected: 'ar' },
    { name: 'a letter in a language the officials did not list, when none of theirs has one', languages: ['tr'], sections: [letter('en')], expected: 'en' },
  ])('picks $name', ({ languages, sections, expected }) => {
    expect(chooseLanguage(caseWith(languages, sections), builtins).lang).toBe(expected);
  });

  it.each(['de', 'it', 'pt', 'nl', 'ru', 'tr', 'ar', 'fa', 'en', 'es', 'fr'])('has built-in templates for %s', (lang) => {
    expect(chooseLanguage(caseWith([lang], [letter()]), builtins)).toEqual({ lang, warnings: [] });
  });

  it("writes in the letter's language, saying so, when the officials' first language has no letter section", () => {
    expect(chooseLanguage(caseWith(['es', 'en'], [letter('en')]), builtins)).toEqual({
      lang: 'en',
      warnings: ['cases/x.md: the officials\' first language is Spanish (es), but the case has no "## Letter (es)" section; writing in English (en).'],
    });
  });

  it('says which language lacks templates when it writes in another', () => {
    expect(chooseLanguage(caseWith(['pl', 'en'], [letter(), letter('en')]), builtins).warnings).toEqual([
      "cases/x.md: the officials' first language is Polish (pl), but there are no templates for Polish (pl); writing in English (en).",
    ]);
  });

  it('refuses a case whose only letter is in a language without templates, instead of an English frame around it', () => {
    const choose = () => chooseLanguage(caseWith(['pl'], [letter()]), builtins);
    expect(choose).toThrow(LanguageError);
    expect(choose).toThrow('cases/x.md: no templates for the language of its letter: Polish (pl); built in: ar, de, en, es, fa, fr, it, nl, pt, ru, tr');
  });

  it("uses the user's templates for a language the built-ins lack", () => {
    expect(chooseLanguage(caseWith(['pl'], [letter()]), withPolish)).toEqual({ lang: 'pl', warnings: [] });
  });

  it('honours a requested language that has a letter section, whatever its spelling', () => {
    const c = caseWith(['en', 'es', 'fr'], [letter(), letter('es'), letter('fr')]);
    expect(chooseLanguage(c, builtins, 'fr').lang).toBe('fr');
    expect(chooseLanguage(c, builtins, 'ES').lang).toBe('es');
    expect(chooseLanguage(c, builtins, 'fr-CA').lang).toBe('fr');
  });

  it('refuses a requested language without a letter section, naming the languages the case has', () => {
    const choose = () => chooseLanguage(caseWith(['en', 'es'], [letter(), letter('es')]), builtins, 'de');
    expect(choose).toThrow(LanguageError);
    expect(choose).toThrow(
      'cases/x.md: --lang de: no "## Letter (de)" section; its letter is in English (en), Spanish (es): a German (de) frame around it would mix languages',
    );
  });

  it('refuses a requested language without templates, naming those available', () => {
    const choose = () => chooseLanguage(caseWith(['en'], [letter()]), builtins, 'pl');
    expect(choose).toThrow(LanguageError);
    expect(choose).toThrow('--lang pl: no templates for Polish (pl); available: ar, de, en, es, fa, fr, it, nl, pt, ru, tr');
  });
});

describe('signerLanguage', () => {
  const c = caseWith(['en', 'de'], [letter(), letter('de')]);
  it.each([
    { wanted: 'de', expected: 'de', why: 'a language with templates and a letter section' },
    { wanted: 'DE', expected: 'de', why: 'written in capitals' },
    { wanted: 'fr', expected: undefined, why: 'templates but no French letter section: the case default instead' },
    { wanted: 'pl', expected: undefined, why: 'no templates' },
    { wanted: undefined, expected: undefined, why: 'none given' },
  ])('$wanted → $expected ($why)', ({ wanted, expected }) => {
    expect(signerLanguage(c, builtins, wanted)).toBe(expected);
  });
});
