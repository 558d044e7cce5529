// One Chromium per test file, driven by playwright-core (which downloads no browser of its own):
// Debian's `chromium` package, which .ci/run installs, or the browser UA_LETTER_CHROMIUM names.
// Where none can be launched the browser tests are skipped, and the skipped test's title says why
// (.ci/summary.mjs prints it beside the totals).
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export type Launch = { browser: Browser; skip: undefined } | { browser: undefined; skip: string };

export async function launchChromium(): Promise<Launch> {
  const executablePath = process.env.UA_LETTER_CHROMIUM ?? CANDIDATES.find((p) => existsSync(p));
  if (executablePath === undefined) return { browser: undefined, skip: 'no Chromium found (apt-get install chromium, or set UA_LETTER_CHROMIUM)' };
  try {
    const { chromium } = await import('playwright-core');
    // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'], timeout: 30_000 });
    return { browser, skip: undefined };
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0] ?? String(error);
    return { browser: undefined, skip: `Chromium at ${executablePath} could not be launched: ${reason}` };
  }
}
