// Results that finish out of order, handed on in the order they were started. With writer
// threads a document's files can be on disk before those of the document rendered just before
// it; the summary and the JSON Lines output still see documents in the order they were made.

export interface InOrder<T, R> {
  /** Starts tracking `done` for `item`; `deliver` sees items strictly in the order added, with the result or the error. */
  add(item: T, done: Promise<R>): void;
  /** Until every item added so far has been delivered. */
  settled(): Promise<void>;
}

export function inOrder<T, R>(deliver: (item: T, result: R | undefined, error: unknown) => void): InOrder<T, R> {
  const queue: Array<{ item: T; finished: boolean; result?: R; error?: unknown }> = [];
  const all = new Set<Promise<unknown>>();
  const flush = () => {
    while (queue[0]?.finished) {
      const head = queue.shift()!;
      deliver(head.item, head.result, head.error);
    }
  };
  return {
    add(item, done) {
      const entry: (typeof queue)[number] = { item, finished: false };
      queue.push(entry);
      const tracked = done.then(
        (result) => {
          entry.result = result;
        },
        (error: unknown) => {
          entry.error = error;
        },
      ).finally(() => {
        entry.finished = true;
        all.delete(tracked);
        flush();
      });
      all.add(tracked);
    },
    async settled() {
      while (all.size > 0) await Promise.all([...all]);
    },
  };
}
