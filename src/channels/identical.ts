// Identical letters. Parliaments and officials' offices discard "identikit" letters (mySociety's
// WriteToThem refuses them outright), so a batch in which several signers would send one official
// the same text is worth a warning: with --no-vary, or a case too short to vary, it happens silently.
// "The same" means word for word apart from the signer's own name, address and email, which every
// letter has and no office counts as a difference.
import { fnv1a } from '../render/vary.js';
import type { RenderedDocument } from './types.js';

export interface IdenticalReport {
  /** Documents whose text an earlier signer's document to the same official already had. */
  repeats: number;
  /** Documents of the channel counted. */
  total: number;
  /** Officials (per case) who would get at least two identical texts. */
  officials: number;
  channel: 'letter' | 'email';
}

/**
 * Counts, per case, official and channel, the texts seen (as hashes, not texts: a batch of 10,000
 * signers must not keep its letters). Letters, and emails when a run writes no letters.
 */
export class IdenticalTexts {
  private readonly seen = new Map<string, Set<number>>();
  private readonly repeated = new Map<string, number>();
  private readonly totals = { letter: 0, email: 0 };

  /**
   * True when this document repeats an earlier one to the same official, false when it does not,
   * undefined when it is not compared (another channel, or an email in a run with letters).
   */
  add(doc: RenderedDocument): boolean | undefined {
    if (doc.channel !== 'letter' && doc.channel !== 'email') return undefined;
    // An email's body is its letter's: with letters in the run (they come first, see CHANNELS)
    // hashing the emails too would only double the cost (~2 µs a letter in a batch of 20,000).
    if (doc.channel === 'email' && this.totals.letter > 0) return undefined;
    this.totals[doc.channel]++;
    const key = `${doc.channel}\u0000${doc.caseId}\u0000${doc.targetId}`;
    const hash = fnv1a(withoutSigner(doc.body, doc.signer));
    let hashes = this.seen.get(key);
    if (!hashes) this.seen.set(key, (hashes = new Set()));
    if (!hashes.has(hash)) {
      hashes.add(hash);
      return false;
    }
    this.repeated.set(key, (this.repeated.get(key) ?? 0) + 1);
    return true;
  }

  /** What to warn about once at the end, or undefined when every text differs. */
  report(): IdenticalReport | undefined {
    const channel = this.totals.letter > 0 ? 'letter' : 'email';
    const prefix = `${channel}\u0000`;
    let repeats = 0;
    let officials = 0;
    for (const [key, n] of this.repeated) {
      if (!key.startsWith(prefix)) continue;
      repeats += n;
      officials++;
    }
    return repeats === 0 ? undefined : { repeats, total: this.totals[channel], officials, channel };
  }
}

/**
 * The text with the signer's own details taken out. Longest first, so that "Leeds, United Kingdom"
 * is not half-replaced by "Leeds"; one-letter values (an initial) would match inside words.
 */
export function withoutSigner(text: string, signer: RenderedDocument['signer']): string {
  const own = [signer.name, ...signer.address, signer.city, signer.country, signer.email]
    .map((v) => v?.trim() ?? '')
    .filter((v) => v.length > 1)
    .sort((a, b) => b.length - a.length);
  let out = text;
  for (const value of own) if (out.includes(value)) out = out.split(value).join('\u0000');
  return out;
}

/** The warning, once per run: "19 of 20 letters are word for word …". `vary`: false with --no-vary. */
export function identicalMessage(r: IdenticalReport, vary: boolean): string {
  const what = r.channel === 'letter' ? 'letters' : 'emails';
  const to = r.officials === 1 ? 'to the same official' : `to the same official (${r.officials} officials)`;
  const fix = vary
    ? 'vary the templates\' phrasing ({{#vary}}), or give signers a personal line (--personal, or a "personal" column)'
    : 'leave out --no-vary, or give signers a personal line (--personal, or a "personal" column)';
  return `${r.repeats} of ${r.total} ${what} are word for word another signer's ${to}, apart from names and addresses: offices discard identical ${what}; ${fix}.`;
}
