// Where some values of a parsed case were written, for problems found after parsing (an address
// too big for the envelope window is only known once the PDF measures it). Kept beside the Case,
// not in it, so the case model stays plain data. Pure: a WeakMap filled by parseCase.
import type { Case } from './types.js';

export interface FieldPosition {
  line: number | undefined;
  column: number | undefined;
  /** `targets[1].address` */
  field: string;
}

const addresses = new WeakMap<Case, ReadonlyMap<string, FieldPosition>>();

export function rememberAddressPositions(c: Case, positions: ReadonlyMap<string, FieldPosition>): void {
  addresses.set(c, positions);
}

/** Where official `targetId`'s address is written (line undefined for a case built in code). */
export function addressPosition(c: Case, targetId: string): FieldPosition {
  const index = c.targets.findIndex((t) => t.id === targetId);
  return addresses.get(c)?.get(targetId) ?? { line: undefined, column: undefined, field: `targets[${Math.max(0, index)}].address` };
}
