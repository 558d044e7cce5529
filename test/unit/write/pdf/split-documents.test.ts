// `generate --split` writes one PDF per signer in one process, and envelopes into another PDF kept
// open meanwhile. Whatever is kept between documents (fonts.ts keeps the font files and their
// decoded tables) must not change a document: each must come out byte for byte as it does when
// it is the only one the process writes. A fontkit font shared between documents broke this: its
// glyph objects carry the code points of whoever created them, and embedding one document's
// subset creates the parts of accented letters (the `u` of `ü`, the `s` of `ş`) with none, so a
// later document's bold "Dubois" read "D b i" in pdftotext.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LetterDocument } from '../../../../src/channels/types.js';
import { letterFor, OFFICIALS, senderLines } from '../../../fixtures/pdf/letters.js';
import { itWithPoppler, pageTexts } from './poppler.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ua-pdf-split-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const [bar, attorney] = OFFICIALS as [(typeof OFFICIALS)[0], (typeof OFFICIALS)[0]];
const creationDate = new Date('2024-09-14T10:00:00Z');

// Each name has accented letters whose base letters a later name has plain, in the bold name line
// and in the regular text: ş/s, Ö/O, ü/u, ó/o, é/e, ć/c, ń/n, ł/l.
const SIGNERS = [
  { name: 'Ayşe Öztürk', address: ['Bağdat Caddesi 214/3'], city: '34728 Kadıköy/İstanbul', country: 'Türkiye' },
  { name: 'Anna Dubois', address: ['12 rue des Lilas'], city: '69003 Lyon', country: 'France' },
  { name: 'Józef Ćwikliński', address: ['ul. Piotrkowska 104 m. 7'], city: '90-006 Łódź', country: 'Polska' },
  { name: 'Oscar Lopez Cowell', address: ['Calle Mayor 5'], city: '28013 Madrid', country: 'España' },
];

function letters(): LetterDocument[] {
  return SIGNERS.map((signer, i) => letterFor(signer, i % 2 === 0 ? bar : attorney));
}

/** The PDF modules as a new process would load them: nothing kept from earlier documents. */
async function freshModules() {
  vi.resetModules();
  const letterPdf = await import('../../../../src/write/pdf/letter-pdf.js');
  const envelopePdf = await import('../../../../src/write/pdf/envelope-pdf.js');
  return { openLetterPdf: letterPdf.openLetterPdf, openEnvelopePdf: envelopePdf.openEnvelopePdf };
}

type Modules = Awaited<ReturnType<typeof freshModules>>;

async function writeLetter(modules: Modules, path: string, letter: LetterDocument): Promise<Buffer> {
  const pdf = await modules.openLetterPdf({ paper: 'a4', path, force: false, creationDate });
  await pdf.add(letter);
  expect((await pdf.close()).status).toBe('written');
  return readFileSync(path);
}

function envelopeOf(letter: LetterDocument) {
  return { recipientLines: letter.recipientLines, senderLines: letter.senderLines, abroad: letter.abroad };
}

/** Each letter in a process of its own (as far as the PDF modules go). */
async function eachAlone(): Promise<Buffer[]> {
  const alone: Buffer[] = [];
  for (const [i, letter] of letters().entries()) alone.push(await writeLetter(await freshModules(), join(dir, `alone-${i}.pdf`), letter));
  return alone;
}

describe('letters written to separate PDFs in one process (--split)', () => {
  it('are byte-identical to each letter written alone', async () => {
    const alone = await eachAlone();
    const modules = await freshModules();
    for (const [i, letter] of letters().entries()) {
      const split = await writeLetter(modules, join(dir, `split-${i}.pdf`), letter);
      expect(split.equals(alone[i] ?? Buffer.alloc(0)), `letter ${i} (${letter.signer.name}) differs from the one written alone`).toBe(true);
    }
  });

  it('stay byte-identical with an envelopes PDF open alongside (--split --envelopes)', async () => {
    const alone = await eachAlone();
    const fresh = await freshModules();
    const envelopesAlone = await fresh.openEnvelopePdf({ size: 'dl', path: join(dir, 'envelopes-alone.pdf'), force: false, creationDate });
    for (const letter of letters()) await envelopesAlone.add(envelopeOf(letter));
    await envelopesAlone.close();

    const modules = await freshModules();
    const envelopes = await modules.openEnvelopePdf({ size: 'dl', path: join(dir, 'envelopes.pdf'), force: false, creationDate });
    for (const [i, letter] of letters().entries()) {
      await envelopes.add(envelopeOf(letter));
      const split = await writeLetter(modules, join(dir, `split-${i}.pdf`), letter);
      expect(split.equals(alone[i] ?? Buffer.alloc(0)), `letter ${i} (${letter.signer.name}) differs from the one written alone`).toBe(true);
    }
    await envelopes.close();
    expect(readFileSync(join(dir, 'envelopes.pdf')).equals(readFileSync(join(dir, 'envelopes-alone.pdf')))).toBe(true);
  });

  itWithPoppler('show every character of every name, in the bold sender line and the signature', async () => {
    const modules = await freshModules();
    for (const [i, letter] of letters().entries()) {
      const path = join(dir, `split-${i}.pdf`);
      await writeLetter(modules, path, letter);
      const [page = ''] = pageTexts(path);
      // The sender block starts with the name in bold; the name also ends the letter, under the signature.
      expect(page.split('\n')[0]?.trim()).toBe(letter.signer.name);
      expect(page.trimEnd().endsWith(letter.signer.name), page).toBe(true);
      for (const line of senderLines(letter.signer).slice(1)) expect(page).toContain(line);
    }
  });
});
