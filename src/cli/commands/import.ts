// `ua-letter import <file|->`: an Urgent Action document (text or PDF) → a case file draft on
// stdout or in --out, and a report on stderr of what was found where, with a confidence, and what
// was not. The recognising is pure (src/import); this file reads, decodes, writes and prints.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CaseError, RefusedError, RuntimeError, UsageError } from '../../errors.js';
import { importDocument } from '../../import/import-document.js';
import { formatReport, reportJson } from '../../import/report.js';
import { writeFileAtomic } from '../../output/atomic-write.js';
import type { CliContext } from '../context.js';
import { isPdf, pdfToText } from '../pdf-text.js';

export interface ImportCommandOptions {
  out?: string;
  force?: boolean;
  json?: boolean;
}

export async function run(file: string, opts: ImportCommandOptions, ctx: CliContext): Promise<void> {
  const bytes = await readBytes(file, ctx);
  const shown = file === '-' ? 'stdin' : file;
  const text = isPdf(bytes) ? await pdfToText(bytes, shown) : decodeText(bytes, shown, ctx);
  if (text.trim() === '') throw new CaseError({ file: shown }, 'the document is empty');
  const result = importDocument(text, { source: shown });
  if (!result.looksLikeUrgentAction) ctx.log.warn(`${shown} does not look like an Urgent Action: no "URGENT ACTION" line, no officials, no deadline`);
  if (opts.out !== undefined) {
    const status = await writeFileAtomic(resolve(ctx.cwd, opts.out), result.caseText, { force: opts.force === true, displayPath: opts.out });
    if (status === 'exists') throw new RefusedError(`${opts.out} already exists`, 'output.exists', 'Pass --force to replace it, or choose another file with --out.');
  } else {
    ctx.stdout.write(result.caseText);
  }
  if (opts.json) {
    ctx.stderr.write(reportJson(result.report));
    return;
  }
  if (!ctx.quiet) ctx.stderr.write(formatReport(result.report));
  if (opts.out !== undefined) ctx.log.success(`Wrote ${opts.out}. Check it, fill in what is marked TODO, then run: ua-letter validate ${opts.out}`);
}

async function readBytes(file: string, ctx: CliContext): Promise<Uint8Array> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of ctx.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(resolve(ctx.cwd, file));
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new UsageError(`${file}: no such file`, 'Give the path of a UA saved as text or PDF, or - to read stdin.');
    if (code === 'EISDIR') throw new UsageError(`${file} is a folder, not a document`);
    throw new RuntimeError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`, 'input.read', error);
  }
}

/** UTF-8 (a BOM is dropped later); text saved by older Windows tools falls back to Windows-1252. */
function decodeText(bytes: Uint8Array, file: string, ctx: CliContext): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    ctx.log.warn(`${file} is not UTF-8; read it as Windows-1252 (check accented letters in the draft)`);
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
