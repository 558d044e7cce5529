/** What a reader needs of the run: where relative paths start, stdin for '-', and where warnings go. */
export interface ReadContext {
  cwd: string;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Aborted on Ctrl-C / SIGTERM: a reader waiting on a pipe stops. */
  signal?: AbortSignal | undefined;
  /** A problem that does not stop the run (a case warning, a skipped file). */
  warn(message: string): void;
  /** Details for --debug. */
  debug?(message: string): void;
}
