// An organiser's script must never hang on a question: with stdin not a terminal every command
// either works or fails at once with exit 2 and a message naming what to pass.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = resolve('bin/ua-letter.js');
const cwd = mkdtempSync(join(tmpdir(), 'ua-letter-notty-'));
const config = mkdtempSync(join(tmpdir(), 'ua-letter-notty-config-'));
afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
  rmSync(config, { recursive: true, force: true });
});

/** Gives up after 10 s so that a command that waits for input fails the test instead of hanging it. */
function run(args: string[], stdin: 'devnull' | 'closed-pipe') {
  return new Promise<{ code: number | null; stderr: string; ms: number }>((done) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', UA_LETTER_CONFIG_DIR: config },
      stdio: [stdin === 'devnull' ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    child.stdin?.end();
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stderr, ms: Date.now() - started });
    });
  });
}

const commands: Array<{ args: string[]; message: string }> = [
  { args: ['init'], message: 'No sender name: pass --name or run "ua-letter init" in a terminal' },
  { args: ['init', '--no-input', '--city', 'Leeds'], message: 'No sender name: pass --name' },
  { args: ['new'], message: 'No --title given: off a terminal "ua-letter new" takes its answers as flags' },
  { args: ['generate'], message: 'No case given: pass a case file, e.g. "ua-letter generate cases/x.md"' },
  { args: ['generate', '--no-input'], message: 'No case given: pass a case file' },
  // A case but no sender and no profile: in a terminal the guided run asks who signs; here never.
  { args: ['generate', resolve('cases/venezuela-protest-detentions.md'), '--date', '2024-09-01'], message: 'No sender name: pass --name, or save a profile with "ua-letter init"' },
  { args: ['list'], message: 'No folder "cases": pass the folder of case files' },
];

describe('with stdin not a terminal', () => {
  for (const stdin of ['devnull', 'closed-pipe'] as const) {
    for (const { args, message } of commands) {
      it(`"ua-letter ${args.join(' ')}" with stdin from ${stdin === 'devnull' ? '/dev/null' : 'a closed pipe'} exits 2 at once, naming what to pass`, async () => {
        const result = await run(args, stdin);
        expect(result.stderr).toContain(message);
        expect(result.stderr).not.toMatch(/Who signs\?|What next:|\? /);
        expect(result.code).toBe(2);
        expect(result.ms).toBeLessThan(5_000);
      });
    }
  }
});
