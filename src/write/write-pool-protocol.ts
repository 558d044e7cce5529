// What the main thread and its writer threads share: the layout of the control flags.

/** Int32 slots of the shared control buffer. */
export const CONTROL = {
  /** Set to 1 by the main thread: stop before the next file. */
  stop: 0,
  /** 1 while the thread is between batches (no temp file of its own can exist). */
  idle: 1,
  /**
   * Batches the thread has finished. The main thread reads it to decide where the next batch
   * goes: the answer itself waits in the event queue until the main thread looks up from rendering.
   */
  done: 2,
} as const;

export const CONTROL_BYTES = 3 * Int32Array.BYTES_PER_ELEMENT;

/** `workerData` of a writer thread. */
export interface WorkerInput {
  control: SharedArrayBuffer;
}
