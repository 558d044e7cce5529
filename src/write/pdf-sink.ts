// Letters into print-ready PDFs, plus envelopes and address labels: by default one PDF of each
// kind per case, letters grouped by official (generate iterates officials outermost) so that
// letters, envelopes and labels come out in the same order; with --split one letters PDF per
// signer. Every other channel (and text letters, when the format is not pdf) goes to the files.
import { resolve } from 'node:path';
import type { FaxDocument, LetterDocument, RenderedDocument } from '../channels/types.js';
import { UsageError } from '../errors.js';
import { existingFileSize, isPublished } from './atomic-write.js';
import { pdfNames, resolveInside } from './layout.js';
import type { PdfCloseResult, PdfOutputOptions } from './pdf/pdf-session.js';
import type { Paper } from './pdf/layout.js';
import { PublishedTally } from './published.js';
import type { Sink, SinkOptions, SinkTotals } from './sink.js';

/** What the three kinds of PDF have in common here. */
interface PdfWriter<T> {
  add(item: T): Promise<unknown>;
  close(): Promise<PdfCloseResult>;
  abort(): Promise<void>;
}

/** PDF files written and kept, and pages laid out, over every PDF of the run. */
type PdfTotals = Pick<SinkTotals, 'written' | 'skipped' | 'pages' | 'notes'>;

/**
 * One open PDF at a time for one kind of output: when the file name changes (another case, or
 * another signer with --split) the previous file is finished and published.
 */
class KeyedPdf<T> {
  private key: string | undefined;
  /** Undefined while `key` is set: the file exists and --force was not given, so it is kept. */
  private writer: PdfWriter<T> | undefined;
  /**
   * Documents laid into the open file, by tag (`published`): they count once the file is
   * published, as kept when it was, and not at all when it is discarded (a stop).
   */
  private inFile = new Map<number, number>();

  constructor(
    private readonly open: (options: PdfOutputOptions) => Promise<PdfWriter<T>>,
    private readonly options: SinkOptions,
    private readonly totals: PdfTotals,
    /** Only for the letters PDF: envelopes and labels are not documents of their own. */
    private readonly published?: { tally: PublishedTally; tagOf(item: T): number },
  ) {}

  async add(relative: string, title: string, item: T): Promise<unknown> {
    if (this.key !== relative) await this.switchTo(relative, title);
    if (this.published) {
      const tag = this.published.tagOf(item);
      if (this.writer) this.inFile.set(tag, (this.inFile.get(tag) ?? 0) + 1);
      else this.published.tally.add(tag, 'kept');
    }
    return this.writer?.add(item);
  }

  private async switchTo(relative: string, title: string): Promise<void> {
    await this.close();
    const o = this.options;
    const path = resolveInside(resolve(o.cwd, o.outDir), relative);
    this.key = relative;
    // The same rule as for text files: an existing file is kept without --force.
    if (!o.force && existingFileSize(path, `${o.outDir}/${relative}`) !== undefined) {
      // A rerun after an interruption: a published PDF is complete (it is renamed into place
      // only when finished), so keep it and do not lay it out again.
      this.totals.skipped++;
      return;
    }
    this.writer = await this.open({
      path,
      force: o.force,
      displayPath: `${o.outDir}/${relative}`,
      title,
      creationDate: new Date(`${o.today}T12:00:00Z`),
      fontPath: o.fontPath,
    });
  }

  async close(): Promise<void> {
    const writer = this.writer;
    this.writer = undefined;
    this.key = undefined;
    if (!writer) return;
    const inFile = this.inFile;
    this.inFile = new Map();
    const result = await writer.close();
    if (isPublished(result.status)) this.totals.written++;
    else if (result.status === 'exists') this.totals.skipped++;
    if (result.status === 'empty') return;
    const outcome = result.status === 'written' ? 'created' : result.status === 'replaced' ? 'replaced' : 'kept';
    for (const [tag, n] of inFile) this.published?.tally.add(tag, outcome, n);
  }

