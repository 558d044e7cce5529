// Where generated documents go: printed on stdout, written as files, and (for letters with
// --format pdf) laid out into print-ready PDFs. One summary at the end whatever the sink.
import type { Channel, RenderedDocument } from '../channels/types.js';
import { createDocumentWriter, type WrittenFile } from '../output/document-writer.js';
import { documentRecord, formatForStdout } from '../output/json-lines.js';
import { documentText } from '../output/text-formats.js';
import { removeTempFilesInFlight } from '../output/atomic-write.js';
import type { CliContext } from './context.js';
import type { SignerEntry } from './signer-source.js';

export interface SinkOptions {
  outDir: string;
  force: boolean;
  stdout: boolean;
  json: boolean;
  format: 'txt' | 'md' | 'pdf';
  paper: 'a4' | 'letter' | undefined;
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
  readonly documents: GeneratedRef[] = [];
  written = 0;
  skipped = 0;
  bytes = 0;
  pages = 0;
  readonly outputs: string[] = [];
  readonly notes: string[] = [];

  constructor(readonly options: SinkOptions) {}

  count(doc: RenderedDocument): void {
    this.documents.push({ caseId: doc.caseId, targetId: doc.targetId, channel: doc.channel });
  }

  byChannel(): string {
    const counts = new Map<Channel, number>();
    for (const d of this.documents) counts.set(d.channel, (counts.get(d.channel) ?? 0) + 1);
    const names: Record<Channel, [string, string]> = { letter: ['letter', 'letters'], email: ['email', 'emails'], tweet: ['post', 'posts'], call: ['call script', 'call scripts'] };
    return [...counts].map(([ch, n]) => `${n} ${names[ch][n === 1 ? 0 : 1]}`).join(', ');
  }

  print(ctx: CliContext, ms: number): void {
    for (const note of this.notes) ctx.log.warn(note);
    if (ctx.signal.aborted) {
      ctx.log.error(`interrupted: ${this.written} files written before the stop; run the same command again to finish the rest`);
      return;
    }
    if (this.options.stdout || this.options.json && this.documents.length === 0) return;
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

/** Text files (.txt/.md/.eml); letters skipped here when a PDF sink takes them. */
export function fileSink(summary: RunSummary, ctx: CliContext): Sink & { record(files: readonly WrittenFile[]): void } {
  const o = summary.options;
  const writer = createDocumentWriter({ outDir: o.outDir, force: o.force, letterFormat: o.format === 'md' ? 'md' : 'txt', today: o.today, cwd: ctx.cwd });
  const record = (files: readonly WrittenFile[]) => {
    for (const f of files) {
      if (f.status === 'written') {
        summary.written++;
        summary.bytes += f.bytes;
      } else summary.skipped++;
    }
  };
  return {
    record,
    async add(doc, entry) {
      summary.count(doc);
      const files = await writer.write(doc, entry.dir);
      record(files);
      if (o.json) ctx.stdout.write(JSON.stringify(documentRecord(doc, files)) + '\n');
    },
    close: async () => summary,
    abort: () => removeTempFilesInFlight(),
  };
}
