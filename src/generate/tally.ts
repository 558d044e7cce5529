// Documents made, counted per case, official and channel in the order first seen: a batch of
// 10,000 signers makes 60,000 documents, and a list of them all would grow with every signer.
import { IdenticalTexts } from '../channels/identical.js';
import type { Channel, RenderedDocument } from '../channels/types.js';
import type { DocumentCount } from './types.js';

export class RunTally {
  private readonly byKey = new Map<string, DocumentCount>();
  /** Letters (or emails) that repeat another signer's to the same official, word for word. */
  readonly identical = new IdenticalTexts();

  /** Counts the document, and marks a letter or email that repeats an earlier signer's (--json says so). */
  count(doc: RenderedDocument): void {
    if (doc.channel === 'letter' || doc.channel === 'email') {
      const repeats = this.identical.add(doc);
      if (repeats !== undefined) doc.identical = repeats;
    }
    const key = `${doc.caseId}\u0000${doc.targetId}\u0000${doc.channel}`;
    const entry = this.byKey.get(key);
    if (entry) entry.count++;
    else this.byKey.set(key, { case: doc.caseId, target: doc.targetId, channel: doc.channel, count: 1 });
  }

  counts(): DocumentCount[] {
    return [...this.byKey.values()].map((c) => ({ ...c }));
  }

  /** Per channel, in the order first seen. */
  static byChannel(counts: readonly DocumentCount[]): Map<Channel, number> {
    const out = new Map<Channel, number>();
    for (const c of counts) out.set(c.channel, (out.get(c.channel) ?? 0) + c.count);
    return out;
  }
}
