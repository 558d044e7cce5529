import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../../src/case/did-you-mean.js';
import { isEmail, isHandle, isHashtag, isPhoneNumber, isSlug, isWebUrl } from '../../../src/case/formats.js';
import { ISO_639_1, isLangCode, suggestLangCode } from '../../../src/case/languages.js';

describe('value formats', () => {
  const cases: { check: (s: string) => boolean; name: string; good: string[]; bad: string[] }[] = [
    { check: isSlug, name: 'slug', good: ['venezuela-protest-detentions', 'ua-72-24', '2024'], bad: ['Venezuela', 'a b', 'a_b', 'ü', '', '../x'] },
    {
      check: isEmail,
      name: 'email',
      good: ['ministeriopublico@mp.gob.ve', 'first.last+ua@example.co.uk', 'prensa@ministério.example.br', 'a@b.io'],
      bad: ['misionvene at venezuelaonu', 'x@', '@example.org', 'a@b', 'a@@b.org', 'Jo <jo@example.org>', 'a..b@example.org', '.a@example.org', 'a@example.org.', 'a b@example.org'],
    },
    { check: isWebUrl, name: 'web address', good: ['https://www.amnesty.org/en/documents/amr53/8390/2024/en/', 'http://example.org'], bad: ['www.example.org', 'ftp://example.org', 'https://', 'https://exa mple.org', 'mailto:a@b.org'] },
    { check: isHandle, name: 'X handle', good: ['@PresidencyTL', 'jo_minister', 'a', '@A123456789012345'.slice(0, 16)], bad: ['@', 'jo minister', 'jo-minister', 'MinisterOfJusticeTL', '@@jo', 'https://x.com/jo'] },
    { check: isHashtag, name: 'hashtag', good: ['Venezuela', '#Venezuela', 'LiberenALosPresos', 'Türkiye', 'Россия', 'UA_72'], bad: ['Free Them', '2024', '', '#', 'a-b'] },
    { check: isPhoneNumber, name: 'phone number', good: ['+58 212 000 0000', '(212) 555-0101', '0212 555 01 01 ext. 12', '+1.212.555.0101'], bad: ['call the office', '1234', '+58 212 000 0000 or 0001', 'minister@example.org'] },
  ];
  for (const { check, name, good, bad } of cases) {
    it.each(good)(`accepts %j as a ${name}`, (s) => expect(check(s)).toBe(true));
    it.each(bad)(`rejects %j as a ${name}`, (s) => expect(check(s)).toBe(false));
  }
});

describe('ISO 639-1 codes', () => {
  it('are the 183 codes of the standard, no more', () => {
    expect(ISO_639_1).toHaveLength(183);
    expect(['en', 'es', 'tr', 'pl', 'ru', 'fa', 'zu'].every(isLangCode)).toBe(true);
    expect(['sp', 'jp', 'xx', 'EN', 'eng', 'en-GB', 'in', 'iw'].some(isLangCode)).toBe(false);
  });

  const suggestions = [
    { input: 'EN', expected: 'en' },
    { input: 'pt-BR', expected: 'pt' },
    { input: 'zh_Hant', expected: 'zh' },
    { input: 'sp', expected: 'es' },
    { input: 'jp', expected: 'ja' },
    { input: 'iw', expected: 'he' },
    { input: 'eng', expected: 'en' },
    { input: 'Spanish', expected: 'es' },
    { input: 'español', expected: 'es' },
    { input: 'Русский', expected: 'ru' },
    { input: 'Klingon', expected: undefined },
    { input: 'xx', expected: undefined },
  ];
  it.each(suggestions)('suggest $expected for $input', ({ input, expected }) => {
    expect(suggestLangCode(input)).toBe(expected);
  });
});

describe('didYouMean', () => {
  const fields = ['id', 'title', 'country', 'deadline', 'languages', 'targets', 'contacts_checked', 'email', 'salutation'];
  const cases = [
    { word: 'targest', expected: 'targets' },
    { word: 'Title', expected: 'title' },
    { word: 'contacts-checked', expected: 'contacts_checked' },
    { word: 'contactsChecked', expected: 'contacts_checked' },
    { word: 'emial', expected: 'email' },
    { word: 'e-mail', expected: 'email' },
    { word: 'language', expected: 'languages' },
    { word: 'salutaion', expected: 'salutation' },
    { word: 'dedline', expected: 'deadline' },
    { word: 'notes', expected: undefined },
    { word: 'ib', expected: 'id' },
    { word: 'xyz', expected: undefined },
  ];
  it.each(cases)('suggests $expected for $word', ({ word, expected }) => {
    expect(didYouMean(word, fields)).toBe(expected);
  });
});
