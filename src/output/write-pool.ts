// Writer threads for big batches. A batch of 10,000 signers is 80,000 small files: rendering them
// takes one core, and publishing them (temp file, link, unlink: four system calls a file) about
// as much again. The main thread keeps rendering and fills batches of ~100 files; a writer thread
// publishes a batch while the next one fills. When every thread is busy the main thread writes
// the batch itself, so the work balances across the cores whatever their speed.
//
// Output is the same as on one thread: the same bytes under the same names, each file published
// atomically by the same code (atomic-write.ts). Only the order in which files appear on disk
// differs, and nothing depends on it.
//
// Stopping: a shared flag tells the threads to stop before their next file; `idle` tells the main
// thread that a thread holds no temp file. abort() (Ctrl-C, an error) and the hard stop of a second
// Ctrl-C (removeTempFilesInFlightSync) both wait for that, so no temp or half-written file is left.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UaLetterError } from '../errors.js';
import { onHardStop } from './atomic-write.js';
import type { FilePublisher, PublishJob } from './file-publisher.js';
import { BatchBuilder, writeBatchSync, type BatchReply, type FileOutcome, type SerializedError } from './write-batch.js';
import { CONTROL, CONTROL_BYTES, type WorkerInput } from './write-pool-protocol.js';

export interface WritePoolOptions {
  /** Writer threads besides the main thread. */
  threads: number;
  /** Files written on the main thread before the threads start (a small run never starts them). */
  startAfter: number;
  force: boolean;
}

/** A document waiting for its files: where they sit in the batch, and its promise. */
interface Waiting {
  start: number;
  count: number;
  resolve(outcomes: FileOutcome[]): void;
  reject(error: unknown): void;
}

interface Thread {
  worker: Worker;
  flags: Int32Array;
  /** Batches handed over so far (compare with CONTROL.done). */
  sent: number;
  /** Batches handed over and not answered yet, by id. */
  pending: Map<number, Waiting[]>;
  unregister(): void;
}

/** Batches a thread may hold (one being written, two waiting): more only holds memory. */
const MAX_PENDING = 3;
const YIELD_EVERY_MS = 4;
/** A hard stop waits this long at most for a thread to finish its file. */
const HARD_STOP_WAIT_MS = 2000;

/** Rejection of a document whose files were not all reached because the run stopped. */
export class WriteCancelled extends Error {
  constructor(readonly outcomes: FileOutcome[]) {
    super('stopped before these files were written');
  }
}

