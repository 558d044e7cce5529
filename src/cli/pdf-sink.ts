// Letters into print-ready PDFs, plus envelopes and address labels: by default one PDF of each
// kind per case, letters grouped by official (generate iterates officials outermost) so that
// letters, envelopes and labels come out in the same order; with --split one letters PDF per
// signer. Every other channel (and text letters, when the format is not pdf) goes to the files.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LetterDocument, RenderedDocument } from '../channels/types.js';
import { UsageError } from '../errors.js';
import { resolveInside } from '../output/layout.js';
import type { PdfCloseResult, PdfOutputOptions } from '../output/pdf/pdf-session.js';
import { defaultPaper, paperLocale } from '../output/pdf/paper.js';
import type { Paper } from '../output/pdf/layout.js';
import type { CliContext } from './context.js';
import type { RunSummary, Sink } from './document-sinks.js';
import type { SignerEntry } from './signer-source.js';

/** What the three kinds of PDF have in common here. */
interface PdfWriter<T> {
  add(item: T): Promise<unknown>;
  close(): Promise<PdfCloseResult>;
  abort(): Promise<void>;
}

/**
 * One open PDF at a time for one kind of output: when the file name changes (another case, or
 * another signer with --split) the previous file is finished and published.
 */
class KeyedPdf<T> {
  private key: string | undefined;
  /** Undefined while `key` is set: the file exists and --force was not given, so it is kept. */
  private writer: PdfWriter<T> | undefined;

  constructor(
    private readonly open: (options: PdfOutputOptions) => Promise<PdfWriter<T>>,
    private readonly summary: RunSummary,
    private readonly ctx: CliContext,
  ) {}

  async add(relative: string, title: string, item: T): Promise<unknown> {
    if (this.key !== relative) await this.switchTo(relative, title);
    return this.writer?.add(item);
  }

  private async switchTo(relative: string, title: string): Promise<void> {
    await this.close();
    const o = this.summary.options;
    const path = resolveInside(resolve(this.ctx.cwd, o.outDir), relative);
    this.key = relative;
    if (!o.force && existsSync(path)) {
      // A rerun after an interruption: a published PDF is complete (it is renamed into place
      // only when finished), so keep it and do not lay it out again.
      this.summary.skipped++;
      return;
    }
    this.writer = await this.open({
      path,
      force: o.force,
      displayPath: `${o.outDir}/${relative}`,
      title,
      creationDate: new Date(`${o.today}T12:00:00Z`),
      // CJK and other scripts DejaVu lacks need a font of the user's (a system font's path).
      fontPath: this.ctx.env.UA_LETTER_FONT || undefined,
    });
  }

  async close(): Promise<void> {
    const writer = this.writer;
    this.writer = undefined;
    this.key = undefined;
    if (writer) noteClosed(await writer.close(), this.summary);
  }

  async abort(): Promise<void> {
    const writer = this.writer;
    this.writer = undefined;
    await writer?.abort();
  }
}

export async function pdfSink(files: Sink, summary: RunSummary, ctx: CliContext): Promise<Sink> {
  const o = summary.options;
  const paperFor = (entry: SignerEntry): Paper => o.paper ?? entry.signer.paper ?? defaultPaper(paperLocale(ctx.env));
  const sheet = o.labels;
  if (sheet !== undefined) {
    const { isLabelSheet, LABEL_SHEETS } = await import('../output/pdf/label-sheets.js');
    if (!isLabelSheet(sheet)) throw new UsageError(`--labels: "${sheet}" is not a label sheet; choose from ${LABEL_SHEETS.join(', ')}`);
  }
  const { openLetterPdf } = await import('../output/pdf/letter-pdf.js');
  const { openEnvelopePdf } = await import('../output/pdf/envelope-pdf.js');
  const { openLabelPdf } = await import('../output/pdf/label-pdf.js');
  const { letterNotes } = await import('../output/pdf/letter-notes.js');

  let paper: Paper = 'a4';
  const letters = new KeyedPdf<LetterDocument>((opts) => openLetterPdf({ ...opts, paper, window: o.window }), summary, ctx);
  const envelopes = new KeyedPdf<LetterDocument>(async (opts) => {
    const pdf = await openEnvelopePdf({ ...opts, size: paper === 'letter' ? 'no10' : 'dl' });
    return { add: (l) => pdf.add({ recipientLines: l.recipientLines, senderLines: l.senderLines, abroad: l.abroad }), close: () => pdf.close(), abort: () => pdf.abort() };
  }, summary, ctx);
  const labels = new KeyedPdf<LetterDocument>(async (opts) => {
    const pdf = await openLabelPdf({ ...opts, sheet: sheet as 'a4-3x7' | 'avery-5160' });
    return { add: (l) => pdf.add(l.recipientLines), close: () => pdf.close(), abort: () => pdf.abort() };
  }, summary, ctx);
  const all = [letters, envelopes, labels];

  return {
    async add(doc: RenderedDocument, entry: SignerEntry) {
      if (doc.channel !== 'letter') return files.add(doc, entry);
      paper = paperFor(entry);
      if (o.envelopes) await envelopes.add(`${doc.caseId}/envelopes.pdf`, `Envelopes: ${doc.caseId}`, doc);
      if (sheet !== undefined) await labels.add(`${doc.caseId}/labels-${sheet}.pdf`, `Labels: ${doc.caseId}`, doc);
      if (o.format !== 'pdf') return files.add(doc, entry);
      summary.count(doc);
      const relative = o.split ? `${doc.caseId}/${entry.dir ?? 'letters'}.pdf` : `${doc.caseId}/letters.pdf`;
      const report = await letters.add(relative, `Letters: ${doc.caseId}`, doc);
      if (report && typeof report === 'object' && 'pages' in report) {
        const r = report as Parameters<typeof letterNotes>[1];
        summary.pages += r.pages;
        summary.notes.push(...letterNotes(doc, r));
      }
    },
    async close() {
      for (const pdf of all) await pdf.close();
      return files.close();
    },
    async abort() {
      for (const pdf of all) await pdf.abort();
      await files.abort();
    },
  };
}

function noteClosed(result: PdfCloseResult, summary: RunSummary): void {
  if (result.status === 'written') summary.written++;
  else if (result.status === 'exists') summary.skipped++;
}
