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
 * +70 MB from 1,000 to 10,000 letters with the cache; turning it off costs 5× the time).
 * This replaces the font's cached lookup with one that keeps a word for good only on its use in
 * a later letter (template words, common first names and cities): see `twoGenerationLookup`.
 * Returns false when pdfkit's font has no such method (then nothing is changed).
 */
export function boundLayoutCache(doc: PdfDoc, limit: number): boolean {
  const font = currentFont(doc);
  if (!font || typeof font.layoutCached !== 'function' || typeof font.layoutRun !== 'function') return false;
  const run = font.layoutRun.bind(font);
  font.layoutCached = twoGenerationLookup(run, limit);
  return true;
}

/** Words shaped for the first time are kept this long only (a letter or two): see below. */
const YOUNG_LIMIT = 256;

function twoGenerationLookup(shape: (text: string) => unknown, limit: number): (text: string) => unknown {
  // `young` serves repeats within a letter (a name in the head, the return line and the
  // signature) and is dropped often, so its entries die before V8 promotes them; a word shaped
  // again after that has recurred across letters and moves to `old`, which lasts.
  const old = new Map<string, unknown>();
  let young = new Map<string, unknown>();
  let seen = new Set<string>();
  return (text) => {
    const hit = old.get(text) ?? young.get(text);
    if (hit !== undefined) return hit;
    const run = shape(text);
    if (seen.has(text)) {
      if (old.size >= limit) old.clear();
      old.set(text, run);
    } else {
      if (young.size >= YOUNG_LIMIT) young = new Map();
      if (seen.size >= limit) seen = new Set();
      young.set(text, run);
      seen.add(text);
    }
    return run;
  };
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
