import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEnvelopePdf } from '../../../../src/write/pdf/envelope-pdf.js';
import { openLabelPdf } from '../../../../src/write/pdf/label-pdf.js';
import { OFFICIALS, senderLines, SIGNERS } from '../../../fixtures/pdf/letters.js';
import { itWithPoppler, pageTexts, pdfInfo } from './poppler.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ua-pdf-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const [bar, attorney] = OFFICIALS as [(typeof OFFICIALS)[0], (typeof OFFICIALS)[0]];
const [turkish, polish] = SIGNERS as [(typeof SIGNERS)[0], (typeof SIGNERS)[0]];

describe('envelopes', () => {
  itWithPoppler('one page per envelope at its size, with both addresses, and PAR AVION only when abroad', async () => {
    const path = join(dir, 'envelopes.pdf');
    const pdf = await openEnvelopePdf({ size: 'dl', path, force: false });
    await pdf.add({ recipientLines: bar.lines, senderLines: senderLines(turkish), abroad: false });
    await pdf.add({ recipientLines: attorney.lines, senderLines: senderLines(polish), abroad: true });
    expect(await pdf.close()).toMatchObject({ status: 'written', pages: 2 });
    expect(pdfInfo(path)).toEqual({ pages: 2, pageSize: '623.622 x 311.811 pts' });
    const [home = '', abroad = ''] = pageTexts(path);
    for (const line of [...bar.lines, ...senderLines(turkish)]) expect(home).toContain(line);
    for (const line of [...attorney.lines, ...senderLines(polish)]) expect(abroad).toContain(line);
    expect(home).not.toContain('PAR AVION');
    expect(abroad).toContain('PAR AVION');
    expect(abroad).toContain('BY AIRMAIL');
  });

  itWithPoppler.each([
    ['c6', '459.213 x 323.15 pts'],
    ['no10', '684 x 297 pts'],
  ] as const)('%s envelopes have the right page size', async (size, pageSize) => {
    const path = join(dir, `${size}.pdf`);
    const pdf = await openEnvelopePdf({ size, path, force: false });
    await pdf.add({ recipientLines: attorney.lines, senderLines: senderLines(polish), abroad: true });
    await pdf.close();
    expect(pdfInfo(path).pageSize).toBe(pageSize);
  });

  it('leaves nothing behind when aborted', async () => {
    const pdf = await openEnvelopePdf({ size: 'no10', path: join(dir, 'e.pdf'), force: false });
    await pdf.add({ recipientLines: bar.lines, senderLines: senderLines(turkish), abroad: true });
    await pdf.abort();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('address labels', () => {
  itWithPoppler('fill a 3 × 7 A4 sheet and go on to a second one, every address intact', async () => {
    const path = join(dir, 'labels.pdf');
    const pdf = await openLabelPdf({ sheet: 'a4-3x7', path, force: false });
    const addresses = Array.from({ length: 22 }, (_, i) => (i % 2 === 0 ? bar.lines : attorney.lines));
    for (const lines of addresses) await pdf.add(lines);
    expect(await pdf.close()).toMatchObject({ status: 'written', pages: 2 });
    expect(pdfInfo(path)).toEqual({ pages: 2, pageSize: '595.28 x 841.89 pts (A4)' });
    const [first = '', second = ''] = pageTexts(path);
    expect(first.split('İstanbul Barosu Başkanlığı').length - 1).toBe(11);
    expect(first).toContain('TÜRKİYE');
    expect(second.split('Fiscal General de la República').length - 1).toBe(1);
  });

  itWithPoppler('use US Letter for Avery 5160, 30 to a sheet', async () => {
    const path = join(dir, 'labels.pdf');
    const pdf = await openLabelPdf({ sheet: 'avery-5160', path, force: false });
    for (let i = 0; i < 30; i++) await pdf.add(bar.lines);
    expect(await pdf.close()).toMatchObject({ pages: 1 });
    expect(pdfInfo(path)).toEqual({ pages: 1, pageSize: '612 x 792 pts (letter)' });
  });

  it('write no file when there is no label', async () => {
    const pdf = await openLabelPdf({ sheet: 'a4-3x7', path: join(dir, 'labels.pdf'), force: false });
    expect((await pdf.close()).status).toBe('empty');
    expect(readdirSync(dir)).toEqual([]);
  });
});
