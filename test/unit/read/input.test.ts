import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../../src/cli/context.js';
import { firstInvalidUtf8, readInputText } from '../../../src/read/input.js';
import { tempDir } from '../../helpers/cli.js';

const context = (cwd: string, stdin: Iterable<Uint8Array | string> = []) => ({ cwd, stdin: Readable.from(stdin) }) as unknown as CliContext;

describe('readInputText', () => {
  it('reads a file relative to the working folder of the context, not of the process', async () => {
    const dir = tempDir('ua-read-');
    writeFileSync(join(dir, 'case.md'), '---\nid: ñandú\n');
    expect(await readInputText('case.md', context(dir))).toBe('---\nid: ñandú\n');
  });

  it('drops a byte order mark', async () => {
    const dir = tempDir('ua-read-');
    writeFileSync(join(dir, 'bom.md'), '\uFEFF---\n');
    expect(await readInputText('bom.md', context(dir))).toBe('---\n');
  });

  it('reads "-" from stdin, across chunks that split a character', async () => {
    const bytes = Buffer.from('---\ntitle: Público\n');
    const stdin = [bytes.subarray(0, 15), bytes.subarray(15)];
    expect(await readInputText('-', context('/', stdin))).toBe('---\ntitle: Público\n');
  });
});

describe('firstInvalidUtf8', () => {
  const cases: { name: string; bytes: number[]; expected: number }[] = [
    { name: 'valid text', bytes: [0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80], expected: 10 },
    { name: 'a lone continuation byte', bytes: [0x61, 0x80], expected: 1 },
    { name: 'an overlong two-byte form', bytes: [0xc0, 0xaf], expected: 0 },
    { name: 'an overlong three-byte form', bytes: [0xe0, 0x80, 0xaf], expected: 0 },
    { name: 'a UTF-16 surrogate', bytes: [0x61, 0xed, 0xa0, 0x80], expected: 1 },
    { name: 'a code point above U+10FFFF', bytes: [0xf4, 0x90, 0x80, 0x80], expected: 0 },
    { name: 'a sequence cut short', bytes: [0x61, 0x62, 0xe2, 0x82], expected: 2 },
    { name: 'Latin-1 é', bytes: [0x63, 0x61, 0x66, 0xe9], expected: 3 },
  ];
  it.each(cases)('finds the first bad byte in $name', ({ bytes, expected }) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(expected);
  });
});
