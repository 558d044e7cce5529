// Picks the sink for a run: printed, written as text files, or (letters, envelopes, labels) laid
// out into PDFs with everything else written as text files beside them.
import { fileSink } from './file-sink.js';
import type { Sink, SinkOptions, SinkOutput } from './sink.js';
import { stdoutSink } from './stdout-sink.js';

export async function openSink(options: SinkOptions, output: SinkOutput): Promise<Sink> {
  if (options.stdout) return stdoutSink(options, output);
  const files = fileSink(options, output);
  if (options.format !== 'pdf' && !options.envelopes && options.labels === undefined) return files;
  // PDF code (and pdfkit) is loaded only by runs that make a PDF.
  const { pdfSink } = await import('./pdf-sink.js');
  return pdfSink(files, options);
}
