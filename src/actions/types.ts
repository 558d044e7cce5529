import type { PlainDate } from '../case/types.js';
import type { Channel } from '../channels/types.js';

/** The format version written in every line; a reader skips (and reports) lines of other versions. */
export const ACTION_LOG_VERSION = 1;

/** `generated`: ua-letter produced the documents; `sent`: the user says they posted or sent them. */
export type ActionKind = 'generated' | 'sent';

/**
 * One line of the action log. Deliberately holds no signer names or addresses: the log counts
 * actions, it is not a list of people.
 */
export interface ActionRecord {
  v: typeof ACTION_LOG_VERSION;
  kind: ActionKind;
  /** The case id (slug). */
  case: string;
  /** The day of the action, `YYYY-MM-DD`. */
  date: PlainDate;
  /** Ids of the officials written to (capped, see MAX_TARGETS); empty for `sent`. */
  targets: string[];
  /** Documents per channel; channels with none are left out. */
  counts: Partial<Record<Channel, number>>;
}

/** A line that could not be read back, with why; reported to the user, never dropped silently. */
export interface DamagedLine {
  /** 1-based line number in the log file. */
  line: number;
  /** The line as found (without its newline). */
  text: string;
  /** Short reason, e.g. `not valid JSON` or `incomplete record (the write was cut off)`. */
  reason: string;
}

export interface ParsedActionLog {
  records: ActionRecord[];
  damaged: DamagedLine[];
}
