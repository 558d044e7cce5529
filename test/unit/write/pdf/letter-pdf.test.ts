import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultFontPaths } from '../../../../src/write/pdf/fonts.js';
import { openLetterPdf } from '../../../../src/write/pdf/letter-pdf.js';
import { allLetters, letterFor, OFFICIALS, SIGNERS } from '../../../fixtures/pdf/letters.js';
import { itWithPoppler, pageTexts, pdfFonts, pdfInfo } from './poppler.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ua-pdf-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const [turkish, polish, serbian] = SIGNERS as [(typeof SIGNERS)[0], (typeof SIGNERS)[0], (typeof SIGNERS)[0]];
const [bar, attorney] = OFFICIALS as [(typeof OFFICIALS)[0], (typeof OFFICIALS)[0]];
const creationDate = new Date('2024-09-14T10:00:00Z');

async function writeLetters(path: string, letters = allLetters(), paper: 'a4' | 'letter' = 'a4') {
  const pdf = await openLetterPdf({ paper, path, force: false, creationDate });
  const reports = [];
  for (const letter of letters) reports.push(await pdf.add(letter));
  return { reports, result: await pdf.close() };
}

describe('a combined letters PDF', () => {
  itWithPoppler('shows every letter on its own page with its official and signer, names intact', async () => {
    const path = join(dir, 'letters.pdf');
    const { reports, result } = await writeLetters(path);
    expect(result).toMatchObject({ status: 'written', pages: 6 });
    expect(reports.every((r) => r.pages === 1 && r.overflow === undefined && r.missingGlyphs === undefined)).toBe(true);
    const pages = pageTexts(path);
    expect(pages).toHaveLength(6);
    const expected = OFFICIALS.flatMap((o) => SIGNERS.map((s) => [o, s] as const));
    for (const [i, [official, signer]] of expected.entries()) {
      const text = pages[i] ?? '';
      for (const line of official.lines) expect(text).toContain(line);
      expect(text).toContain(signer.name);
      expect(text).toContain(signer.city);
      expect(text).toContain(official.salutation);
      const others = OFFICIALS.filter((o) => o !== official);
      for (const other of others) expect(text).not.toContain(other.lines[0]);
    }
    // Characters outside Latin-1, one of each kind.
    const all = pages.join('\n');
    for (const s of ['İstanbul Barosu', 'Łódź', 'Ђорђе Петровић', 'Beyoğlu', 'Wiśniewska', 'Кнеза Милоша', 'TÜRKİYE']) expect(all).toContain(s);
  });

  itWithPoppler('embeds the DejaVu fonts (subsets) and has A4 pages', async () => {
    const path = join(dir, 'letters.pdf');
    await writeLetters(path);
    const fonts = pdfFonts(path);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    expect(pdfInfo(path)).toEqual({ pages: 6, pageSize: '595.28 x 841.89 pts (A4)' });
  });

  itWithPoppler('uses US Letter pages when asked', async () => {
    const path = join(dir, 'letters.pdf');
    await writeLetters(path, allLetters().slice(0, 2), 'letter');
    expect(pdfInfo(path)).toEqual({ pages: 2, pageSize: '612 x 792 pts (letter)' });
  });

  it('is byte-identical for the same letters and creation date', async () => {
    await writeLetters(join(dir, 'a.pdf'));
    await writeLetters(join(dir, 'b.pdf'));
    expect(readFileSync(join(dir, 'a.pdf')).equals(readFileSync(join(dir, 'b.pdf')))).toBe(true);
  });
});

describe('a letter that does not fit one page', () => {
  itWithPoppler('is reported with how many lines run over, and its pages are numbered 1/2 and 2/2', async () => {
    const path = join(dir, 'long.pdf');
    const long = letterFor(polish, attorney, { repeat: 7 });
    const { reports, result } = await writeLetters(path, [letterFor(turkish, bar), long, letterFor(serbian, bar)]);
    expect(reports.map((r) => r.pages)).toEqual([1, 2, 1]);
    expect(reports[1]?.overflow?.lines).toBeGreaterThan(0);
    expect(reports[0]?.overflow).toBeUndefined();
    expect(result.pages).toBe(4);
    const pages = pageTexts(path);
    expect(pages[0]).not.toMatch(/\b1\/\d\b/);
    expect(pages[1]).toMatch(/\b1\/2\s*$/);
    expect(pages[2]).toMatch(/\b2\/2\s*$/);
    // The second page names the letter it continues, and carries the signature.
    expect(pages[2]).toContain(`${polish.name} · ${attorney.lines[0]}`);
    expect(pages[2]).toContain('Yours sincerely,');
    expect(pages[3]).toContain(serbian.name);
  });

  it('reports more lines the longer the letter', async () => {
    const lines = [];
    for (const repeat of [7, 8]) {
      const { reports } = await writeLetters(join(dir, `r${repeat}.pdf`), [letterFor(polish, attorney, { repeat })]);
      lines.push(reports[0]?.overflow?.lines ?? 0);
    }
    expect(lines[1]).toBeGreaterThan(lines[0] ?? 0);
  });

  itWithPoppler('moves the closing to the next page with the name rather than leave the room to sign split', async () => {
    // Add one-line points until the letter first runs over: the closing fits on page 1 then,
    // the room to sign and the name do not; all three must move over together.
    for (let points = 1; points < 60; points++) {
      const letter = letterFor(turkish, bar);
      letter.body = letter.body.replace('Yours sincerely,', `${Array.from({ length: points }, (_, i) => `Point ${i + 1}.`).join('\n\n')}\n\nYours sincerely,`);
      const path = join(dir, `k${points}.pdf`);
      const { reports } = await writeLetters(path, [letter]);
      if (reports[0]?.pages === 1) continue;
      const [first = '', second = ''] = pageTexts(path);
      expect(first).toContain(`Point ${points}.`);
      expect(first).not.toContain('Yours sincerely,');
      expect(second).toContain('Yours sincerely,');
      expect(second).toContain(turkish.name);
      expect(reports[0]?.overflow?.lines).toBeLessThanOrEqual(6);
      return;
    }
    throw new Error('the letter never ran over one page');
  });
});

