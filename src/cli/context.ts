import type { GenerateIo } from '../generate/types.js';
import type { ReadContext } from '../read/context.js';
import type { Logger } from './log.js';
import { createProgress } from './progress.js';

/** Everything a command may touch of the outside world, passed in so tests can replace it. */
export interface CliContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** The real clock; commands turn it into "today" through `resolveToday` (--date, SOURCE_DATE_EPOCH). */
  now: () => Date;
  /** Diagnostics on stderr (colour only on a TTY and without NO_COLOR). */
  log: Logger;
  /** Set by the interrupt handler; long batches check it between files. */
  signal: AbortSignal;
  /** Global flags. */
  debug: boolean;
  quiet: boolean;
  /** The exit code a command chose without throwing (e.g. validate with problems: 2). */
  exitCode: number;
}

/** True when prompting is allowed: stdin is a terminal and the user did not pass --no-input. */
export function canPrompt(ctx: CliContext, noInput = false): boolean {
  return !noInput && ctx.stdin.isTTY === true && ctx.stdout.isTTY === true && ctx.env.CI !== 'true';
}

/** What the readers of src/read need of the CLI's context. */
export function readContext(ctx: CliContext): ReadContext {
  return {
    cwd: ctx.cwd,
    stdin: ctx.stdin,
    signal: ctx.signal,
    warn: (m) => ctx.log.warn(m),
    debug: (m) => ctx.log.debug(m),
  };
}

/**
 * The pipeline's outside world on the command line: messages to the log, a progress bar where a
 * person watches, and with `json` each document's record as a JSON line on stdout.
 */
export function generateIo(ctx: CliContext, options: { json: boolean; quietProgress: boolean }): GenerateIo {
  return {
    ...readContext(ctx),
    env: ctx.env,
    stdout: ctx.stdout,
    now: ctx.now,
    info: (m) => ctx.log.info(m),
    // Through the logger: a signer's name or a path may hold a bidi override or C1 control (issue 16).
    onRecord: options.json ? (record) => ctx.log.print(JSON.stringify(record) + '\n') : undefined,
    progress: (total, label) => createProgress(total, label, ctx, options.quietProgress),
  };
}
