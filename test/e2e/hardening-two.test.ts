// Issue 16, hardening round two, through the built binary: what a hostile or broken input file
// could do before (steer the terminal, hide an address behind __proto__, blow up the PDF layout,
// get past the checks until a letter was written) and what the tool answers now. Each test failed
// on the code before the issue. The I/O half (bounded reads, signals, concurrent runs, leftovers)
// is in hardening-io.test.ts.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

const FIXTURE = join(repoRoot, 'test', 'fixtures', 'hardening', 'case.md');
const fixture = () => readFileSync(FIXTURE, 'utf8');
/** What reaches a terminal raw and drives it: ESC, CSI (C1), BEL, a right-to-left override. */
// eslint-disable-next-line no-control-regex -- these characters are what the tests look for
const RAW_ESCAPES = /[\u001b\u0007\u009b\u202e]/;
const RUN = ['--date', '2024-09-01', '--no-log'];

function folder(files: Record<string, string> = {}): string {
  const dir = tempDir('ua-hardening-two-');
  copyFileSync(FIXTURE, join(dir, 'case.md'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** Every file under `dir`, relative, sorted. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Array<{ isFile(): boolean; parentPath: string; name: string }>)
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe('outside text on the terminal (issue 16, item 5)', () => {
  it('list shows a title holding OSC/CSI sequences and a right-to-left override escaped, never raw', async () => {
    const title = 'title: "\\e]0;pwned\\a\\e[2JReporters held \\u202Egnp.exe"';
    const cwd = folder({ 'cases/evil.md': fixture().replace(/^title: .*$/m, title) });
    const r = await runCli(['list', 'cases', '--date', '2024-09-01'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_ESCAPES);
    expect(r.stdout).toContain('\\u001b]0;pwned\\u0007\\u001b[2JReporters held \\u202egnp.exe');
  });

  it('list --json keeps the title exact for a JSON reader, with the dangerous characters written as \\u escapes', async () => {
    const cwd = folder({ 'cases/evil.md': fixture().replace(/^title: .*$/m, 'title: "Held \\u202Egnp.exe \\u009B2J"') });
    const r = await runCli(['list', 'cases', '--json', '--date', '2024-09-01'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_ESCAPES);
    expect((JSON.parse(r.stdout) as { title: string }).title).toBe('Held \u202egnp.exe \u009b2J');
  });

  it('an error message quoting a value with a right-to-left override shows it escaped', async () => {
    const cwd = folder({ 'x.md': fixture().replace('email: minister@example.org', 'email: "gro.elpmaxe\u202e@minister"') });
    const r = await runCli(['validate', 'x.md'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: x.md:16:12 targets[0].email: "gro.elpmaxe\\u202e@minister" is not an email address\n');
  });

  it("import's report shows escape sequences from the document escaped", async () => {
    const text = readFileSync(join(repoRoot, 'test', 'fixtures', 'import', 'en-several-officials.txt'), 'utf8')
      .replace('INDONESIA: STUDENT PROTESTERS', '\u001b]0;pwned\u0007\u001b[2JINDONESIA: STUDENT \u202ePROTESTERS');
    const cwd = folder({ 'ua.txt': text });
    const r = await runCli(['import', 'ua.txt', '--out', 'draft.md'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(RAW_ESCAPES);
    expect(r.stderr).toContain('\\u001b]0;pwned\\u0007\\u001b[2JINDONESIA: STUDENT \\u202ePROTESTERS');
  });

  it('report prints the ids it read from the action log escaped', async () => {
    const home = tempDir('ua-home-');
    const record = { v: 1, kind: 'generated', case: 'x', date: '2024-09-01', targets: ['\u001b[2Jminister\u202e'], counts: { letter: 1 } };
    writeFileSync(join(home, 'actions.jsonl'), JSON.stringify(record) + '\n');
    const r = await runCli(['report'], { cwd: folder(), env: { UA_LETTER_DATA_DIR: home, UA_LETTER_CONFIG_DIR: home } });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_ESCAPES);
    expect(r.stdout).toContain('officials: \\u001b[2Jminister\\u202e');
  });
});

describe('hidden keys (issue 16, item 6)', () => {
  const hidden = fixture().replace('    email: minister@example.org\n', '    __proto__: {email: hidden@example.org, twitter: hidden}\n');

  it('refuses __proto__ in a target as an unknown field, at its position', async () => {
    const r = await runCli(['validate', 'x.md'], { cwd: folder({ 'x.md': hidden }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: x.md:16:5 targets[0].__proto__: unknown field; this name is reserved and refused\n');
  });

  it('writes no email to the hidden address', async () => {
    const cwd = folder({ 'x.md': hidden });
    const r = await runCli(['generate', 'x.md', '--name', 'Ana', '--channel', 'email', '--out', 'out', ...RUN], { cwd });
    expect(r.code).toBe(2);
    expect(filesUnder(join(cwd, 'out'))).toEqual([]);
  });

  it('refuses constructor and prototype anywhere, and in signer lists', async () => {
    const text = fixture().replace('languages: [en]\n', 'languages: [en]\nlinks: {constructor: "https://example.org", prototype: "https://example.org"}\n');
    const r = await runCli(['validate', 'x.md'], { cwd: folder({ 'x.md': text }) });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toEqual([
      'error: x.md:8:9 links.constructor: unknown field; this name is reserved and refused',
      'error: x.md:8:45 links.prototype: unknown field; this name is reserved and refused',
      '',
    ]);
    const list = await runCli(['generate', 'case.md', '--signers', 's.csv', '--stdout', ...RUN], { cwd: folder({ 's.csv': 'name,constructor\nAna,x\n' }) });
    expect([list.code, list.stderr]).toEqual([2, 'error: s.csv:1 constructor: unknown column; this name is reserved and refused\n']);
  });
});

describe('PDF layout of one long unbroken word (issue 16, item 2)', () => {
  it('breaks a 19,000-letter word across lines, in bounded memory and time, and leaves no temporary file', async () => {
    // Just under the 20,000 characters a letter section may hold (with the fixture's own text).
    const word = 'W'.repeat(19_000);
    const cwd = folder({ 'long.md': fixture().replace('Three reporters from Testville', `${word} Three reporters`) });
    // 1 GB of heap: the layout used to need 4.3 GB for this and died in V8 (exit 134).
    const r = await runCli(['generate', 'long.md', '--name', 'Ana', '--format', 'pdf', '--channel', 'letter', '--out', 'out', ...RUN], {
      cwd,
      env: { NODE_OPTIONS: '--max-old-space-size=1024' },
      timeoutMs: 10_000,
    });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
    expect(filesUnder(join(cwd, 'out'))).toEqual(['hardening-sample/letters.pdf']);
    expect(r.stderr).toMatch(/Generated 1 letter: 1 file written, \d+ PDF pages? in out\//);
  });

  it('refuses a 20,000-letter signer name before any work, naming the flag', async () => {
    const cwd = folder();
    const r = await runCli(['generate', 'case.md', '--name', 'N'.repeat(20_000), '--format', 'pdf', '--out', 'out', ...RUN], { cwd, timeoutMs: 10_000 });
    expect([r.code, r.stderr]).toEqual([2, 'error: --name: is too long (20000 characters; the limit is 200)\n']);
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });
});

describe('checks before any work, and limits (issue 16, item 8)', () => {
  it('refuses a bad --email before anything is written, naming the flag', async () => {
    for (const email of ['not-an-email', 'ada@example']) {
      const cwd = folder();
      const r = await runCli(['generate', 'case.md', '--name', 'Ana', '--email', email, '--out', 'out', ...RUN], { cwd });
      expect([r.code, r.stderr]).toEqual([2, `error: --email: "${email}" is not an email address (expected name@example.org)\n`]);
      expect(existsSync(join(cwd, 'out'))).toBe(false);
    }
  });

  it('refuses a title longer than a letter holds, at its position (it made a Subject line as long)', async () => {
    const cwd = folder({ 'x.md': fixture().replace(/^title: .*$/m, `title: ${'T'.repeat(1_000_000)}`) });
    const r = await runCli(['generate', 'x.md', '--name', 'Ana', '--channel', 'email', '--out', 'out', ...RUN], { cwd });
    expect([r.code, r.stderr]).toEqual([2, 'error: x.md:3:8 title: is too long (1000000 characters; the limit is 300)\n']);
  });

  it('folds every header line of an email draft, even for a title without a space', async () => {
    const cwd = folder({ 'x.md': fixture().replace(/^title: .*$/m, `title: ${'T'.repeat(300)}`) });
    const r = await runCli(['generate', 'x.md', '--name', 'Ana', '--channel', 'email', '--out', 'out', ...RUN], { cwd });
    expect(r.code).toBe(0);
    const eml = readFileSync(join(cwd, 'out', 'hardening-sample', 'minister.email.eml'), 'utf8');
    const head = eml.slice(0, eml.indexOf('\r\n\r\n'));
    for (const line of head.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    expect(head).toMatch(/^Subject: /m);
  });

  it('gives one message for a 10,000-column signer header, not 10,000 warnings', async () => {
    const header = ['name', ...Array.from({ length: 9_999 }, (_, i) => `extra${i}`)].join(',');
    const cwd = folder({ 's.csv': `${header}\nAna\n` });
    const r = await runCli(['generate', 'case.md', '--signers', 's.csv', '--stdout', ...RUN], { cwd });
    expect([r.code, r.stderr]).toEqual([2, 'error: s.csv:1: the header row has 10000 columns; a signer list has at most 100 (name, address, city, country, email, personal, lang, paper and your own)\n']);
  });

  it('refuses a number where address lines are expected, at its position', async () => {
    const text = fixture().replace(/ {4}address:\n( {6}- .*\n)+/, '    address: 42\n');
    const r = await runCli(['validate', 'x.md'], { cwd: folder({ 'x.md': text }) });
    expect([r.code, r.stderr]).toEqual([2, 'error: x.md:12:14 targets[0].address: expected a list of address lines or a block of text, got the number 42\n']);
  });

  it('gives signers named like Windows devices folders Windows can create', async () => {
    const cwd = folder({ 's.csv': 'name\nCon\nAux\nnul\nLPT1\nCom9\nPrn\n' });
    const r = await runCli(['generate', 'case.md', '--signers', 's.csv', '--channel', 'letter', '--out', 'out', ...RUN], { cwd });
    expect(r.code).toBe(0);
    expect(filesUnder(join(cwd, 'out'))).toEqual(['aux_', 'com9_', 'con_', 'lpt1_', 'nul_', 'prn_'].map((d) => `hardening-sample/${d}/minister.letter.txt`));
  });
});
