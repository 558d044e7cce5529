// The only chalk import: colour is decided once, here. And the one place outside text reaches the
// terminal through: every message and every result printed for people passes visible() here, so
// that no command has to remember it (issue 16).
import { Chalk, type ChalkInstance } from 'chalk';
import { visible } from '../visible.js';

export interface Logger {
  /** Progress and results for people (stderr); silenced by --quiet. */
  info(message: string): void;
  success(message: string): void;
  warn(message: string): void;
  /** Always printed, even with --quiet. */
  error(message: string): void;
  /** Printed only with --debug. */
  debug(message: string): void;
  /** How to fix the error just reported, indented below it; printed even with --quiet. */
  hint(message: string): void;
  /** More about an unexpected error (its stack), as it is; printed even with --quiet. */
  detail(message: string): void;
  /**
   * A command's result on stdout (a table, a report, JSON Lines), never silenced. JSON stays
   * valid: an escaped character is written `\u202e`, which JSON reads back as the character.
   */
  print(text: string | readonly Styled[]): void;
  readonly color: ChalkInstance;
}

/** Part of a result: plain text, or text in a colour (shown only where stdout takes colour). */
export type Styled = string | { text: string; color: 'red' | 'yellow' | 'green' };

export interface LoggerOptions {
  stream: NodeJS.WritableStream & { isTTY?: boolean };
  /** Where print() goes (stdout). */
  out: NodeJS.WritableStream & { isTTY?: boolean };
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
  // Colour for results follows stdout, for messages stderr: `ua-letter list | less` has neither.
  const outColor = new Chalk({ level: wantsColor(options.out, options.env) ? 1 : 0 });
  return {
    color,
    info: (m) => { if (!options.quiet) write(visible(m)); },
    success: (m) => { if (!options.quiet) write(color.green(visible(m))); },
    warn: (m) => { if (!options.quiet) write(color.yellow('warning: ') + visible(m)); },
    error: (m) => write(color.red('error: ') + visible(m)),
    debug: (m) => { if (options.debug) write(color.dim(visible(m))); },
    hint: (m) => write(`  ${visible(m)}`),
    detail: (m) => write(visible(m)),
    print: (text) => {
      options.out.write(typeof text === 'string' ? visible(text) : text.map((part) => (typeof part === 'string' ? visible(part) : outColor[part.color](visible(part.text)))).join(''));
    },
  };
}
