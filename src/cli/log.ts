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
    info: (m) => { if (!options.quiet) write(visible(m)); },
    success: (m) => { if (!options.quiet) write(color.green(visible(m))); },
    warn: (m) => { if (!options.quiet) write(color.yellow('warning: ') + visible(m)); },
    error: (m) => write(color.red('error: ') + visible(m)),
    debug: (m) => { if (options.debug) write(color.dim(visible(m))); },
  };
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Messages quote names and values from the user's files; an escape character among them must
 * not reach the terminal (it could recolour, hide or rewrite what is shown). Line breaks stay:
 * some messages are several lines. Our own colours are added after this (issue 6).
 */
function visible(message: string): string {
  return message.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
