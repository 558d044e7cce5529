/**
 * Typed errors. The core throws these; `src/cli/main.ts` alone turns them into a message and an
 * exit code. Expected errors (bad input, bad usage) never print a stack trace unless --debug.
 */
import { visible } from './visible.js';

/** Exit codes of the scripting contract (see README). */
export const EXIT = {
  ok: 0,
  runtime: 1,
  badInput: 2,
  interrupted: 130,
  terminated: 143,
} as const;

export class UaLetterError extends Error {
  /** A stable machine-readable code, e.g. `case.invalid`. */
  readonly code: string;
  /** How to fix it, printed after the message. */
  readonly hint: string | undefined;
  /** The exit code this error maps to. */
  readonly exitCode: number;

  constructor(message: string, options: { code: string; hint?: string; exitCode?: number; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? EXIT.badInput;
  }
}

export interface SourceLocation {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  /** Field path such as `targets[1].email`. */
  field?: string | undefined;
}

/** `file:line:column field: message`, the one-line form every input problem is reported in. */
export function formatLocated(loc: SourceLocation, message: string): string {
  let where = loc.file;
  if (loc.line !== undefined) {
    where += `:${loc.line}`;
    if (loc.column !== undefined) where += `:${loc.column}`;
  }
  // Control characters quoted from an input file (a value, a key, YAML's own excerpt) shown as
  // `\u001b`: raw, a line break would split the one-line message (issue 6, found by fuzzing).
  return visible(loc.field ? `${where} ${loc.field}: ${message}` : `${where}: ${message}`, { oneLine: true });
}

/** One problem in an input file (case, signer list, profile). */
export class CaseError extends UaLetterError implements SourceLocation {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly field: string | undefined;
  /** The bare problem, without the location (the message has both). */
  readonly problem: string;

  constructor(loc: SourceLocation, problem: string, options: { code?: string; hint?: string } = {}) {
    super(formatLocated(loc, problem), { code: options.code ?? 'case.invalid', ...(options.hint ? { hint: options.hint } : {}) });
    this.file = loc.file;
    this.line = loc.line;
    this.column = loc.column;
    this.field = loc.field;
    this.problem = problem;
  }
}

/** Several input problems found together: validation reports all of them, not only the first. */
export class InputErrors extends UaLetterError {
  readonly errors: CaseError[];
  constructor(errors: CaseError[]) {
    super(errors.map((e) => e.message).join('\n'), { code: 'input.invalid' });
    this.errors = errors;
  }
}

/** A template that fails to compile or render (syntax error, unknown variable). */
export class TemplateError extends UaLetterError {
  readonly template: string;
  readonly line: number | undefined;
  constructor(template: string, line: number | undefined, problem: string, hint?: string) {
    super(formatLocated({ file: template, line }, problem), { code: 'template.invalid', ...(hint ? { hint } : {}) });
    this.template = template;
    this.line = line;
  }
}

/** Wrong flags or arguments. */
export class UsageError extends UaLetterError {
  constructor(message: string, hint?: string, code = 'usage') {
    super(message, { code, ...(hint ? { hint } : {}) });
  }
}

/** A well-formed request the tool refuses (expired case, tweet too long, file exists). */
export class RefusedError extends UaLetterError {
  constructor(message: string, code: string, hint?: string) {
    super(message, { code, ...(hint ? { hint } : {}) });
  }
}

/**
 * A language choice that would mix languages: a frame in one language around a letter in another,
 * or a language without templates. Names the case file and what is missing (exit 2).
 */
export class LanguageError extends UaLetterError {
  readonly file: string;
  readonly lang: string;
  /** What the language lacks: its templates, or the case's letter section in it. */
  readonly missing: 'templates' | 'letter';
  /** The language was asked for (the lang option), rather than taken from the case. */
  readonly requested: boolean;
  /** The languages the case's letter is written in (for a missing letter section). */
  readonly written: readonly string[];
  constructor(where: { file: string; lang: string; missing: 'templates' | 'letter'; requested?: boolean; written?: readonly string[] }, message: string, hint?: string) {
    super(message, { code: `language.no-${where.missing}`, ...(hint ? { hint } : {}) });
    this.file = where.file;
    this.lang = where.lang;
    this.missing = where.missing;
    this.requested = where.requested === true;
    this.written = where.written ?? [];
  }
}

/** Ctrl-C or SIGTERM stopped the run where it waited (reading a pipe, a long import). */
export class InterruptedError extends UaLetterError {
  constructor(message: string) {
    super(message, { code: 'interrupted', exitCode: EXIT.interrupted });
  }
}

/** Something outside the input went wrong (disk full, permission denied). Exit 1. */
export class RuntimeError extends UaLetterError {
  constructor(message: string, code: string, cause?: unknown) {
    super(message, { code, exitCode: EXIT.runtime, cause });
  }
}

/**
 * A recipient's block that fits no zone of the envelope window even wrapped and in the smallest
 * type (src/write/pdf/fit-address.ts). Thrown before the letter is drawn; generate turns it into
 * a CaseError pointing at the official's address in the case file.
 */
export class AddressTooBigError extends UaLetterError {
  constructor(
    readonly letter: { caseId: string; targetId: string; recipientLines: readonly string[] },
    readonly windowName: string,
  ) {
    super(`The address of ${letter.targetId} (${letter.recipientLines.length} lines with name and title) does not fit the ${windowName} envelope window, even wrapped and in small type`, {
      code: 'pdf.address-too-big',
      hint: ADDRESS_HINT,
    });
  }
}

export const ADDRESS_HINT = 'Shorten the address in the case file (long title or organisation lines take the most room), or leave out lines the post does not need';
