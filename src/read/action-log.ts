// Reading the action log back (`report`, `sent`). Appending is src/write/action-log.ts.
import { Readable } from 'node:stream';
import { parseActionLog } from '../actions/parse-log.js';
import type { ParsedActionLog } from '../actions/types.js';
import { CaseError, EXIT, InterruptedError, UaLetterError } from '../errors.js';
import type { ReadContext } from './context.js';
import { decodeUtf8, readInputBytes } from './input.js';

/**
 * A record is a few hundred bytes: 64 MB holds some hundred thousand runs. Past that the file is
 * not a log ua-letter wrote (a link to a device, a stray file), and reading it whole would take
 * the machine's memory (a link to /dev/zero took 600 MB and failed; /dev/urandom never ended).
 */
export const MAX_ACTION_LOG_BYTES = 64 * 1024 * 1024;

/** Every record of the log, and the lines that could not be read. A missing log is an empty one. */
export async function readActionLog(path: string, ctx: Pick<ReadContext, 'cwd' | 'stdin' | 'signal'> = { cwd: process.cwd(), stdin: Readable.from([]) }): Promise<ParsedActionLog> {
  let text: string;
  try {
    // Through the one reader: bounded, a pipe or a device stops at the limit, Ctrl-C stops it.
    text = decodeUtf8(await readInputBytes(path, ctx, { maxBytes: MAX_ACTION_LOG_BYTES }), path);
  } catch (error) {
    if (error instanceof CaseError && error.code === 'input.not-found') return { records: [], damaged: [] };
    if (error instanceof InterruptedError) throw error;
    const problem = error instanceof CaseError ? error.problem : (error as Error).message;
    // The log is the tool's own file, not the user's input: exit 1, with what to do about it.
    throw new UaLetterError(`Could not read the action log ${path}: ${problem.replace(`${path}: `, '')}`, {
      code: 'actions.read',
      exitCode: EXIT.runtime,
      hint: 'Move the file aside (it is plain text, one record a line) and ua-letter starts a new log there.',
      cause: error,
    });
  }
  return parseActionLog(text);
}
