// Where finished file contents go to be published atomically: written right away on this thread,
// or, in a big batch, handed to writer threads (write-pool.ts) so that rendering and writing use
// two cores. The document writer does not care which: publish() settles a promise per document,
// count() only counts (a batch needs nothing more).
import type { BatchFile, FileOutcome } from './write-batch.js';
import { writeJobsSync, type JobContent, type Tally } from './write-files.js';
import { createWritePool, type WritePoolOptions } from './write-pool.js';

export interface PublishJob extends BatchFile {
  /** The bytes, or what an .eml is built from (loadEmlEncoders() done) for the writer to build. */
  content: JobContent;
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
  /** Awaited between documents: lets signals and writer threads' answers in, every few ms. */
  pace(): Promise<void>;
  /** Waits for every file handed over, then stops the threads. */
  close(): Promise<void>;
  /** Stops as soon as possible (files not reached are cancelled); leaves no temp file. */
  abort(): Promise<void>;
}

export interface PublisherOptions extends Partial<WritePoolOptions> {
  force: boolean;
}

/** Threads when asked for (`threads` > 0) and the worker script is there; else this thread only. */
export function createPublisher(options: PublisherOptions): FilePublisher {
  if (options.threads !== undefined && options.threads > 0) {
    const pool = createWritePool({ threads: options.threads, startAfter: options.startAfter ?? 0, force: options.force });
    if (pool) return pool;
  }
  return inlinePublisher(options.force);
}

const YIELD_EVERY_MS = 8;

/** Writes each file synchronously as it comes (see atomic-write.ts for why synchronously). */
function inlinePublisher(force: boolean): FilePublisher {
  let lastYield = performance.now();
  const tally: Tally = { written: 0, exists: 0 };
  const write = (files: readonly PublishJob[]): FileOutcome[] => writeJobsSync(files, force, tally);
  return {
    pipelined: false,
    tally,
    publish(files) {
      try {
        return Promise.resolve(write(files));
      } catch (error) {
        return Promise.reject(error);
      }
    },
    count(files) {
      write(files);
    },
    async pace() {
      if (performance.now() - lastYield < YIELD_EVERY_MS) return;
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = performance.now();
    },
    close: async () => {},
    abort: async () => {},
  };
}
