// Where finished file contents go to be published atomically: on this thread as they come, or, in
// a big batch, handed to writer threads so that rendering and writing use two cores. The file sink
// does not care which: publish() settles a promise per document, count() only counts.
//
// Writer threads for big batches. A batch of 10,000 signers is 80,000 small files: rendering them
// takes one core, and publishing them (open, write, close, then rename, or link and unlink where
// earlier files may exist: four or five system calls a file, and an .eml to build for each email)
// about as much again. The main thread keeps rendering and
// fills batches of ~60 files; a writer thread publishes a batch while the next one fills. When
// every thread is busy the main thread writes the batch itself, so the work balances across the
// cores whatever their speed (measured: 10,000 signers in 1.9 s instead of 3.4 s on two cores).
//
// Output is the same as on one thread: the same bytes under the same names, each file published
// atomically by the same code (atomic-write.ts). Only the order in which files appear on disk
// differs, and nothing depends on it.
//
// Stopping: a shared flag tells the threads to stop before their next file; `idle` tells the main
// thread that a thread holds no temp file. abort() (Ctrl-C, an error) and the hard stop of a second
// Ctrl-C (removeTempFilesInFlightSync) both wait for that, so no temp or half-written file is left.
import type { Worker } from 'node:worker_threads';
import { onHardStop } from './atomic-write.js';
import { BatchBuilder, CONTROL, type BatchFile, type BatchReply, type FileOutcome } from './write-batch.js';
import { addToTally, writeBatchSync, writeJobsSync, type JobContent, type Tally } from './write-files.js';
import { hardStop, revive, takeWriteThread, threadsAhead, writeWorkerScript } from './write-threads.js';

export interface PublishJob extends BatchFile {
  /** The bytes, or what an .eml is built from (loadEmlEncoders() done) for the writer to build. */
  content: JobContent;
  /**
   * A number of the caller's: its outcome is handed to `onOutcome` once the file is out (written,
   * replaced or found taken; never when not reached). -1 or absent: not reported. This is how the
   * action log learns what was really written without anything per document waiting for it.
   */
  tag?: number | undefined;
}

export interface FilePublisher {
  /** publish() may settle later, after more documents were handed over (writer threads). */
  readonly pipelined: boolean;
  /** Publishes the files of one document; resolves (in their order) once they are on disk. */
  publish(files: readonly PublishJob[]): Promise<FileOutcome[]>;
  /**
   * Publishes the files of one document and only counts the outcome (in `tally`): nothing per
   * document waits for them, so nothing per document lives on while they are on their way. A
   * failure surfaces from pace() or close() (on this thread: thrown at once).
   */
  count(files: readonly PublishJob[]): void;
  /** Outcomes of every file published so far, count() and publish() alike. */
  readonly tally: Tally;
  /** Writer threads that took part (0: every file was written on this thread). */
  readonly threadsUsed: number;
  /** Awaited between documents: lets signals and writer threads' answers in, every few ms. */
  pace(): Promise<void>;
  /** Waits for every file handed over, then stops the threads. */
  close(): Promise<void>;
  /** Stops as soon as possible (files not reached are cancelled); leaves no temp file. */
  abort(): Promise<void>;
}

export interface PublisherOptions {
  /** Writer threads besides the main thread; 0 or none: every file on this thread. */
  threads?: number | undefined;
  /** Files written on the main thread before the threads start (a small run never starts them). */
  startAfter?: number | undefined;
  force: boolean;
  /** Told the outcome of every tagged file that was reached, on this thread, as answers come in. */
  onOutcome?: ((tag: number, outcome: FileOutcome) => void) | undefined;
}

interface WritePoolOptions {
  threads: number;
  startAfter: number;
  force: boolean;
  onOutcome: ((tag: number, outcome: FileOutcome) => void) | undefined;
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
  /** Batches handed over and not answered yet, by id: the documents waiting, and the files' tags. */
  pending: Map<number, { waiting: Waiting[]; tags: readonly number[] }>;
  unregister(): void;
}

/** Batches a thread may hold: enough that it never waits while this thread writes a batch itself. */
const MAX_PENDING = 4;
const YIELD_EVERY_MS = 4;

/** Rejection of a document whose files were not all reached because the run stopped. */
export class WriteCancelled extends Error {
  constructor(readonly outcomes: FileOutcome[]) {
    super('stopped before these files were written');
  }
}

/**
 * Threads when asked for (`threads` > 0) and the worker script is there (it is not when running
 * from sources); else every file is written on this thread, as it comes.
 */
export function createPublisher(options: PublisherOptions): FilePublisher {
  const asked = options.threads ?? 0;
  const script = asked > 0 ? writeWorkerScript() : undefined;
  return new WritePool(script, { threads: script ? asked : 0, startAfter: options.startAfter ?? 0, force: options.force, onOutcome: options.onOutcome });
}

/**
 * Until its threads start (after `startAfter` files, or at once when started ahead) the pool
 * writes each document's files as they come, exactly like the one-thread publisher: a small run
 * never batches, never defers its drafts, and never allocates a batch buffer.
 */
