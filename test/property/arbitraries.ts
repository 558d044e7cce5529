// Generators for the property tests: the values organisers' files actually hold (names in any
// script, stray quotes and colons, CRLF pasted from Word, zero-width spaces, emoji), plus the
// characters that break naive code (CR, LF, NUL, U+2028, the RFC 2047 marker "=?").
import fc from 'fast-check';
import { stringify } from 'yaml';
import { isEmail, isPhoneNumber } from '../../src/case/formats.js';
import type { Signer } from '../../src/signer/types.js';

/** Characters and pieces that have broken parsers and encoders somewhere. */
const TRICKY = [
  '\r', '\n', '\r\n', '\t', '\0', '\u0007', '\u001b', '\u0085', '\u00a0', '\u200b', '\u2028', '\u2029', '\ufeff',
  '"', "'", '`', ':', ': ', '#', ' #', '- ', '---', '@', '&', '*', '!', '|', '>', '<', ',', ';', '\\', '%', '=?utf-8?q?', '?=', ' =?utf-8?B?SGFja2Vk?= ',
  'é', 'ñ', 'İ', 'ß', 'Ж', 'ع', '中', '🙂', '👩‍⚖️', 'e\u0301',
];

/** Any text a person might type or paste: mostly ordinary, often with a tricky piece in it. */
export const anyText: fc.Arbitrary<string> = fc.string({
  unit: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ABCXYZ.0123456789') }, { weight: 2, arbitrary: fc.constantFrom(...TRICKY) }, { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) }),
  maxLength: 40,
});

/** Text with something visible in it (required fields must not be blank). */
export const someText: fc.Arbitrary<string> = anyText.filter((s) => s.trim() !== '');

/** One line of text: what a heading-free Markdown paragraph or an address line holds. */
export const lineText: fc.Arbitrary<string> = someText.map((s) => s.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ')).filter((s) => s.trim() !== '');

export const slug: fc.Arbitrary<string> = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,24}$/);

/** Addresses the case validator accepts, including internationalised ones. */
export const email: fc.Arbitrary<string> = fc
  .oneof(
    fc.emailAddress(),
    fc.constantFrom('fiscal@mp.gob.ve', 'jo.o+ua@example.org', 'maría@ejemplo.es', 'мария@пример.рф', 'o\'brien@example.ie', 'a{b}|c@example.org'),
  )
  .filter(isEmail);

export const phone: fc.Arbitrary<string> = fc.stringMatching(/^\+?[0-9]{2,4}( [0-9]{2,4}){1,3}$/).filter(isPhoneNumber);
export const handle: fc.Arbitrary<string> = fc.stringMatching(/^@?[A-Za-z0-9_]{1,15}$/);

const LANGS = ['en', 'es', 'fr'] as const;
export const lang: fc.Arbitrary<string> = fc.constantFrom(...LANGS);

/** Text, or text per language as a case may write it. */
const localized = fc.oneof(someText, fc.record({ en: someText, es: someText }, { requiredKeys: ['en'] }));

const target = fc.record(
  {
    id: slug,
    name: someText,
    honorific: localized,
    title: localized,
    organisation: someText,
    salutation: localized,
    address: fc.oneof(fc.array(lineText, { minLength: 1, maxLength: 5 }), lineText),
    email: fc.oneof(email, fc.array(email, { minLength: 1, maxLength: 3 })),
    phone,
    twitter: handle,
    copy: fc.boolean(),
  },
  { requiredKeys: ['id', 'name'] },
);

/** A case's front matter as data: valid by construction (unique ids, real dates in order). */
export const frontMatter = fc
  .record({
    id: slug,
    reference: fc.option(someText, { nil: undefined }),
    title: someText,
    country: someText,
    languages: fc.subarray([...LANGS], { minLength: 1 }),
    subjects: fc.option(fc.array(fc.record({ name: someText }), { maxLength: 3 }), { nil: undefined }),
    hashtags: fc.option(fc.array(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,15}$/), { maxLength: 3 }), { nil: undefined }),
    bcc: fc.option(fc.array(email, { minLength: 1, maxLength: 2 }), { nil: undefined }),
    targets: fc.uniqueArray(target, { minLength: 1, maxLength: 3, selector: (t) => t.id }),
  })
  .map((fm) => ({ ...fm, issued: '2024-08-16', deadline: '2024-09-27' }));

export type FrontMatterData = typeof frontMatter extends fc.Arbitrary<infer T> ? T : never;

/** Letter paragraphs: one line each, so that no line of them can be read as a heading. */
export const paragraphs: fc.Arbitrary<string[]> = fc.array(lineText.map((l) => l.replace(/^[#\s-]+/, '')).filter((l) => l.trim() !== ''), { minLength: 1, maxLength: 4 });

/** A whole case file: the front matter written by the `yaml` package, a letter in each language. */
export function caseFile(fm: FrontMatterData, letter: readonly string[]): string {
  const data = JSON.parse(JSON.stringify(fm)) as Record<string, unknown>;
  // Defensive: the wrong-type property puts anything into `languages`.
  const languages = Array.isArray(fm.languages) && fm.languages.every((l) => typeof l === 'string') ? fm.languages : ['en'];
  const sections = languages.map((l, i) => `## Letter${i === 0 ? '' : ` (${l})`}\n\n${letter.join('\n\n')}\n`);
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${sections.join('\n')}`;
}

export const signer: fc.Arbitrary<Signer> = fc.record(
  {
    name: someText,
    address: fc.array(anyText, { maxLength: 3 }),
    city: anyText,
    country: anyText,
    email,
    personal: anyText,
    lang,
  },
  { requiredKeys: ['name', 'address'] },
);

/**
 * Words that mean a template printed something it should not have: a missing value, an object,
 * or a placeholder left unfilled. None of the generated inputs contain them (see `hasMarker`).
 */
export const MARKERS = ['{{', '}}', 'undefined', '[object Object]', 'NaN', 'null', 'function ', '[native code]'];

export function hasMarker(text: string): string | undefined {
  return MARKERS.find((m) => text.includes(m));
}

// Issue 16: what a hostile file holds.

/** Letters (or emoji, or combining sequences) of one kind and no space, 20 to 10,000 of them: a "name" that is one long word. */
export const longWord: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('W', 'i', 'ж', 'ع', '中', '🙂', 'é', 'e\u0301'), fc.integer({ min: 20, max: 10_000 }), anyText.map((s) => s.replace(/\s/g, '')))
  .map(([unit, count, tail]) => unit.repeat(count) + tail);

/** Characters that steer a terminal or reorder what it shows: C0, DEL, C1, bidi overrides and isolates. */
export const steering: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0x00, max: 0x1f }).filter((c) => c !== 0x09 && c !== 0x0a),
  fc.integer({ min: 0x7f, max: 0x9f }),
  fc.integer({ min: 0x202a, max: 0x202e }),
  fc.integer({ min: 0x2066, max: 0x2069 }),
).map((c) => String.fromCharCode(c));

/** Text with terminal sequences and bidi controls in it, as a hostile case title might be. */
export const steeringText: fc.Arbitrary<string> = fc
  .array(fc.oneof(anyText, steering, fc.constantFrom('\u001b]0;pwned\u0007', '\u001b[2J', '\u009b31m', '\u202egnp.exe', '\u2066x\u2069')), { maxLength: 8 })
  .map((parts) => parts.join(''));

/** Mapping keys that are properties of every JavaScript object. */
export const prototypeKey: fc.Arbitrary<string> = fc.constantFrom('__proto__', 'constructor', 'prototype');
