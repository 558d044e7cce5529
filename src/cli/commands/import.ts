// `ua-letter import <file|->`: an Urgent Action document (text, PDF or web page) → a case file draft on
// stdout or in --out, and a report on stderr of what was found where, with a confidence, and what
// was not. The recognising is pure (src/import), the reading is src/read; this file writes and prints.
import { resolve } from 'node:path';
import { InterruptedError, RefusedError } from '../../errors.js';
import { importDocument } from '../../import/import-document.js';
import { formatReport, reportJson } from '../../import/report.js';
import { writeFileAtomic } from '../../write/atomic-write.js';
import { readImportDocument } from '../../read/import-input.js';
import { readContext, type CliContext } from '../context.js';

export interface ImportCommandOptions {
  out?: string;
  force?: boolean;
  json?: boolean;
}

export async function run(file: string, opts: ImportCommandOptions, ctx: CliContext): Promise<void> {
  // "--out -" is stdout, as "-" for the document is stdin: never a file named "-".
  const out = opts.out === '-' ? undefined : opts.out;
  const { text, shown, kind, pages } = await readImportDocument(file, readContext(ctx));
  const result = importDocument(text, { source: shown });
  result.report.read = kind === 'pdf' ? `a PDF (${pages ?? 0} page${pages === 1 ? '' : 's'})` : kind === 'html' ? 'a web page (HTML)' : 'text';
  // Stopped while the document was recognised: a draft is written only by a run that was not.
  if (ctx.signal.aborted) throw new InterruptedError(`${shown}: interrupted; nothing was written`);
  if (!result.looksLikeUrgentAction) ctx.log.warn(`${shown} does not look like an Urgent Action: no "URGENT ACTION" line, no officials, no deadline`);
  if (out !== undefined) {
    const status = await writeFileAtomic(resolve(ctx.cwd, out), result.caseText, { force: opts.force === true, displayPath: out });
    if (status === 'exists') throw new RefusedError(`${out} already exists`, 'output.exists', 'Pass --force to replace it, or choose another file with --out.');
  } else {
    ctx.stdout.write(result.caseText);
  }
  if (opts.json) {
    ctx.log.detail(reportJson(result.report).trimEnd());
    return;
  }
  if (!ctx.quiet) ctx.log.detail(formatReport(result.report).trimEnd());
  if (out !== undefined) ctx.log.success(`Wrote ${out}. Check it, fill in what is marked TODO, then run: ua-letter validate ${out}`);
}
