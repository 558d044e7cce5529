// The document `ua-letter import` reads: text, PDF or a web page saved from the browser, from a
// file or stdin, through the one bounded reader (the same 10 MB cap as every other input). What it
// is comes from its content, not its name, so that `curl … | ua-letter import -` works too: a PDF
// starts with "%PDF-"; a web page opens with a doctype, an <html> tag, or (a fragment) block tags
// within its first kilobytes.
import { CaseError, InterruptedError } from '../errors.js';
import type { ReadContext } from './context.js';
import { readInputBytes } from './input.js';
import { isPdf, readPdf } from './pdf-text.js';

export type ImportKind = 'text' | 'pdf' | 'html';

/** The document's text; `shown` is how messages name it; `kind` what it was read as; `pages` a PDF's pages. */
export async function readImportDocument(file: string, ctx: ReadContext): Promise<{ text: string; shown: string; kind: ImportKind; pages?: number }> {
  const bytes = await readInputBytes(file, ctx);
  const shown = file === '-' ? 'stdin' : file;
  if (isPdf(bytes)) {
    const pdf = await readPdf(bytes, shown, ctx.signal);
    if (ctx.signal?.aborted) throw new InterruptedError(`${shown}: interrupted while reading; nothing was written`);
    return { text: pdf.text, shown, kind: 'pdf', pages: pdf.pages };
  }
  const kind: ImportKind = 'text';
  assertText(bytes, shown);
  const decoded = decodeText(bytes, shown, ctx);
  if (ctx.signal?.aborted) throw new InterruptedError(`${shown}: interrupted while reading; nothing was written`);
  const html = kind === 'text' && isHtml(decoded);
  // The HTML parser (htmlparser2 and its entity tables) is loaded only for a web page: a text
  // import does not pay for compiling it (~25 ms of every start, bench/import.mjs).
  const text = html ? (await import('../import/html-text.js')).htmlToText(decoded) : decoded;
  if (text.trim() === '') throw new CaseError({ file: shown }, html ? 'the web page holds no text' : 'the document is empty');
  return { text, shown, kind: html ? 'html' : kind };
}

/** A doctype or <html>/<body> near the start, or several block tags in the first 4 KB. */
export function isHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\ufeff/, '').trimStart();
  if (/^<!doctype html|^<html[\s>]|^<\?xml[^>]*>\s*<html/i.test(head)) return true;
  const tags = head.match(/<(?:p|div|br|h[1-6]|body|head|meta|article|main|section|ul|li|table)\b[^>]*>/gi)?.length ?? 0;
  return head.startsWith('<') && tags >= 2;
}

/**
 * Text, not binary data: no NUL byte and few control characters (other than tab, line breaks and
 * form feed) in the first 64 KB. Random bytes read as Windows-1252 took 8 s to import and listed
 * eleven thousand "skipped" lines of junk, with exit 0 (issue 16).
 */
function assertText(bytes: Uint8Array, shown: string): void {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new CaseError({ file: shown }, 'is UTF-16 text; save it as UTF-8', { code: 'input.encoding' });
  }
  const head = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (const b of head) {
    if (b === 0) return binary(shown);
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  if (controls > head.length / 100) binary(shown);
}

function binary(shown: string): never {
  throw new CaseError({ file: shown }, 'is not a text document, a web page or a PDF (it holds binary data)', { code: 'input.binary' });
}

/** UTF-8 (a BOM is dropped later); text saved by older Windows tools falls back to Windows-1252. */
function decodeText(bytes: Uint8Array, file: string, ctx: ReadContext): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: a page saved from the browser keeps the charset its site declared (an older
    // Russian page in windows-1251, a Japanese one in Shift_JIS), and reading it as Windows-1252
    // would turn every letter into junk. A browser honours the declaration; so do we.
    const declared = declaredCharset(bytes);
    if (declared) return declared.decode(bytes);
    ctx.warn(`${file} is not UTF-8; read it as Windows-1252 (check accented letters in the draft)`);
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The decoder for a `<meta charset>` (or http-equiv, or XML) declaration in the first 1 KB, if Node knows it. */
export function declaredCharset(bytes: Uint8Array): InstanceType<typeof TextDecoder> | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const label = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? /^<\?xml\b[^>]*?encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  if (!label) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}
