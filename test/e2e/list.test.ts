import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.js';
import { createLogger } from '../../src/cli/log.js';

const BIN = resolve('bin/ua-letter.js');
const TODAY = '2025-01-10';

interface Official {
  id: string;
  address?: string[];
  email?: string;
  twitter?: string;
  phone?: string;
}

/** A minimal valid case file, in our own words. */
function caseFile(id: string, deadline: string, officials: Official[], extra = ''): string {
  const targets = officials
    .map((o) => [
      `  - id: ${o.id}`,
      `    name: Official ${o.id}`,
      ...(o.address ? ['    address:', ...o.address.map((l) => `      - ${l}`)] : []),
      ...(o.email ? [`    email: ${o.email}`] : []),
      ...(o.twitter ? [`    twitter: "${o.twitter}"`] : []),
      ...(o.phone ? [`    phone: "${o.phone}"`] : []),
    ].join('\n'))
    .join('\n');
  return `---\nid: ${id}\ntitle: "Case ${id}: a title that is rather long so that a narrow terminal has to cut it short"\ncountry: Utopia\ndeadline: ${deadline}\nlanguages: [en]\n${extra}targets:\n${targets}\n---\n\n## Letter\n\nWe ask you to release the person named in this case.\n`;
}

let cwd: string;
beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'ua-letter-list-'));
  const dir = join(cwd, 'cases');
  mkdirSync(dir);
  mkdirSync(join(dir, 'archive'));
  const files: Record<string, string> = {
    'later.md': caseFile('later', '2025-03-01', [{ id: 'minister', address: ['1 Main Square', 'Utopia City'], email: 'minister@example.gov' }]),
    'soon.md': caseFile('soon', '2025-01-13', [{ id: 'chief', twitter: '@UtopiaChief' }, { id: 'embassy', phone: '+1 555 0100 99' }]),
    'today.md': caseFile('today', TODAY, [{ id: 'minister', email: 'm@example.gov' }]),
    'expired.md': caseFile('expired', '2025-01-07', [{ id: 'minister', email: 'm@example.gov' }]),
    'closed.md': caseFile('closed', '2025-06-01', [{ id: 'minister', email: 'm@example.gov' }], 'status: closed\n'),
    'broken.md': caseFile('broken', '2025-02-30', [{ id: 'minister', email: 'minister at example.gov' }]),
    'README.md': '# Our cases\n\nNotes for the group; not a case file.\n',
    'notes.txt': 'not Markdown',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, 'archive', 'old.md'), caseFile('old', '2025-05-01', [{ id: 'x', email: 'x@example.org' }]));
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function list(args: string[], env: NodeJS.ProcessEnv = { NO_COLOR: '1' }) {
  const { FORCE_COLOR: _f, NO_COLOR: _n, ...inherited } = process.env;
  const r = spawnSync(process.execPath, [BIN, 'list', ...args], { cwd, encoding: 'utf8', env: { ...inherited, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('ua-letter list', () => {
  it('shows the open cases of ./cases, most urgent first, with days left, officials and channels', () => {
    const r = list(['--date', TODAY]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+TITLE\s+COUNTRY\s+DEADLINE\s+LEFT\s+OFFICIALS\s+CHANNELS\s+BEST NOW$/);
    expect(lines.slice(1).map((l) => l.split(/\s{2,}/))).toEqual([
      ['today', expect.stringContaining('Case today:'), 'Utopia', TODAY, 'last day today', '1', 'email', 'email'],
      ['soon', expect.stringContaining('Case soon:'), 'Utopia', '2025-01-13', '3 days left', '2', 'tweet,call', 'call,tweet'],
      ['later', expect.stringContaining('Case later:'), 'Utopia', '2025-03-01', '50 days left', '1', 'letter,email', 'letter,email'],
    ]);
  });

  it('warns about an invalid file with its first problem, and says how many cases it hid', () => {
    const r = list(['--date', TODAY]);
    expect(r.stderr).toContain('warning: cases/broken.md is not a valid case: cases/broken.md:5:11 deadline: "2025-02-30" is not a real date');
    expect(r.stderr).toContain('(and 1 more; see "ua-letter validate cases/broken.md")');
    expect(r.stderr).toContain('2 expired or closed cases not shown; pass --all to include them.');
    expect(r.stderr).not.toContain('README');
    expect(r.stdout).not.toContain('old');
  });

  it('includes expired and closed cases with --all', () => {
    const r = list(['--all', '--date', TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^expired\s.*2025-01-07\s+expired 3 days ago\s/m);
    expect(r.stdout).toMatch(/^closed\s.*2025-06-01\s+closed\s/m);
    expect(r.stderr).not.toContain('not shown');
  });

  it('advises no channel for a case past its deadline or closed', () => {
    const rows = list(['--all', '--json', '--date', TODAY]).stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id?: string; advice?: unknown });
    expect(rows.find((row) => row.id === 'expired')?.advice).toEqual({ channels: [], text: 'The deadline has passed: check the organisation for an update before writing.' });
    expect(rows.find((row) => row.id === 'closed')?.advice).toEqual({ channels: [], text: 'The case is closed: no more action is asked for.' });
    expect(list(['--all', '--date', TODAY]).stdout).toMatch(/^expired\s.*expired 3 days ago\s.*\s-$/m);
  });

  it('prints one JSON object per case with --json, invalid files included as such', () => {
    const r = list(['--json', '--date', TODAY]);
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((row) => row.id ?? row.file)).toEqual(['today', 'soon', 'later', 'cases/broken.md']);
    expect(rows[1]).toEqual({
      file: 'cases/soon.md',
      valid: true,
      id: 'soon',
      reference: null,
      title: 'Case soon: a title that is rather long so that a narrow terminal has to cut it short',
      country: 'Utopia',
      deadline: '2025-01-13',
      daysLeft: 3,
      expired: false,
      status: 'open',
      contactsChecked: null,
      staleContacts: false,
      officials: [
        { id: 'chief', name: 'Official chief', channels: ['tweet'] },
        { id: 'embassy', name: 'Official embassy', channels: ['call'] },
      ],
      channels: ['tweet', 'call'],
      advice: { channels: ['call', 'tweet'], text: 'A posted letter may arrive too late: email or fax, call, or post online instead.' },
    });
    expect(rows[3]).toMatchObject({ file: 'cases/broken.md', valid: false, errors: [{ line: 5, field: 'deadline' }, { field: 'targets[0].email' }] });
  });

  it('colours the deadline: red when expired, yellow under a week, green otherwise', () => {
    const r = list(['--all', '--date', TODAY], { FORCE_COLOR: '1' });
    const row = (id: string) => r.stdout.split('\n').find((l) => l.startsWith(id)) ?? '';
    expect(row('expired')).toContain('\x1b[31m2025-01-07');
    expect(row('soon')).toContain('\x1b[33m2025-01-13');
    expect(row('later')).toContain('\x1b[32m2025-03-01');
    expect(list(['--all', '--date', TODAY], { NO_COLOR: '1', FORCE_COLOR: '1' }).stdout).not.toContain('\x1b[');
  });

  it('lists another folder given as an argument, and fails with exit 2 on a missing one', () => {
    expect(list(['cases/archive', '--date', TODAY]).stdout).toMatch(/^old\s/m);
    const r = list(['nowhere']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No folder "nowhere": pass the folder of case files, e.g. "ua-letter list path/to/cases"');
  });
});

async function onTerminal(columns: number, dir = 'cases', all = false): Promise<string[]> {
  let out = '';
  const stdout = Object.assign(new Writable({ write(chunk, _e, done) { out += String(chunk); done(); } }), { isTTY: true, columns });
  const stderr = new Writable({ write(_c, _e, done) { done(); } });
  const ctx: CliContext = {
    cwd, env: { NO_COLOR: '1' }, stdin: process.stdin, stdout, stderr, now: () => new Date(), signal: new AbortController().signal,
    log: createLogger({ stream: stderr, out: stdout, env: { NO_COLOR: '1' } }), debug: false, quiet: false, exitCode: 0,
  };
  const { run } = await import('../../src/cli/commands/list.js');
  await run(dir, { date: TODAY, all }, ctx);
  return out.trimEnd().split('\n');
}

describe('ua-letter list at 80 columns and narrower', () => {
  it.each([80, 60, 40])('keeps every row on one line of at most %i characters, cut with an ellipsis, the deadline whole', async (columns) => {
    const dir = join(cwd, `wide-${columns}`);
    mkdirSync(dir);
    writeFileSync(join(dir, 'belarus.md'), caseFile('belarus-journalists-sentenced-for-their-reporting', '2025-02-01', [
      { id: 'prosecutor', address: ['1 Square', 'Minsk'], email: 'p@example.gov', twitter: '@prosecutor', phone: '+375 17 123 45 67' },
    ]).replace('country: Utopia', 'country: Belarus (Republic of Belarus)'));
    writeFileSync(join(dir, 'soon.md'), caseFile('soon', '2025-01-13', [{ id: 'chief', twitter: '@UtopiaChief' }]));
    const lines = await onTerminal(columns, dir, true);
    expect(lines, lines.join("\n")).toHaveLength(3);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(columns);
    expect(lines[0]).toMatch(/DEADLINE\s+LEFT/);
    expect(lines.find((l) => l.startsWith('belarus'))).toMatch(/…[\s\S]*2025-02-01\s+22 days left/);
    expect(lines.find((l) => l.startsWith('soon'))).toMatch(/2025-01-13\s+3 days left/);
  });
});

describe('ua-letter list on a terminal', () => {
  it('shortens titles so that each row fits the width of the terminal', async () => {
    let out = '';
    const stdout = Object.assign(new Writable({ write(chunk, _e, done) { out += String(chunk); done(); } }), { isTTY: true, columns: 100 });
    const stderr = new Writable({ write(_c, _e, done) { done(); } });
    const ctx: CliContext = {
      cwd, env: { NO_COLOR: '1' }, stdin: process.stdin, stdout, stderr, now: () => new Date(), signal: new AbortController().signal,
      log: createLogger({ stream: stderr, out: stdout, env: { NO_COLOR: '1' } }), debug: false, quiet: false, exitCode: 0,
    };
    const { run } = await import('../../src/cli/commands/list.js');
    await run('cases', { date: TODAY }, ctx);
    const lines = out.trimEnd().split('\n');
    expect(lines.length).toBe(4);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(100);
    expect(lines[1]).toContain('Case today: a ti…');
  });
});
