// The file-level half of the case catalogue: what `readInputText` says about files that cannot
// be case files at all, before any parsing.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.js';
import { readInputText } from '../../src/read/input.js';
import { CaseError } from '../../src/errors.js';
import { tempDir } from '../helpers/cli.js';

function context(cwd: string, stdin: Iterable<Uint8Array | string> = []): CliContext {
  return { cwd, stdin: Readable.from(stdin) } as unknown as CliContext;
}

async function problem(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(CaseError);
    return (error as CaseError).message;
  }
  throw new Error('expected a CaseError');
}

describe('reading a case file that cannot be read as text', () => {
  const dir = tempDir('ua-input-');
  mkdirSync(join(dir, 'cases'));
  writeFileSync(join(dir, 'latin1.md'), Buffer.concat([Buffer.from('---\ntitle: Minist'), Buffer.from([0xe9]), Buffer.from('rio\n')]));
  writeFileSync(join(dir, 'utf16.md'), Buffer.from('\uFEFF---\nid: x\n', 'utf16le'));
  writeFileSync(join(dir, 'big.md'), Buffer.alloc(10 * 1024 * 1024 + 1, 0x61));
  writeFileSync(join(dir, 'truncated.md'), Buffer.concat([Buffer.from('---\nname: Öz'), Buffer.from([0xc3])]));

  const cases: { name: string; path: string; expected: string }[] = [
    { name: 'a missing file, named as the user wrote it', path: 'cases/nope.md', expected: 'cases/nope.md: no such file' },
    { name: 'a path through a file', path: 'latin1.md/x.md', expected: 'latin1.md/x.md: no such file (a part of the path is not a folder)' },
    { name: 'a folder', path: 'cases', expected: 'cases: is a folder, not a file' },
    { name: 'a file over 10 MB', path: 'big.md', expected: 'big.md: is too large (10.0 MB; the limit is 10 MB)' },
    { name: 'a Latin-1 file, at the first bad byte', path: 'latin1.md', expected: 'latin1.md:2:14: byte 0xE9 is not valid UTF-8; save the file as UTF-8' },
    { name: 'a UTF-8 sequence cut short at the end', path: 'truncated.md', expected: 'truncated.md:2:9: byte 0xC3 is not valid UTF-8; save the file as UTF-8' },
    { name: 'a UTF-16 file', path: 'utf16.md', expected: 'utf16.md: is UTF-16 text; save it as UTF-8' },
  ];

  it.each(cases)('reports $name', async ({ path, expected }) => {
    expect(await problem(readInputText(path, context(dir)))).toBe(expected);
  });

  it('suggests naming the files inside a folder', async () => {
    const error = await readInputText('cases/', context(dir)).catch((e: unknown) => e as CaseError);
    expect((error as CaseError).hint).toBe('To name every case in it: cases/*.md');
  });

  it('reports stdin over 10 MB as "-"', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    const stdin = Array.from({ length: 11 }, () => chunk);
    expect(await problem(readInputText('-', context(dir, stdin)))).toBe('-: is too large (over the 10 MB limit)');
  });

  it.skipIf(process.platform === 'win32')('stops reading a device that never ends at the limit', async () => {
    expect(await problem(readInputText('/dev/zero', context(dir)))).toBe('/dev/zero: is too large (over the 10 MB limit)');
  });

  it.skipIf(process.platform === 'win32')('reads a named pipe (as `<(cat case.md)` gives) like a file', async () => {
    const fifo = join(dir, 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    const writing = writeFile(fifo, '---\nid: from-a-pipe\n---\n');
    expect(await readInputText('pipe.md', context(dir))).toBe('---\nid: from-a-pipe\n---\n');
    await writing;
  });

  it('reports non-UTF-8 on stdin with its line and column', async () => {
    const stdin = [Buffer.from('---\n'), Buffer.from([0x41, 0xff])];
    expect(await problem(readInputText('-', context(dir, stdin)))).toBe('-:2:2: byte 0xFF is not valid UTF-8; save the file as UTF-8');
  });
});
