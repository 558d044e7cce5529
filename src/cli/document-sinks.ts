// Where generated documents go: printed on stdout, written as files, and (for letters with
// --format pdf) laid out into print-ready PDFs. One summary at the end whatever the sink.
import { availableParallelism } from 'node:os';
import type { Channel, RenderedDocument } from '../channels/types.js';
import { createDocumentWriter, type WrittenFile } from '../output/document-writer.js';
import { inOrder } from '../output/in-order.js';
import { documentRecord, formatForStdout } from '../output/json-lines.js';
import { documentText } from '../output/text-formats.js';
import { removeTempFilesInFlight } from '../output/atomic-write.js';
import { WriteCancelled } from '../output/write-pool.js';
import { prestartWriteThreads } from '../output/write-threads.js';
import type { CliContext } from './context.js';
import type { SignerEntry } from './signer-source.js';

export interface SinkOptions {
  outDir: string;
  force: boolean;
  stdout: boolean;
  json: boolean;
  format: 'txt' | 'md' | 'pdf';
  paper: 'a4' | 'letter' | undefined;
  /** A4 letter layout: DIN 5008 form A or B. */
  window: 'din-a' | 'din-b';
  split: boolean;
  envelopes: boolean;
  labels: string | undefined;
  today: string;
  /** Several cases or signers: --stdout headers name them. */
  context: boolean;
}

export interface GeneratedRef {
  caseId: string;
  targetId: string;
  channel: Channel;
}

export interface Sink {
  add(doc: RenderedDocument, entry: SignerEntry): Promise<void>;
  close(): Promise<RunSummary>;
  /** Stop without leaving temporary or half-written files. */
  abort(): Promise<void>;
}

export class RunSummary {
  written = 0;
  skipped = 0;
  pages = 0;
  readonly notes: string[] = [];

  /**
   * Documents made, as counts per case, official and channel in the order first seen: a batch of
   * 10,000 signers makes 60,000 documents, and a list of them all grew with every signer.
   */
  private readonly tallies = new Map<string, { ref: GeneratedRef; n: number }>();
  private readonly perChannel = new Map<Channel, number>();
  private total = 0;

  constructor(readonly options: SinkOptions) {}

  count(doc: RenderedDocument): void {
    const key = `${doc.caseId}\u0000${doc.targetId}\u0000${doc.channel}`;
    const tally = this.tallies.get(key);
    if (tally) tally.n++;
    else this.tallies.set(key, { ref: { caseId: doc.caseId, targetId: doc.targetId, channel: doc.channel }, n: 1 });
    this.perChannel.set(doc.channel, (this.perChannel.get(doc.channel) ?? 0) + 1);
    this.total++;
  }

  /** One entry per document made (shared entries: cheap), grouped by case, official and channel. */
  get documents(): GeneratedRef[] {
    return [...this.tallies.values()].flatMap(({ ref, n }) => Array<GeneratedRef>(n).fill(ref));
  }

  byChannel(): string {
    const counts = this.perChannel;
    const names: Record<Channel, [string, string]> = { letter: ['letter', 'letters'], email: ['email', 'emails'], tweet: ['post', 'posts'], call: ['call script', 'call scripts'] };
    return [...counts].map(([ch, n]) => `${n} ${names[ch][n === 1 ? 0 : 1]}`).join(', ');
  }

  print(ctx: CliContext, ms: number): void {
    for (const note of this.notes) ctx.log.warn(note);
    if (ctx.signal.aborted) {
      // The reader of stdout went away (`| head`): main.ts stops the run with this reason.
      const cause = ctx.signal.reason === 'stdout closed' ? 'the output was closed' : 'interrupted';
      if (this.options.stdout) ctx.log.error(`${cause}: stopped before every document was printed`);
      else ctx.log.error(`${cause}: ${this.written} files written before the stop; run the same command again to finish the rest`);
      return;
    }
    if (this.options.stdout || this.options.json && this.total === 0) return;
    const what = this.byChannel() || 'nothing';
    const seconds = (ms / 1000).toFixed(1);
    const pages = this.pages > 0 ? `, ${this.pages} PDF pages` : '';
    ctx.log.success(`Generated ${what}: ${this.written} files written${pages} in ${this.options.outDir}/ (${seconds} s)`);
    if (this.skipped > 0) ctx.log.info(`${this.skipped} files existed already and were kept (pass --force to overwrite them)`);
  }
}

