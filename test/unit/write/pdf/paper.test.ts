import { describe, expect, test } from 'vitest';
import { defaultPaper, paperLocale } from '../../../../src/write/pdf/paper.js';

describe('defaultPaper', () => {
  test.each([
    ['en_US.UTF-8', 'letter'],
    ['en-US', 'letter'],
    ['fr_CA@euro', 'letter'],
    ['es_MX.UTF-8', 'letter'],
    ['es-CL', 'letter'],
    ['es_CO', 'letter'],
    ['es_VE.UTF-8', 'letter'],
    ['en_PH.UTF-8', 'letter'],
    ['es_PR', 'letter'],
    ['en_GB.UTF-8', 'a4'],
    ['de_DE.UTF-8', 'a4'],
    ['tr_TR.UTF-8', 'a4'],
    ['sr_RS@latin', 'a4'],
    ['sr-Latn-RS', 'a4'],
    ['zh-Hant-TW', 'a4'],
    ['en_AU.UTF-8', 'a4'],
    ['es-419', 'a4'],
    ['en', 'a4'],
    ['C', 'a4'],
    ['C.UTF-8', 'a4'],
    ['POSIX', 'a4'],
    ['', 'a4'],
    [undefined, 'a4'],
  ])('%j → %s', (locale, expected) => {
    expect(defaultPaper(locale)).toBe(expected);
  });
});

describe('paperLocale', () => {
  test.each([
    [{ LC_ALL: 'en_US.UTF-8', LC_PAPER: 'de_DE.UTF-8', LANG: 'fr_FR.UTF-8' }, 'en_US.UTF-8'],
    [{ LC_PAPER: 'de_DE.UTF-8', LANG: 'en_US.UTF-8' }, 'de_DE.UTF-8'],
    [{ LC_ALL: '', LANG: 'en_CA.UTF-8' }, 'en_CA.UTF-8'],
    [{}, undefined],
  ])('takes LC_ALL, then LC_PAPER, then LANG: %j → %j', (env, expected) => {
    expect(paperLocale(env)).toBe(expected);
  });
});
