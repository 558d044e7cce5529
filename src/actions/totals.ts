import type { PlainDate } from '../case/types.js';
import { CHANNELS, type Channel } from '../channels/types.js';
import type { ActionRecord } from './types.js';

export interface ChannelTotals {
  generated: number;
  sent: number;
}

/** Everything recorded for one case. */
export interface CaseTotals {
  case: string;
  /** First and last day with a record. */
  first: PlainDate;
  last: PlainDate;
  /** Officials written to (from `generated` records), in the order first met. */
  officials: string[];
  /** Only channels with something generated or sent, in the usual channel order. */
  channels: Partial<Record<Channel, ChannelTotals>>;
  total: ChannelTotals;
}

/** Totals per case (sorted by id) and per channel, generated vs sent. */
export function actionTotals(records: readonly ActionRecord[]): CaseTotals[] {
  const byCase = new Map<string, CaseTotals>();
  for (const record of records) {
    const totals = byCase.get(record.case) ?? emptyTotals(record);
    byCase.set(record.case, totals);
    add(totals, record);
  }
  return [...byCase.values()].sort((a, b) => (a.case < b.case ? -1 : a.case > b.case ? 1 : 0)).map(orderChannels);
}

function emptyTotals(record: ActionRecord): CaseTotals {
  return { case: record.case, first: record.date, last: record.date, officials: [], channels: {}, total: { generated: 0, sent: 0 } };
}

function add(totals: CaseTotals, record: ActionRecord): void {
  if (record.date < totals.first) totals.first = record.date;
  if (record.date > totals.last) totals.last = record.date;
  if (record.kind === 'generated') {
    for (const id of record.targets) if (!totals.officials.includes(id)) totals.officials.push(id);
  }
  for (const channel of CHANNELS) {
    const n = record.counts[channel] ?? 0;
    if (n === 0) continue;
    const slot = (totals.channels[channel] ??= { generated: 0, sent: 0 });
    slot[record.kind] += n;
    totals.total[record.kind] += n;
  }
}

// Records arrive in any channel order; reports list channels the same way every time.
function orderChannels(totals: CaseTotals): CaseTotals {
  const channels: Partial<Record<Channel, ChannelTotals>> = {};
  for (const channel of CHANNELS) {
    const slot = totals.channels[channel];
    if (slot) channels[channel] = slot;
  }
  return { ...totals, channels };
}
