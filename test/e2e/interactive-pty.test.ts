// `init` and `new` driven through a real pseudo-terminal: the built binary, raw-mode keys, Ctrl-C.
// Python's pty module plays the terminal (it ships with python3 on Linux and macOS); without it
// these tests are skipped, saying why.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const BIN = resolve('bin/ua-letter.js');
const hasPty = spawnSync('python3', ['-c', 'import pty, termios'], { stdio: 'ignore' }).status === 0;

/**
 * Runs a command on a pseudo-terminal: for each step, waits (up to 10 s) until the screen shows
 * `expect` (a regular expression, matched after the previous match, colour codes removed), then
 * types `send`. Afterwards reads to the end and reports the exit code and the whole screen text.
 */
const DRIVER = String.raw`
import json, os, pty, re, select, struct, sys, time, fcntl, termios
argv, steps, cwd = json.loads(sys.argv[1]), json.loads(sys.argv[2]), sys.argv[3]
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', 50, 160, 0, 0))
    os.chdir(cwd)
    os.execvp(argv[0], argv)
ANSI = re.compile(r'\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[=>78]')
buf, pos, error, eof = b'', 0, None, False
def text():
    return ANSI.sub('', buf.decode('utf-8', 'replace'))
def read(timeout):
    global buf, eof
    if eof: return
    ready, _, _ = select.select([fd], [], [], timeout)
    if not ready: return
    try: data = os.read(fd, 65536)
    except OSError: data = b''
    if data: buf += data
    else: eof = True
for step in steps:
    pattern, deadline = re.compile(step['expect']), time.time() + 10
    while error is None:
        m = pattern.search(text(), pos)
        if m:
            pos = m.end()
            break
        if eof or time.time() > deadline: error = 'never saw ' + step['expect']
        read(0.1)
    if error: break
    time.sleep(0.05)
    os.write(fd, step['send'].encode())
if error: os.kill(pid, 9)
end = time.time() + 10
while not eof and time.time() < end: read(0.1)
_, status = os.waitpid(pid, 0)
print(json.dumps({'code': os.waitstatus_to_exitcode(status), 'screen': text(), 'error': error}))
`;

interface Step {
  expect: string;
  send: string;
}

