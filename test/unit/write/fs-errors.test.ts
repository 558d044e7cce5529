import { expect, test } from 'vitest';
import { RuntimeError } from '../../../src/errors.js';
import { writeFailure } from '../../../src/write/fs-errors.js';

const fsError = (code: string) => Object.assign(new Error(`${code}: raw message, open '/x/.a.txt.1.0.tmp'`), { code });

test.each([
  ['EACCES', 'output.eacces', 'Cannot write letters/a.txt: permission denied; choose another folder with --out or fix its permissions'],
  ['ENOSPC', 'output.enospc', 'Cannot write letters/a.txt: the disk is full; free some space and run the same command again (finished files are kept)'],
  ['EROFS', 'output.erofs', 'Cannot write letters/a.txt: the file system is read-only; choose another folder with --out'],
  ['EBUSY', 'output.ebusy', "Cannot write letters/a.txt: EBUSY: raw message, open '/x/.a.txt.1.0.tmp'"],
])('reports %s as a runtime failure naming the file', (code, errorCode, message) => {
  const error = writeFailure(fsError(code), 'letters/a.txt');
  expect(error).toBeInstanceOf(RuntimeError);
  expect(error.exitCode).toBe(1);
  expect(error.code).toBe(errorCode);
  expect(error.message).toBe(message);
});
