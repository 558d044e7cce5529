import { isPlainDate } from '../case/dates.js';
import { isSlug } from '../case/formats.js';
import { CHANNELS, type Channel } from '../channels/types.js';
import { ACTION_LOG_VERSION, type ActionKind, type ActionRecord, type DamagedLine, type ParsedActionLog } from './types.js';

/** A case id as the case format defines it (a slug), the only kind the log accepts. */
export const isCaseId = isSlug;

/**
 * Reads a whole log. Every non-blank line is either a record or a damaged line: a crash can cut
 * the last line short, a hand edit can break any line, and a newer ua-letter may write a newer
 * version. None of them stops the reading and none is dropped without a trace.
 * Blank lines are skipped quietly: two runs that both mend the same cut-off line (the appender
 * starts a new line after one) leave one behind.
 */
export function parseActionLog(text: string): ParsedActionLog {
  const records: ActionRecord[] = [];
  const damaged: DamagedLine[] = [];
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    const result = parseActionLine(line);
    if (typeof result === 'string') {
      // Only the last line can lack its newline; failing there means the write was cut off.
      const cutOff = index === lines.length - 1 && result === NOT_JSON;
      damaged.push({ line: index + 1, text: line, reason: cutOff ? 'incomplete record (the write was cut off)' : result });
    } else {
      records.push(result);
    }
  });
  return { records, damaged };
}

const NOT_JSON = 'not valid JSON';

/** One line → its record, or the reason it is not one. */
export function parseActionLine(line: string): ActionRecord | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return NOT_JSON;
  }
  if (!isObject(value)) return 'not a record';
  if (value.v !== ACTION_LOG_VERSION) {
    return typeof value.v === 'number' && value.v > ACTION_LOG_VERSION
      ? `written by a newer ua-letter (format version ${value.v})`
      : 'unknown format version';
  }
  return checkFields(value);
}

function checkFields(value: Record<string, unknown>): ActionRecord | string {
  const { kind, case: caseId, date, targets, counts } = value;
  if (kind !== 'generated' && kind !== 'sent') return 'kind: not "generated" or "sent"';
  if (typeof caseId !== 'string' || !isCaseId(caseId)) return 'case: not a case id';
  if (typeof date !== 'string' || !isPlainDate(date)) return 'date: not a date in the form YYYY-MM-DD';
  if (!Array.isArray(targets) || !targets.every((t) => typeof t === 'string')) return 'targets: not a list of ids';
  const parsedCounts = checkCounts(counts);
  if (typeof parsedCounts === 'string') return parsedCounts;
  return { v: ACTION_LOG_VERSION, kind: kind satisfies ActionKind, case: caseId, date, targets: targets as string[], counts: parsedCounts };
}

function checkCounts(counts: unknown): Partial<Record<Channel, number>> | string {
  if (!isObject(counts)) return 'counts: not an object';
  const out: Partial<Record<Channel, number>> = {};
  for (const [key, n] of Object.entries(counts)) {
    if (!isChannel(key)) return `counts.${key}: not a channel`;
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) return `counts.${key}: not a whole number`;
    out[key] = n;
  }
  return out;
}

const isChannel = (s: string): s is Channel => (CHANNELS as readonly string[]).includes(s);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