function onTerminal(args: string[], steps: Step[], cwd: string, env: NodeJS.ProcessEnv) {
  const { CI: _ci, ...inherited } = process.env; // CI=true would rightly turn prompting off
  const result = spawnSync('python3', ['-c', DRIVER, JSON.stringify([process.execPath, BIN, ...args]), JSON.stringify(steps), cwd], {
    env: { ...inherited, NO_COLOR: '1', TERM: 'xterm', LANG: 'en_GB.UTF-8', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.status !== 0) throw new Error(`pty driver failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as { code: number; screen: string; error: string | null };
}

const ENTER = '\r';
const CTRL_C = '\x03';
/** Ctrl-U: readline's "delete to the start of the line", to retype a rejected answer. */
const CLEAR = '\x15';
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const say = (expect: string, answer = '') => ({ expect: esc(expect), send: answer + ENTER });

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ua-letter-pty-'));
  dirs.push(dir);
  return dir;
}

describe.skipIf(!hasPty)(`on a terminal${hasPty ? '' : ' (skipped: python3 with the pty module is not available)'}`, () => {
  it('init asks for the profile, re-asks an invalid email with the reason, and saves it after confirmation', () => {
    const config = tempDir();
    const run = onTerminal(['init'], [
      say('Your name', 'Jo Bloggs'),
      say('Street address', '1 High St | Flat 2'),
      say('Town or city', 'Leeds'),
      say('Country', 'United Kingdom'),
      say('Email address', 'jo-at-example.org'),
      { expect: esc('is not an email address (expected name@example.org)'), send: CLEAR + 'jo@example.org' + ENTER },
      say('Language for your letters'),
      say('Paper size'),
      say('A line of your own'),
      say('Save this profile?'),
    ], tempDir(), { UA_LETTER_CONFIG_DIR: config });
    expect(run.error, run.screen).toBeNull();
    expect(run.code).toBe(0);
    expect(run.screen).toMatch(/Name\s+Jo Bloggs/);
    expect(run.screen).toContain('Saved your profile to');
    expect(readFileSync(join(config, 'profile.yaml'), 'utf8')).toContain('name: Jo Bloggs\naddress:\n  - 1 High St\n  - Flat 2\ncity: Leeds\ncountry: United Kingdom\nemail: jo@example.org\nlang: en\npaper: a4\n');
  });

  it('init writes no profile and exits 130 when the user presses Ctrl-C', () => {
    const config = tempDir();
    const run = onTerminal(['init'], [
      say('Your name', 'Jo Bloggs'),
      { expect: 'Street address', send: CTRL_C },
    ], tempDir(), { UA_LETTER_CONFIG_DIR: config });
    expect(run.error, run.screen).toBeNull();
    expect(run.code).toBe(130);
    expect(run.screen).toContain('Cancelled; nothing was written.');
    expect(existsSync(join(config, 'profile.yaml'))).toBe(false);
  });

  it('asks nothing with --no-input, even on a terminal', () => {
    const init = onTerminal(['init', '--no-input'], [], tempDir(), { UA_LETTER_CONFIG_DIR: tempDir() });
    expect(init.code).toBe(2);
    expect(init.screen).toContain('No sender name: pass --name');
    const created = onTerminal(['new', '--no-input'], [], tempDir(), {});
    expect(created.code).toBe(2);
    expect(created.screen).toContain('No --title given: off a terminal "ua-letter new" takes its answers as flags');
  });

  it('new re-asks a bad id and a past deadline, then writes a case file that validate accepts once its letters are written', () => {
    const cwd = tempDir();
    const env = { SOURCE_DATE_EPOCH: String(Date.UTC(2025, 0, 10) / 1000) };
    const run = onTerminal(['new'], [
      say('Title of the case', 'Utopia: teacher detained for a poem'),
      { expect: esc('(utopia-teacher-detained-for-a-poem)'), send: CLEAR + 'Teacher Case!' + ENTER },
      { expect: esc('"Teacher Case!" is not an id: use lower-case letters'), send: CLEAR + 'utopia-teacher' + ENTER },
      say('Reference as published'),
      say('Country', 'Utopia'),
      say('Deadline', '2024-12-31'),
      { expect: esc('2024-12-31 has already passed (today is 2025-01-10)'), send: CLEAR + '2025-02-28' + ENTER },
      say('Languages the officials prefer', CLEAR + 'es, en'),
      say('People at risk', 'A. Teacher'),
      say('Official 1: full name', 'Minister of Justice'),
      say('Official 1: short id'),
      say('Official 1: honorific'),
      say('Official 1: title or office', 'Minister of Justice'),
      say('Official 1: organisation'),
      say('Official 1: postal address', 'Ministry of Justice | 1 Main Square | Utopia City'),
      say('Official 1: email addresses', 'minister@example.gov'),
      say('Official 1: fax'),
      say('Official 1: phone'),
      say('Official 1: X/Twitter handle', '@JusticeUtopia'),
      say('Official 1: is this only a copy recipient'),
      say('Add another official?', 'y'),
      say('Official 2: full name', 'Embassy of Utopia'),
      say('Official 2: short id', CLEAR + 'minister-of-justice'),
      { expect: esc('"minister-of-justice" is already used by another official'), send: CLEAR + 'embassy' + ENTER },
      ...['honorific', 'title or office', 'organisation', 'postal address'].map((q) => say(`Official 2: ${q}`)),
      say('Official 2: email addresses', 'embassy@example.org'),
      ...['fax', 'phone', 'X/Twitter handle'].map((q) => say(`Official 2: ${q}`)),
      say('Official 2: is this only a copy recipient', 'y'),
      say('Add another official?'),
    ], cwd, env);
    expect(run.error, run.screen).toBeNull();
    expect(run.code).toBe(0);
    expect(run.screen).toContain('Wrote cases/utopia-teacher.md');
    const file = join(cwd, 'cases/utopia-teacher.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('languages: [es, en]');
    expect(text).toContain('## Letter (en)');
    const validate = () => spawnSync(process.execPath, [BIN, 'validate', 'cases/utopia-teacher.md'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    // The letters are placeholders until the user writes them: validate (like generate) says so…
    const unfinished = validate();
    expect(unfinished.status).toBe(2);
    expect(unfinished.stderr.match(/^error: .*still holds the placeholder text of "ua-letter new"/gm)).toHaveLength(2);
    expect(unfinished.stderr).not.toMatch(/^(?!error: .*placeholder text)(warning|error)/m);
    // …and accepts the file as written once they are.
    writeFileSync(file, text.replace(/Write your letter here, in (\w+)/g, 'We write to you in $1'));
    const finished = validate();
    expect(finished.stderr).not.toMatch(/warning|error/);
    expect(finished.status).toBe(0);
  });

  it('new writes nothing and exits 130 when the user presses Ctrl-C', () => {
    const cwd = tempDir();
    const run = onTerminal(['new'], [
      say('Title of the case', 'Something'),
      say('Short id'),
      { expect: 'Reference as published', send: CTRL_C },
    ], cwd, {});
    expect(run.error, run.screen).toBeNull();
    expect(run.code).toBe(130);
    expect(run.screen).toContain('Cancelled; nothing was written.');
    expect(existsSync(join(cwd, 'cases'))).toBe(false);
  });
});
