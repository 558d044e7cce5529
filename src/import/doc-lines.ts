// The two line helpers every reader uses, in a module that imports nothing of the importer's:
// readers that text.ts itself reaches (through unflatten.ts) take them from here, with no cycle.
import type { ImportText } from './types.js';

export const isBlank = (line: string | undefined): boolean => line === undefined || line.trim() === '';

/** The line at 1-based `n`, or '' outside the document. */
export const lineAt = (doc: ImportText, n: number): string => doc.lines[n - 1] ?? '';

/** The document's first `count` lines that are not blank, with their 1-based numbers: where a headline is looked for. */
export function headLines(doc: ImportText, count: number): Array<{ n: number; line: string }> {
  const out: Array<{ n: number; line: string }> = [];
  for (let n = 1; n <= doc.lines.length && out.length < count; n++) {
    const line = lineAt(doc, n);
    if (!isBlank(line)) out.push({ n, line });
  }
  return out;
}
