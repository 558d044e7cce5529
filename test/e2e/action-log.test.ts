// The action log through the built binary: `sent`, `report`, several processes appending at once,
// and a log whose last line a crash cut short.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/ua-letter.js');
const execFileP = promisify(execFile);

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the binary with its own data folder; never touches the real user's log. */
async function run(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<RunResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...options.env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  try {
    const { stdout, stderr } = await execFileP(process.execPath, [bin, ...args], { cwd: options.cwd, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/**
 * A folder to run in, with its own data folder. `sent` takes a bare case id only when the log or
 * ./cases knows it: the cases named here are written into ./cases (test-river-defenders always).
 */
function workspace(ids: readonly string[] = []): { dir: string; data: string; log: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), 'ua-e2e-log-'));
  const data = join(dir, 'data');
  mkdirSync(join(dir, 'cases'));
  writeFileSync(join(dir, 'cases', 'river.md'), caseFile);
  // Without the report link: only test-river-defenders has one.
  for (const id of ids) writeFileSync(join(dir, 'cases', `${id}.md`), caseFile.replace('id: test-river-defenders', `id: ${id}`).replace(/links:\n.*\n/, ''));
  return { dir, data, log: join(data, 'actions.jsonl'), env: { UA_LETTER_DATA_DIR: data } };
}

const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter((l) => l !== '');

// A small case of our own, only to give `sent` and `report` an id and a report link.
const caseFile = `---
id: test-river-defenders
title: "Testland: river defenders held without charge"
country: Testland
deadline: 2099-12-31
languages: [en]
links:
  report: https://example.org/ua/report-form
targets:
  - id: interior-minister
    name: Jo Placeholder
    address: [Ministry of the Interior, 1 Example Road, Testville, Testland]
---

## Letter
Please release the river defenders held since March and let them see their lawyers.
`;

describe('ua-letter sent', () => {
  it('appends one record with the channels and count given, and confirms on stderr', async () => {
    const w = workspace();
    const r = await run(['sent', 'test-river-defenders', '--channel', 'letter,email', '--count', '3', '--date', '2024-09-02'], { cwd: w.dir, env: w.env });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Recorded 3 letters, 3 emails sent for test-river-defenders on 2024-09-02.');
    expect(lines(w.log)).toEqual(['{"v":1,"kind":"sent","case":"test-river-defenders","date":"2024-09-02","targets":[],"counts":{"letter":3,"email":3}}']);
  });

  it('refuses a case id that neither the log nor ./cases knows (exit 2), naming the nearest ids, and records nothing', async () => {
    const w = workspace(['test-lake-defenders']);
    const typo = await run(['sent', 'test-river-defendres'], { cwd: w.dir, env: w.env });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('error: no case "test-river-defendres" in the action log or in ./cases; the nearest known ids are test-river-defenders, test-lake-defenders');
    expect(typo.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(w.log)).toBe(false);
    // An id from ./cases is taken, and once in the log, it is known even where ./cases is not.
    expect((await run(['sent', 'test-river-defenders'], { cwd: w.dir, env: w.env })).code).toBe(0);
    const elsewhere = mkdtempSync(join(tmpdir(), 'ua-e2e-elsewhere-'));
    expect((await run(['sent', 'test-river-defenders'], { cwd: elsewhere, env: w.env })).code).toBe(0);
    expect((await run(['sent', 'test-lake-defenders'], { cwd: elsewhere, env: w.env })).code).toBe(2);
    expect(lines(w.log)).toHaveLength(2);
  });

  it('records one letter by default', async () => {
    const w = workspace();
    expect((await run(['sent', 'test-river-defenders', '--date', '2024-09-02'], { cwd: w.dir, env: w.env })).code).toBe(0);
    expect(JSON.parse(lines(w.log)[0] ?? '{}')).toMatchObject({ counts: { letter: 1 } });
  });

  it('reads the case id from a case file', async () => {
    const w = workspace();
    writeFileSync(join(w.dir, 'river.md'), caseFile);
    const r = await run(['sent', 'river.md', '--channel', 'call', '--date', '2024-09-02'], { cwd: w.dir, env: w.env });
    expect(r.stderr).toContain('sent for test-river-defenders');
    expect(r.code).toBe(0);
    expect(JSON.parse(lines(w.log)[0] ?? '{}')).toMatchObject({ case: 'test-river-defenders', counts: { call: 1 } });
  });

  it.each([
    [['sent', 'test-river-defenders', '--channel', 'telegram'], /--channel: "telegram" is not a channel/],
    [['sent', 'Not An Id'], /"Not An Id" is neither a case id nor a case file/],
    [['sent', 'test-river-defenders', '--date', '2024-13-01'], /--date: "2024-13-01" is not a date/],
  ])('refuses %j with exit 2 and writes nothing', async (args, message) => {
    const w = workspace();
    const r = await run(args, { cwd: w.dir, env: w.env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(w.log)).toBe(false);
  });

  it.runIf(process.platform === 'linux')('keeps the log under $XDG_DATA_HOME/ua-letter when no data folder is given', async () => {
    const w = workspace();
    const xdg = join(w.dir, 'xdg');
    const r = await run(['sent', 'test-river-defenders'], { cwd: w.dir, env: { UA_LETTER_DATA_DIR: undefined, XDG_DATA_HOME: xdg } });
    expect(r.code).toBe(0);
    expect(lines(join(xdg, 'ua-letter', 'actions.jsonl'))).toHaveLength(1);
  });
});

describe('the log under concurrent appends', () => {
  it.runIf(process.platform !== 'win32')('keeps every record whole when 8 processes run `sent` 12 times each at once', async () => {
    const w = workspace(Array.from({ length: 8 }, (_, p) => `case-${p}`));
    const loop = (p: number) =>
      execFileP('sh', ['-c', `i=1; while [ $i -le 12 ]; do "$NODE" "$BIN" sent case-${p} --count $i --channel letter,email,tweet,call || exit 1; i=$((i+1)); done`], {
        cwd: w.dir,
        env: { ...process.env, ...w.env, NODE: process.execPath, BIN: bin, NO_COLOR: '1' },
      });
    await Promise.all(Array.from({ length: 8 }, (_, p) => loop(p)));
    const records = lines(w.log).map((l) => JSON.parse(l) as { case: string; counts: Record<string, number> });
    const seen = records.map((r) => `${r.case}/${r.counts.letter}/${r.counts.call}`).sort();
    const expected = Array.from({ length: 8 }, (_, p) => Array.from({ length: 12 }, (_, i) => `case-${p}/${i + 1}/${i + 1}`)).flat().sort();
    expect(seen).toEqual(expected);
  }, 120_000);

  it('keeps every record whole when 6 processes append 300 long records each as fast as they can', async () => {
    const w = workspace();
    const script = join(w.dir, 'append.mjs');
    // Long lines (40 officials) make a torn write far more likely to show, were appends not atomic.
    writeFileSync(script, `
      import { appendActionRecord } from ${JSON.stringify(join(root, 'dist/write/action-log.js'))};
      import { generatedRecord } from ${JSON.stringify(join(root, 'dist/actions/record.js'))};
      const [path, writer] = process.argv.slice(2);
      const docs = Array.from({ length: 40 }, (_, t) => ({ targetId: 'official-number-' + t + '-of-the-ministry', channel: 'letter' }));
      await Promise.all(Array.from({ length: 300 }, (_, i) =>
        appendActionRecord(path, generatedRecord('writer-' + writer, '2024-09-01', [...docs.slice(0, 39), ...Array.from({ length: i + 1 }, () => ({ targetId: 'x', channel: 'email' }))]))));
    `);
    await Promise.all(Array.from({ length: 6 }, (_, p) => execFileP(process.execPath, [script, w.log, String(p)])));
    const all = lines(w.log);
    expect(all).toHaveLength(6 * 300);
    const seen = all.map((l) => {
      const r = JSON.parse(l) as { case: string; targets: string[]; counts: { email: number } };
      expect(r.targets).toHaveLength(40);
      return `${r.case}/${r.counts.email}`;
    });
    expect(new Set(seen).size).toBe(6 * 300);

    const report = await run(['report', '--json'], { cwd: w.dir, env: w.env });
    expect(report.stderr).toBe('');
    const json = JSON.parse(report.stdout) as { cases: Array<{ case: string; total: { generated: number } }>; damaged: unknown[] };
    expect(json.damaged).toEqual([]);
    // Each writer: 300 × 39 letters + (1 + … + 300) emails.
    expect(json.cases.map((c) => c.total.generated)).toEqual(Array(6).fill(300 * 39 + (300 * 301) / 2));
  }, 120_000);
});

describe('a log whose last line a crash cut short', () => {
  const good = '{"v":1,"kind":"generated","case":"test-river-defenders","date":"2024-09-01","targets":["interior-minister"],"counts":{"letter":4}}';
  const cut = '{"v":1,"kind":"sent","case":"test-river-def';

  it('still takes new records on lines of their own, and the report warns about exactly that one line', async () => {
    const w = workspace();
    mkdirSync(w.data, { recursive: true });
    writeFileSync(w.log, `${good}\n${cut}`);

    expect((await run(['sent', 'test-river-defenders', '--count', '2', '--date', '2024-09-03'], { cwd: w.dir, env: w.env })).code).toBe(0);
    const after = lines(w.log);
    expect(after[0]).toBe(good);
    expect(after[1]).toBe(cut);
    expect(JSON.parse(after[2] ?? '')).toMatchObject({ kind: 'sent', counts: { letter: 2 } });

    const r = await run(['report'], { cwd: w.dir, env: w.env });
    expect(r.code).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.includes('damaged record skipped'));
    expect(warnings).toEqual([`warning: ${w.log}:2: damaged record skipped (not valid JSON)`]);
    expect(r.stdout).toContain('letter           4     2');
  });

  it('reports the cut line as incomplete when nothing was appended after it', async () => {
    const w = workspace();
    mkdirSync(w.data, { recursive: true });
    writeFileSync(w.log, `${good}\n${cut}`);
    const r = await run(['report', '--json'], { cwd: w.dir, env: w.env });
    expect(r.stderr.trim()).toBe(`warning: ${w.log}:2: damaged record skipped (incomplete record (the write was cut off))`);
    expect(JSON.parse(r.stdout)).toMatchObject({ damaged: [{ line: 2 }], cases: [{ case: 'test-river-defenders', total: { generated: 4, sent: 0 } }] });
  });
});

describe('ua-letter report', () => {
  it('prints generated vs sent per case with the report link from the cases folder', async () => {
    const w = workspace(['other-case']);
    mkdirSync(w.data, { recursive: true });
    writeFileSync(w.log, '{"v":1,"kind":"generated","case":"test-river-defenders","date":"2024-09-01","targets":["interior-minister"],"counts":{"letter":4,"email":4}}\n');
    await run(['sent', 'test-river-defenders', '--count', '3', '--date', '2024-09-04'], { cwd: w.dir, env: w.env });
    await run(['sent', 'other-case', '--channel', 'tweet', '--date', '2024-09-05'], { cwd: w.dir, env: w.env });

    const all = await run(['report'], { cwd: w.dir, env: w.env });
    expect(all.code).toBe(0);
    expect(all.stdout).toBe(
      [
        'other-case (2024-09-05)',
        '  channel  generated  sent',
        '  tweet            0     1',
        '  total            0     1',
        '',
        'test-river-defenders (2024-09-01 to 2024-09-04)',
        '  channel  generated  sent',
        '  letter           4     3',
        '  email            4     0',
        '  total            8     3',
        '  officials: interior-minister',
        '  Report your actions at: https://example.org/ua/report-form',
        '',
      ].join('\n'),
    );
    expect(all.stderr).toContain('No report link for other-case');

    const one = await run(['report', 'cases/river.md', '--json'], { cwd: w.dir, env: w.env });
    const json = JSON.parse(one.stdout) as { cases: Array<{ case: string; reportLink: string | null }> };
    expect(json.cases.map((c) => [c.case, c.reportLink])).toEqual([['test-river-defenders', 'https://example.org/ua/report-form']]);
  });

  it('says so on stderr, with an empty stdout, when nothing is recorded', async () => {
    const w = workspace();
    const r = await run(['report'], { cwd: w.dir, env: w.env });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('No actions recorded yet');
  });
});
