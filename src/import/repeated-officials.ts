// A letter download may print the same addressee twice (the letter, then a copy of it to cut out):
// drafted twice, the official would get two letters. A block is a repeat only when it names the
// same person with the same office, address and emails as an earlier one; a second block that
// differs in any of them is kept, since a page may list one official at two addresses.
import type { ImportedOfficial } from './official-block.js';
import { fold } from './text.js';

export interface Repeat {
  readonly official: ImportedOfficial;
  /** The first line of the block it repeats. */
  readonly of: number;
}

export function withoutRepeats(officials: readonly ImportedOfficial[]): { kept: ImportedOfficial[]; repeats: Repeat[] } {
  const seen = new Map<string, number>();
  const kept: ImportedOfficial[] = [];
  const repeats: Repeat[] = [];
  for (const o of officials) {
    const key = identity(o);
    const first = key === undefined ? undefined : seen.get(key);
    if (first !== undefined) repeats.push({ official: o, of: first });
    else {
      if (key !== undefined) seen.set(key, o.line);
      kept.push(o);
    }
  }
  return { kept, repeats };
}

function identity(o: ImportedOfficial): string | undefined {
  if (!o.name) return undefined;
  const parts = [o.name.value, o.title?.value ?? '', o.organisation?.value ?? '', ...o.address.map((a) => a.value), '|', ...o.emails.map((e) => e.value)];
  return JSON.stringify([o.copy, ...parts.map(fold)]);
}
