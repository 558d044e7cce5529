// Picks the sink for a run: printed, written as text files, or (letters, envelopes, labels) laid
// out into PDFs with everything else written as text files beside them; and the action pages
// (--format html), alone or beside the others.
import { loadPrecompiled } from '../render/precompiled.js';
import { fileSink } from './file-sink.js';
import type { PageSources } from './html-sink.js';
import { documentRecord, formatForStdout } from './json-lines.js';
import type { Sink, SinkOptions, SinkOutput, SinkTotals } from './sink.js';
import { documentText } from './text-formats.js';

/**
 * The action page's templates (`*.html.hbs`), which the bundled CLI keeps precompiled in a file of
 * their own (scripts/bundle.mjs): only a run with --format html renders them, and compiled they
 * are as big as all the letters' templates of three languages together.
 */
const PAGE_TEMPLATES = 'pages';

export async function openSink(options: SinkOptions, output: SinkOutput, pages?: Omit<PageSources, 'records'>): Promise<Sink> {
  if (options.stdout) return stdoutSink(options, output);
  const files = options.files === false ? undefined : await documentFiles(options, output);
  if (options.html !== true || !pages) {
    if (!files) throw new Error('openSink: neither files nor pages asked for');
    return files;
  }
  const [{ htmlSink }] = await Promise.all([import('./html-sink.js'), loadPrecompiled(PAGE_TEMPLATES)]);
  // Only when no other sink writes files does the page stand as each document's file in --json.
  const html = htmlSink(options, { ...pages, records: !files }, output);
  return files ? bothSinks(files, html) : html;
}

async function documentFiles(options: SinkOptions, output: SinkOutput): Promise<Sink> {
  const files = fileSink(options, output);
  if (options.format !== 'pdf' && !options.envelopes && options.labels === undefined) return files;
  // PDF code (and pdfkit) is loaded only by runs that make a PDF.
  const { pdfSink } = await import('./pdf-sink.js');
  return pdfSink(files, options);
}

/** Documents printed on stdout (--stdout): framed plain text, or JSON Lines with the text inside. */
function stdoutSink(options: SinkOptions, output: SinkOutput): Sink {
  const letterFormat = options.format === 'md' ? 'md' : 'txt';
  return {
    async add(doc) {
      const line = options.json
        ? JSON.stringify({ ...documentRecord(doc, undefined), content: documentText(doc, letterFormat) }) + '\n'
        : formatForStdout(doc, { letterFormat, context: options.context });
      if (!output.stdout.write(line)) await drained(output.stdout);
    },
    close: async () => ({ written: 0, skipped: 0, pages: 0, notes: [], writerThreads: 0 }),
    abort: async () => {},
    // Printed documents go wherever stdout goes: not something the action log can count.
    published: () => [],
  };
}

/**
 * Waits for room on stdout, or for its end: a reader that went away (`… --stdout | head`) never
 * sends 'drain', and waiting for it would hang the run. The CLI turns that error into a clean stop.
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

/** Every document to both; totals added up. */
function bothSinks(first: Sink, second: Sink): Sink {
  return {
    async add(doc, signerDir) {
      await first.add(doc, signerDir);
      await second.add(doc, signerDir);
    },
    async close() {
      const a = await first.close().catch(async (error: unknown) => {
        await second.abort();
        throw error;
      });
      const b = await second.close();
      return sum(a, b);
    },
    async abort() {
      await Promise.all([first.abort(), second.abort()]);
    },
    // The same documents reach both: counted once, by the first (the documents' own files).
    published: () => first.published(),
  };
}

function sum(a: SinkTotals, b: SinkTotals): SinkTotals {
  return {
    written: a.written + b.written,
    skipped: a.skipped + b.skipped,
    pages: a.pages + b.pages,
    notes: [...a.notes, ...b.notes],
    writerThreads: Math.max(a.writerThreads, b.writerThreads),
  };
}
