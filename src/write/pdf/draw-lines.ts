// Drawing lines that break-lines.ts chose. Each line becomes runs of one font each (in the order
// the text is written), and each run is one pdfkit text call at a position we computed: pdfkit does
// no wrapping and no page breaking of its own here. A later right-to-left step reorders a line's
// runs (`LineRun[]`) between lineRuns() and drawRuns(); nothing else needs to change for it.
import type {} from 'pdfkit';
import type { Line } from './break-lines.js';
import type { TextPiece } from './text-pieces.js';

type PdfDoc = PDFKit.PDFDocument;

/** Text of one font on one line, with its width at size 1. */
export interface LineRun {
  text: string;
  font: string;
  width: number;
}

/** The runs of `line`, in logical order: consecutive parts in one font are joined. */
export function lineRuns(pieces: readonly TextPiece[], line: Line): LineRun[] {
  const runs: LineRun[] = [];
  const add = (text: string, font: string, width: number) => {
    const last = runs.at(-1);
    if (last && last.font === font) {
      last.text += text;
      last.width += width;
    } else runs.push({ text, font, width });
  };
  for (let i = line.from; i < line.to; i++) {
    const piece = pieces[i] as TextPiece;
    for (const part of piece.parts) add(part.text, part.font, part.width);
    if (i < line.to - 1 && piece.space > 0) add(' ', piece.spaceFont, piece.space);
  }
  return runs;
}

export type LineAlign = 'left' | 'right';

/** Draws runs from `x` (or ending at `x + width` when right-aligned), top of the line at `y`. */
export function drawRuns(doc: PdfDoc, runs: readonly LineRun[], size: number, at: { x: number; y: number; width: number; align?: LineAlign | undefined }): void {
  const total = runs.reduce((sum, r) => sum + r.width, 0) * size;
  let x = at.align === 'right' ? at.x + at.width - total : at.x;
  let font: string | undefined;
  for (const run of runs) {
    if (run.font !== font) {
      doc.font(run.font);
      font = run.font;
    }
    doc.fontSize(size);
    // lineBreak: false: drawn as one fragment where we say, never wrapped or moved to a new page.
    doc.text(run.text, x, at.y, { lineBreak: false });
    x += run.width * size;
  }
}

/**
 * Draws `lines` of `pieces` one under the other from `y`; returns the y below the last line.
 * `reorder` puts each line's runs in page order (right-to-left text: bidi-runs.ts).
 */
export function drawLines(
  doc: PdfDoc,
  pieces: readonly TextPiece[],
  lines: readonly Line[],
  style: { size: number; advance: number },
  at: { x: number; y: number; width: number; align?: LineAlign | undefined; reorder?: ((runs: LineRun[]) => LineRun[]) | undefined },
): number {
  let y = at.y;
  for (const line of lines) {
    const runs = lineRuns(pieces, line);
    drawRuns(doc, at.reorder ? at.reorder(runs) : runs, style.size, { ...at, y });
    y += style.advance;
  }
  return y;
}