class WritePool implements FilePublisher {
  readonly tally: Tally = { written: 0, exists: 0 };
  private batch = new BatchBuilder();
  private waiting: Waiting[] = [];
  private readonly threads: Thread[] = [];
  private readonly spare: ArrayBuffer[] = [];
  private filesSeen = 0;
  private started = 0;
  private nextId = 0;
  private lastYield = performance.now();
  private failure: unknown;
  private stopping = false;

  constructor(
    private readonly script: URL | undefined,
    private readonly options: WritePoolOptions,
  ) {}

  get threadsUsed(): number {
    return this.started;
  }

  get pipelined(): boolean {
    return this.threads.length > 0;
  }

  publish(files: readonly PublishJob[]): Promise<FileOutcome[]> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (this.stopping) return Promise.reject(new WriteCancelled([]));
    if (!this.running(files.length)) {
      try {
        return Promise.resolve(writeJobsSync(files, this.options.force, (outcomes) => this.record(files, outcomes)));
      } catch (error) {
        return Promise.reject(error);
      }
    }
    return new Promise((resolve, reject) => {
      this.waiting.push({ start: this.batch.length, count: files.length, resolve, reject });
      for (const file of files) this.batch.add(file, file.content, file.tag);
      if (this.batch.full) this.dispatch();
    });
  }

  count(files: readonly PublishJob[]): void {
    if (this.stopping) return;
    if (!this.running(files.length)) {
      writeJobsSync(files, this.options.force, (outcomes) => this.record(files, outcomes));
      return;
    }
    for (const file of files) this.batch.add(file, file.content, file.tag);
    if (this.batch.full) this.dispatch();
  }

  /** Counts the files coming; true once the threads run (they start in pace(), see there). */
  private running(files: number): boolean {
    this.filesSeen += files;
    return this.threads.length > 0;
  }

  async pace(): Promise<void> {
    // Threads start here, between two documents, never while one is being handed over: a caller
    // that saw `pipelined` false waits for its document, which must then not sit in a batch.
    if (this.threads.length === 0 && !this.stopping) this.startThreads();
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
    const thread = this.threads.find((t) => t.sent - Atomics.load(t.flags, CONTROL.done) < MAX_PENDING);
    if (thread && !this.stopping) {
      const id = this.nextId++;
      thread.sent++;
      // Referenced while it owes an answer, so the process waits for it; unreferenced when idle.
      if (thread.pending.size === 0) thread.worker.ref();
      thread.pending.set(id, { waiting, tags: batch.tags });
      const sealed = batch.seal(id, this.options.force);
      thread.worker.postMessage(sealed, [sealed.buffer]);
      return;
    }
    const { files, data } = batch.local(this.options.force);
    const { outcomes, error } = writeBatchSync(files, data);
    this.spare.push(data.buffer as ArrayBuffer);
    this.settle(waiting, batch.tags, { outcomes, ...(error !== undefined && { error }) });
  }

  private startThreads(): void {
    if (this.threads.length > 0 || this.stopping || !this.script || this.options.threads === 0) return;
    // Threads started ahead (prestartWriteThreads) are put to work at once.
    if (this.filesSeen < this.options.startAfter && !threadsAhead()) return;
    for (let i = 0; i < this.options.threads; i++) this.threads.push(this.startThread(this.script));
    this.started = Math.max(this.started, this.threads.length);
  }

  private startThread(script: URL): Thread {
    const { worker, flags } = takeWriteThread(script);
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
    const pending = thread.pending.get(reply.id);
    thread.pending.delete(reply.id);
    if (thread.pending.size === 0) thread.worker.unref();
    if (this.spare.length < MAX_PENDING * this.threads.length + 1) this.spare.push(reply.buffer);
    if (pending) this.settle(pending.waiting, pending.tags, { outcomes: reply.outcomes, ...(reply.error !== undefined && { error: revive(reply.error) }) });
    this.wake();
  }

  private lost(thread: Thread, error: unknown): void {
    const pending = [...thread.pending.values()];
    thread.pending.clear();
    for (const { waiting } of pending) this.settle(waiting, [], { outcomes: [], error });
    this.wake();
  }

  /** Counts the outcomes of files reached, and tells the caller those of tagged files. */
  private record(files: ReadonlyArray<{ tag?: number | undefined }> | readonly number[], outcomes: readonly FileOutcome[]): void {
    addToTally(this.tally, outcomes);
    const report = this.options.onOutcome;
    if (!report) return;
    outcomes.forEach((outcome, i) => {
      const item = files[i];
      const tag = typeof item === 'number' ? item : (item?.tag ?? -1);
      if (tag >= 0 && outcome.status !== 'cancelled') report(tag, outcome);
    });
  }

  /** Counts the outcomes and resolves each waiting document; the first failure stops the run. */
  private settle(waiting: Waiting[], tags: readonly number[], result: { outcomes: FileOutcome[]; error?: unknown }): void {
    this.record(tags, result.outcomes);
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
