// The only chalk import: colour is decided once, here.
import { Chalk, type ChalkInstance } from 'chalk';

export interface Logger {
  /** Progress and results for people (stderr); silenced by --quiet. */
  info(message: string): void;
  success(message: string): void;
  warn(message: string): void;
  /** Always printed, even with --quiet. */
  error(message: string): void;
  /** Printed only with --debug. */
  debug(message: string): void;
  readonly color: ChalkInstance;
}

export interface LoggerOptions {
  stream: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  quiet?: boolean;
  debug?: boolean;
}

/** Colour only when the stream is a terminal and NO_COLOR is unset (https://no-color.org). */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

export function createLogger(options: LoggerOptions): Logger {
  const color = new Chalk({ level: wantsColor(options.stream, options.env) ? 1 : 0 });
  const write = (line: string) => options.stream.write(line + '\n');
  return {
    color,
    info: (m) => { if (!options.quiet) write(m); },
    success: (m) => { if (!options.quiet) write(color.green(m)); },
    warn: (m) => { if (!options.quiet) write(color.yellow('warning: ') + m); },
    error: (m) => write(color.red('error: ') + m),
    debug: (m) => { if (options.debug) write(color.dim(m)); },
  };
}
