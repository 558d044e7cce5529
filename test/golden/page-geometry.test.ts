// Page geometry of printed letters, read back from the PDF with `pdftotext -bbox-layout`:
// - a generated set of letters (personal lines of 0–300 characters, officials with 4–7 address
//   lines, sample letters of up to ~400 words) on A4 in DIN 5008 form A and B and on US Letter:
//   every letter is one page, and every address is whole inside its window zone with the country
//   last, in capitals, when the letter goes abroad;
// - golden files of where the address lines land for one letter per layout, compared exactly
//   (regenerate on purpose only: UPDATE_GOLDEN=1 npx vitest run test/golden/page-geometry).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { Case, Target } from '../../src/case/types.js';
import { renderDocuments } from '../../src/channels/index.js';
import type { LetterDocument } from '../../src/channels/types.js';
import { builtinTemplateDir } from '../../src/read/template-files.js';
import { openLetterPdf } from '../../src/write/pdf/letter-pdf.js';
import { insetRect, INCH, letterLayout, windowOnLetter, type LetterLayout, type Rect, type WindowForm } from '../../src/write/pdf/layout.js';
import { createTemplateSet, type TemplateSet } from '../../src/render/template-set.js';
import type { Signer } from '../../src/signer/types.js';
import { itWithPoppler } from '../unit/write/pdf/poppler.js';

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), 'page-geometry');
const update = process.env.UPDATE_GOLDEN === '1';
let templates: TemplateSet;
let dir: string;
beforeAll(async () => {
  templates = createTemplateSet([await builtinTemplateDir()]);
  dir = mkdtempSync(join(tmpdir(), 'ua-geometry-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Box {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Lines of each page, with their boxes (points, origin top left). */
function pageLines(path: string): Box[][] {
  const r = spawnSync('pdftotext', ['-bbox-layout', path, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(r.stderr);
  const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
  return r.stdout.split('<page ').slice(1).map((page) =>
    [...page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: [...(m[5] ?? '').matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => unescape(w[1] ?? '')).join(' '),
    })),
  );
}

/** Where the address must show: every position on A4; resting, with 1/16 in clear, on #10. */
function windowZone(layout: LetterLayout): Rect {
  return layout.form === 'no10' ? insetRect(windowOnLetter(layout, 'resting'), INCH / 16) : windowOnLetter(layout, 'any');
}

const inside = (r: Rect, b: Box) => b.xMin >= r.x - 0.5 && b.xMax <= r.x + r.width + 0.5 && b.yMin >= r.y - 0.5 && b.yMax <= r.y + r.height + 0.5;

/** The recipient's lines on a page: in the window zone, not the return line (it has " · "). */
function addressLines(lines: readonly Box[], layout: LetterLayout): Box[] {
  const zone = windowZone(layout);
  const near = { ...zone, x: zone.x - 20, y: zone.y - 20, width: zone.width + 40, height: zone.height + 40 };
  return lines.filter((l) => inside(near, l) && !l.text.includes(' · '));
}

// A small deterministic generator (no Math.random: the same set every run).
function* numbers(seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2147483648;
    yield x / 2147483648;
  }
}

// Ordinary letter prose (words of 4.7 letters on average, as in English letters), our own words.
const WORDS = ('I am writing to ask you to act now for the people who were held after the march in the capital last month. ' +
  'They are students, workers and parents, and some of them are still young. Their families have not been told where they are, ' +
  'and no lawyer has been able to see them. Please make sure that every one of them can call home and speak to a lawyer of their choice, ' +
  'that no one is hurt or threatened while in custody, and that all who were held only for taking part in a peaceful protest are set free at once. ' +
  'People have a right to speak and to gather in peace, and the law of your country and the international treaties it has signed protect that right. ' +
  'I urge the authorities to investigate independently every allegation of mistreatment and to release immediately and unconditionally those detained.').replace(/[.,]/g, '').split(' ');
const STREETS = ['Avenida de la Independencia 1450, piso 3', 'Calle Principal 12', 'Edificio Central, Oficina 401', 'Esquina de Misericordia a Pele El Ojo', 'Apartado Postal 1010', 'Distrito Capital', 'Zona Postal 1010-A', 'Torre Norte, Nivel 7'];
const CITIES = ['Caracas 1010', 'Ciudad Bolívar 8001', 'San Cristóbal 5001', 'Maracaibo 4001'];

function sentence(rand: Generator<number>, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor((rand.next().value as number) * WORDS.length)] ?? 'and');
  const text = out.join(' ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

interface Generated {
  name: string;
  case: Case;
  signer: Signer;
}

/** Officials with 4–7 address lines, sample letters up to ~400 words, personal lines of 0–300 characters. */
function generatedSet(): Generated[] {
  const rand = numbers(20240913);
  const next = () => rand.next().value as number;
  const out: Generated[] = [];
  for (const addressLines of [4, 5, 6, 7]) {
    for (const letterWords of [120, 260, 400]) {
      for (const personalChars of [0, 150, 300]) {
        const address = [...Array.from({ length: addressLines - 2 }, (_, i) => STREETS[(i + addressLines) % STREETS.length] ?? ''), CITIES[addressLines % CITIES.length] ?? '', 'Venezuela'];
        const paragraphs: string[] = [];
        for (let left = letterWords; left > 0; left -= 60) paragraphs.push(sentence(rand, Math.min(60, left)));
        const target: Target = { id: 'official', name: 'Tarek William Saab', title: 'Attorney General of the Republic', organisation: 'Ministerio Público', address, emails: [], copy: next() < 0.5 };
        const c: Case = {
          file: 'generated.md',
          id: 'generated',
          title: 'Generated case',
          country: 'Venezuela',
          deadline: '2024-10-01',
          languages: ['en'],
          subjects: [{ name: 'Edni López' }],
          links: {},
          hashtags: [],
          status: 'open',
          bcc: [],
          targets: [target],
          sections: [{ name: 'Letter', markdown: paragraphs.join('\n\n').replace('without delay', 'without delay, as Edni López asked'), line: 1 }],
          extra: {},
        };
        const personal = personalChars === 0 ? undefined : sentence(rand, 80).slice(0, personalChars - 1) + '.';
        const signer: Signer = { name: 'Małgorzata Wiśniewska-Kowalczyk', address: ['ul. Piotrkowska 104 m. 7'], city: '90-006 Łódź', country: next() < 0.8 ? 'Polska' : 'Venezuela', personal };
        out.push({ name: `${addressLines} address lines, ${letterWords} words, personal ${personalChars}`, case: c, signer });
      }
    }
  }
  return out;
}

const LAYOUTS: Array<{ paper: 'a4' | 'letter'; form?: WindowForm }> = [
  { paper: 'a4', form: 'din-b' },
  { paper: 'a4', form: 'din-a' },
  { paper: 'letter' },
];

async function writePdf(path: string, letters: LetterDocument[], paper: 'a4' | 'letter', form?: WindowForm) {
  const pdf = await openLetterPdf({ paper, window: form, path, force: true, creationDate: new Date('2024-09-01T12:00:00Z') });
  const reports = [];
  for (const letter of letters) reports.push(await pdf.add(letter));
  await pdf.close();
  return reports;
}

function renderLetter(g: Generated): LetterDocument {
  const [letter] = renderDocuments(g.case, { templates, signer: g.signer, today: '2024-09-01', lang: 'en', channels: ['letter'] });
  return letter as LetterDocument;
}

describe.each(LAYOUTS)('generated letters on $paper $form', ({ paper, form }) => {
  const layout = letterLayout(paper, form);

  itWithPoppler('are one page each, with the whole address inside the window zone and the country last in capitals when abroad', async () => {
    const set = generatedSet();
    const letters = set.map(renderLetter);
    const path = join(dir, `set-${paper}-${form ?? ''}.pdf`);
    const reports = await writePdf(path, letters, paper, form);
    expect(reports.map((r, i) => `${set[i]?.name}: ${r.pages} page(s)${r.overflow ? `, ${r.overflow.lines} line(s) over` : ''}`)).toEqual(set.map((g) => `${g.name}: 1 page(s)`));
    const pages = pageLines(path);
    expect(pages).toHaveLength(letters.length);
    const zone = windowZone(layout);
    letters.forEach((letter, i) => {
      const lines = addressLines(pages[i] ?? [], layout);
      const where = `${set[i]?.name}`;
      expect(lines.map((l) => l.text).join(' '), where).toBe(letter.recipientLines.join(' ').replace(/\s+/g, ' '));
      for (const l of lines) expect(inside(zone, l), `${where}: "${l.text}" at y ${l.yMin.toFixed(1)}–${l.yMax.toFixed(1)}`).toBe(true);
      if (letter.abroad) expect(lines.at(-1)?.text, where).toBe('VENEZUELA');
    });
  }, 60_000);
});

describe.each(LAYOUTS)('golden geometry on $paper $form', ({ paper, form }) => {
  itWithPoppler('puts the address lines, date and first body line where they were', async () => {
    const [g] = generatedSet().slice(-1);
    if (!g) throw new Error('no letter');
    const path = join(dir, `golden-${paper}-${form ?? ''}.pdf`);
    await writePdf(path, [renderLetter(g)], paper, form);
    const layout = letterLayout(paper, form);
    const [page = []] = pageLines(path);
    const round = (b: Box) => `${b.xMin.toFixed(1)} ${b.yMin.toFixed(1)} ${b.xMax.toFixed(1)} ${b.yMax.toFixed(1)}  ${b.text}`;
    const body = page.filter((l) => l.yMin >= layout.bodyTop - 1);
    const text = [...addressLines(page, layout).map(round), '--', ...page.filter((l) => l.text === '1 September 2024').map(round), '--', ...body.slice(0, 1).map(round), `${body.length} body lines`, ''].join('\n');
    const file = join(goldenDir, `${paper}${form ? `-${form}` : ''}.txt`);
    if (update) writeFileSync(file, text);
    expect(existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run test/golden/page-geometry`).toBe(true);
    expect(text).toBe(readFileSync(file, 'utf8'));
  });
});
