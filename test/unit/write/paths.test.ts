import fc from 'fast-check';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { documentPaths, documentSuffixes, resolveInside } from '../../../src/write/layout.js';
import { signerSlug, uniqueSignerDirs } from '../../../src/signer/signer-folders.js';
import { formatDocumentFiles } from '../../../src/write/text-formats.js';
import { call, email, letter, tweet } from './documents.js';

describe('signerSlug', () => {
  test.each([
    { name: 'Ana Silva', expected: 'ana-silva' },
    { name: 'İstanbul Işık', lang: 'tr', expected: 'istanbul-isik' },
    { name: 'Şükrü Öztürk', lang: 'tr', expected: 'sukru-ozturk' },
    { name: 'Jürgen Müller', lang: 'de', expected: 'juergen-mueller' },
    { name: 'Łódź Wiśniewska', expected: 'lodz-wisniewska' },
    { name: 'Ђорђе Петровић', expected: 'djordje-petrovic' },
    { name: 'Мария Иванова', expected: 'mariya-ivanova' },
    { name: 'Nguyễn Thị Minh Khai', expected: 'nguyen-thi-minh-khai' },
    { name: 'María José Núñez', expected: 'maria-jose-nunez' },
    { name: 'DeShawn McDonald', expected: 'deshawn-mcdonald' },
    { name: '李小龙', expected: 'signer' },
    { name: '../../etc/passwd', expected: 'etc-passwd' },
    { name: '   ', expected: 'signer' },
    { name: 'Ana '.repeat(40), expected: 'ana-'.repeat(14) + 'ana' },
    { name: 'Anna '.repeat(12), expected: 'anna-'.repeat(11) + 'anna' },
    { name: 'x'.repeat(100), expected: 'x'.repeat(60) },
  ])('turns "$name" into $expected', ({ name, lang, expected }) => {
    expect(signerSlug({ name, lang })).toBe(expected);
  });

  test('numbers signers whose folder names would collide, in list order', () => {
    expect(uniqueSignerDirs([{ name: 'Ana Silva' }, { name: 'ana silva' }, { name: '李小龙' }, { name: 'Ana Silva 2' }, { name: '王' }, { name: 'ANA SILVA' }])).toEqual([
      'ana-silva',
      'ana-silva-2',
      'signer',
      'ana-silva-2-2',
      'signer-2',
      'ana-silva-3',
    ]);
  });
});

describe('documentPaths', () => {
  test.each([
    { doc: letter(), letterFormat: 'txt' as const, expected: ['sample-case/attorney-general.letter.txt'] },
    { doc: letter(), letterFormat: 'md' as const, expected: ['sample-case/attorney-general.letter.md'] },
    { doc: email(), letterFormat: 'txt' as const, expected: ['sample-case/attorney-general.email.eml', 'sample-case/attorney-general.email.txt'] },
    { doc: tweet(), letterFormat: 'txt' as const, expected: ['sample-case/attorney-general.tweet.txt'] },
    { doc: call(), letterFormat: 'txt' as const, expected: ['sample-case/attorney-general.call.txt'] },
  ])('puts a single signer\'s $doc.channel next to the case ($letterFormat)', ({ doc, letterFormat, expected }) => {
    expect(documentPaths(doc, { letterFormat })).toEqual(expected);
  });

  test('puts a batch signer\'s documents in the signer\'s folder', () => {
    expect(documentPaths(email(), { letterFormat: 'txt', signerDir: 'ana-silva' })).toEqual([
      'sample-case/ana-silva/attorney-general.email.eml',
      'sample-case/ana-silva/attorney-general.email.txt',
    ]);
  });

  test.each(['..', '.', '', 'a/b', 'a\\b', 'a\0b', 'c:x', 'line\nbreak'])('refuses the id %j', (bad) => {
    expect(() => documentPaths(letter({ targetId: bad }), { letterFormat: 'txt' })).toThrow(/would leave the output folder/);
    expect(() => documentPaths(letter({ caseId: bad }), { letterFormat: 'txt' })).toThrow(/would leave the output folder/);
    expect(() => documentPaths(letter(), { letterFormat: 'txt', signerDir: bad })).toThrow(/would leave the output folder/);
  });

  test('names one file per content that formatDocumentFiles produces', () => {
    for (const doc of [letter(), email(), tweet(), call()]) {
      for (const letterFormat of ['txt', 'md'] as const) {
        const suffixes = formatDocumentFiles(doc, { letterFormat, date: '2024-09-01' }).map((f) => f.suffix);
        expect(suffixes).toEqual(documentSuffixes(doc.channel, letterFormat));
      }
    }
  });
});

describe('resolveInside', () => {
  test.each([
    ['letters', 'case/target.letter.txt', join('letters', 'case/target.letter.txt')],
    ['./out/', 'case/ana/target.email.eml', join('out', 'case/ana/target.email.eml')],
    ['/tmp/x', 'case/a.txt', '/tmp/x/case/a.txt'],
  ])('joins %s and %s', (outDir, rel, expected) => {
    expect(resolveInside(outDir, rel)).toBe(expected);
  });

  test.each(['../x', 'case/../../x', '/etc/passwd', 'C:/x', 'C:x', 'case\\..\\..\\x', 'a\0b', '', '.', 'case//x', 'case/./x', 'case/..'])(
    'refuses %j',
    (rel) => {
      expect(() => resolveInside('letters', rel)).toThrow(/would leave the output folder/);
    },
  );

  test('keeps every case, official and signer name inside the output folder', () => {
    const outDir = '/tmp/ua-out';
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string({ unit: 'grapheme' }), (caseId, targetId, name) => {
        const doc = letter({ caseId, targetId });
        let paths: string[];
        try {
          paths = documentPaths(doc, { letterFormat: 'txt', signerDir: signerSlug({ name }) }).map((p) => resolveInside(outDir, p));
        } catch (error) {
          expect(String(error)).toMatch(/would leave the output folder/);
          return;
        }
        for (const path of paths) {
          const inside = relative(outDir, resolve(path));
          expect(inside.startsWith('..') || isAbsolute(inside)).toBe(false);
          expect(inside.split('/')).toHaveLength(3);
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('makes a safe folder name of any signer name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (name) => {
        expect(signerSlug({ name })).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }),
      { numRuns: 2000 },
    );
  });
});
