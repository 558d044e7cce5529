import type { PlainDate } from '../case/types.js';
import { CHANNELS, type Channel } from '../channels/types.js';
import { RefusedError } from '../errors.js';
import { ACTION_LOG_VERSION, type ActionRecord } from './types.js';

/**
 * Concurrent appenders rely on one small `write` per record, so a line stays well under 4 KiB
 * (the smallest PIPE_BUF and a common page size). Targets are what gives way: the counts are the
 * data that matters, the list of officials is a reminder.
 */
export const MAX_LINE_BYTES = 2048;
export const MAX_TARGETS = 40;

/**
 * The record `generate` appends: documents per channel and the officials they were for. Each entry
 * is one document, or `count` of them (a batch passes its counts, not 100,000 entries).
 */
export function generatedRecord(
  caseId: string,
  date: string,
  docs: ReadonlyArray<{ targetId: string; channel: Channel; count?: number | undefined }>,
): ActionRecord {
  const counts: Partial<Record<Channel, number>> = {};
  const targets: string[] = [];
  for (const doc of docs) {
    const n = doc.count ?? 1;
    if (n <= 0) continue;
    counts[doc.channel] = (counts[doc.channel] ?? 0) + n;
    if (!targets.includes(doc.targetId)) targets.push(doc.targetId);
  }
  return { v: ACTION_LOG_VERSION, kind: 'generated', case: caseId, date, targets: targets.slice(0, MAX_TARGETS), counts: ordered(counts) };
}

/** The record `sent` appends: `count` documents on each of `channels`. */
export function sentRecord(caseId: string, date: PlainDate, channels: readonly Channel[], count: number): ActionRecord {
  const counts: Partial<Record<Channel, number>> = {};
  for (const channel of channels) counts[channel] = count;
  return { v: ACTION_LOG_VERSION, kind: 'sent', case: caseId, date, targets: [], counts: ordered(counts) };
}

/**
 * The record as one log line, newline included. Keys in a fixed order and channels in the usual
 * order, so that the file reads the same whoever wrote it.
 */
export function serialiseActionRecord(record: ActionRecord): string {
  let targets = record.targets.slice(0, MAX_TARGETS);
  for (;;) {
    const line = JSON.stringify({ v: record.v, kind: record.kind, case: record.case, date: record.date, targets, counts: ordered(record.counts) }) + '\n';
    if (utf8Length(line) <= MAX_LINE_BYTES) return line;
    if (targets.length === 0) {
      throw new RefusedError(`Case id "${record.case.slice(0, 40)}…" is too long for the action log`, 'actions.line-too-long', 'Use a shorter case id, or set log to false');
    }
    targets = targets.slice(0, -1);
  }
}

function ordered(counts: Partial<Record<Channel, number>>): Partial<Record<Channel, number>> {
  const out: Partial<Record<Channel, number>> = {};
  for (const channel of CHANNELS) {
    const n = counts[channel];
    if (n !== undefined && n > 0) out[channel] = n;
  }
  return out;
}

// TextEncoder is a global of the language runtime, not I/O: keeps this module free of Buffer.
const encoder = new TextEncoder();
const utf8Length = (s: string) => encoder.encode(s).length;
