// The few places where we reach past pdfkit's public API, kept in one file. Each one is guarded: if
// a pdfkit release renames what we touch, the hook is skipped (output stays correct, only memory
// or the missing-glyph warning is lost) and test/unit/pdf/pdfkit-internals.test.ts fails, so the
// upgrade is noticed. Written against pdfkit 0.20.
import type {} from 'pdfkit';

type PdfDoc = PDFKit.PDFDocument;

interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
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
