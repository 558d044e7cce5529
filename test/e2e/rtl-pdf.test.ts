// An Arabic letter printed to PDF, read back with poppler as a reader's PDF viewer would: the words
// come out in reading order, every body line ends at the right margin, and the address written in
// Latin letters stays in the window, flush left.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleCase, runCli, tempDir } from '../helpers/cli.js';
import { pdfWords, type PdfWord } from '../helpers/pdf-words.js';
import { itWithPoppler } from '../unit/write/pdf/poppler.js';

/** Written without vowel marks, as most Arabic print is (see the reading-order check below). */
export const ARABIC_LETTER = [
  'اعتقلت السلطات الفنزويلية في الفترة من 29 يوليو/تموز إلى 7 أغسطس/آب 2024 أكثر من 2000 شخص بسبب احتجاجهم بعد الانتخابات الرئاسية، ومن بينهم 105 أطفال تتراوح أعمارهم بين 13 و17 عاما.',
  'وقد حرم كثير من المحتجزين من الاتصال بعائلاتهم ومن محامين يثقون بهم (وفق شهادات جمعتها منظمة Foro Penal)، ويواجهون خطرا حقيقيا بالتعرض للتعذيب.',
  'أحثكم على الإفراج عن جميع المحتجزين بسبب ممارستهم حقوقهم، وعلى حماية الأطفال والأشخاص ذوي الإعاقة المحتجزين.',
];

/** The example case with its letter in Arabic too, Arabic first. */
export function arabicCase(dir: string): string {
  const text = readFileSync(exampleCase, 'utf8').replace('languages: [en, es]', 'languages: [ar, en]').replace(/^## Letter$/m, '## Letter (en)');
  const file = join(dir, 'case-ar.md');
  writeFileSync(file, `${text.trimEnd()}\n\n## Letter (ar)\n\n${ARABIC_LETTER.join('\n\n')}\n`);
  return file;
}

/** Bidi controls poppler adds around runs, and Arabic vowel marks (drawn, but extracted apart). */
const clean = (s: string) => s.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/[\u064b-\u065f\u0670]/g, '');

describe('an Arabic letter as PDF', () => {
  itWithPoppler('reads back in reading order, right-aligned, with the Latin address in the window', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const r = await runCli(['generate', arabicCase(dir), '--name', 'Jane Example', '--city', 'Leeds', '--country', 'United Kingdom', '--date', '2024-09-01', '--no-log', '--format', 'pdf', '--channel', 'letter', '--target', 'attorney-general', '--no-vary', '--out', out]);
    expect(r.code).toBe(0);
    const pdf = join(out, 'venezuela-protest-detentions', 'letters.pdf');

    // Reading order: each paragraph's words in sequence, compared as runs of letters or digits
    // (poppler moves spaces and punctuation around the runs it reorders). Left out: words with the
    // lam-alef ligature, whose one glyph poppler extracts with its two letters reversed ("ال" for
    // "لا"), and words with vowel marks, whose mark glyphs it sorts apart: limits of reading text
    // back from any PDF, not of the order on the page (which the picture in docs/images shows).
    const tokens = (s: string): string[] => s.match(/[\u0621-\u064a]+|[A-Za-z]+|\d+/g) ?? [];
    const read = tokens(clean(spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).stdout));
    let checked = 0;
    for (const paragraph of ARABIC_LETTER) {
      const wanted = paragraph.split(/\s+/).filter((w) => !/ل[اأإآ]|[\u064b-\u065f\u0670]/.test(w)).flatMap(tokens);
      let from = 0;
      for (const token of wanted) {
        const at = read.indexOf(token, from);
        expect(at, `"${token}" in reading order after ${read.slice(Math.max(0, from - 3), from).join(' ')}`).toBeGreaterThanOrEqual(0);
        from = at + 1;
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);

    const [page] = pdfWords(pdf);
    const words = page!.words;
    // Body lines (below the date "2024" line): every one ends at the same right edge.
    const dateWord = words.find((w) => w.text === '2024' && w.x > page!.width / 2)!;
    const lines = new Map<number, PdfWord[]>();
    for (const w of words.filter((w) => w.y > dateWord.y + 1)) {
      const key = Math.round(w.y);
      lines.set(key, [...(lines.get(key) ?? []), w]);
    }
    const rightEdges = [...lines.values()].filter((ws) => ws.some((w) => /[\u0600-\u06ff]/.test(w.text))).map((ws) => Math.max(...ws.map((w) => w.x + w.width)));
    expect(rightEdges.length).toBeGreaterThan(8);
    for (const edge of rightEdges) expect(edge).toBeCloseTo(rightEdges[0]!, 0);
    expect(rightEdges[0]!).toBeGreaterThan(page!.width * 0.85);
    // Lines of different lengths start at different places: right-aligned, not justified or flush left.
    const leftEdges = [...lines.values()].map((ws) => Math.min(...ws.map((w) => w.x)));
    expect(new Set(leftEdges.map(Math.round)).size).toBeGreaterThan(3);

    // The address, in Latin letters, flush left in the window on the left half of the page.
    const caracas = words.find((w) => w.text === 'Caracas')!;
    const country = words.find((w) => w.text === 'VENEZUELA')!;
    expect(country.x).toBeCloseTo(caracas.x, 1);
    expect(caracas.x).toBeLessThan(page!.width / 3);
    expect(country.y).toBeLessThan(dateWord.y);
  });
});

describe('an Arabic letter as Markdown', () => {
  it('holds its date and text in dir="rtl" blocks and its addresses outside them', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const r = await runCli(['generate', arabicCase(dir), '--name', 'Jane Example', '--city', 'Leeds', '--country', 'United Kingdom', '--date', '2024-09-01', '--no-log', '--format', 'md', '--channel', 'letter', '--target', 'attorney-general', '--out', out]);
    expect(r.code).toBe(0);
    const md = readFileSync(join(out, 'venezuela-protest-detentions', 'attorney-general.letter.md'), 'utf8');
    const blocks = [...md.matchAll(/<div dir="rtl">\n\n([\s\S]*?)\n\n<\/div>/g)].map((m) => m[1] ?? '');
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatch(/^1 سبتمبر 2024$/);
    expect(blocks[1]).toContain(ARABIC_LETTER[2]);
    expect(md.indexOf('VENEZUELA')).toBeLessThan(md.lastIndexOf('<div dir="rtl">'));
    expect(md.indexOf('Jane Example')).toBeLessThan(md.indexOf('<div dir="rtl">'));
  });
});
