// A writer thread (see write-pool.ts): takes batches of finished file contents and publishes each
// file atomically, exactly as the main thread would. It renders nothing and decides nothing; the
// main thread has already created the folders and checked for existing files.
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { UaLetterError } from '../errors.js';
import { tagTempFiles } from './atomic-write.js';
import { loadEmlEncoders } from './eml.js';
import { CONTROL, unpack, type BatchReply, type SerializedError, type WorkerInput, type WriteBatch } from './write-batch.js';
import { writeBatchSync } from './write-files.js';

const { control } = workerData as WorkerInput;
tagTempFiles(threadId);
const flags = new Int32Array(control);
const stopped = () => Atomics.load(flags, CONTROL.stop) === 1;

function serialize(error: unknown): SerializedError {
  if (error instanceof UaLetterError) {
    return { message: error.message, code: error.code, exitCode: error.exitCode, ...(error.hint !== undefined && { hint: error.hint }) };
  }
  const e = error instanceof Error ? error : new Error(String(error));
  return { message: e.message, ...(e.stack !== undefined && { stack: e.stack }) };
}

// Drafts (.eml) are built here; messages wait in the port until this listener is attached.
await loadEmlEncoders();

parentPort?.on('message', (batch: WriteBatch) => {
  // Busy from here: a hard stop waits for `idle` before the process exits (no temp file left).
  Atomics.store(flags, CONTROL.idle, 0);
  let reply: BatchReply;
  try {
    const { outcomes, error } = writeBatchSync(unpack(batch), new Uint8Array(batch.buffer), stopped);
    reply = { id: batch.id, outcomes, ...(error !== undefined && { error: serialize(error) }) };
  } catch (error) {
    reply = { id: batch.id, outcomes: [], error: serialize(error) };
  } finally {
    Atomics.add(flags, CONTROL.done, 1);
    Atomics.store(flags, CONTROL.idle, 1);
    Atomics.notify(flags, CONTROL.idle);
  }
  // The buffer goes back to be filled again.
  parentPort?.postMessage({ ...reply, buffer: batch.buffer }, [batch.buffer]);
});
