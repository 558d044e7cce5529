// The only top-level catch: every error becomes one message and an exit code here.
import { EXIT, InputErrors, UaLetterError } from '../errors.js';
import type { CliContext } from './context.js';
import { cliHint } from './flag-hints.js';
import { createLogger } from './log.js';
import { removeTempFilesInFlightSync } from '../write/atomic-write.js';
import { buildProgram } from './program.js';

export type ProcessContext = Omit<CliContext, 'log' | 'debug' | 'quiet' | 'signal' | 'exitCode'> & { signal?: AbortSignal };

export async function main(argv: string[], partial: ProcessContext): Promise<number> {
  const debug = argv.includes('--debug');
  const quiet = argv.includes('--quiet') || argv.includes('-q');
  const ctx: CliContext = {
    ...partial,
    signal: partial.signal ?? new AbortController().signal,
    debug,
    quiet,
    exitCode: EXIT.ok,
    log: createLogger({ stream: partial.stderr, out: partial.stdout, env: partial.env, quiet, debug }),
  };
  try {
    const program = buildProgram(ctx);
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    return reportError(error, ctx);
  }
}

export function reportError(error: unknown, ctx: CliContext): number {
  // commander signals help/version/usage through exceptions when exitOverride is on.
  if (isCommanderError(error)) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
    return EXIT.badInput; // commander already printed the message
  }
  if (error instanceof InputErrors) {
    for (const e of error.errors) ctx.log.error(e.message);
    if (ctx.debug) ctx.log.debug(error.stack ?? '');
    return error.exitCode;
  }
  if (error instanceof UaLetterError) {
    ctx.log.error(error.message);
    // The hint belongs to the error: printed even with --quiet.
    const hint = cliHint(error);
    if (hint) ctx.log.hint(hint);
    if (ctx.debug) ctx.log.debug(error.stack ?? '');
    return error.exitCode;
  }
  const err = error instanceof Error ? error : new Error(String(error));
  ctx.log.error(`unexpected failure: ${err.message}`);
  ctx.log.detail(err.stack ?? '');
  ctx.log.detail('This is a bug in ua-letter. Please report it with the command you ran and the output above.');
  return EXIT.runtime;
}

function isCommanderError(error: unknown): error is { code: string; exitCode: number } {
  return typeof error === 'object' && error !== null && 'code' in error && typeof (error as { code: unknown }).code === 'string' && (error as { code: string }).code.startsWith('commander.');
}

/** Entry point of the binary: wires the real process in, handles Ctrl-C / SIGTERM. */
export async function runFromProcess(): Promise<void> {
  const controller = new AbortController();
  let signalExit: number | undefined;
  const onSignal = (name: 'SIGINT' | 'SIGTERM') => {
    if (signalExit !== undefined) {
      // A second signal: stop now, but never leave a temporary file behind.
      removeTempFilesInFlightSync();
      process.exit(name === 'SIGINT' ? EXIT.interrupted : EXIT.terminated);
    }
    signalExit = name === 'SIGINT' ? EXIT.interrupted : EXIT.terminated;
    controller.abort(name);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // A reader that goes away (`ua-letter generate --stdout | head`) makes stdout fail with EPIPE;
  // unheard, that 'error' event crashes the run mid-batch with a stack trace. Stop between two
  // documents instead, as on Ctrl-C, and exit 1: the output is incomplete (issue 6).
  let outputClosed = false;
  process.stdout.on('error', () => {
    outputClosed = true;
    controller.abort('stdout closed'); // document-sinks.ts names this reason in its message
  });
  // Nowhere is left to report a failing stderr on; it must not crash the run either.
  process.stderr.on('error', () => {});
  const code = await main(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    now: () => new Date(),
    signal: controller.signal,
  });
  process.exitCode = signalExit ?? (outputClosed && code === EXIT.ok ? EXIT.runtime : code);
}
