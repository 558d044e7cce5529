// Where finished file contents go to be published atomically: written right away on this thread,
// or, in a big batch, handed to writer threads (write-pool.ts) so that rendering and writing use
// two cores. The document writer does not care which: it gets a promise per document either way.
import { buildEmlSync, type EmlInput } from './eml.js';
import { KIND, writeBatchSync, type BatchFile, type FileOutcome } from './write-batch.js';
import { createWritePool, type WritePoolOptions } from './write-pool.js';

export interface PublishJob extends BatchFile {
  /** The bytes, or what an .eml is built from (loadEmlEncoders() done) for the writer to build. */
  content: string | Uint8Array | EmlInput;
}

export interface FilePublisher {
  /** publish() may settle later, after more documents were handed over (writer threads). */
  readonly pipelined: boolean;
  /** Publishes the files of one document; resolves (in their order) once they are on disk. */
  publish(files: readonly PublishJob[]): Promise<FileOutcome[]>;
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
  return {
    pipelined: false,
    publish(files) {
      let contents: Uint8Array[];
      try {
        contents = files.map((f) => bytesOf(f.content));
      } catch (error) {
        return Promise.reject(error);
      }
      const batch = { paths: files.map((f) => f.path), shown: files.map((f) => f.shown), ready: files.map((f) => (f.folderReady ? 1 : 0)), kinds: files.map(() => KIND.bytes), sizes: contents.map((c) => c.byteLength), force };
      const { outcomes, error } = writeBatchSync(batch, contents.length === 1 ? contents[0]! : Buffer.concat(contents));
      return error === undefined ? Promise.resolve(outcomes) : Promise.reject(error);
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

function bytesOf(content: PublishJob['content']): Uint8Array {
  if (typeof content === 'string') return Buffer.from(content, 'utf8');
  return content instanceof Uint8Array ? content : buildEmlSync(content);
}
