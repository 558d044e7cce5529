// Vitest global setup: every test run gets one temporary folder of its own, and
// every temporary file a test or a spawned CLI makes goes under it (TMPDIR is
// inherited by the test workers and the processes they spawn). Removing it at the
// end keeps a machine that runs the suite many times from filling /tmp with
// thousands of left-over homes and outputs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'ua-letter-tests-'));
  process.env.TMPDIR = root;
  return () => {
    rmSync(root, { recursive: true, force: true });
  };
}
