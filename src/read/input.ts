/**
 * Reading an input file (a case, a document to import) as text, with the problems a user can
 * fix reported as one line naming the file: missing, a folder, too large, not UTF-8.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CaseError, RuntimeError } from '../errors.js';
import type { ReadContext } from './context.js';

/** Case files are a few kilobytes; anything this big is the wrong file, not a case. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** `path` as the user gave it ('-' reads stdin); relative paths are resolved against ctx.cwd. */
export async function readInputText(path: string, ctx: Pick<ReadContext, 'cwd' | 'stdin' | 'signal'>): Promise<string> {
  return decodeUtf8(await readInputBytes(path, ctx), path);
}

/** The same, as bytes: every input of the tool (cases, lists, profiles, documents to import) comes through here. */
export async function readInputBytes(path: string, ctx: Pick<ReadContext, 'cwd' | 'stdin' | 'signal'>): Promise<Uint8Array> {
  return path === '-' ? await readStream(ctx.stdin, path) : await readFileBytes(path, ctx.cwd);
}

async function readFileBytes(path: string, cwd: string): Promise<Uint8Array> {
  const full = resolve(cwd, path);
  try {
    const info = await stat(full);
    if (info.isDirectory()) throw new CaseError({ file: path }, 'is a folder, not a file', { code: 'input.directory', hint: `To name every case in it: ${path.replace(/\/+$/, '')}/*.md` });
    // A pipe or a device (`<(cmd)`, /dev/stdin, /dev/zero) has no size to check first: read it
    // as a stream, up to the limit, as stdin is.
    if (!info.isFile()) return await readStream(createReadStream(full), path);
    if (info.size > MAX_INPUT_BYTES) throw tooLarge(path, info.size);
    return await readFile(full);
  } catch (error) {
    throw fileError(error, path);
  }
}

async function readStream(stream: NodeJS.ReadableStream, path: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw tooLarge(path);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** `size` when known (a file); a stream is stopped as soon as it passes the limit. */
function tooLarge(path: string, size?: number): CaseError {
  const problem = size === undefined ? 'is too large (over the 10 MB limit)' : `is too large (${(size / 1024 / 1024).toFixed(1)} MB; the limit is 10 MB)`;
  return new CaseError({ file: path }, problem, { code: 'input.too-large' });
}

function fileError(error: unknown, path: string): Error {
  if (error instanceof CaseError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new CaseError({ file: path }, 'no such file', { code: 'input.not-found' });
  if (code === 'ENOTDIR') return new CaseError({ file: path }, 'no such file (a part of the path is not a folder)', { code: 'input.not-found' });
  if (code === 'EISDIR') return new CaseError({ file: path }, 'is a folder, not a file', { code: 'input.directory' });
  if (code === 'EACCES' || code === 'EPERM') return new RuntimeError(`${path}: permission denied`, 'input.unreadable', error);
  return new RuntimeError(`${path}: could not be read (${(error as Error).message})`, 'input.unreadable', error);
}

/**
 * Strict UTF-8, so that a Latin-1 or UTF-16 file is named as such instead of turning "Público"
 * into "P�blico" in a thousand letters. The byte order mark, if any, is dropped.
 */
export function decodeUtf8(bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      throw new CaseError({ file: path }, 'is UTF-16 text; save it as UTF-8', { code: 'input.encoding' });
    }
    const offset = firstInvalidUtf8(bytes);
    const before = bytes.subarray(0, offset);
    const lineStart = before.lastIndexOf(0x0a) + 1;
    const line = before.reduce((n, b) => (b === 0x0a ? n + 1 : n), 1);
    const column = new TextDecoder('utf-8').decode(before.subarray(lineStart)).length + 1;
    const hex = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new CaseError({ file: path, line, column }, `byte 0x${hex} is not valid UTF-8; save the file as UTF-8`, { code: 'input.encoding' });
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const [length, lo, hi] = utf8Sequence(bytes[i] ?? 0);
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      // The second byte has a narrower range after some lead bytes (no overlongs, no surrogates).
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += length;
  }
  return bytes.length;
}

/** Sequence length and allowed range of the second byte for a lead byte; length 0: invalid. */
function utf8Sequence(lead: number): [length: number, lo: number, hi: number] {
  if (lead < 0x80) return [1, 0, 0];
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}
