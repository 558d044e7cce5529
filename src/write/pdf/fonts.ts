// Fonts for the PDFs: DejaVu Sans from the dejavu-fonts-ttf package by default (full TrueType files:
// Latin with Turkish and Polish letters, Cyrillic, Greek, Vietnamese), or the user's own file
// (CJK needs a system font). Files are read, and their tables decoded, once per process: a --split
// run opens one PDF per signer.
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type {} from 'pdfkit';
import { UaLetterError } from '../../errors.js';
import { boundLayoutCache, currentGlyphTester, shareDecodedTables, type LayoutCacheHandle } from './pdfkit-internals.js';

type PdfDoc = PDFKit.PDFDocument;

export const REGULAR = 'ua-regular';
export const BOLD = 'ua-bold';
export const ITALIC = 'ua-italic';
export const BOLD_ITALIC = 'ua-bold-italic';

/** The four faces a letter's text can ask for (emphasis in the case, names in bold). */
export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** Words kept shaped per font: a letter template in a few languages fits with room to spare. */
const LAYOUT_CACHE_LIMIT = 4000;

export interface FontOptions {
  /** A .ttf/.otf file; default DejaVu Sans. */
  fontPath?: string | undefined;
  /** Default: DejaVu Sans Bold with the default font, else the regular file. */
  boldFontPath?: string | undefined;
}

const fileCache = new Map<string, Promise<Buffer>>();

export function defaultFontPaths(): { regular: string; bold: string; italic: string; boldItalic: string } {
  const require = createRequire(import.meta.url);
  return {
    regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
    bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
    italic: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf'),
    boldItalic: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf'),
  };
}

/** Register the regular and bold fonts on `doc`, select the regular one, and bound its caches. */
export async function registerFonts(doc: PdfDoc, options: FontOptions): Promise<FontSet> {
  const defaults = defaultFontPaths();
  const regularPath = options.fontPath ?? defaults.regular;
  const boldPath = options.boldFontPath ?? (options.fontPath === undefined ? defaults.bold : regularPath);
  const [regular, bold] = await Promise.all([loadFontFile(regularPath), loadFontFile(boldPath)]);
  // One file for both: register it once, so that its subset is embedded once.
  const boldName = boldPath === regularPath ? REGULAR : BOLD;
  let boldHas: ((codePoint: number) => boolean) | undefined;
  const caches: (LayoutCacheHandle | undefined)[] = [];
  if (boldName === BOLD) {
    useFont(doc, BOLD, bold, boldPath);
    caches.push(boundLayoutCache(doc, LAYOUT_CACHE_LIMIT));
    boldHas = currentGlyphTester(doc);
  }
  // The oblique faces only with the default fonts, registered but not parsed: pdfkit reads a
  // registered file on its first use, and few letters have any italics.
  let italic = REGULAR;
  let boldItalic = boldName;
  if (options.fontPath === undefined && options.boldFontPath === undefined) {
    const [italicData, boldItalicData] = await Promise.all([loadFontFile(defaults.italic), loadFontFile(defaults.boldItalic)]);
    doc.registerFont(ITALIC, italicData);
    doc.registerFont(BOLD_ITALIC, boldItalicData);
    italic = ITALIC;
    boldItalic = BOLD_ITALIC;
  }
  useFont(doc, REGULAR, regular, regularPath);
  caches.push(boundLayoutCache(doc, LAYOUT_CACHE_LIMIT));
  const regularHas = currentGlyphTester(doc);
  return new FontSet(REGULAR, boldName, regularHas, boldHas ?? regularHas, caches, { italic, boldItalic });
}

function useFont(doc: PdfDoc, name: string, data: Buffer, path: string): void {
  try {
    doc.registerFont(name, data);
    // fontkit parses the file here, so a file that is not a font fails now rather than mid-batch.
    doc.font(name);
  } catch (error) {
    throw new UaLetterError(`Cannot use ${path} as a font: ${error instanceof Error ? error.message : String(error)}`, {
      code: 'pdf.font',
      hint: 'pass a TrueType or OpenType font file (.ttf or .otf)',
      cause: error,
    });
  }
  // Each document gets a font of its own (glyphs carry per-document state), but the tables decoded
  // from the file are kept for the process: a --split run no longer decodes them for every signer.
  shareDecodedTables(doc, data);
}

