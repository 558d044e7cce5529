// Writing files on the calling thread: a batch (write-batch.ts), or one document's files. The
// same code runs on the main thread and in the writer threads, so a file is written the same way
// wherever it is written.
import { existingFileSize, writeFileAtomicSync } from './atomic-write.js';
import { buildEmlSync, type EmlInput } from './eml.js';
import { FOLDER, KIND, folderState, type BatchFile, type BatchFiles, type FileOutcome } from './write-batch.js';

/** Files published so far: written, or found taken. */
export interface Tally {
  written: number;
  exists: number;
}

export function addToTally(tally: Tally, outcomes: readonly FileOutcome[]): void {
  for (const o of outcomes) {
    if (o.status === 'written' || o.status === 'replaced') tally.written++;
    else if (o.status === 'exists') tally.exists++;
  }
}

/**
 * Writes the files of a batch on this thread, in order, each atomically. Stops at the first
 * failure (returned, not thrown, so the outcomes before it are kept) or when `stop()` says so
 * (the files not reached are 'cancelled'). An .eml needs loadEmlEncoders() done on this thread.
 */
export function writeBatchSync(batch: BatchFiles, data: Uint8Array, stop: () => boolean = () => false): { outcomes: FileOutcome[]; error?: unknown } {
  const outcomes: FileOutcome[] = [];
  let offset = 0;
  for (let i = 0; i < batch.paths.length; i++) {
    if (stop()) {
      for (; i < batch.paths.length; i++) outcomes.push({ status: 'cancelled' });
      break;
    }
    const path = batch.paths[i] ?? '';
    const shown = batch.shown[i] ?? path;
    const size = batch.sizes[i] ?? 0;
    try {
      const bytes = contentOf(batch.kinds[i] ?? KIND.bytes, data.subarray(offset, offset + size));
      const folder = batch.ready[i] ?? FOLDER.unknown;
      // Published by link(2) even in a folder this run created: another run may be writing the same
      // new folder at the same moment, and rename would replace its files (issue 16: two runs both
      // reported 1,842 files "written" that held the other's letters).
      const status = writeFileAtomicSync(path, bytes, { force: batch.force, displayPath: shown, folderReady: folder !== FOLDER.unknown });
      outcomes.push(status === 'exists' ? { status, bytes: existingFileSize(path, shown) ?? 0 } : { status, bytes: bytes.byteLength });
    } catch (error) {
      return { outcomes, error };
    }
    offset += size;
  }
  return { outcomes };
}

/** Content as a writer gets it: bytes, text, or what an .eml is built from. */
export type JobContent = string | Uint8Array | EmlInput;

/**
 * One document's files written at once on this thread (no batch): the outcomes go to `done`
 * (counted there); the first failure is thrown after the files before it were handed to `done`.
 */
export function writeJobsSync(files: ReadonlyArray<BatchFile & { content: JobContent }>, force: boolean, done: (outcomes: readonly FileOutcome[]) => void): FileOutcome[] {
  const contents = files.map((f) => bytesOf(f.content));
  const batch = { paths: files.map((f) => f.path), shown: files.map((f) => f.shown), ready: files.map(folderState), kinds: files.map(() => KIND.bytes), sizes: contents.map((c) => c.byteLength), force };
  const { outcomes, error } = writeBatchSync(batch, contents.length === 1 ? contents[0]! : Buffer.concat(contents));
  done(outcomes);
  if (error !== undefined) throw error;
  return outcomes;
}

function bytesOf(content: JobContent): Uint8Array {
  if (typeof content === 'string') return Buffer.from(content, 'utf8');
  return content instanceof Uint8Array ? content : buildEmlSync(content);
}

function contentOf(kind: number, data: Uint8Array): Uint8Array {
  if (kind !== KIND.eml) return data;
  const input = JSON.parse(Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8')) as EmlInput;
  return buildEmlSync(input);
}
