// What `--format` asks for: the letters as text, Markdown or PDF, and/or the action pages (html).
// Several formats go together, comma-separated or repeated (`--format html,pdf`); html alone
// writes only the pages.
import { UsageError } from '../errors.js';

export const FORMATS = ['txt', 'md', 'pdf', 'html'] as const;
export type Format = (typeof FORMATS)[number];
export type LetterFileFormat = Exclude<Format, 'html'>;

export interface FormatPlan {
  /** How letters are written as files (also the default when only html was asked: unused then). */
  letters: LetterFileFormat;
  /** The documents' own files (letters, emails, posts, call scripts) are written. */
  files: boolean;
  /** The action pages are written. */
  html: boolean;
}

export function planFormats(value: string | readonly string[] | undefined): FormatPlan {
  const asked = (value === undefined ? [] : typeof value === 'string' ? [value] : [...value]).flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()).filter(Boolean);
  for (const f of asked) {
    if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`--format: "${f}" is not a format; choose from ${FORMATS.join(', ')}`);
  }
  const letters = [...new Set(asked.filter((f): f is LetterFileFormat => f !== 'html'))];
  if (letters.length > 1) {
    throw new UsageError(`--format: ${letters.join(' and ')} are both letter formats; choose one of txt, md and pdf`, 'html goes with any one of them, e.g. --format html,pdf');
  }
  const html = asked.includes('html');
  return { letters: letters[0] ?? 'txt', files: letters.length > 0 || !html, html };
}
