import { describe, expect, it } from 'vitest';
import { buildSalutation, cleanSalutation, genderOf, salutationLanguage } from '../../../src/channels/salutation.js';

describe('buildSalutation', () => {
  const name = 'Tarek William Saab';
  it.each([
    // Excellencies, whatever the language the honorific is written in
    { lang: 'en', input: { name, honorific: 'His Excellency', title: 'Attorney General' }, expected: 'Your Excellency' },
    { lang: 'es', input: { name, honorific: 'Su Excelencia', title: 'Fiscal General' }, expected: 'Excelencia' },
    { lang: 'fr', input: { name, honorific: 'Son Excellence' }, expected: 'Excellence' },
    { lang: 'es', input: { name, honorific: undefined, honorificForms: ['Her Excellency'] }, expected: 'Excelencia' },
    // a title
    { lang: 'en', input: { name, title: 'Attorney General of the Republic' }, expected: 'Dear Attorney General of the Republic' },
    { lang: 'en', input: { name, title: 'the Minister of Justice' }, expected: 'Dear Minister of Justice' },
    { lang: 'es', input: { name, honorific: 'Sr.', title: 'Fiscal General' }, expected: 'Estimado señor Fiscal General' },
    { lang: 'es', input: { name, honorific: 'Sra.', title: 'Ministra de Justicia' }, expected: 'Estimada señora Ministra de Justicia' },
    { lang: 'es', input: { name, title: 'Fiscal General' }, expected: 'Estimado/a Fiscal General' },
    { lang: 'es', input: { name, honorific: undefined, honorificForms: ['Mr'], title: 'Fiscal General' }, expected: 'Estimado señor Fiscal General' },
    { lang: 'fr', input: { name, honorific: 'M.', title: 'Procureur général' }, expected: 'Monsieur le Procureur général' },
    { lang: 'fr', input: { name, honorific: 'Mme', title: 'Ministre de la Justice' }, expected: 'Madame la Ministre de la Justice' },
    { lang: 'fr', input: { name, honorific: 'Monsieur', title: 'Ambassadeur' }, expected: "Monsieur l'Ambassadeur" },
    { lang: 'fr', input: { name, honorific: 'Madame', title: 'la Présidente' }, expected: 'Madame la Présidente' },
    { lang: 'fr', input: { name, title: 'Procureur général' }, expected: 'Madame, Monsieur' },
    // only a name
    { lang: 'en', input: { name, honorific: 'Mr' }, expected: 'Dear Mr Tarek William Saab' },
    { lang: 'en', input: { name: 'Ayşe Yılmaz', honorific: 'Dr' }, expected: 'Dear Dr Ayşe Yılmaz' },
    { lang: 'en', input: { name: 'Олена Шевчук' }, expected: 'Dear Олена Шевчук' },
    { lang: 'es', input: { name: 'Zbigniew Łukaszewicz', honorific: 'Sr.' }, expected: 'Estimado señor Zbigniew Łukaszewicz' },
    { lang: 'es', input: { name: 'Zbigniew Łukaszewicz' }, expected: 'Estimado/a Zbigniew Łukaszewicz' },
    { lang: 'fr', input: { name, honorific: 'M.' }, expected: 'Monsieur' },
    { lang: 'fr', input: { name, honorific: 'Mme' }, expected: 'Madame' },
    { lang: 'fr', input: { name }, expected: 'Madame, Monsieur' },
    // languages without rules of their own use the English ones
    { lang: 'de', input: { name, title: 'Generalstaatsanwalt' }, expected: 'Dear Generalstaatsanwalt' },
  ])('$lang: $input.honorific / $input.title → "$expected"', ({ lang, input, expected }) => {
    expect(buildSalutation(input, lang)).toBe(expected);
  });
});

describe('genderOf', () => {
  it.each([
    { forms: ['His Excellency'], expected: 'm' },
    { forms: ['Her Excellency'], expected: 'f' },
    { forms: ['Su Excelencia', 'Her Excellency'], expected: 'f' },
    { forms: ['Señora'], expected: 'f' },
    { forms: ['Dr'], expected: undefined },
    { forms: ['Son Excellence'], expected: undefined },
  ])('reads $forms as $expected', ({ forms, expected }) => {
    expect(genderOf(forms)).toBe(expected);
  });
});

describe('a salutation the case wrote', () => {
  it.each([
    { text: 'Dear Attorney General,', expected: 'Dear Attorney General' },
    { text: 'Estimado Fiscal General:', expected: 'Estimado Fiscal General' },
    { text: '  Madame, Monsieur , ', expected: 'Madame, Monsieur' },
  ])('loses its final punctuation: "$text"', ({ text, expected }) => {
    expect(cleanSalutation(text)).toBe(expected);
  });

  it.each([
    { text: 'Dear Attorney General', expected: 'en' },
    { text: 'Estimado Fiscal General', expected: 'es' },
    { text: 'Señor Fiscal', expected: 'es' },
    { text: 'Monsieur le Ministre', expected: 'fr' },
    { text: 'Szanowny Panie', expected: undefined },
  ])('is recognised as written in $expected: "$text"', ({ text, expected }) => {
    expect(salutationLanguage(text)).toBe(expected);
  });
});