/** The worker script beside this module (dist/output/, or the bundle's chunks/); none when run from sources. */
function workerScript(): URL | undefined {
  for (const candidate of ['./write-worker.js', './chunks/write-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

export function createWritePool(options: WritePoolOptions): FilePublisher | undefined {
  const script = workerScript();
  return script ? new WritePool(script, options) : undefined;
}

class WritePool implements FilePublisher {
  readonly pipelined = true;
  private batch = new BatchBuilder();
  private waiting: Waiting[] = [];
  private readonly threads: Thread[] = [];
  private readonly spare: ArrayBuffer[] = [];
  private filesSeen = 0;
  private nextId = 0;
  private lastYield = performance.now();
  private failure: unknown;
  private stopping = false;

  constructor(
    private readonly script: URL,
    private readonly options: WritePoolOptions,
  ) {}

  publish(files: readonly PublishJob[]): Promise<FileOutcome[]> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (this.stopping) return Promise.reject(new WriteCancelled([]));
    return new Promise((resolve, reject) => {
      this.waiting.push({ start: this.batch.length, count: files.length, resolve, reject });
      for (const file of files) this.batch.add(file, file.content);
      this.filesSeen += files.length;
      if (this.batch.full) this.dispatch();
    });
  }

  async pace(): Promise<void> {
    if (performance.now() - this.lastYield >= YIELD_EVERY_MS) {
      // Answers from the threads arrive as events: let them in.
      await new Promise((resolve) => setImmediate(resolve));
      this.lastYield = performance.now();
    }
    if (this.failure !== undefined) throw this.failure;
  }

  async close(): Promise<void> {
    if (this.batch.length > 0) this.dispatch();
    await this.drain();
    await this.stopThreads();
    if (this.failure !== undefined) throw this.failure;
  }

  async abort(): Promise<void> {
    this.stopping = true;
    for (const t of this.threads) Atomics.store(t.flags, CONTROL.stop, 1);
    settle(this.waiting, undefined, { outcomes: [] });
    this.waiting = [];
    this.batch = new BatchBuilder();
    await this.drain();
    await this.stopThreads();
  }

  /** Hands the full batch to an idle-enough thread, or writes it here when all are busy. */
  private dispatch(): void {
    const batch = this.batch;
    const waiting = this.waiting;
    this.batch = new BatchBuilder(this.spare.pop());
    this.waiting = [];
    this.startThreads();
    const thread = this.threads.find((t) => t.sent - Atomics.load(t.flags, CONTROL.done) < MAX_PENDING);
    if (thread && !this.stopping) {
      const id = this.nextId++;
      thread.sent++;
      // Referenced while it owes an answer, so the process waits for it; unreferenced when idle.
      if (thread.pending.size === 0) thread.worker.ref();
      thread.pending.set(id, waiting);
      const sealed = batch.seal(id, this.options.force);
      thread.worker.postMessage(sealed, [sealed.buffer]);
      return;
    }
    const { files, data } = batch.local(this.options.force);
    const { outcomes, error } = writeBatchSync(files, data);
    this.spare.push(data.buffer as ArrayBuffer);
    this.settle(waiting, { outcomes, ...(error !== undefined && { error }) });
  }

  private startThreads(): void {
    if (this.threads.length > 0 || this.filesSeen < this.options.startAfter || this.stopping) return;
    for (let i = 0; i < this.options.threads; i++) this.threads.push(this.startThread());
  }

  private startThread(): Thread {
    const control = new SharedArrayBuffer(CONTROL_BYTES);
    const flags = new Int32Array(control);
    Atomics.store(flags, CONTROL.idle, 1);
    const worker = new Worker(this.script, { workerData: { control } satisfies WorkerInput });
    // A thread never keeps the process alive on its own (close() and abort() end it properly).
    worker.unref();
    const thread: Thread = { worker, flags, sent: 0, pending: new Map(), unregister: () => {} };
    thread.unregister = onHardStop(() => hardStop(flags));
    worker.on('message', (reply: BatchReply & { buffer: ArrayBuffer }) => this.answered(thread, reply));
    worker.on('error', (error) => this.lost(thread, error));
    worker.on('exit', (code) => {
      if (thread.pending.size > 0) this.lost(thread, new Error(`a writer thread stopped (exit code ${code})`));
    });
    return thread;
  }

  private answered(thread: Thread, reply: BatchReply & { buffer: ArrayBuffer }): void {
    const waiting = thread.pending.get(reply.id);
    thread.pending.delete(reply.id);
    if (thread.pending.size === 0) thread.worker.unref();
    if (this.spare.length < MAX_PENDING * this.threads.length + 1) this.spare.push(reply.buffer);
    if (waiting) this.settle(waiting, { outcomes: reply.outcomes, ...(reply.error !== undefined && { error: revive(reply.error) }) });
    this.wake();
  }

  private lost(thread: Thread, error: unknown): void {
    const pending = [...thread.pending.values()];
    thread.pending.clear();
    for (const waiting of pending) this.settle(waiting, { outcomes: [], error });
    this.wake();
  }

  /** Resolves each document from the outcomes of its files; the first failure stops the run. */
  private settle(waiting: Waiting[], result: { outcomes: FileOutcome[]; error?: unknown }): void {
    if (result.error !== undefined && this.failure === undefined) this.failure = result.error;
    settle(waiting, result.error, result);
  }

  private drainWaiters: Array<() => void> = [];

  private wake(): void {
    if (this.threads.some((t) => t.pending.size > 0)) return;
    for (const resolve of this.drainWaiters.splice(0)) resolve();
  }

  /** Until every thread has answered every batch. */
  private drain(): Promise<void> {
    if (!this.threads.some((t) => t.pending.size > 0)) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.push(resolve));
  }

  private async stopThreads(): Promise<void> {
    const threads = this.threads.splice(0);
    for (const t of threads) t.unregister();
    await Promise.all(threads.map((t) => t.worker.terminate()));
  }
}

/** Resolves or rejects each waiting document from the outcomes of its slice of the batch. */
function settle(waiting: readonly Waiting[], error: unknown, result: { outcomes: FileOutcome[] }): void {
  for (const w of waiting) {
    const mine = result.outcomes.slice(w.start, w.start + w.count);
    if (mine.length === w.count && mine.every((o) => o.status !== 'cancelled')) w.resolve(mine);
    else if (error !== undefined) w.reject(error);
    else w.reject(new WriteCancelled(mine.filter((o) => o.status !== 'cancelled')));
  }
}

/** The error a thread reported, shown and exiting as the original would. */
function revive(error: SerializedError): Error {
  if (error.code !== undefined) {
    return new UaLetterError(error.message, { code: error.code, ...(error.hint !== undefined && { hint: error.hint }), ...(error.exitCode !== undefined && { exitCode: error.exitCode }) });
  }
  const e = new Error(error.message);
  if (error.stack !== undefined) e.stack = error.stack;
  return e;
}

/** Tells a thread to stop and waits (synchronously) until it holds no temp file. */
function hardStop(flags: Int32Array): void {
  Atomics.store(flags, CONTROL.stop, 1);
  const until = Date.now() + HARD_STOP_WAIT_MS;
  while (Atomics.load(flags, CONTROL.idle) === 0) {
    const left = until - Date.now();
    if (left <= 0) return;
    Atomics.wait(flags, CONTROL.idle, 0, left);
  }
}
