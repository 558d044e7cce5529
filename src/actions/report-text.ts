import { CHANNELS } from '../channels/types.js';
import type { CaseTotals } from './totals.js';
import type { DamagedLine } from './types.js';

/** Report links by case id (`links.report` of the case files that were found). */
export type ReportLinks = ReadonlyMap<string, string>;

/**
 * The report as plain text, one block per case, meant to be pasted into an organisation's
 * report form: the period, a small aligned table of generated vs sent, and where to report.
 */
export function formatReport(totals: readonly CaseTotals[], links: ReportLinks): string {
  return totals.map((t) => formatCase(t, links.get(t.case))).join('\n');
}

function formatCase(totals: CaseTotals, link: string | undefined): string {
  const period = totals.first === totals.last ? totals.first : `${totals.first} to ${totals.last}`;
  const rows: string[][] = [['channel', 'generated', 'sent']];
  for (const channel of CHANNELS) {
    const slot = totals.channels[channel];
    if (slot) rows.push([channel, String(slot.generated), String(slot.sent)]);
  }
  rows.push(['total', String(totals.total.generated), String(totals.total.sent)]);
  const lines = [`${totals.case} (${period})`, ...alignTable(rows).map((row) => `  ${row}`)];
  if (totals.officials.length > 0) lines.push(`  officials: ${totals.officials.join(', ')}`);
  if (link !== undefined) lines.push(`  Report your actions at: ${link}`);
  return lines.join('\n') + '\n';
}

/** First column left-aligned, numbers right-aligned, two spaces between columns. */
export function alignTable(rows: readonly string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ').trimEnd());
}

/** What `report --json` prints: one object, so that an empty log is still valid JSON. */
export interface ReportJson {
  log: string;
  cases: Array<CaseTotals & { reportLink: string | null }>;
  damaged: Array<{ line: number; reason: string }>;
}

export function reportJson(log: string, totals: readonly CaseTotals[], links: ReportLinks, damaged: readonly DamagedLine[]): ReportJson {
  return {
    log,
    cases: totals.map((t) => ({ ...t, reportLink: links.get(t.case) ?? null })),
    damaged: damaged.map(({ line, reason }) => ({ line, reason })),
  };
}
