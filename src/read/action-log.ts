// Reading the action log back (`report`, `sent`). Appending is src/write/action-log.ts.
import { readFile } from 'node:fs/promises';
import { parseActionLog } from '../actions/parse-log.js';
import type { ParsedActionLog } from '../actions/types.js';
import { RuntimeError } from '../errors.js';

/** Every record of the log, and the lines that could not be read. A missing log is an empty one. */
export async function readActionLog(path: string): Promise<ParsedActionLog> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], damaged: [] };
    throw new RuntimeError(`Could not read the action log ${path}: ${(error as Error).message}`, 'actions.read', error);
  }
  return parseActionLog(text);
}
