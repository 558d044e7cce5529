// The text-file sink: writes the files of rendered documents under the output folder. A file that already exists is
// skipped unless --force, so a rerun after an interruption completes only what is missing and
// never rebuilds (or overwrites) what the first run finished.
//
// Per file this is on the hot path of a batch (80,000 files for 10,000 signers): the ids are
// checked once per document, the case folder is resolved once per case, and a folder this run
// created itself needs no look for existing files (see prepareFolder in atomic-write.ts).
import { resolve, sep } from 'node:path';
import type { RenderedDocument } from '../channels/types.js';
import type { PlainDate } from '../case/types.js';
import { existingFileSize, prepareFolder, removeTempFilesInFlight } from './atomic-write.js';
import { loadEmlEncoders } from './eml.js';
import { documentRecord, type WrittenFile } from './json-lines.js';
import { documentSuffixes, outputName, resolveInside, type LetterFormat } from './layout.js';
import type { Sink, SinkOptions, SinkOutput } from './sink.js';
import { PublishedTally } from './published.js';
import { formatDocumentFiles, type FaxPdfSettings } from './text-formats.js';
import { createPublisher, WriteCancelled, type FilePublisher, type PublishJob } from './write-pool.js';

/**
 * Text files (.txt/.md/.eml; letters too unless a PDF sink takes them). With writer threads a
 * document's files may still be on their way when the next one is added: files are counted as
 * they land, records are handed on in document order all the same, and the first failure stops
 * the run.
 */
export function fileSink(options: SinkOptions, output: SinkOutput): Sink {
  const writer = createDocumentWriter({
    outDir: options.outDir,
    force: options.force,
    letterFormat: options.format === 'md' ? 'md' : 'txt',
    today: options.today,
    cwd: options.cwd,
    threads: options.threads,
    threadsAfter: options.threadsAfter,
    fax: { paper: options.paper ?? options.defaultPaper, fontPath: options.fontPath, creationDate: new Date(`${options.today}T12:00:00Z`) },
  });
  const onRecord = output.onRecord;
  let failure: unknown;
  const records = inOrder<RenderedDocument, WrittenFile[]>((doc, files, error) => {
    if (error instanceof WriteCancelled) return; // stopped (Ctrl-C) on its way: no record
    if (error !== undefined) failure ??= error;
    else if (files) onRecord?.(documentRecord(doc, files));
  });
  return {
    async add(doc, signerDir) {
      if (failure !== undefined) throw failure;
      if (onRecord) {
        records.add(doc, writer.write(doc, signerDir));
        // On one thread each document is on disk before the next is rendered, as it always was.
        if (!writer.pipelined) await records.settled();
      } else {
        // Nobody needs the document once its files are handed over: only counted.
        await writer.submit(doc, signerDir);
      }
      await writer.pace();
      if (failure !== undefined) throw failure;
    },
    async close() {
      try {
        await writer.close();
      } catch (error) {
        failure ??= error;
      }
      await records.settled();
      if (failure !== undefined) throw failure;
      const { written, skipped } = writer.tally();
      return { written, skipped, pages: 0, notes: [], writerThreads: writer.threadsUsed };
    },
    published: () => writer.published.counts(),
    async abort() {
      await writer.abort();
      await records.settled();
      await removeTempFilesInFlight();
    },
  };
}

export interface DocumentWriterOptions {
  /** The output folder as the user gave it (`letters`); file paths are shown joined to it. */
  outDir: string;
  force: boolean;
  letterFormat: LetterFormat;
  /** The generation day (dates inside .eml drafts). */
  today: PlainDate;
  /** Folder a relative `outDir` is resolved against (the run's cwd). */
  cwd: string;
  /** Writer threads for big batches (write-pool.ts); default none: every file on this thread. */
  threads?: number | undefined;
  /** Files written on this thread before the writer threads start; default 0. */
  threadsAfter?: number | undefined;
  /** Paper and font of fax PDFs. */
  fax?: FaxPdfSettings | undefined;
}

export interface DocumentWriter {
  /**
   * Write one document's files; the result is in `documentSuffixes` order. With writer threads the
   * promise settles later, once the files are on disk: callers may render the next document first.
   */
  write(doc: RenderedDocument, signerDir?: string): Promise<WrittenFile[]>;
  /**
   * The same for a batch that needs no result per document: resolves once the files are handed
   * over (on one thread: once written) and only counts them (tally()), so that nothing per document
   * lives on while they are on their way to a writer thread. A failure surfaces from a later
   * pace(), or from close().
   */
  submit(doc: RenderedDocument, signerDir?: string): Promise<void>;
  /** Files written and skipped so far, by write() and submit() alike. */
  tally(): { written: number; skipped: number };
  /** Documents by what became of their main file (created, replaced, kept), as they land. */
  readonly published: PublishedTally;
  /** True when write() may settle after later documents are rendered (writer threads). */
  readonly pipelined: boolean;
  readonly threadsUsed: number;
  /** Await between documents: keeps signals and writer threads' answers flowing. */
  pace(): Promise<void>;
  /** Wait until everything handed over is on disk, and stop the writer threads. */
  close(): Promise<void>;
  /** Stop as soon as possible, leaving no temp file; documents not reached reject. */
  abort(): Promise<void>;
}

