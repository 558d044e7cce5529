// Properties of the template engine as users' templates drive it: any template text renders or
// fails with a TemplateError naming the file, never a crash, never output on the terminal, never
// a reach into prototypes or the file system.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UaLetterError } from '../../src/errors.js';
import { createTemplateSet } from '../../src/render/template-set.js';
import { anyText } from './arbitraries.js';
import { fuzz, fuzzTimeout } from './fuzz-config.js';

/** Pieces of Handlebars that stress the parser, the runtime and the prototype protections. */
const piece = fc.constantFrom(
  '{{', '}}', '{{{', '}}}', '{{#', '{{/', '{{>', '{{!', '{{!--', '--}}', '{{else}}', '{{^}}', '{{~', '~}}', '{{{{raw}}}}', '{{{{/raw}}}}', '{{*',
  'if', 'each', 'with', 'unless', 'lookup', 'log', 'helperMissing', 'blockHelperMissing', 'join', 'upper', 'formatDate', 'eq', 'vary', 'or', 'lines',
  'this', '../', './', '@root', '@key', '@index', '@varySeed', 'as |x|', '=', '"s"', "'s'", '1', 'true', 'null', 'undefined', '(', ')', ' ', '.', '/', '\n',
  'constructor', '__proto__', 'prototype', '__defineGetter__', 'toString', 'valueOf', 'hasOwnProperty', 'apply', 'call', 'bind', 'sub', 'process',
  'signer', 'signer.name', 'case.letter', 'target', 'partial', '../../etc/passwd', '/etc/passwd', '#', '>', '^', '&', 'return process',
);
/** A well-formed tag, `{{#with (lookup this "constructor") as |c|}}`, so that the runtime is reached. */
const NAMES = ['this', 'signer', 'name', 'case', 'letter', 'target', 'constructor', '__proto__', 'prototype', 'toString', 'valueOf', 'apply', 'call', 'sub', 'length', 'helperMissing', 'blockHelperMissing', 'log', 'lookup', 'with', 'each', 'if', 'join', 'upper', 'eq', 'partial', '@root', '@key', '..'];
const path = fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 4 }).map((p) => p.join('.'));
const argument = fc.oneof(path, fc.constantFrom('"constructor"', '"return process"', '"__proto__"', '1', 'true', 'null', '(lookup this "constructor")', '(lookup signer "__proto__")', 'level="error"'));
const tag = fc
  .tuple(fc.constantFrom('', '', '#', '/', '>', '^', '&', '~', '#>', '{'), path, fc.array(argument, { maxLength: 3 }), fc.constantFrom('', '', ' as |x|'))
  .map(([open, head, args, block]) => `{{${open}${[head, ...args].join(' ')}${block}}}${open === '{' ? '}' : ''}`);
const soup = fc.array(fc.oneof({ weight: 3, arbitrary: piece }, { weight: 3, arbitrary: tag }, { weight: 1, arbitrary: anyText }), { maxLength: 30 });
// Mostly well-formed tags between plain text, so that most templates compile and run.
const wellFormed = fc.array(fc.oneof(tag, anyText.map((t) => t.replace(/[{}]/g, ''))), { maxLength: 12 });
const source = fc.oneof({ weight: 1, arbitrary: soup }, { weight: 3, arbitrary: wellFormed }).map((p) => p.join(''));

const CONTEXT = { signer: { name: 'Ana Silva', address: ['Rua 1'] }, case: { letter: ['Free them.'], country: 'Testland' }, target: { name: 'Minister' }, lang: 'en' };

describe('any template text', () => {
  let written: string[];
  beforeEach(() => {
    written = [];
    // Anything a template prints behind our back would land here instead of in the documents.
    for (const stream of [process.stdout, process.stderr]) {
      vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
        written.push(String(chunk));
        return true;
      });
    }
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void written.push(args.join(' ')));
  });
  afterEach(() => vi.restoreAllMocks());

  it(
    'renders text or fails with a typed error naming the template, and prints nothing',
    () => {
      fc.assert(
        fc.property(source, source, (letter, partial) => {
          const set = createTemplateSet([{ label: 'mine', files: new Map([['en/letter.hbs', letter], ['_partials/partial.hbs', partial]]) }]);
          let out: string | undefined;
          try {
            out = set.render('en', 'letter', CONTEXT);
          } catch (error) {
            if (!(error instanceof UaLetterError)) throw error;
            expect(error.message).toMatch(/^(mine\/|No template)/);
          }
          if (out !== undefined) {
            // A function reached through a prototype would print its source like this. (A context
            // object printed whole, `{{target}}`, gives "[object Object]": a template mistake,
            // not a reach outside the context; see the report of issue 6.)
            expect(out).not.toMatch(/\[native code\]|function\s*\w*\s*\(/);
          }
          expect(written).toEqual([]);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        fuzz(5),
      );
    },
    fuzzTimeout(5),
  );
});

describe('a partial name', () => {
  it('only ever names a template of the folders given, never a file on disk', () => {
    const name = fc.oneof(anyText, fc.constantFrom('../../etc/passwd', '/etc/passwd', '..\\..\\secret', 'constructor', '__proto__', 'toString', '../letter', 'en/letter'));
    fc.assert(
      fc.property(name, (n) => {
        const set = createTemplateSet([{ label: 'mine', files: new Map([['en/letter.hbs', `{{> "${n.replace(/["\\]/g, '')}"}}`], ['_partials/known.hbs', 'KNOWN']]) }]);
        try {
          const out = set.render('en', 'letter', CONTEXT);
          expect(out).toBe('KNOWN'); // only an existing partial renders, whatever the spelling
        } catch (error) {
          expect(error).toBeInstanceOf(UaLetterError);
        }
      }),
      fuzz(3),
    );
  });
});