/**
 * The largest font file read: a CJK font with every weight is some 20-30 MB. A font is a regular
 * file of known size: a pipe, a device (/dev/zero took 2 GB before the kernel stopped it) or a
 * folder is refused before anything is read.
 */
export const MAX_FONT_BYTES = 64 * 1024 * 1024;

/** Refuses, before any work, a font path that names no font file of a readable size. */
export async function checkFontFile(path: string): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw fontError(path, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message, error);
  }
  if (!info.isFile()) throw fontError(path, info.isDirectory() ? 'is a folder, not a font file' : 'is not a regular file (a pipe or a device?)');
  if (info.size > MAX_FONT_BYTES) throw fontError(path, `is too large (${(info.size / 1024 / 1024).toFixed(1)} MB; a font may be at most ${MAX_FONT_BYTES / 1024 / 1024} MB)`);
}

function fontError(path: string, problem: string, cause?: unknown): UaLetterError {
  return new UaLetterError(`Cannot read the font file ${path}: ${problem}`, {
    code: 'pdf.font',
    hint: 'check the font path (UA_LETTER_FONT), or leave it out to use the built-in DejaVu Sans',
    cause,
  });
}

function loadFontFile(path: string): Promise<Buffer> {
  let pending = fileCache.get(path);
  if (!pending) {
    pending = checkFontFile(path)
      .then(() => readFile(path))
      .catch((error: unknown) => {
        fileCache.delete(path);
        if (error instanceof UaLetterError) throw error;
        throw fontError(path, error instanceof Error ? error.message : String(error), error);
      });
    fileCache.set(path, pending);
  }
  return pending;
}

/** Which characters the fonts can draw; results are remembered per character. */
export class FontSet {
  private readonly regularKnown = new Map<number, boolean>();
  private readonly boldKnown = new Map<number, boolean>();

  constructor(
    /** pdfkit font names to pass to `doc.font()`. */
    readonly regular: string,
    readonly bold: string,
    private readonly regularHas: ((codePoint: number) => boolean) | undefined,
    private readonly boldHas: ((codePoint: number) => boolean) | undefined,
    private readonly caches: readonly (LayoutCacheHandle | undefined)[] = [],
    private readonly obliques: { italic: string; boldItalic: string } = { italic: regular, boldItalic: bold },
  ) {}

  /** The pdfkit font name for a style; bold text the bold font cannot draw stays regular. */
  nameFor(style: FontStyle, text: string): string {
    switch (style) {
      case 'regular':
        return this.regular;
      case 'italic':
        return this.obliques.italic;
      case 'bold':
        return this.boldCovers(text) ? this.bold : this.regular;
      case 'boldItalic':
        return this.boldCovers(text) ? this.obliques.boldItalic : this.obliques.italic;
    }
  }

  /** Call after each letter (envelope, label): words not seen again are dropped from the caches. */
  endOfLetter(): void {
    for (const cache of this.caches) cache?.endOfLetter();
  }

  /** Characters of `text` the regular font has no glyph for (they would print as nothing). */
  missing(text: string, into: Set<string>): void {
    if (!this.regularHas) return;
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp <= 0x20) continue;
      if (!lookup(this.regularKnown, this.regularHas, cp)) into.add(ch);
    }
  }

  /** True when the bold font can draw all of `text` (else draw it in the regular font). */
  boldCovers(text: string): boolean {
    if (!this.boldHas) return true;
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp > 0x20 && !lookup(this.boldKnown, this.boldHas, cp)) return false;
    }
    return true;
  }
}

function lookup(known: Map<number, boolean>, has: (codePoint: number) => boolean, cp: number): boolean {
  let result = known.get(cp);
  if (result === undefined) {
    result = has(cp);
    known.set(cp, result);
  }
  return result;
}