interface Folder {
  /** As shown to the user (joined to `outDir`). */
  shown: string;
  absolute: string;
}

interface CaseFolder extends Folder {
  /** Created by this run (prepareFolder); undefined until its first document. */
  fresh?: boolean;
}

/** The sink's engine, exported for its tests: files per document, with each file's outcome. */
export function createDocumentWriter(options: DocumentWriterOptions): DocumentWriter {
  // Drafts need nodemailer's encoders: start loading them now, while the first letter renders.
  loadEmlEncoders().catch(() => {});
  const format = { letterFormat: options.letterFormat, date: options.today, fax: options.fax };
  // A document counts once, by its main file (the first: .letter.txt, .eml…): an email whose .eml
  // landed before a stop counts, and its .email.txt written by the rerun does not count again.
  const published = new PublishedTally();
  const publisher = createPublisher({
    force: options.force,
    threads: options.threads,
    startAfter: options.threadsAfter,
    onOutcome: (tag, outcome) => published.addFile(tag, outcome),
  });
  const caseFolder = caseFolders(options);
  // Documents whose contents are still being built (an .eml is built asynchronously): close()
  // and abort() wait until each has been handed to the publisher, so that none is left behind.
  const preparing = new Set<Promise<void>>();
  const handedOver = async () => {
    while (preparing.size > 0) await Promise.all(preparing);
  };
  let skippedEarly = 0;
  /** Prepares the document's files and hands them over with `then`, tracked until it has. */
  const prepare = async <T>(doc: RenderedDocument, signerDir: string | undefined, then: (prepared: Prepared) => T): Promise<T> => {
    const inCase = caseFolder(doc.caseId);
    const folder = documentFolder(inCase, signerDir);
    const target = outputName(doc.targetId);
    const names = documentSuffixes(doc.channel, options.letterFormat).map((suffix) => `${target}.${suffix}`);
    const fresh = readyFolder(inCase, folder, `${folder.shown}${sep}${names[0]}`);
    let handed = () => {};
    const tracked = new Promise<void>((resolve) => (handed = resolve));
    preparing.add(tracked);
    try {
      const prepared = await prepareFiles(doc, folder, names, fresh, options.force, format, publisher.pipelined);
      skippedEarly += names.length - prepared.slots.length;
      const tag = published.tag(doc.caseId, doc.targetId, doc.channel);
      if (prepared.slots[0] === 0) prepared.jobs[0]!.tag = tag;
      else if (prepared.results[0] !== undefined) published.add(tag, 'kept');
      return then(prepared);
    } finally {
      preparing.delete(tracked);
      handed();
    }
  };
  return {
    // prepare() settles once the files are handed over; the promise it carries, once they are written.
    write: async (doc, signerDir) => prepare(doc, signerDir, (prepared) => publishPrepared(prepared, publisher)),
    submit: (doc, signerDir) =>
      prepare(doc, signerDir, ({ jobs }) => {
        if (jobs.length > 0) publisher.count(jobs);
      }),
    tally: () => ({ written: publisher.tally.written, skipped: publisher.tally.exists + skippedEarly }),
    published,
    get pipelined() {
      return publisher.pipelined;
    },
    get threadsUsed() {
      return publisher.threadsUsed;
    },
    pace: () => publisher.pace(),
    close: async () => {
      await handedOver();
      await publisher.close();
    },
    abort: async () => {
      await handedOver();
      await publisher.abort();
    },
  };
}

interface Prepared {
  /** Files found existing (skipped), by position; the others are in `jobs`. */
  results: WrittenFile[];
  jobs: PublishJob[];
  slots: number[];
}

/**
 * Creates the document's folder (once per folder) and says whether it is new: then no file can be
 * in it but this run's. Created here, on the rendering thread, rather than by the writer threads:
 * each of those would otherwise try (mkdir, EEXIST, stat) for every signer folder it meets.
 */
function readyFolder(inCase: CaseFolder, folder: Folder, shownFile: string): boolean {
  inCase.fresh ??= prepareFolder(inCase.absolute, shownFile);
  if (folder === inCase) return inCase.fresh;
  // A signer folder inside a case folder this run created is new too.
  const fresh = prepareFolder(folder.absolute, shownFile);
  return fresh || inCase.fresh;
}

