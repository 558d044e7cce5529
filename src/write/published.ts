// What a run really put on disk, per case × official × channel: the action log records these, not
// what was rendered. Counted as files land (write-pool.ts hands back each main file's outcome by a
// small number, its tag), so a batch of 100,000 documents keeps a handful of counters, not a list.
import type { Channel } from '../channels/types.js';
import type { FileOutcome } from './write-batch.js';

export interface PublishedCount {
  case: string;
  target: string;
  channel: Channel;
  /** Documents whose main file this run created: new letters, emails… */
  created: number;
  /** Documents whose existing main file was replaced (--force): the same letter again, rewritten. */
  replaced: number;
  /** Documents whose main file existed and was kept (no --force). */
  kept: number;
}

export type PublishedOutcome = 'created' | 'replaced' | 'kept';

export class PublishedTally {
  private readonly slots: PublishedCount[] = [];
  private readonly byKey = new Map<string, number>();

  /** The tag (a small number) of one case × official × channel; the same tag every time. */
  tag(caseId: string, targetId: string, channel: Channel): number {
    const key = `${caseId}\u0000${targetId}\u0000${channel}`;
    let tag = this.byKey.get(key);
    if (tag === undefined) {
      tag = this.slots.length;
      this.slots.push({ case: caseId, target: targetId, channel, created: 0, replaced: 0, kept: 0 });
      this.byKey.set(key, tag);
    }
    return tag;
  }

  add(tag: number, outcome: PublishedOutcome, n = 1): void {
    const slot = this.slots[tag];
    if (slot) slot[outcome] += n;
  }

  /** A main file's outcome as the writer saw it; a file not reached counts nowhere. */
  addFile(tag: number, file: FileOutcome): void {
    if (file.status === 'written') this.add(tag, 'created');
    else if (file.status === 'replaced') this.add(tag, 'replaced');
    else if (file.status === 'exists') this.add(tag, 'kept');
  }

  counts(): PublishedCount[] {
    return this.slots.filter((s) => s.created + s.replaced + s.kept > 0).map((s) => ({ ...s }));
  }
}

/** One entry per case × official × channel (a run with PDFs reports letters and the rest apart). */
export function mergePublished(counts: readonly PublishedCount[]): PublishedCount[] {
  const byKey = new Map<string, PublishedCount>();
  for (const c of counts) {
    const key = `${c.case}\u0000${c.target}\u0000${c.channel}`;
    const slot = byKey.get(key);
    if (!slot) byKey.set(key, { ...c });
    else {
      slot.created += c.created;
      slot.replaced += c.replaced;
      slot.kept += c.kept;
    }
  }
  return [...byKey.values()];
}
