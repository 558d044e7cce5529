// A batch of files for a writer thread: one buffer holding every file's bytes back to back, so
// that a hundred files cross to the thread as one transferred ArrayBuffer instead of a hundred
// copied strings (and the buffer comes back with the answer, to be filled again). The main thread
// writes a batch itself, from the same buffer, when the threads are busy.
//
// An .eml travels as what it is built from (JSON of its EmlInput) and is built by whichever thread
// writes it (write-files.ts): building a draft costs as much as rendering the email, and the main
// thread is the one with the rendering to do.
import type { EmlInput } from './eml.js';

/** What the writer needs to know about one file. */
export interface BatchFile {
  /** Absolute path to publish. */
  path: string;
  /** The path as the user sees it, for error messages. */
  shown: string;
  /** The folder exists (prepareFolder); else the writer creates it. */
  folderReady: boolean;
  /** This run created the folder (see FOLDER.fresh). */
  freshFolder?: boolean | undefined;
}

/**
 * What the writer knows of a file's folder. In a folder this run created, no file is looked for
 * before writing (a rerun's files cannot be there). Publishing is by link(2) all the same: a
 * second run writing into the same new folder at the same moment can be there (issue 16; rename
 * had replaced its files, and both runs reported them "written").
 */
export const FOLDER = { unknown: 0, ready: 1, fresh: 2 } as const;

export function folderState(file: BatchFile): number {
  if (!file.folderReady) return FOLDER.unknown;
  return file.freshFolder === true ? FOLDER.fresh : FOLDER.ready;
}

/** How a file's bytes in the batch are to be read. */
export const KIND = { bytes: 0, eml: 1 } as const;

/** The files of a batch as writeBatchSync reads them. */
export interface BatchFiles {
  force: boolean;
  paths: readonly string[];
  shown: readonly string[];
  /** FOLDER state of each file's folder. */
  ready: ArrayLike<number>;
  /** KIND of each file. */
  kinds: ArrayLike<number>;
  /** Byte length of each file's data, in order; the data lie back to back. */
  sizes: ArrayLike<number>;
}

/**
 * The form of a batch that crosses to a writer thread. Paths travel as one string joined by NUL
 * (a character no path can hold) and numbers as typed arrays: copying a hundred separate strings
 * cost more than the thread saved.
 */
export interface WriteBatch {
  id: number;
  force: boolean;
  paths: string;
  shown: string;
  ready: Uint8Array;
  kinds: Uint8Array;
  sizes: Uint32Array;
  buffer: ArrayBuffer;
}

/** The batch as writeBatchSync wants it, on the thread that received it. */
export function unpack(batch: WriteBatch): BatchFiles {
  const { force, ready, kinds, sizes } = batch;
  return { force, paths: batch.paths.split('\u0000'), shown: batch.shown.split('\u0000'), ready, kinds, sizes };
}

/**
 * Per file: written as a new file or replacing one (--force; its size), or the name was taken (the
 * size of what is there), or not reached.
 */
export type FileOutcome = { status: 'written' | 'replaced'; bytes: number } | { status: 'exists'; bytes: number } | { status: 'cancelled' };

/** A writer thread's answer: outcomes of the files it reached, in order, then maybe an error. */
export interface BatchReply {
  id: number;
  outcomes: FileOutcome[];
  /** The write that failed (the files after it were not attempted). */
  error?: SerializedError;
}

export interface SerializedError {
  message: string;
  /** UaLetterError fields, when the error was one: it is shown and exits as the original would. */
  code?: string;
  hint?: string;
  exitCode?: number;
  stack?: string;
}

/** A batch is sent when it holds this many files or bytes (some 30 to 60 documents). */
const BATCH_FILES = 64;
const BATCH_BYTES = 64 * 1024;
const INITIAL_BYTES = 128 * 1024;
const EMPTY = Buffer.alloc(0);

