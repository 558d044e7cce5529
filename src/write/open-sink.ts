// Picks the sink for a run: printed, written as text files, or (letters, envelopes, labels) laid
// out into PDFs with everything else written as text files beside them.
import { fileSink } from './file-sink.js';
import { documentRecord, formatForStdout } from './json-lines.js';
import type { Sink, SinkOptions, SinkOutput } from './sink.js';
import { documentText } from './text-formats.js';

export async function openSink(options: SinkOptions, output: SinkOutput): Promise<Sink> {
  if (options.stdout) return stdoutSink(options, output);
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
