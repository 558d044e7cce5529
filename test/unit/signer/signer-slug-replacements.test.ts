import slugify from '@sindresorhus/slugify';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CYRILLIC_EXTRA, nameSlug, replacementsFor, TURKISH } from '../../../src/signer/signer-folders.js';

// signerSlug passes slugify only the replacements a name needs; every name must come out as it
// did with all of them, whatever its letters.
const LETTERS = ['a', 'Z', ' ', '-', "'", '&', '1', 'é', 'ß', 'ł', 'Ł', 'ı', 'İ', 'ş', 'ğ', 'ü', 'Ü', 'ö', 'Ö', 'ä', 'Ђ', 'ђ', 'ћ', 'џ', 'ј', 'Ј', 'ѓ', 'ќ', 'ѕ', 'о', 'р', 'П', 'ω', '中', '🦄', '♥'];
const name = fc.array(fc.constantFrom(...LETTERS), { maxLength: 24 }).map((parts) => parts.join(''));

describe('the replacements a signer name needs', () => {
  it('give every name the slug that all of them give', () => {
    fc.assert(
      fc.property(name, fc.constantFrom(undefined, 'en', 'tr', 'sr'), (n, lang) => {
        const all = lang === 'tr' ? [...CYRILLIC_EXTRA, ...TURKISH] : [...CYRILLIC_EXTRA];
        const expected = slugify(n, { customReplacements: all, decamelize: false });
        expect(slugify(n, { customReplacements: replacementsFor({ name: n, lang }), decamelize: false })).toBe(expected);
      }),
      { seed: 42, numRuns: 5000 },
    );
  });

  it.each([
    { name: 'Ana Silva', lang: 'en', needed: 0 },
    { name: 'Ђорђе Петровић', lang: 'sr', needed: CYRILLIC_EXTRA.length },
    { name: 'Şükrü Işık', lang: 'tr', needed: CYRILLIC_EXTRA.length + TURKISH.length },
    { name: 'Şükrü Işık', lang: 'de', needed: 0 },
  ])('are $needed for "$name" ($lang)', ({ name: n, lang, needed }) => {
    expect(replacementsFor({ name: n, lang })).toHaveLength(needed);
  });
});

describe('signer names slugged a word at a time', () => {
  const WORD_CHARS = [...LETTERS.filter((c) => c !== ' '), 'Anna', 'SMITH', '42', 'x9', 'Σ', 'ς', 'ΟΔΟΣ', 'ու', 'ՈՒ', 'ъе', 'ый', 'Тс', '\u064e', 'َ‎', '1\ufe0f\u20e3', 'e\u0301', '\u2013', '_', '.', 'İstanbul', 'IJ', 'ǅ'];
  const SPACES = [' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000'];
  const spacedName = fc
    .array(fc.oneof(fc.constantFrom(...WORD_CHARS), fc.constantFrom(...SPACES)), { maxLength: 16 })
    .map((parts) => parts.join(''));

  it('gives the slug slugify gives the whole name', () => {
    fc.assert(
      fc.property(spacedName, fc.constantFrom(undefined, 'en', 'tr'), (n, lang) => {
        expect(nameSlug(n, lang)).toBe(slugify(n, { customReplacements: replacementsFor({ name: n, lang }), decamelize: false }));
      }),
      { seed: 7, numRuns: 10_000 },
    );
  });
});