/** Collects files into one growing buffer. */
export class BatchBuilder {
  private readonly paths: string[] = [];
  private readonly shown: string[] = [];
  private readonly ready: number[] = [];
  private readonly kinds: number[] = [];
  private readonly sizes: number[] = [];
  /** Each file's tag (PublishJob.tag): stays on this thread, the outcomes are matched to it here. */
  readonly tags: number[] = [];
  private buffer: Buffer = EMPTY;
  private used = 0;

  /** `reuse`: a buffer that came back from a writer thread; else one is allocated on first use. */
  constructor(reuse?: ArrayBuffer) {
    if (reuse && reuse.byteLength >= INITIAL_BYTES) this.buffer = Buffer.from(reuse);
  }

  get length(): number {
    return this.paths.length;
  }

  get full(): boolean {
    return this.paths.length >= BATCH_FILES || this.used >= BATCH_BYTES;
  }

  add(file: BatchFile, content: string | Uint8Array | EmlInput, tag = -1): void {
    let kind: number = KIND.bytes;
    let data: string | Uint8Array;
    if (typeof content === 'string' || content instanceof Uint8Array) data = content;
    else {
      kind = KIND.eml;
      data = JSON.stringify(content);
    }
    let size: number;
    if (typeof data === 'string') {
      // Room for the longest UTF-8 a string of this length can need (3 bytes per UTF-16 unit),
      // then one pass that encodes and measures: counting the bytes first would be a second pass.
      this.reserve(data.length * 3);
      size = this.buffer.write(data, this.used, 'utf8');
    } else {
      size = data.byteLength;
      this.reserve(size);
      this.buffer.set(data, this.used);
    }
    this.used += size;
    this.paths.push(file.path);
    this.shown.push(file.shown);
    this.ready.push(folderState(file));
    this.kinds.push(kind);
    this.sizes.push(size);
    this.tags.push(tag);
  }

  /** The batch as it crosses to a thread; its buffer is transferred, so the builder is spent. */
  seal(id: number, force: boolean): WriteBatch {
    return {
      id,
      force,
      paths: this.paths.join('\u0000'),
      shown: this.shown.join('\u0000'),
      ready: Uint8Array.from(this.ready),
      kinds: Uint8Array.from(this.kinds),
      sizes: Uint32Array.from(this.sizes),
      // allocUnsafeSlow gives the buffer an ArrayBuffer of its own (no shared pool): transferable.
      buffer: this.buffer === EMPTY ? new ArrayBuffer(0) : (this.buffer.buffer as ArrayBuffer),
    };
  }

  /** The batch for writing on this thread, and its data. */
  local(force: boolean): { files: BatchFiles; data: Buffer } {
    const { paths, shown, ready, kinds, sizes } = this;
    return { files: { force, paths, shown, ready, kinds, sizes }, data: this.buffer };
  }

  /** Grow (by copying) so that `size` more bytes fit. */
  private reserve(size: number): void {
    if (this.used + size <= this.buffer.length) return;
    const bigger = Buffer.allocUnsafeSlow(Math.max(this.buffer.length * 2, INITIAL_BYTES, this.used + size));
    this.buffer.copy(bigger, 0, 0, this.used);
    this.buffer = bigger;
  }
}

// The control flags the main thread and each writer thread share.

/** Int32 slots of the shared control buffer. */
export const CONTROL = {
  /** Set to 1 by the main thread: stop before the next file. */
  stop: 0,
  /** 1 while the thread is between batches (no temp file of its own can exist). */
  idle: 1,
  /**
   * Batches the thread has finished. The main thread reads it to decide where the next batch
   * goes: the answer itself waits in the event queue until the main thread looks up from rendering.
   */
  done: 2,
} as const;

export const CONTROL_BYTES = 3 * Int32Array.BYTES_PER_ELEMENT;

/** `workerData` of a writer thread. */
export interface WorkerInput {
  control: SharedArrayBuffer;
}
