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
  layoutCache?: Record<string, unknown>;
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
 * This cache admits a word on its second use (template words, common first names and cities)
 * and starts over when full: the words of one signer are shaped once and die young.
 * Returns false when pdfkit's font has no such cache (then nothing is changed).
 */
export function boundLayoutCache(doc: PdfDoc, limit: number): boolean {
  const font = currentFont(doc);
  if (!font || typeof font.layoutCache !== 'object' || font.layoutCache === null) return false;
  font.layoutCache = admitOnSecondUse(limit);
  return true;
}

function admitOnSecondUse(limit: number): Record<string, unknown> {
  const store = new Map<string, unknown>();
  let seen = new Set<string>();
  return new Proxy(Object.create(null) as Record<string, unknown>, {
    get: (_target, key) => (typeof key === 'string' ? store.get(key) : undefined),
    set: (_target, key, value) => {
      if (typeof key !== 'string') return true;
      if (seen.has(key)) {
        if (store.size >= limit) store.clear();
        store.set(key, value);
      } else {
        if (seen.size >= limit) seen = new Set();
        seen.add(key);
      }
      return true;
    },
  });
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