describe('another font', () => {
  itWithPoppler('is used for all text, embedded once when no bold file is given', async () => {
    const fontPath = join(dirname(defaultFontPaths().regular), 'DejaVuSerif.ttf');
    const path = join(dir, 'serif.pdf');
    const pdf = await openLetterPdf({ paper: 'a4', path, force: false, fontPath });
    await pdf.add(letterFor(serbian, bar));
    await pdf.close();
    expect(pdfFonts(path).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))).toEqual(['DejaVuSerif']);
    expect(pageTexts(path)[0]).toContain('Ђорђе Петровић');
  });
});

describe('an address too long for the window', () => {
  it('is refused before anything of the letter is drawn, never cut', async () => {
    const official = { ...bar, lines: Array.from({ length: 16 }, (_, i) => `Address line ${i + 1}`) };
    const pdf = await openLetterPdf({ paper: 'a4', path: join(dir, 'long-address.pdf'), force: false, creationDate });
    await expect(pdf.add(letterFor(turkish, official))).rejects.toThrow(/The address of istanbul-bar \(16 lines with name and title\) does not fit the DL envelope window/);
    await pdf.abort();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('missing glyphs', () => {
  it('are reported when the font cannot draw a name (CJK needs another font)', async () => {
    const signer = { name: '王小明', address: ['中山路 1号'], city: '200001 上海', country: 'China' };
    const { reports } = await writeLetters(join(dir, 'cjk.pdf'), [letterFor(signer, bar)]);
    expect(reports[0]?.missingGlyphs).toEqual(expect.arrayContaining(['王', '上', '海']));
  });
});

describe('writing the file', () => {
  it('leaves nothing behind when aborted halfway', async () => {
    const pdf = await openLetterPdf({ paper: 'a4', path: join(dir, 'letters.pdf'), force: false });
    await pdf.add(letterFor(turkish, bar));
    expect(readdirSync(dir)).toHaveLength(1); // the temp file, while writing
    await pdf.abort();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('never clobbers an existing file without force, and replaces it with force', async () => {
    const path = join(dir, 'letters.pdf');
    writeFileSync(path, 'an earlier PDF');
    const { result } = await writeLetters(path, [letterFor(turkish, bar)]);
    expect(result.status).toBe('exists');
    expect(readFileSync(path, 'utf8')).toBe('an earlier PDF');
    expect(readdirSync(dir)).toEqual(['letters.pdf']);
    const pdf = await openLetterPdf({ paper: 'a4', path, force: true });
    await pdf.add(letterFor(turkish, bar));
    expect((await pdf.close()).status).toBe('replaced');
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('writes no file when no letter was added', async () => {
    const path = join(dir, 'letters.pdf');
    const pdf = await openLetterPdf({ paper: 'a4', path, force: false });
    expect(await pdf.close()).toEqual({ status: 'empty', pages: 0, bytes: 0 });
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports the size written and refuses a second add while one is running', async () => {
    const path = join(dir, 'letters.pdf');
    const pdf = await openLetterPdf({ paper: 'a4', path, force: false });
    const first = pdf.add(letterFor(turkish, bar));
    await expect(pdf.add(letterFor(polish, bar))).rejects.toThrow(/while the PDF is busy/);
    await first;
    const result = await pdf.close();
    expect(result.bytes).toBe(readFileSync(path).length);
  });

  it('names the font file when it cannot be read', async () => {
    await expect(openLetterPdf({ paper: 'a4', path: join(dir, 'x.pdf'), force: false, fontPath: join(dir, 'missing.ttf') })).rejects.toThrow(
      /Cannot read the font file .*missing\.ttf/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says so when the font file is not a font', async () => {
    const fontPath = join(dir, 'notes.ttf');
    writeFileSync(fontPath, 'not a font');
    await expect(openLetterPdf({ paper: 'a4', path: join(dir, 'x.pdf'), force: false, fontPath })).rejects.toThrow(/Cannot use .*notes\.ttf as a font/);
    expect(readdirSync(dir)).toEqual(['notes.ttf']);
  });
});
