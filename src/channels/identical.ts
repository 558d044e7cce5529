// Identical letters. Parliaments and officials' offices discard "identikit" letters (mySociety's
// WriteToThem refuses them outright), so a batch in which several signers would send one official
// the same text is worth a warning: with --no-vary, or a case too short to vary, it happens silently.
// "The same" means word for word apart from the signer's own name, address and email, which every
// letter has and no office counts as a difference.
//
// Compared without reading the texts: for one case, official and language the template and its
// context are fixed but for the signer, so a letter is settled by the phrasings its {{#vary}}
// blocks chose, the signer's personal line, and which of their details are there at all (the
// templates ask {{#if signer.place}}). Hashing each letter's text instead cost ~10 µs a letter,
// a tenth of a 10,000-signer batch.
import type { RenderedDocument } from './types.js';

export interface IdenticalReport {
  /** Documents whose text an earlier signer's document to the same official already had. */
  repeats: number;
  /**
   * Of these, the repeats of texts that had no phrasing to choose (templates without {{#vary}}
   * choices for them): the others come from a batch with more signers than phrasings.
   */
  unvaried: number;
  /** Documents of the channel counted. */
  total: number;
  /** Different texts among them, over all officials. */
  distinct: number;
  /** Officials (per case) who would get at least two identical texts. */
  officials: number;
  channel: 'letter' | 'email';
}

/**
 * Counts, per case, official and channel, the texts seen (as hashes, not texts: a batch of 10,000
 * signers must not keep its letters). Letters, and emails when a run writes no letters.
 */
export class IdenticalTexts {
  private readonly seen = new Map<string, Set<string>>();
  private readonly repeated = new Map<string, number>();
  private readonly unvaried = { letter: 0, email: 0 };
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
    const print = fingerprint(doc);
    let prints = this.seen.get(key);
    if (!prints) this.seen.set(key, (prints = new Set()));
    if (!prints.has(print)) {
      prints.add(print);
      return false;
    }
    this.repeated.set(key, (this.repeated.get(key) ?? 0) + 1);
    if (!couldVary(doc)) this.unvaried[doc.channel]++;
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
    if (repeats === 0) return undefined;
    let distinct = 0;
    for (const [key, prints] of this.seen) if (key.startsWith(prefix)) distinct += prints.size;
    return { repeats, unvaried: this.unvaried[channel], total: this.totals[channel], distinct, officials, channel };
  }
}

/** True when the document's templates had a phrasing to choose (its trace names one). */
function couldVary(doc: RenderedDocument & { variation?: string | undefined }): boolean {
  return (doc.variation ?? '').replace('|', '') !== '';
}

/**
 * What settles a letter's text beyond the signer's name, address and email: its language, the
 * phrasings chosen, the personal line, and which details the signer gave (templates branch on them).
 */
export function fingerprint(doc: RenderedDocument & { variation?: string | undefined }): string {
  const s = doc.signer;
  const has = (v: string | undefined) => (v !== undefined && v.trim() !== '' ? '1' : '0');
  const shape = `${s.address.some((l) => l.trim() !== '') ? '1' : '0'}${has(s.city)}${has(s.country)}${s.initials === true ? '0' : has(s.email)}`;
  return `${doc.lang}\u0001${doc.variation ?? ''}\u0001${shape}\u0001${s.personal?.trim() ?? ''}`;
}

/**
 * What to say about repeats, once per run. A warning when letters repeat because nothing varied
 * them (--no-vary, or templates without {{#vary}} choices): "19 of 20 letters are word for word …".
 * A note only when a varied batch has more signers than phrasings (1,000 signers give some 40
 * wordings per official): expected, and said so that nobody mistakes it for 1,000 different letters.
 * `vary`: false with --no-vary.
 */
export function identicalMessage(r: IdenticalReport, vary: boolean): { level: 'warn' | 'info'; text: string } {
  const what = r.channel === 'letter' ? 'letters' : 'emails';
  const personal = 'give signers a personal line (--personal, or a "personal" column)';
  if (!vary || r.unvaried > 0) {
    const repeats = vary ? r.unvaried : r.repeats;
    const to = r.officials === 1 ? 'to the same official' : `to the same official (${r.officials} officials)`;
    const fix = vary ? `vary the templates' phrasing ({{#vary}}), or ${personal}` : `leave out --no-vary, or ${personal}`;
    return { level: 'warn', text: `${repeats} of ${r.total} ${what} are word for word another signer's ${to}, apart from names and addresses: offices discard identical ${what}; ${fix}.` };
  }
  const officials = r.officials === 1 ? 'an official' : `${r.officials} officials`;
  return {
    level: 'info',
    text: `${r.total} ${what} in ${r.distinct} different wordings (each signer's phrasing is picked from the templates' choices, and a batch repeats some): ${officials} will see some wordings more than once; to make every letter its own, ${personal}.`,
  };
}