export async function openSink(options: SinkOptions, ctx: CliContext): Promise<Sink> {
  const summary = new RunSummary(options);
  if (options.stdout) return stdoutSink(summary, ctx);
  const files = fileSink(summary, ctx);
  if (options.format !== 'pdf' && !options.envelopes && !options.labels) return files;
  const { pdfSink } = await import('./pdf-sink.js');
  return pdfSink(files, summary, ctx);
}

function stdoutSink(summary: RunSummary, ctx: CliContext): Sink {
  return {
    async add(doc) {
      summary.count(doc);
      const letterFormat = summary.options.format === 'md' ? 'md' : 'txt';
      const line = summary.options.json
        ? JSON.stringify({ ...documentRecord(doc, undefined), content: documentText(doc, letterFormat) }) + '\n'
        : formatForStdout(doc, { letterFormat, context: summary.options.context });
      if (!ctx.stdout.write(line)) await drained(ctx.stdout);
    },
    close: async () => summary,
    abort: async () => {},
  };
}

/**
 * Waits for room on stdout, or for its end: a reader that went away (`… --stdout | head`) never
 * sends 'drain', and waiting for it would hang the run. main.ts turns that error into a clean stop.
 */
function drained(stream: NodeJS.WritableStream & { destroyed?: boolean }): Promise<void> {
  if (stream.destroyed === true) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.once('drain', done);
    stream.once('close', done);
    stream.once('error', done);
  });
}

/**
 * Text files (.txt/.md/.eml); letters skipped here when a PDF sink takes them. With writer threads
 * a document's files may still be on their way when the next one is added: files are counted as
 * they land, --json records are printed in document order all the same, and the first failure
 * stops the run.
 */
export function fileSink(summary: RunSummary, ctx: CliContext): Sink {
  const o = summary.options;
  const writer = createDocumentWriter({ outDir: o.outDir, force: o.force, letterFormat: o.format === 'md' ? 'md' : 'txt', today: o.today, cwd: ctx.cwd, ...writerThreads(ctx.env) });
  let failure: unknown;
  const records = inOrder<RenderedDocument, WrittenFile[]>((doc, files, error) => {
    if (error instanceof WriteCancelled) return; // stopped (Ctrl-C) on its way: no record
    if (error !== undefined) failure ??= error;
    else if (files) ctx.stdout.write(JSON.stringify(documentRecord(doc, files)) + '\n');
  });
  return {
    async add(doc, entry) {
      if (failure !== undefined) throw failure;
      summary.count(doc);
      if (o.json) {
        records.add(doc, writer.write(doc, entry.dir));
        // On one thread each document is on disk before the next is rendered, as it always was.
        if (!writer.pipelined) await records.settled();
      } else {
        // Without --json nothing needs the document once its files are handed over: only counted.
        await writer.submit(doc, entry.dir);
      }
      await writer.pace();
      if (failure !== undefined) throw failure;
    },
    async close() {
      try {
        await (ctx.signal.aborted ? writer.abort() : writer.close());
      } catch (error) {
        failure ??= error;
      }
      await records.settled();
      const tally = writer.tally();
      summary.written += tally.written;
      summary.skipped += tally.skipped;
      if (failure !== undefined) throw failure;
      return summary;
    },
    async abort() {
      await writer.abort();
      await records.settled();
      await removeTempFilesInFlight();
    },
  };
}

/** Starts the writer threads of a batch ahead of its first file (see prestartWriteThreads). */
export function prestartWriters(env: NodeJS.ProcessEnv): void {
  const { threads } = writerThreads(env);
  if (threads > 0) prestartWriteThreads(threads);
}

/** UA_LETTER_THREADS as a number of writer threads; undefined when unset or not a number. */
export function threadsSetting(env: NodeJS.ProcessEnv): number | undefined {
  const asked = env.UA_LETTER_THREADS?.trim();
  return asked !== undefined && /^\d+$/.test(asked) ? Number(asked) : undefined;
}

/**
 * Writer threads for big batches: one fewer than the cores (this thread renders), at most three,
 * started once 500 files are written (a small run never pays for them). UA_LETTER_THREADS sets
 * the number and starts them at once (0: none; see helperThreads in signer-source.ts).
 */
function writerThreads(env: NodeJS.ProcessEnv): { threads: number; threadsAfter: number } {
  const asked = threadsSetting(env);
  if (asked !== undefined) return { threads: Math.min(asked, 8), threadsAfter: 0 };
  return { threads: Math.max(0, Math.min(availableParallelism() - 1, 3)), threadsAfter: 500 };
}
