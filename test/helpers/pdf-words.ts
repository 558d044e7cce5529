// The words of a PDF with their boxes, per page, from poppler's `pdftotext -bbox-layout` (points,
// origin at the top left of the page, y downwards: the same space as src/write/pdf/layout.ts).
import { spawnSync } from 'node:child_process';
import type { Rect } from '../../src/write/pdf/layout.js';

export interface PdfWord extends Rect {
  text: string;
}

export interface PdfPage {
  width: number;
  height: number;
  words: PdfWord[];
  text: string;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export function pdfWords(path: string): PdfPage[] {
  const r = spawnSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pdftotext -bbox-layout ${path} failed: ${r.stderr}`);
  return [...r.stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m) => {
    const words = [...(m[3] ?? '').matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => {
      const [x0, y0, x1, y1] = [w[1], w[2], w[3], w[4]].map(Number) as [number, number, number, number];
      return { text: unescape(w[5] ?? ''), x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
    });
    return { width: Number(m[1]), height: Number(m[2]), words, text: words.map((w) => w.text).join(' ') };
  });
}

/**
 * The box around `lines` on the page: their words found in reading order (each after the one
 * before), so the block is located by its own text wherever it was printed. Undefined when a
 * word is missing.
 */
export function boxOfLines(page: PdfPage, lines: readonly string[]): Rect | undefined {
  const wanted = lines.flatMap((l) => l.split(/\s+/).filter(Boolean));
  const found: PdfWord[] = [];
  let from = 0;
  for (const word of wanted) {
    const at = page.words.findIndex((w, i) => i >= from && w.text === word);
    if (at < 0) return undefined;
    found.push(page.words[at] as PdfWord);
    from = at + 1;
  }
  if (found.length === 0) return undefined;
  const x = Math.min(...found.map((w) => w.x));
  const y = Math.min(...found.map((w) => w.y));
  return { x, y, width: Math.max(...found.map((w) => w.x + w.width)) - x, height: Math.max(...found.map((w) => w.y + w.height)) - y };
}
