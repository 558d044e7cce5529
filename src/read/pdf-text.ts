// PDF → plain text for `ua-letter import`, with unpdf: Mozilla's PDF.js (the same 5.6 release as
// pdfjs-dist) built for servers, without the 33 MB native canvas pdfjs-dist pulls in to render
// pages we never draw. It is loaded only here, on the import of a PDF.
//
// Bad input stays bounded: the file has passed the 10 MB reader; its compressed streams are
// inflated against a budget before PDF.js sees them (pdf-guard.ts); a document of more than
// MAX_PDF_PAGES pages is refused before any page is read.
//
// PDF.js returns positioned runs of text, not lines: runs are grouped into lines by their
// baseline, joined left to right, and a vertical gap clearly larger than the page's usual line
// spacing becomes a blank line, which is what tells the importer where paragraphs end.
import { CaseError, InterruptedError } from '../errors.js';
import { inflatedSize, MAX_INFLATED_BYTES } from './pdf-guard.js';

/** An Urgent Action is one to four pages; a few hundred is already far past any real one. */
export const MAX_PDF_PAGES = 300;

interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

/** True when the bytes start like a PDF ("%PDF-"), whatever the file is called. */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';
}

/** `signal`: Ctrl-C or SIGTERM stops the extraction between two pages (InterruptedError, issue 16). */
export async function pdfToText(bytes: Uint8Array, file: string, signal?: AbortSignal): Promise<string> {
  return (await readPdf(bytes, file, signal)).text;
}

/** The PDF's text and its number of pages (for the "read … as a PDF (n pages)" line). */
export async function readPdf(bytes: Uint8Array, file: string, signal?: AbortSignal): Promise<{ text: string; pages: number }> {
  if (inflatedSize(bytes) === undefined) {
    throw new CaseError({ file }, `the PDF's compressed streams inflate to more than ${MAX_INFLATED_BYTES / 1024 / 1024} MB: refused (a damaged or hostile file?)`, { code: 'import.pdf-too-large' });
  }
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    // PDF.js takes ownership of (detaches) the buffer it is given: pass a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw new CaseError({ file }, `the PDF has ${pdf.numPages} pages; the limit is ${MAX_PDF_PAGES} (an Urgent Action has a few)`, { code: 'import.pdf-too-many-pages' });
    }
    const pages: string[] = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      if (signal?.aborted) throw new InterruptedError(`${file}: interrupted while reading the PDF; nothing was written`);
      const page = await pdf.getPage(i);
      const content = await page.getTextContent();
      pages.push(runsToText((content.items as PdfTextItem[]).flatMap(toRun)));
      page.cleanup();
    }
    const text = pages.join('\n\n');
    if (text.trim() === '') throw new CaseError({ file }, 'the PDF holds no text (a scanned image?): run it through OCR, or paste its text into a file');
    return { text, pages: pdf.numPages };
  } catch (error) {
    if (error instanceof CaseError || error instanceof InterruptedError) throw error;
    const name = error instanceof Error ? error.name : '';
    const problem = name === 'PasswordException' ? 'the PDF is protected by a password' : `cannot read the PDF (${error instanceof Error ? error.message : String(error)})`;
    throw new CaseError({ file }, problem, { code: 'import.pdf' });
  } finally {
    await pdf?.destroy();
  }
}

function toRun(item: PdfTextItem): Run[] {
  if (typeof item.str !== 'string' || item.str === '' || !item.transform) return [];
  const [a = 0, b = 0, , , x = 0, y = 0] = item.transform;
  return [{ text: item.str, x, y, width: item.width ?? 0, size: Math.hypot(a, b) || item.height || 10 }];
}

/** Runs of one page → its lines, top to bottom, with blank lines at paragraph gaps. */
export function runsToText(runs: readonly Run[]): string {
  const lines = groupLines(runs);
  const gaps = lines.slice(1).map((line, i) => (lines[i]?.y ?? 0) - line.y).filter((g) => g > 0);
  const usual = median(gaps);
  const out: string[] = [];
  lines.forEach((line, i) => {
    const gap = i === 0 ? 0 : (lines[i - 1]?.y ?? 0) - line.y;
    if (i > 0 && usual > 0 && gap > usual * 1.5) out.push('');
    out.push(line.text);
  });
  return out.join('\n');
}

function groupLines(runs: readonly Run[]): Array<{ y: number; text: string }> {
  const sorted = [...runs].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Array<{ y: number; size: number; runs: Run[] }> = [];
  for (const run of sorted) {
    const line = lines.at(-1);
    // Runs on one baseline (within a third of the font size: superscripts, mixed fonts) share a line.
    if (line && Math.abs(line.y - run.y) <= Math.max(line.size, run.size) / 3) line.runs.push(run);
    else lines.push({ y: run.y, size: run.size, runs: [run] });
  }
  return lines.map((line) => ({ y: line.y, text: joinRuns(line.runs.sort((p, q) => p.x - q.x)) }));
}

/** Adjacent runs are joined directly; a horizontal gap wider than a fifth of the font is a space. */
function joinRuns(runs: readonly Run[]): string {
  let text = '';
  let end: number | undefined;
  for (const run of runs) {
    const gap = end === undefined ? 0 : run.x - end;
    if (end !== undefined && gap > run.size * 0.2 && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
    text += run.text;
    end = run.x + run.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
