// The pure core's hints name the library's options (ignoreDeadline, targets, channels, log): a
// script calling generate() has no flags. On the command line the same advice names the flag;
// this table, keyed by the error's code, is the one place that knows both.
import type { UaLetterError } from '../errors.js';

const FLAG_HINTS: Readonly<Record<string, string>> = {
  'case.closed': 'Pass --ignore-deadline to generate anyway',
  'case.expired': 'Pass --ignore-deadline to generate anyway',
  'target.unknown': 'Pass --target with one of these ids, or leave it out to write to all of them.',
  'tweet.too-long': 'Shorten the "## Tweet" section of the case (the handle and hashtags are added to it), or leave out --channel tweet.',
  'actions.line-too-long': 'Use a shorter case id, or pass --no-log',
};

/** The hint to print on the command line for `error`: its flag form where the core's names an option. */
export function cliHint(error: UaLetterError): string | undefined {
  return error.hint === undefined ? undefined : (FLAG_HINTS[error.code] ?? error.hint);
}
