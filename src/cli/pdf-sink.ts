// Letters into print-ready PDFs: by default one combined PDF per case, letters grouped by
// official (generate iterates officials outermost); with --split one PDF per signer.
// Every other channel still goes to the text files.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LetterDocument, RenderedDocument } from '../channels/types.js';
import { resolveInside } from '../output/paths.js';
import type { LetterPdf, PdfCloseResult } from '../output/pdf/letter-pdf.js';
import { defaultPaper, paperLocale } from '../output/pdf/paper.js';
import type { CliContext } from './context.js';
import type { RunSummary, Sink } from './document-sinks.js';
import type { SignerEntry } from './signer-source.js';

interface OpenPdf {
  key: string;
  relative: string;
  /** Undefined: the file exists and --force was not given, so its letters are not laid out again. */
  pdf: LetterPdf | undefined;
}

export function pdfSink(files: Sink, summary: RunSummary, ctx: CliContext): Sink {
  const o = summary.options;
  let current: OpenPdf | undefined;

  const closeCurrent = async () => {
    if (!current) return;
    const done = current;
    current = undefined;
    if (done.pdf) noteClosed(await done.pdf.close(), done.relative, summary);
  };

  const pdfFor = async (doc: LetterDocument, entry: SignerEntry): Promise<LetterPdf | undefined> => {
    const relative = o.split ? `${doc.caseId}/${entry.dir ?? 'letters'}.pdf` : `${doc.caseId}/letters.pdf`;
    if (current?.key === relative) return current.pdf;
    await closeCurrent();
    const path = resolveInside(resolve(ctx.cwd, o.outDir), relative);
    if (!o.force && existsSync(path)) {
      // A rerun after an interruption: a published PDF is complete (it is renamed into place
      // only when finished), so keep it and do not lay its letters out again.
      summary.skipped++;
      current = { key: relative, relative, pdf: undefined };
      return undefined;
    }
    const { openLetterPdf } = await import('../output/pdf/letter-pdf.js');
    const paper = o.paper ?? entry.signer.paper ?? defaultPaper(paperLocale(ctx.env));
    const pdf = await openLetterPdf({
      paper,
      // CJK and other scripts DejaVu lacks need a font of the user's (a system font's path).
      fontPath: ctx.env.UA_LETTER_FONT || undefined,
      path,
      force: o.force,
      displayPath: `${o.outDir}/${relative}`,
      title: `Letters: ${doc.caseId}`,
      creationDate: new Date(`${o.today}T12:00:00Z`),
    });
    current = { key: relative, relative, pdf };
    return pdf;
  };

  return {
    async add(doc: RenderedDocument, entry: SignerEntry) {
      if (doc.channel !== 'letter' || o.format !== 'pdf') return files.add(doc, entry);
      summary.count(doc);
      const pdf = await pdfFor(doc, entry);
      if (!pdf) return;
      const report = await pdf.add(doc);
      summary.pages += report.pages;
      if (report.overflow) {
        summary.notes.push(`the letter to ${doc.targetId} signed by ${doc.signer.name} runs ${report.overflow.lines} lines over one page; page 2 is numbered (shorten the letter or the personal line to fit one page)`);
      }
      if (report.missingGlyphs) {
        summary.notes.push(`the font has no glyph for ${report.missingGlyphs.map((g) => JSON.stringify(g)).join(' ')} (letter to ${doc.targetId}); set UA_LETTER_FONT to a font that has them`);
      }
    },
    async close() {
      await closeCurrent();
      return files.close();
    },
    async abort() {
      const open = current;
      current = undefined;
      await open?.pdf?.abort();
      await files.abort();
    },
  };
}

function noteClosed(result: PdfCloseResult, relative: string, summary: RunSummary): void {
  if (result.status === 'written') {
    summary.written++;
    summary.bytes += result.bytes;
    summary.outputs.push(relative);
  } else if (result.status === 'exists') {
    summary.skipped++;
    summary.pages -= result.pages;
  }
}
