import { describe, expect, it } from 'vitest';
import { assertActionable } from '../../../src/case/deadline.js';
import type { Case } from '../../../src/case/types.js';
import { cliHint } from '../../../src/cli/flag-hints.js';
import { LanguageError, RefusedError, UaLetterError, UsageError } from '../../../src/errors.js';

/** The error `run` throws. */
function thrown(run: () => unknown): UaLetterError {
  try {
    run();
  } catch (error) {
    if (error instanceof UaLetterError) return error;
    throw error;
  }
  throw new Error('nothing thrown');
}

describe('hints: library words from the core, flags on the command line', () => {
  const expired = { file: 'x.md', deadline: '2024-01-01', status: 'open' } as unknown as Case;

  it('names the option in the core, and the flag on the command line', () => {
    const error = thrown(() => assertActionable(expired, '2024-09-01', { ignoreDeadline: false }));
    expect(error.hint).toBe('Set ignoreDeadline to generate anyway');
    expect(cliHint(error)).toBe('Pass --ignore-deadline to generate anyway');
  });

  const rows: Array<{ error: UaLetterError; cli: string | undefined }> = [
    { error: new UsageError('x.md: no official "nope"', 'Choose targets among these ids, or leave targets out to write to all of them.', 'target.unknown'), cli: 'Pass --target with one of these ids, or leave it out to write to all of them.' },
    { error: new RefusedError('Tweet too long', 'tweet.too-long', 'Shorten it, or leave the tweet channel out.'), cli: 'Shorten the "## Tweet" section of the case (the handle and hashtags are added to it), or leave out --channel tweet.' },
    { error: new RefusedError('Case id too long', 'actions.line-too-long', 'Use a shorter case id, or set log to false'), cli: 'Use a shorter case id, or pass --no-log' },
    { error: new LanguageError({ file: 'x.md', lang: 'pl', missing: 'templates', requested: true }, 'no templates', 'library words'), cli: 'Copy the templates of a language you know (en/*.hbs) to <folder>/pl/, translate them, and pass --templates <folder>.' },
    { error: new LanguageError({ file: 'x.md', lang: 'pl', missing: 'templates' }, 'no templates', 'library words'), cli: 'Add pl/letter.hbs and the other templates to a --templates folder (templates/README.md shows how), or add a "## Letter (en)" section in a language that has templates.' },
    { error: new LanguageError({ file: 'x.md', lang: 'de', missing: 'letter', written: ['en', 'es'] }, 'no letter', 'library words'), cli: 'Add a "## Letter (de)" section to the case, or write in en or es (--lang en).' },
    { error: new LanguageError({ file: 'x.md', lang: 'de', missing: 'letter' }, 'no letter', 'Add a "## Letter (de)" section to the case.'), cli: 'Add a "## Letter (de)" section to the case.' },
    { error: new UsageError('--email: not an email'), cli: undefined },
    { error: new UsageError('something', 'a hint of its own'), cli: 'a hint of its own' },
  ];
  for (const { error, cli } of rows) {
    it(`gives ${cli === undefined ? 'no hint' : `"${cli.slice(0, 30)}…"`} for ${error.code}`, () => {
      expect(cliHint(error)).toBe(cli);
    });
  }
});
