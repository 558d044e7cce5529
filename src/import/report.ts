// The import report: one entry per field, found (with its confidence and source line) or missing
// (with what was looked for). Printed one line per field, or as one JSON object with --json.
import type { Confidence, Finding } from './types.js';

export interface ReportEntry {
  field: string;
  status: 'found' | 'missing';
  /** The value as shown to the reader (lists joined, long text shortened). */
  value?: string | undefined;
  confidence?: Confidence | undefined;
  line?: number | undefined;
  note?: string | undefined;
}

export interface ImportReport {
  source: string;
  entries: ReportEntry[];
}

export function entryOf<T>(field: string, finding: Finding<T>, show: (value: T) => string): ReportEntry {
  if (!finding.found) return { field, status: 'missing', note: finding.reason };
  return { field, status: 'found', value: show(finding.value), confidence: finding.confidence, line: finding.line, note: finding.note };
}

export const shorten = (text: string, max = 70): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
};

/** `found    deadline 2024-09-27 (high, line 57)` / `missing  links.report — line 8 asks …`. */
export function formatReport(report: ImportReport): string {
  const width = Math.max(...report.entries.map((e) => e.field.length));
  const lines = report.entries.map((e) => {
    const head = `${e.status.padEnd(8)} ${e.field.padEnd(width)}`;
    if (e.status === 'missing') return `${head}  ${e.note ?? ''}`.trimEnd();
    const where = [e.confidence, e.line === undefined ? undefined : `line ${e.line}`].filter(Boolean).join(', ');
    return `${head}  ${e.value ?? ''} (${where})${e.note ? ` — ${e.note}` : ''}`;
  });
  const missing = report.entries.filter((e) => e.status === 'missing').length;
  lines.push(`${report.entries.length - missing} fields found, ${missing} not found in ${report.source}`);
  return lines.join('\n') + '\n';
}

export function reportJson(report: ImportReport): string {
  return JSON.stringify(report) + '\n';
}
