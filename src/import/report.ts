// The import report: one entry per field, found (with its confidence and source line) or missing
// (with what was looked for). Printed one line per field, or as one JSON object with --json.
import type { Confidence, Finding } from './types.js';

export interface ReportEntry {
  field: string;
  /** `skipped`: a source line among the officials that went into no field, and why. */
  status: 'found' | 'missing' | 'skipped';
  /** The value as shown to the reader (lists joined, long text shortened). */
  value?: string | undefined;
  confidence?: Confidence | undefined;
  line?: number | undefined;
  note?: string | undefined;
}

export interface ImportReport {
  source: string;
  /** What the document was read as: "a web page (HTML)", "a PDF (2 pages)", "text". */
  read?: string | undefined;
  entries: ReportEntry[];
}

/** The report's first line: what was read, so a wrong guess (a page saved as text) shows at once. */
export function readLine(report: ImportReport): string | undefined {
  return report.read === undefined ? undefined : `read ${report.source} as ${report.read}`;
}

export function entryOf<T>(field: string, finding: Finding<T>, show: (value: T) => string): ReportEntry {
  if (!finding.found) return { field, status: 'missing', note: finding.reason };
  return { field, status: 'found', value: show(finding.value), confidence: finding.confidence, line: finding.line, note: finding.note };
}

export const shorten = (text: string, max = 70): string => {
  // Only the start is shown: a megabyte-long line is not flattened whole to show 70 characters of it.
  const flat = text.slice(0, max * 4).replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
};

const MAX_SKIPPED_SHOWN = 20;

/** `found    deadline 2024-09-27 (high, line 57)` / `missing  links.report — line 8 asks …`. */
export function formatReport(report: ImportReport): string {
  // Skipped lines past a screenful are counted, not listed: a document that is mostly noise
  // (binary junk read as text) listed eleven thousand of them. --json keeps every one.
  let skippedShown = 0;
  const entries = report.entries.filter((e) => e.status !== 'skipped' || ++skippedShown <= MAX_SKIPPED_SHOWN);
  const width = entries.reduce((max, e) => Math.max(max, e.field.length), 0);
  const lines = entries.map((e) => {
    const head = `${e.status.padEnd(8)} ${e.field.padEnd(width)}`;
    if (e.status === 'missing') return `${head}  ${e.note ?? ''}`.trimEnd();
    if (e.status === 'skipped') return `${head}  line ${e.line}: "${e.value ?? ''}" (${e.note ?? ''})`;
    const where = [e.confidence, e.line === undefined ? undefined : `line ${e.line}`].filter(Boolean).join(', ');
    return `${head}  ${e.value ?? ''} (${where})${e.note ? ` — ${e.note}` : ''}`;
  });
  if (skippedShown > MAX_SKIPPED_SHOWN) lines.push(`${'skipped'.padEnd(8)} ${'…'.padEnd(width)}  ${skippedShown - MAX_SKIPPED_SHOWN} more lines (the JSON report lists them all)`);
  lines.push(totalLine(report));
  const read = readLine(report);
  if (read !== undefined) lines.unshift(read);
  return lines.join('\n') + '\n';
}

/** "14 fields found, 3 not found in ua.txt (11 high, 2 medium, 1 low; 2 lines skipped)". */
export function totalLine(report: ImportReport): string {
  const found = report.entries.filter((e) => e.status === 'found');
  const missing = report.entries.filter((e) => e.status === 'missing').length;
  const skipped = report.entries.filter((e) => e.status === 'skipped').length;
  const by = (c: string) => found.filter((e) => e.confidence === c).length;
  const skippedText = skipped === 0 ? '' : `; ${skipped} line${skipped === 1 ? '' : 's'} skipped`;
  return `${found.length} field${found.length === 1 ? "" : "s"} found, ${missing} not found in ${report.source} (${by('high')} high, ${by('medium')} medium, ${by('low')} low${skippedText})`;
}

export function reportJson(report: ImportReport): string {
  return JSON.stringify(report) + '\n';
}
