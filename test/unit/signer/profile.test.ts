import { describe, expect, it } from 'vitest';
import { InputErrors } from '../../../src/errors.js';
import { langForLocale, paperForLocale, parseProfile, serializeProfile } from '../../../src/signer/profile.js';
import type { Signer } from '../../../src/signer/types.js';

/** The error lines parseProfile reports, or 'ok'. */
function problems(text: string): string[] | 'ok' {
  try {
    parseProfile(text, 'profile.yaml');
    return 'ok';
  } catch (error) {
    if (error instanceof InputErrors) return error.errors.map((e) => e.message);
    throw error;
  }
}

describe('parseProfile', () => {
  const valid: Array<{ name: string; text: string; expected: Signer }> = [
    {
      name: 'a full profile with an address list',
      text: 'name: Ana Pérez\naddress:\n  - 12 Calle Mayor\n  - 2º B\ncity: 28013 Madrid\ncountry: Spain\nemail: ana@example.org\nlang: es\npaper: a4\npersonal: Soy enfermera.\n',
      expected: { name: 'Ana Pérez', address: ['12 Calle Mayor', '2º B'], city: '28013 Madrid', country: 'Spain', email: 'ana@example.org', lang: 'es', paper: 'a4', personal: 'Soy enfermera.' },
    },
    {
      name: 'only a name',
      text: 'name: Jo Bloggs\n',
      expected: { name: 'Jo Bloggs', address: [] },
    },
    {
      name: 'an address as a block string and a number as the city',
      text: 'name: Jo\naddress: |\n  1 High Street\n  Flat 2\ncity: 12345\n',
      expected: { name: 'Jo', address: ['1 High Street', 'Flat 2'], city: '12345' },
    },
    {
      name: 'initials: true (sign with initials and town only)',
      text: 'name: Jo Bloggs\ncity: Leeds\ninitials: true\n',
      expected: { name: 'Jo Bloggs', address: [], city: 'Leeds', initials: true },
    },
    {
      name: 'empty optional fields, which are left out',
      text: 'name: Jo\ncity:\nemail: ""\naddress:\n',
      expected: { name: 'Jo', address: [] },
    },
  ];
  for (const { name, text, expected } of valid) {
    it(`reads ${name}`, () => {
      expect(parseProfile(text, 'profile.yaml')).toEqual(expected);
    });
  }

  const invalid: Array<{ name: string; text: string; expected: string[] }> = [
    { name: 'a missing name', text: 'city: Lyon\n', expected: ['profile.yaml:1:1 name: a name is required'] },
    { name: 'an empty file', text: '', expected: ['profile.yaml:1: the profile is empty'] },
    { name: 'a list instead of fields', text: '- Jo\n', expected: ['profile.yaml:1:1: expected fields such as "name: Your Name"'] },
    {
      name: 'a bad email, language and paper size, all at once',
      text: 'name: Jo\nemail: jo at example.org\nlang: English\npaper: A3\n',
      expected: [
        'profile.yaml:2:8 email: "jo at example.org" is not an email address (expected name@example.org)',
        'profile.yaml:3:7 lang: "English" is not an ISO 639-1 language code; did you mean "en"?',
        'profile.yaml:4:8 paper: "A3" is not a paper size; use a4 or letter',
      ],
    },
    {
      name: 'an unknown field (a typo)',
      text: 'name: Jo\nemial: jo@example.org\n',
      expected: ['profile.yaml:2:1 emial: unknown field; a profile has name, address, city, country, email, lang, paper, personal, initials'],
    },
    { name: 'initials that are not true or false', text: 'name: Jo\ninitials: yes please\n', expected: ['profile.yaml:2:11 initials: expected true or false'] },
    { name: 'a list where text belongs', text: 'name: [Jo, Bo]\n', expected: ['profile.yaml:1:7 name: expected text', 'profile.yaml:1:7 name: a name is required'] },
    { name: 'a map as the address', text: 'name: Jo\naddress: {street: x}\n', expected: ['profile.yaml:2:10 address: expected a list of address lines'] },
    { name: 'a YAML syntax error', text: 'name: "Jo\ncity: Lyon\n', expected: ['profile.yaml:1:7: Missing closing "quote'] },
    { name: 'a duplicated field', text: 'name: Jo\nname: Bo\n', expected: ['profile.yaml:2:1: Map keys must be unique'] },
  ];
  for (const { name, text, expected } of invalid) {
    it(`reports ${name} with its line and field`, () => {
      expect(problems(text)).toEqual(expected);
    });
  }
});

describe('serializeProfile', () => {
  it('writes a commented header and the fields in a fixed order, leaving out empty ones', () => {
    const text = serializeProfile({ paper: 'letter', name: 'Jo Bloggs', address: ['1 High St', 'Flat 2'], city: 'Leeds', email: 'jo@example.org', personal: '' });
    expect(text).toMatchInlineSnapshot(`
      "# ua-letter sender profile: who signs your letters.
      # Written by "ua-letter init"; run it again or edit this file by hand.
      # name is required. address: street lines (city and country go below).
      # lang: two-letter language code. paper: a4 or letter. personal: a line of your own.
      # initials: true signs letters and emails with your initials and town only.

      name: Jo Bloggs
      address:
        - 1 High St
        - Flat 2
      city: Leeds
      email: jo@example.org
      paper: letter
      "
    `);
  });

  const roundTrips: Signer[] = [
    { name: 'Jo', address: [] },
    { name: 'Zoë "Z" O\'Neil: activist', address: ['#3, rue de la Paix', '- not a list item'], city: '75002', country: 'France', lang: 'fr', paper: 'a4', personal: 'yes', email: 'z@example.fr' },
    { name: 'Ахмед Ахмедов', address: ['ул. Ленина, 1'], personal: 'Line one — with a long tail that should not be folded across several lines by the YAML writer at all' },
  ];
  for (const signer of roundTrips) {
    it(`reads back what it wrote for ${signer.name}`, () => {
      expect(parseProfile(serializeProfile(signer), 'p.yaml')).toEqual(signer);
    });
  }
});

describe('locale defaults', () => {
  const cases: Array<{ env: Record<string, string>; paper: 'a4' | 'letter'; lang: string | undefined }> = [
    { env: { LANG: 'en_US.UTF-8' }, paper: 'letter', lang: 'en' },
    { env: { LANG: 'en_GB.UTF-8' }, paper: 'a4', lang: 'en' },
    { env: { LANG: 'fr_CA.UTF-8' }, paper: 'letter', lang: 'fr' },
    { env: { LANG: 'es_MX' }, paper: 'letter', lang: 'es' },
    { env: { LANG: 'de_DE.UTF-8', LC_PAPER: 'en_US.UTF-8' }, paper: 'letter', lang: 'de' },
    { env: { LANG: 'en_US.UTF-8', LC_ALL: 'pt_BR.UTF-8' }, paper: 'a4', lang: 'pt' },
    { env: { LANG: 'C.UTF-8' }, paper: 'a4', lang: undefined },
    { env: {}, paper: 'a4', lang: undefined },
  ];
  for (const { env, paper, lang } of cases) {
    it(`chooses ${paper} paper and language ${String(lang)} for ${JSON.stringify(env)}`, () => {
      expect(paperForLocale(env)).toBe(paper);
      expect(langForLocale(env)).toBe(lang);
    });
  }
});
