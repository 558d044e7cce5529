// A progress bar on stderr for batches, only where a person watches: both stdout and stderr
// are terminals, and neither --json, --stdout nor --quiet asked for quiet, machine-readable output.
/** The streams a bar is drawn on, and whether the user asked for quiet. */
interface ProgressContext {
  stdout: { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  quiet: boolean;
}

export interface Progress {
  tick(): void;
  stop(): void;
}

const NONE: Progress = { tick() {}, stop() {} };

/** Batches smaller than this finish before a bar would help. */
const MIN_TOTAL = 20;

export async function createProgress(total: number, label: string, ctx: ProgressContext, quietOutput: boolean): Promise<Progress> {
  const watched = ctx.stderr.isTTY === true && ctx.stdout.isTTY === true && !ctx.quiet && !quietOutput;
  if (!watched || total < MIN_TOTAL) return NONE;
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      stream: ctx.stderr as NodeJS.WritableStream,
      format: `${label} [{bar}] {value}/{total} · {eta_formatted} left`,
      hideCursor: true,
      clearOnComplete: true,
      // Redraw a few times a second, not on every letter: drawing costs more than a letter.
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  let done = 0;
  return {
    tick: () => bar.update(++done),
    stop: () => bar.stop(),
  };
}
