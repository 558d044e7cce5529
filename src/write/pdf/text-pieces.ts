// Text → measured pieces: words with their widths at font size 1, each word in parts of one style
// (a word can be half bold: "**Ana**'s"). Measured once per text; break-lines.ts then breaks the
// pieces at any size by arithmetic. Widths come from pdfkit's own measure (fontkit shaping, with
// kerning inside words), and pdfkit draws a line word by word the same way, so a line drawn from
// these pieces is as wide as they say.
import type {} from 'pdfkit';
import { styledRuns } from '../../channels/emphasis.js';
import type { Piece } from './break-lines.js';
import type { FontSet, FontStyle } from './fonts.js';

type PdfDoc = PDFKit.PDFDocument;

export interface PiecePart {
  text: string;
  /** pdfkit font name. */
  font: string;
  /** Width at size 1. */
  width: number;
}

export interface TextPiece extends Piece {
  parts: PiecePart[];
  /** pdfkit font of the space after the piece (the style it was written in). */
  spaceFont: string;
}

export interface MeasureOptions {
  /** Words wider than this (at size 1) are split into chunks that fit: long links. */
  maxWidth: number;
  /** Style of text without marks (default regular; the signer's name is bold, for instance). */
  base?: FontStyle | undefined;
}

function styleOf(bold: boolean, italic: boolean): FontStyle {
  return bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
}

function upgrade(base: FontStyle, bold: boolean, italic: boolean): FontStyle {
  return styleOf(bold || base === 'bold' || base === 'boldItalic', italic || base === 'italic' || base === 'boldItalic');
}

/** Measures `text` (with emphasis marks, see channels/emphasis.ts) into pieces. */
export function measureText(doc: PdfDoc, fonts: FontSet, text: string, options: MeasureOptions): TextPiece[] {
  const pieces: TextPiece[] = [];
  let parts: PiecePart[] = [];
  const measure = new Measurer(doc);
  const endPiece = (space: number, spaceFont: string, breakAfter: boolean) => {
    if (parts.length === 0) {
      // A space or break with no word before it: give it to the previous piece.
      const last = pieces.at(-1);
      if (last && breakAfter) last.breakAfter = true;
      return;
    }
    const width = parts.reduce((sum, p) => sum + p.width, 0);
    const piece: TextPiece = { parts, width, space, spaceFont, breakAfter };
    if (width > options.maxWidth) pieces.push(...splitWide(measure, piece, options.maxWidth));
    else pieces.push(piece);
    parts = [];
  };
  for (const run of styledRuns(text)) {
    const font = fonts.nameFor(upgrade(options.base ?? 'regular', run.bold, run.italic), run.text);
    // Words and the blanks between them; a line break inside a paragraph is kept as a break.
    // A zero-width space (break-long-words.ts) is a place to break that takes no room.
    for (const token of run.text.match(/[^\s\u200b]+|\n|\u200b|[^\S\n]+/g) ?? []) {
      if (token === '\n') endPiece(0, font, true);
      else if (token === '\u200b') endPiece(0, font, false);
      else if (/^\s/.test(token)) endPiece(measure.space(font), font, false);
      else parts.push({ text: token, font, width: measure.width(font, token) });
    }
  }
  endPiece(0, fonts.regular, false);
  const last = pieces.at(-1);
  if (last) last.space = 0;
  return pieces;
}

/** Widths at size 1, switching pdfkit's font only when it changes. */
class Measurer {
  private current: string | undefined;
  private readonly spaces = new Map<string, number>();
  constructor(private readonly doc: PdfDoc) {}
  space(font: string): number {
    let w = this.spaces.get(font);
    if (w === undefined) {
      w = this.width(font, ' ');
      this.spaces.set(font, w);
    }
    return w;
  }
  width(font: string, text: string): number {
    if (font !== this.current) {
      this.doc.font(font).fontSize(1);
      this.current = font;
    } else this.doc.fontSize(1);
    return this.doc.widthOfString(text);
  }
}

/** A word too wide for any line, cut into chunks that fit (at size 1), character by character. */
function splitWide(measure: Measurer, piece: TextPiece, maxWidth: number): TextPiece[] {
  const out: TextPiece[] = [];
  let parts: PiecePart[] = [];
  let width = 0;
  const flush = () => {
    if (parts.length > 0) out.push({ parts, width, space: 0, spaceFont: piece.spaceFont, breakAfter: false });
    parts = [];
    width = 0;
  };
  for (const part of piece.parts) {
    let chunk = '';
    let chunkWidth = 0;
    for (const ch of part.text) {
      const w = measure.width(part.font, chunk + ch);
      if (width + w > maxWidth && (chunk !== '' || parts.length > 0)) {
        if (chunk !== '') parts.push({ text: chunk, font: part.font, width: chunkWidth });
        width += chunkWidth;
        flush();
        chunk = ch;
        chunkWidth = measure.width(part.font, ch);
      } else {
        chunk += ch;
        chunkWidth = w;
      }
    }
    if (chunk !== '') {
      parts.push({ text: chunk, font: part.font, width: chunkWidth });
      width += chunkWidth;
    }
  }
  flush();
  const last = out.at(-1);
  if (last) {
    last.space = piece.space;
    last.breakAfter = piece.breakAfter;
  }
  return out;
}
