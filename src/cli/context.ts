import type { Logger } from './log.js';

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
