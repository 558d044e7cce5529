// poppler-utils (pdftotext, pdfinfo, pdffonts) read back the PDFs the tests write. They are not an
// npm package: CI installs them (apt-get install poppler-utils); where they are missing the tests
// that need them are skipped with this message rather than failing.
import { spawnSync } from 'node:child_process';
import { it } from 'vitest';

export const popplerMissing = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error !== undefined;
export const POPPLER_SKIP = 'poppler-utils (pdftotext, pdfinfo, pdffonts) not installed: the PDF read-back tests are skipped (apt-get install poppler-utils)';

/** `it` for tests that read a PDF back with poppler; skipped, with a warning, where it is missing. */
export const itWithPoppler = it.skipIf(popplerMissing);

if (popplerMissing) console.warn(POPPLER_SKIP);

function run(tool: string, args: string[]): string {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** The text of each page (pdftotext separates pages with form feeds). */
export function pageTexts(path: string): string[] {
  const pages = run('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-']).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

export function pdfInfo(path: string): { pages: number; pageSize: string } {
  const out = run('pdfinfo', [path]);
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]), pageSize: /^Page size:\s+(.+)$/m.exec(out)?.[1] ?? '' };
}

/** One row per font: name, type, and whether it is embedded. */
export function pdfFonts(path: string): { name: string; type: string; embedded: boolean }[] {
  const lines = run('pdffonts', [path]).split('\n').slice(2).filter((l) => l.trim() !== '');
  return lines.map((line) => {
    const cells = line.trim().split(/\s+/);
    // name type… encoding emb sub uni object ID: read the flags from the end.
    const embedded = cells.at(-5) === 'yes';
    return { name: cells[0] ?? '', type: cells.slice(1, -6).join(' '), embedded };
  });
}
