// Starting and stopping the writer threads of write-pool.ts, and what crosses back from them.
import { Worker } from 'node:worker_threads';
import { UaLetterError } from '../errors.js';
import { workerScriptBeside } from '../worker-script.js';
import { CONTROL, CONTROL_BYTES, type SerializedError, type WorkerInput } from './write-batch.js';

/** A hard stop waits this long at most for a thread to finish its file. */
const HARD_STOP_WAIT_MS = 2000;

/** The writer thread's script (see workerScriptBeside). */
export function writeWorkerScript(): URL | undefined {
  return workerScriptBeside(import.meta.url, 'write-worker');
}

interface Spawned {
  worker: Worker;
  flags: Int32Array;
  exited: boolean;
}

/** Writer threads started ahead of need (prestartWriteThreads); the first pool takes them. */
const ahead: Spawned[] = [];

/**
 * Starts writer threads now, before the batch needs them (a thread takes ~40 ms to start): once a
 * big signer list is read, they start while the case loads. Unused, they end with the process.
 */
export function prestartWriteThreads(count: number): void {
  const script = writeWorkerScript();
  if (!script) return;
  while (ahead.length < count) ahead.push(spawnWriter(script));
}

function spawnWriter(script: URL): Spawned {
  const control = new SharedArrayBuffer(CONTROL_BYTES);
  const flags = new Int32Array(control);
  Atomics.store(flags, CONTROL.idle, 1);
  // A writer thread holds a few batches at most: a small young generation is plenty, and each
  // megabyte it does not reserve is a megabyte of the batch's peak memory (issue 3).
  const worker = new Worker(script, { workerData: { control } satisfies WorkerInput, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
  // A thread never keeps the process alive on its own (close() and abort() end it properly).
  worker.unref();
  const spawned: Spawned = { worker, flags, exited: false };
  // Until a pool takes it: a thread that failed to start is skipped, and its error is not fatal.
  worker.on('error', () => {});
  worker.once('exit', () => {
    spawned.exited = true;
  });
  return spawned;
}

/** True when threads started ahead are waiting to be taken. */
export function threadsAhead(): boolean {
  return ahead.some((t) => !t.exited);
}

/** A thread started ahead, else a new one. */
export function takeWriteThread(script: URL): { worker: Worker; flags: Int32Array } {
  let spawned = ahead.shift();
  while (spawned?.exited) spawned = ahead.shift();
  return spawned ?? spawnWriter(script);
}

/** The error a thread reported, shown and exiting as the original would. */
export function revive(error: SerializedError): Error {
  if (error.code !== undefined) {
    return new UaLetterError(error.message, { code: error.code, ...(error.hint !== undefined && { hint: error.hint }), ...(error.exitCode !== undefined && { exitCode: error.exitCode }) });
  }
  const e = new Error(error.message);
  if (error.stack !== undefined) e.stack = error.stack;
  return e;
}

/** Tells a thread to stop and waits (synchronously) until it holds no temp file. */
export function hardStop(flags: Int32Array): void {
  Atomics.store(flags, CONTROL.stop, 1);
  const until = Date.now() + HARD_STOP_WAIT_MS;
  while (Atomics.load(flags, CONTROL.idle) === 0) {
    const left = until - Date.now();
    if (left <= 0) return;
    Atomics.wait(flags, CONTROL.idle, 0, left);
  }
}
