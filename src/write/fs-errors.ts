// Turns a failed file-system call into a RuntimeError (exit 1) that names the path and says what
// to do, instead of a raw `EACCES: permission denied, open '…/.x.123.0.tmp'` with a stack trace.
import { RuntimeError } from '../errors.js';

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied; choose another folder with --out or fix its permissions',
  EPERM: 'operation not permitted; choose another folder with --out or fix its permissions',
  ENOSPC: 'the disk is full; free some space and run the same command again (finished files are kept)',
  EDQUOT: 'your disk quota is used up; free some space and run the same command again',
  EROFS: 'the file system is read-only; choose another folder with --out',
  EISDIR: 'a folder of that name is in the way',
  ENOTDIR: 'part of the path is a file, not a folder',
  ENAMETOOLONG: 'the path is too long for this file system; use a shorter --out folder',
  EMFILE: 'too many files open at once',
  ENFILE: 'too many files open at once',
  EIO: 'an input/output error from the disk',
  ENOENT: 'a folder on the way does not exist',
};

/** The Node error code of a failed fs call, if any. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** `Cannot write letters/x/y.txt: the disk is full; …` — the path is the one the user asked for. */
export function writeFailure(error: unknown, path: string): RuntimeError {
  const code = errorCode(error);
  const reason = (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
  return new RuntimeError(`Cannot write ${path}: ${reason}`, `output.${(code ?? 'failed').toLowerCase()}`, error);
}
