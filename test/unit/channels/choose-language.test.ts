import { beforeAll, describe, expect, it } from 'vitest';
import type { Case, Section } from '../../../src/case/types.js';
import { chooseLanguage } from '../../../src/channels/index.js';
import { builtinTemplateDir } from '../../../src/read/template-files.js';
import { UsageError } from '../../../src/errors.js';
import { createTemplateSet, type TemplateSet } from '../../../src/render/template-set.js';
import { twoOfficials } from '../../fixtures/render-cases/two-officials.js';

let builtins: TemplateSet;
let withTurkish: TemplateSet;
beforeAll(async () => {
  const dir = await builtinTemplateDir();
  builtins = createTemplateSet([dir]);
  withTurkish = createTemplateSet([{ label: 'mine', files: new Map([['tr/letter.hbs', 'Sayın {{target.name}}']]) }, dir]);
});

const letter = (lang?: string): Section => ({ name: 'Letter', lang, markdown: 'Text.', line: 10 });
const caseWith = (languages: string[], sections: Section[]): Case => ({ ...twoOfficials, file: 'cases/x.md', languages, sections });

describe('chooseLanguage', () => {
  it.each([
    { name: 'the first language with templates and a letter', languages: ['es', 'en'], sections: [letter(), letter('en')], expected: 'es', warnings: [] },
    { name: 'the language of the letter over a preferred one without', languages: ['es', 'en'], sections: [letter('en')], expected: 'en', warnings: [] },
    { name: 'French when the case writes in French', languages: ['fr'], sections: [letter()], expected: 'fr', warnings: [] },
  ])('picks $name', ({ languages, sections, expected, warnings }) => {
    expect(chooseLanguage(caseWith(languages, sections), builtins)).toEqual({ lang: expected, warnings });
  });

  it('falls back to English, with a warning, for a language without templates', () => {
    const choice = chooseLanguage(caseWith(['tr'], [letter(), letter('en')]), builtins);
    expect(choice.lang).toBe('en');
    expect(choice.warnings).toEqual([
      'cases/x.md: no templates for Turkish (tr); writing in English (en). Add tr/letter.hbs and the other templates to a --templates folder to write in Turkish (tr).',
    ]);
  });

  it("uses the user's templates for a language the built-ins lack", () => {
    expect(chooseLanguage(caseWith(['tr'], [letter()]), withTurkish)).toEqual({ lang: 'tr', warnings: [] });
  });

  it('honours a requested language, warning when its letter paragraphs come from another', () => {
    expect(chooseLanguage(caseWith(['en'], [letter()]), builtins, 'fr')).toEqual({
      lang: 'fr',
      warnings: ['cases/x.md: no "## Letter (fr)" section; the French (fr) documents carry the English (en) letter paragraphs (line 10)'],
    });
    expect(chooseLanguage(caseWith(['en'], [letter()]), builtins, 'ES').lang).toBe('es');
    expect(chooseLanguage(caseWith(['en'], [letter()]), builtins, 'fr-CA').lang).toBe('fr');
  });

  it('refuses a requested language without templates, naming those available', () => {
    const choose = () => chooseLanguage(caseWith(['en'], [letter()]), builtins, 'de');
    expect(choose).toThrow(UsageError);
    expect(choose).toThrow('--lang de: no templates for German (de); available: en, es, fr');
  });
});