async function prepareFiles(
  doc: RenderedDocument,
  folder: Folder,
  names: readonly string[],
  fresh: boolean,
  force: boolean,
  format: Parameters<typeof formatDocumentFiles>[1],
  /** Hand .eml drafts over unbuilt: the writer threads build them, not the rendering thread. */
  deferEml: boolean,
): Promise<Prepared> {
  const files = formatDocumentFiles(doc, format);
  const results: WrittenFile[] = [];
  const jobs: PublishJob[] = [];
  const slots: number[] = [];
  for (const [i, file] of files.entries()) {
    const shown = `${folder.shown}${sep}${names[i]}`;
    const absolute = `${folder.absolute}${sep}${names[i]}`;
    // Checked first so that a rerun does not even build the .eml drafts of finished files; the link
    // that publishes each file still guards against one appearing in between.
    if (!force && !fresh) {
      const size = existingFileSize(absolute, shown);
      if (size !== undefined) {
        results[i] = { path: shown, bytes: size, status: 'skipped' };
        continue;
      }
    }
    let content: PublishJob['content'];
    if (typeof file.content === 'string') content = file.content;
    else if (deferEml && file.eml) {
      await loadEmlEncoders();
      content = file.eml;
    } else content = await file.content();
    // readyFolder created the folder: the writer need not look for it.
    jobs.push({ path: absolute, shown, folderReady: true, freshFolder: fresh, content });
    slots.push(i);
  }
  return { results, jobs, slots };
}

/**
 * Not async on purpose: once handed over, the contents are the publisher's (copied into its batch)
 * and nothing here keeps them alive while the files are on their way; in a big batch that is
 * hundreds of documents at any moment, and whatever they hold survives into the old heap.
 */
function publishPrepared({ results, jobs, slots }: Prepared, publisher: FilePublisher): Promise<WrittenFile[]> {
  if (jobs.length === 0) return Promise.resolve(results);
  const shown = jobs.map((job) => job.shown);
  return publisher.publish(jobs).then((outcomes) => {
    outcomes.forEach((outcome, k) => {
      const bytes = outcome.status === 'cancelled' ? 0 : outcome.bytes;
      results[slots[k]!] = { path: shown[k]!, bytes, status: outcome.status === 'written' || outcome.status === 'replaced' ? 'written' : 'skipped' };
    });
    return results;
  });
}

/** `outDir/<case-id>` for each case id, checked once: the ids are slugs, but never trusted. */
function caseFolders(options: DocumentWriterOptions): (caseId: string) => CaseFolder {
  const known = new Map<string, CaseFolder>();
  return (caseId) => {
    let folder = known.get(caseId);
    if (!folder) {
      const shown = resolveInside(options.outDir, outputName(caseId));
      folder = { shown, absolute: resolve(options.cwd, shown) };
      known.set(caseId, folder);
    }
    return folder;
  };
}

/**
 * The signer's folder inside the case folder. A checked segment has no separator, dot segment or
 * control character, so joining it by hand gives what path.join and resolveInside would.
 */
function documentFolder(caseFolder: Folder, signerDir: string | undefined): Folder {
  if (signerDir === undefined) return caseFolder;
  const name = outputName(signerDir);
  return { shown: `${caseFolder.shown}${sep}${name}`, absolute: `${caseFolder.absolute}${sep}${name}` };
}

// Results that finish out of order, handed on in the order they were started. With writer
// threads a document's files can be on disk before those of the document rendered just before
// it; the summary and the JSON Lines output still see documents in the order they were made.

interface InOrder<T, R> {
  /** Starts tracking `done` for `item`; `deliver` sees items strictly in the order added, with the result or the error. */
  add(item: T, done: Promise<R>): void;
  /** Until every item added so far has been delivered. */
  settled(): Promise<void>;
}

function inOrder<T, R>(deliver: (item: T, result: R | undefined, error: unknown) => void): InOrder<T, R> {
  const queue: Array<{ item: T; finished: boolean; result?: R; error?: unknown }> = [];
  const all = new Set<Promise<unknown>>();
  const flush = () => {
    while (queue[0]?.finished) {
      const head = queue.shift()!;
      deliver(head.item, head.result, head.error);
    }
  };
  return {
    add(item, done) {
      const entry: (typeof queue)[number] = { item, finished: false };
      queue.push(entry);
      const tracked = done.then(
        (result) => {
          entry.result = result;
        },
        (error: unknown) => {
          entry.error = error;
        },
      ).finally(() => {
        entry.finished = true;
        all.delete(tracked);
        flush();
      });
      all.add(tracked);
    },
    async settled() {
      while (all.size > 0) await Promise.all([...all]);
    },
  };
}
