/**
 * Reading an input file (a case, a document to import) as text, with the problems a user can
 * fix reported as one line naming the file: missing, a folder, too large, not UTF-8.
 */
import { constants, createReadStream, openSync, readSync, closeSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { Socket } from 'node:net';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CaseError, InterruptedError, RuntimeError } from '../errors.js';
import type { ReadContext } from './context.js';

/** Case files are a few kilobytes; anything this big is the wrong file, not a case. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/**
 * How long a named pipe may have no writer before the read gives up. A pipe that nobody opens for
 * writing would otherwise keep the run waiting forever (the bound is an answer within 10 s); a
 * writer that comes, even one slow to send its first byte, is waited for as stdin is.
 */
export const PIPE_WRITER_WAIT_MS = 5000;

export interface ReadLimits {
  /** Bytes read at most before the input is refused (default 10 MB). */
  maxBytes?: number | undefined;
}

type Context = Pick<ReadContext, 'cwd' | 'stdin' | 'signal'>;

/** `path` as the user gave it ('-' reads stdin); relative paths are resolved against ctx.cwd. */
export async function readInputText(path: string, ctx: Context, limits?: ReadLimits): Promise<string> {
  return decodeUtf8(await readInputBytes(path, ctx, limits), path);
}

/**
 * The same, as bytes: every input of the tool (cases, lists, profiles, documents to import, the
 * action log) comes through here, so each is bounded in size and stops on Ctrl-C/SIGTERM.
 */
export async function readInputBytes(path: string, ctx: Context, limits?: ReadLimits): Promise<Uint8Array> {
  const max = limits?.maxBytes ?? MAX_INPUT_BYTES;
  return path === '-' ? await readStream(ctx.stdin, path, ctx.signal, max) : await readFileBytes(path, ctx.cwd, ctx.signal, max);
}

async function readFileBytes(path: string, cwd: string, signal: AbortSignal | undefined, max: number): Promise<Uint8Array> {
  const full = resolve(cwd, path);
  try {
    const info = await stat(full);
    if (info.isDirectory()) throw new CaseError({ file: path }, 'is a folder, not a file', { code: 'input.directory', hint: `To name every case in it: ${path.replace(/\/+$/, '')}/*.md` });
    // A pipe or a device (`<(cmd)`, /dev/stdin, /dev/zero) has no size to check first: read it
    // as a stream, up to the limit, as stdin is.
    if (info.isFIFO()) return await readFifo(full, path, signal, max);
    if (!info.isFile()) return await readStream(createReadStream(full), path, signal, max);
    if (info.size > max) throw tooLarge(path, max, info.size);
    return await readFile(full, { signal });
  } catch (error) {
    throw fileError(error, path, signal);
  }
}

/**
 * A named pipe, opened without waiting for a writer. A plain open() blocks until someone writes,
 * in one of libuv's threads, where nothing can stop it: Ctrl-C and SIGTERM went unheard, and even
 * process.exit() hung, waiting for that thread (issue 16: `mkfifo p; ua-letter validate p`
 * survived two SIGTERMs). Opened non-blocking, the pipe is read by the event loop like stdin from
 * a shell pipe, and the read can be abandoned at any moment.
 *
 * On Linux a pipe that never had a writer does not read as ended to the event loop: it would wait
 * for one forever. So the pipe is first polled directly — a read of 0 bytes means "no writer now",
 * EAGAIN means "a writer, no data yet" — for at most PIPE_WRITER_WAIT_MS.
 */
async function readFifo(full: string, path: string, signal: AbortSignal | undefined, max: number): Promise<Uint8Array> {
  const fd = openSync(full, constants.O_RDONLY | constants.O_NONBLOCK);
  let first: Buffer | undefined;
  try {
    first = await firstBytes(fd, path, signal);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  const rest = await readStream(new Socket({ fd, readable: true, writable: false }), path, signal, max - first.length);
  return first.length === 0 ? rest : Buffer.concat([first, rest]);
}

/** The bytes already in the pipe once a writer is there (maybe none), or a refusal when none comes. */
async function firstBytes(fd: number, path: string, signal: AbortSignal | undefined): Promise<Buffer> {
  const buffer = Buffer.alloc(64 * 1024);
  for (let waited = 0; ; waited += 50) {
    if (signal?.aborted) throw interrupted(path);
    try {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n > 0) return buffer.subarray(0, n);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') return Buffer.alloc(0);
      throw error;
    }
    if (waited >= PIPE_WRITER_WAIT_MS) {
      throw new CaseError({ file: path }, `is a named pipe that nothing wrote to in ${PIPE_WRITER_WAIT_MS / 1000} s`, { code: 'input.no-writer', hint: 'Start the program that writes to it first, or pass a file.' });
    }
    await sleep(50, undefined, { signal }).catch(() => undefined);
  }
}

/**
 * The stream's bytes, up to the limit. An abort (Ctrl-C, SIGTERM) stops the read at once, however
 * long the other end takes to write: the stream is destroyed and the run stops with exit 130/143.
 */
async function readStream(stream: NodeJS.ReadableStream, path: string, signal: AbortSignal | undefined, max: number): Promise<Uint8Array> {
  if (signal?.aborted) throw interrupted(path);
  const chunks: Buffer[] = [];
  let size = 0;
  const stop = () => (stream as { destroy?: (error?: Error) => void }).destroy?.(interrupted(path));
  signal?.addEventListener('abort', stop, { once: true });
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
      size += buffer.length;
      if (size > max) throw tooLarge(path, max);
      chunks.push(buffer);
    }
  } catch (error) {
    throw signal?.aborted ? interrupted(path) : error;
  } finally {
    signal?.removeEventListener('abort', stop);
    // Stop reading the rest of a stream that was too large (or is endless, like /dev/zero).
    if (size > max) stop();
  }
  return Buffer.concat(chunks);
}

function interrupted(path: string): InterruptedError {
  return new InterruptedError(`${path}: interrupted while reading; nothing was done`);
}

/** `size` when known (a file); a stream is stopped as soon as it passes the limit. */
function tooLarge(path: string, max: number, size?: number): CaseError {
  const limit = megabytes(max);
  const problem = size === undefined ? `is too large (over the ${limit} limit)` : `is too large (${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${limit})`;
  return new CaseError({ file: path }, problem, { code: 'input.too-large' });
}

const megabytes = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

function fileError(error: unknown, path: string, signal?: AbortSignal): Error {
  if (error instanceof CaseError || error instanceof InterruptedError) return error;
  if (signal?.aborted) return interrupted(path);
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
