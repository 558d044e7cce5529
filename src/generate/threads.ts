// How many helper threads a run uses: decided here, once, for the writer pool and the signer list.
import { availableParallelism } from 'node:os';

export interface ThreadPlan {
  /** Writer threads besides the main thread. */
  writers: number;
  /** Files written on the main thread before the writers start (a small run never starts them). */
  writersAfter: number;
  /** The signer list read in a thread: true/false forced, undefined when its size decides. */
  signerListThread: boolean | undefined;
}

/**
 * UA_LETTER_THREADS unset: one writer fewer than the cores (the main thread renders), at most
 * three, started once 500 files are written; the signer list in a thread when it is big.
 * A number: that many writers from the first file (0: none), and the list in a thread whatever its
 * size (for tests, and for machines that know better).
 */
export function threadPlan(env: NodeJS.ProcessEnv): ThreadPlan {
  const asked = env.UA_LETTER_THREADS?.trim();
  if (asked !== undefined && /^\d+$/.test(asked)) {
    const n = Math.min(Number(asked), 8);
    return { writers: n, writersAfter: 0, signerListThread: n > 0 };
  }
  return { writers: Math.max(0, Math.min(availableParallelism() - 1, 3)), writersAfter: 500, signerListThread: undefined };
}