  async abort(): Promise<void> {
    const writer = this.writer;
    this.writer = undefined;
    this.inFile = new Map();
    await writer?.abort();
  }
}

export async function pdfSink(files: Sink, o: SinkOptions): Promise<Sink> {
  const sheet = o.labels;
  if (sheet !== undefined) {
    const { isLabelSheet, LABEL_SHEETS } = await import('./pdf/label-sheets.js');
    if (!isLabelSheet(sheet)) throw new UsageError(`--labels: "${sheet}" is not a label sheet; choose from ${LABEL_SHEETS.join(', ')}`);
  }
  const { openLetterPdf } = await import('./pdf/letter-pdf.js');
  const { openEnvelopePdf } = await import('./pdf/envelope-pdf.js');
  const { openLabelPdf } = await import('./pdf/label-pdf.js');
  const { letterNotes } = await import('./pdf/letter-notes.js');

  const totals: PdfTotals = { written: 0, skipped: 0, pages: 0, notes: [] };
  let paper: Paper = 'a4';
  const published = new PublishedTally();
  const tagOf = (doc: LetterDocument | FaxDocument) => published.tag(doc.caseId, doc.targetId, doc.channel);
  const letters = new KeyedPdf<LetterDocument | FaxDocument>((opts) => openLetterPdf({ ...opts, paper, window: o.window }), o, totals, { tally: published, tagOf });
  const envelopes = new KeyedPdf<LetterDocument>(async (opts) => {
    const pdf = await openEnvelopePdf({ ...opts, size: paper === 'letter' ? 'no10' : 'dl' });
    return { add: (l) => pdf.add({ recipientLines: l.recipientLines, senderLines: l.senderLines, abroad: l.abroad }), close: () => pdf.close(), abort: () => pdf.abort() };
  }, o, totals);
  const labels = new KeyedPdf<LetterDocument>(async (opts) => {
    const pdf = await openLabelPdf({ ...opts, sheet: sheet as 'a4-3x7' | 'avery-5160' });
    return { add: (l) => pdf.add(l.recipientLines), close: () => pdf.close(), abort: () => pdf.abort() };
  }, o, totals);
  const all = [letters, envelopes, labels];

  async function addPrinted(doc: LetterDocument | FaxDocument, signerDir: string | undefined): Promise<void> {
    const relative = pdfNames.letters(doc.caseId, o.split ? signerDir : undefined);
    const report = await letters.add(relative, `Letters: ${doc.caseId}`, doc);
    if (report && typeof report === 'object' && 'pages' in report) {
      const r = report as Parameters<typeof letterNotes>[1];
      totals.pages += r.pages;
      totals.notes.push(...letterNotes(doc, r));
    }
  }

  return {
    async add(doc: RenderedDocument, signerDir?: string) {
      if (doc.channel === 'fax' && o.format === 'pdf') {
        // Inside the combined PDF, after the letter to the same official.
        paper = o.paper ?? doc.signer.paper ?? o.defaultPaper;
        return addPrinted(doc, signerDir);
      }
      if (doc.channel !== 'letter') return files.add(doc, signerDir);
      paper = o.paper ?? doc.signer.paper ?? o.defaultPaper;
      if (o.envelopes) await envelopes.add(pdfNames.envelopes(doc.caseId), `Envelopes: ${doc.caseId}`, doc);
      if (sheet !== undefined) await labels.add(pdfNames.labels(doc.caseId, sheet), `Labels: ${doc.caseId}`, doc);
      if (o.format !== 'pdf') return files.add(doc, signerDir);
      return addPrinted(doc, signerDir);
    },
    async close() {
      for (const pdf of all) await pdf.close();
      const text = await files.close();
      return {
        written: text.written + totals.written,
        skipped: text.skipped + totals.skipped,
        pages: totals.pages,
        notes: [...totals.notes, ...text.notes],
        writerThreads: text.writerThreads,
      };
    },
    async abort() {
      for (const pdf of all) await pdf.abort();
      await files.abort();
    },
    published: () => [...published.counts(), ...files.published()],
  };
}
