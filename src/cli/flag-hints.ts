// The pure core's hints name the library's options (ignoreDeadline, targets, channels, log): a
// script calling generate() has no flags. On the command line the same advice names the flag;
// this table, keyed by the error's code, is the one place that knows both.
import { LanguageError, type UaLetterError } from '../errors.js';

const FLAG_HINTS: Readonly<Record<string, string | ((error: UaLetterError) => string | undefined)>> = {
  'case.closed': 'Pass --ignore-deadline to generate anyway',
  'case.expired': 'Pass --ignore-deadline to generate anyway',
  'target.unknown': 'Pass --target with one of these ids, or leave it out to write to all of them.',
  'tweet.too-long': 'Shorten the "## Tweet" section of the case (the handle and hashtags are added to it), or leave out --channel tweet.',
  'actions.line-too-long': 'Use a shorter case id, or pass --no-log',
  'language.no-templates': (error) => {
    if (!(error instanceof LanguageError)) return undefined;
    return error.requested
      ? `Copy the templates of a language you know (en/*.hbs) to <folder>/${error.lang}/, translate them, and pass --templates <folder>.`
      : `Add ${error.lang}/letter.hbs and the other templates to a --templates folder (templates/README.md shows how), or add a "## Letter (en)" section in a language that has templates.`;
  },
  'language.no-letter': (error) => {
    if (!(error instanceof LanguageError) || error.written.length === 0) return undefined;
    return `Add a "## Letter (${error.lang})" section to the case, or write in ${error.written.join(' or ')} (--lang ${error.written[0]}).`;
  },
};

/** The hint to print on the command line for `error`: its flag form where the core's names an option. */
export function cliHint(error: UaLetterError): string | undefined {
  if (error.hint === undefined) return undefined;
  const flagged = FLAG_HINTS[error.code];
  return (typeof flagged === 'function' ? flagged(error) : flagged) ?? error.hint;
}
