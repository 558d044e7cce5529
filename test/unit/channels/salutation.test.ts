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
    // German: Herr/Frau before the title or name, a neutral plural when the gender is unknown
    { lang: 'de', input: { name, honorific: 'Herr', title: 'Generalstaatsanwalt' }, expected: 'Sehr geehrter Herr Generalstaatsanwalt' },
    { lang: 'de', input: { name, honorific: 'Frau', title: 'Justizministerin' }, expected: 'Sehr geehrte Frau Justizministerin' },
    { lang: 'de', input: { name, honorific: undefined, honorificForms: ['Mr'] }, expected: 'Sehr geehrter Herr Tarek William Saab' },
    { lang: 'de', input: { name, title: 'Generalstaatsanwalt' }, expected: 'Sehr geehrte Damen und Herren' },
    { lang: 'de', input: { name, honorific: 'Seine Exzellenz', title: 'Botschafter' }, expected: 'Exzellenz' },
    // Italian: Egregio for a man, Gentile for a woman or when unknown
    { lang: 'it', input: { name, honorific: 'Signor', title: 'Procuratore generale' }, expected: 'Egregio Procuratore generale' },
    { lang: 'it', input: { name, honorific: 'Signora', title: 'Ministra della Giustizia' }, expected: 'Gentile Ministra della Giustizia' },
    { lang: 'it', input: { name, honorific: 'Sig.' }, expected: 'Egregio Signor Tarek William Saab' },
    { lang: 'it', input: { name }, expected: 'Gentile Tarek William Saab' },
    { lang: 'it', input: { name, honorific: 'Sua Eccellenza' }, expected: 'Eccellenza' },
    // Portuguese: Excelentíssimo Senhor / Excelentíssima Senhora before a title
    { lang: 'pt', input: { name, honorific: 'Senhor', title: 'Procurador-Geral' }, expected: 'Excelentíssimo Senhor Procurador-Geral' },
    { lang: 'pt', input: { name, honorific: 'Sra.', title: 'Ministra da Justiça' }, expected: 'Excelentíssima Senhora Ministra da Justiça' },
    { lang: 'pt', input: { name, honorific: 'Sua Excelência', honorificForms: ['His Excellency'], title: 'Embaixador' }, expected: 'Excelentíssimo Senhor Embaixador' },
    { lang: 'pt', input: { name, honorific: 'Sua Excelência' }, expected: 'Excelência' },
    { lang: 'pt', input: { name, honorific: 'Sr.' }, expected: 'Prezado Senhor Tarek William Saab' },
    // Dutch
    { lang: 'nl', input: { name, honorific: 'De heer', title: 'minister van Justitie' }, expected: 'Geachte heer minister van Justitie' },
    { lang: 'nl', input: { name, honorific: 'Mevrouw' }, expected: 'Geachte mevrouw Tarek William Saab' },
    { lang: 'nl', input: { name, title: 'procureur-generaal' }, expected: 'Geachte procureur-generaal' },
    { lang: 'nl', input: { name, honorific: 'Zijne Excellentie' }, expected: 'Excellentie' },
    // Russian
    { lang: 'ru', input: { name, honorific: 'господин', title: 'Генеральный прокурор' }, expected: 'Уважаемый господин Генеральный прокурор' },
    { lang: 'ru', input: { name, honorific: 'г-жа', title: 'Министр юстиции' }, expected: 'Уважаемая госпожа Министр юстиции' },
    { lang: 'ru', input: { name, title: 'Генеральный прокурор' }, expected: 'Уважаемый(-ая) Генеральный прокурор' },
    { lang: 'ru', input: { name, honorific: 'Его Превосходительство' }, expected: 'Ваше Превосходительство' },
    // Turkish: Sayın, whoever it is
    { lang: 'tr', input: { name, honorific: 'Bay', title: 'Başsavcı' }, expected: 'Sayın Başsavcı' },
    { lang: 'tr', input: { name: 'Ayşe Yılmaz', honorific: 'Hanım' }, expected: 'Sayın Ayşe Yılmaz' },
    { lang: 'tr', input: { name, honorific: 'Ekselansları', title: 'Büyükelçi' }, expected: 'Sayın Büyükelçi' },
    { lang: 'tr', input: { name, honorific: 'Ekselansları' }, expected: 'Ekselansları' },
    // Arabic: معالي before an office, سعادة for an Excellency
    { lang: 'ar', input: { name, title: 'النائب العام' }, expected: 'معالي النائب العام' },
    { lang: 'ar', input: { name, honorific: 'سعادة', title: 'السفير' }, expected: 'سعادة السفير' },
    { lang: 'ar', input: { name, honorific: 'السيدة' }, expected: 'السيدة Tarek William Saab' },
    { lang: 'ar', input: { name }, expected: 'حضرة Tarek William Saab' },
    // Persian
    { lang: 'fa', input: { name, honorific: 'آقای', title: 'دادستان کل' }, expected: 'جناب آقای دادستان کل' },
    { lang: 'fa', input: { name, honorific: 'خانم', title: 'وزیر دادگستری' }, expected: 'سرکار خانم وزیر دادگستری' },
    { lang: 'fa', input: { name, title: 'دادستان کل' }, expected: 'جناب دادستان کل' },
    { lang: 'fa', input: { name }, expected: 'Tarek William Saab گرامی' },
    // languages without rules of their own use the English ones
    { lang: 'pl', input: { name, title: 'Prokurator Generalny' }, expected: 'Dear Prokurator Generalny' },
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
    { forms: ['De heer'], expected: 'm' },
    { forms: ['Госпожа'], expected: 'f' },
    { forms: ['Hanım'], expected: 'f' },
    { forms: ['السيد'], expected: 'm' },
    { forms: ['آقای'], expected: 'm' },
    { forms: ['Sayın'], expected: undefined },
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
    { text: 'Sehr geehrte Frau Ministerin', expected: 'de' },
    { text: 'Egregio Procuratore', expected: 'it' },
    { text: 'Excelentíssimo Senhor', expected: 'pt' },
    { text: 'Geachte heer', expected: 'nl' },
    { text: 'Уважаемый господин', expected: 'ru' },
    { text: 'Sayın Başsavcı', expected: 'tr' },
    { text: 'معالي النائب العام', expected: 'ar' },
    { text: 'جناب آقای دادستان', expected: 'fa' },
    { text: 'Szanowny Panie', expected: undefined },
  ])('is recognised as written in $expected: "$text"', ({ text, expected }) => {
    expect(salutationLanguage(text)).toBe(expected);
  });
});
