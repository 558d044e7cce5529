// The document `ua-letter import` reads: text or PDF, from a file or stdin, through the one
// bounded reader (the same 10 MB cap as every other input).
import { CaseError } from '../errors.js';
import type { ReadContext } from './context.js';
import { readInputBytes } from './input.js';
import { isPdf, pdfToText } from './pdf-text.js';

/** The document's text; `shown` is how messages name it. */
export async function readImportDocument(file: string, ctx: ReadContext): Promise<{ text: string; shown: string }> {
  const bytes = await readInputBytes(file, ctx);
  const shown = file === '-' ? 'stdin' : file;
  const text = isPdf(bytes) ? await pdfToText(bytes, shown) : decodeText(bytes, shown, ctx);
  if (text.trim() === '') throw new CaseError({ file: shown }, 'the document is empty');
  return { text, shown };
}

/** UTF-8 (a BOM is dropped later); text saved by older Windows tools falls back to Windows-1252. */
function decodeText(bytes: Uint8Array, file: string, ctx: ReadContext): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    ctx.warn(`${file} is not UTF-8; read it as Windows-1252 (check accented letters in the draft)`);
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
