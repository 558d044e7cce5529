// The few places where we reach past pdfkit's public API (and fontkit's, under it), kept in one
// file. Each one is guarded: if a pdfkit or fontkit release renames what we touch, the hook is
// skipped (output stays correct, only memory, speed or the missing-glyph warning is lost) and
// test/unit/pdf/pdfkit-internals.test.ts fails, so the upgrade is noticed. Written against pdfkit
// 0.20 and fontkit 2.0.
import type {} from 'pdfkit';

type PdfDoc = PDFKit.PDFDocument;

interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
  /** fontkit 2: 'TTF' for TrueType and OpenType files (also CFF-flavoured ones), else 'WOFF', 'WOFF2', … */
  type?: unknown;
  /** The file's table directory, by tag. */
  directory?: { tables?: unknown };
  /** Decoded tables by tag, filled in lazily by the table getters (fontkit's `_getTable`). */
  _tables?: unknown;
  _getTable?: unknown;
}

interface EmbeddedFontLike {
  font?: FontkitFont;
  layoutCached?: (text: string) => unknown;
  layoutRun?: (text: string) => unknown;
}

function currentFont(doc: PdfDoc): EmbeddedFontLike | undefined {
  const font = (doc as unknown as { _font?: unknown })._font;
  return typeof font === 'object' && font !== null ? (font as EmbeddedFontLike) : undefined;
}

/** The fontkit font behind the current pdfkit font, to ask which characters it can draw. */
export function currentGlyphTester(doc: PdfDoc): ((codePoint: number) => boolean) | undefined {
  const fontkit = currentFont(doc)?.font;
  if (!fontkit || typeof fontkit.hasGlyphForCodePoint !== 'function') return undefined;
  return (codePoint) => fontkit.hasGlyphForCodePoint(codePoint);
}

/**
 * Decoded tables of each font file, shared by the fonts of every document in the process, keyed by
 * the file's bytes (fonts.ts reads each file once, so one Buffer per file).
 */
const decodedTables = new WeakMap<Uint8Array, object>();

/** Fonts whose decoded tables were checked to be only read once decoded (see shareDecodedTables). */
function sharesTables(font: FontkitFont | undefined): font is FontkitFont & { _tables: object } {
  if (!font || font.type !== 'TTF' || typeof font._getTable !== 'function') return false;
  if (typeof font._tables !== 'object' || font._tables === null) return false;
  const tables = font.directory?.tables;
  if (typeof tables !== 'object' || tables === null) return false;
  // TrueType outlines only: CFF outlines and variable fonts were not checked.
  return 'glyf' in tables && !('CFF ' in tables) && !('CFF2' in tables) && !('fvar' in tables);
}

/**
 * A --split run opens one document per signer, and pdfkit parses the font file afresh for each: most
 * of the time per PDF went to fontkit decoding the same tables again (GSUB/GPOS lookups as the
 * first words are shaped, `post` when the font is embedded, `loca`…). Call right after
 * `doc.font(name)` selected the font made from `file`: the first document's font keeps its decoded
 * tables for the process, and the fonts of later documents read from (and add to) those instead of
 * decoding their own. Returns whether the tables are shared.
 *
 * Only the decoded tables are shared, never the fontkit font: it caches one Glyph object per
 * glyph id, created with the code points of whoever asked first, and pdfkit writes those code
 * points into the document's ToUnicode map. Subsetting asks for the parts of accented letters
 * (the `u` in `ü`) with no code points, so a font shared with an earlier document gave later
 * documents a `u` that copies and searches as nothing. Each document keeping a font of its own
 * (its own glyphs, layout engine and cmap lookup) is what makes its output byte-identical to a
 * run that parses the file for it alone; the tables are plain data, which fontkit and pdfkit
 * only read once decoded (subsetting clones `head`, `hhea` and `maxp` before changing them).
 */
export function shareDecodedTables(doc: PdfDoc, file: Uint8Array): boolean {
  const font = currentFont(doc)?.font;
  if (!sharesTables(font)) return false;
  const shared = decodedTables.get(file);
  if (shared === undefined) decodedTables.set(file, font._tables);
  else if (font._tables !== shared) font._tables = shared;
  return true;
}

/**
 * pdfkit caches the shaped glyph run of every distinct word for the life of the document. In a
 * batch every signer brings new words (names, streets, postcodes), so the cache grows without
 * bound and, worse, its entries live long enough to be promoted to V8's old generation, which
 * then runs several times larger than what is live before it is collected (measured: peak RSS
 * +50–70 MB from 1,000 to 10,000 letters with pdfkit's cache; turning it off costs 5× the time).
 * This replaces the font's cached lookup with one in two generations: a word is kept for good
 * only when it comes back in a later letter (template words, common first names and cities);
 * the rest is kept until `endOfLetter()`, so it dies young. Returns undefined when pdfkit's font
 * has no such method (then nothing is changed).
 */
export function boundLayoutCache(doc: PdfDoc, limit: number): LayoutCacheHandle | undefined {
  const font = currentFont(doc);
  if (!font || typeof font.layoutCached !== 'function' || typeof font.layoutRun !== 'function') return undefined;
  const cache = new TwoGenerationCache(font.layoutRun.bind(font), limit);
  font.layoutCached = (text) => cache.lookup(text);
  return cache;
}

export interface LayoutCacheHandle {
  /** Forget the words met only in the letter just laid out (call between letters). */
  endOfLetter(): void;
}

/** The young generation never holds more than this, even without `endOfLetter()` calls. */
const YOUNG_LIMIT = 256;

class TwoGenerationCache implements LayoutCacheHandle {
  private readonly old = new Map<string, unknown>();
  private young = new Map<string, unknown>();
  private seen = new Set<string>();

  constructor(
    private readonly shape: (text: string) => unknown,
    private readonly limit: number,
  ) {}

  lookup(text: string): unknown {
    const hit = this.old.get(text) ?? this.young.get(text);
    if (hit !== undefined) return hit;
    const run = this.shape(text);
    if (this.seen.has(text)) {
      if (this.old.size >= this.limit) this.old.clear();
      this.old.set(text, run);
    } else {
      if (this.young.size >= YOUNG_LIMIT) this.young = new Map();
      if (this.seen.size >= this.limit) this.seen = new Set();
      this.young.set(text, run);
      this.seen.add(text);
    }
    return run;
  }

  endOfLetter(): void {
    if (this.young.size > 0) this.young = new Map();
  }
}

/**
 * Once a page is written, pdfkit still keeps its dictionary (and through it the content and
 * resource objects) in the page tree, although only its object number is needed to write the
 * tree at the end. Dropping the written data keeps about 1 KB per page from piling up.
 * Call only after `flushPages()`; pages are identified by their position in the tree.
 */
export function releaseWrittenPages(doc: PdfDoc, from: number, to: number): void {
  const root = (doc as unknown as { _root?: { data?: { Pages?: { data?: { Kids?: unknown } } } } })._root;
  const kids = root?.data?.Pages?.data?.Kids;
  if (!Array.isArray(kids)) return;
  for (let i = from; i < to && i < kids.length; i++) {
    const ref = kids[i] as { data?: unknown; offset?: unknown } | undefined;
    // `offset` is set when the object has been written out; never touch one still pending.
    if (ref && typeof ref.offset === 'number') ref.data = undefined;
  }
}
