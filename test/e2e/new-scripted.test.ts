// `ua-letter new` from a script (issue 15, item 8): every answer as a flag or in an answers file,
// never a question off a terminal, and a missing answer named by its flag in one line (exit 2).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

const env = { SOURCE_DATE_EPOCH: String(Date.UTC(2025, 0, 10) / 1000) };
const flags = [
  '--title', 'Utopia: poet held without charge',
  '--country', 'Utopia',
  '--deadline', '2025-02-28',
  '--lang', 'en',
  '--subject', 'A. Poet',
  '--official', 'Jo Minister | Minister of Justice | 1 Main Square | Utopia City | minister@example.gov | @JusticeUtopia',
  '--official', 'Embassy of Utopia | copy: yes | embassy@example.org',
];

describe('ua-letter new off a terminal', () => {
  it('writes the case from flags alone, with the letter from a file, and validate accepts it as written', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'letter.md'), 'A. Poet has been held without charge since 2 January for a poem.\n\nI urge you to release A. Poet at once.\n');
    const r = await runCli(['new', ...flags, '--letter', 'letter.md'], { cwd, env });
    expect(r.stderr).not.toContain('?'); // no question was asked
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('cases/utopia-poet-held-without-charge.md\n');
    expect(r.stderr).not.toContain('replace the text under');
    const text = readFileSync(join(cwd, 'cases/utopia-poet-held-without-charge.md'), 'utf8');
    expect(text).toContain('  - id: jo-minister\n    name: Jo Minister\n    title: Minister of Justice\n');
    expect(text).toContain('    twitter: "@JusticeUtopia"\n');
    const validate = await runCli(['validate', 'cases/utopia-poet-held-without-charge.md', '--date', '2025-01-10'], { cwd });
    expect(validate.stderr).toBe('cases/utopia-poet-held-without-charge.md: OK\n');
    expect(validate.code).toBe(0);
  });

  it('keeps the placeholder letter when none is given, says so, and validate refuses it until it is replaced', async () => {
    const cwd = tempDir();
    const r = await runCli(['new', ...flags, '--id', 'poet'], { cwd, env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('replace the text under "## Letter" with your letter (until then validate and generate refuse it)');
    const validate = await runCli(['validate', 'cases/poet.md', '--date', '2025-01-10'], { cwd });
    expect(validate.code).toBe(2);
    expect(validate.stderr).toMatch(/placeholder text of "ua-letter new"/);
  });

  it('takes its answers from a YAML answers file, the flags winning over it', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'answers.yaml'), [
      'title: "Utopia: poet held without charge"',
      'id: from-the-file',
      'country: Utopia',
      'deadline: 2025-02-28',
      'officials:',
      '  - name: Jo Minister',
      '    address: [1 Main Square, Utopia City]',
      '    email: minister@example.gov',
      'letter: |',
      '  A. Poet has been held without charge since 2 January.',
      '',
      '  I urge you to release A. Poet at once.',
      '',
    ].join('\n'));
    const r = await runCli(['new', '--answers', 'answers.yaml', '--id', 'from-the-flag'], { cwd, env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('cases/from-the-flag.md\n');
    const validate = await runCli(['validate', 'cases/from-the-flag.md', '--date', '2025-01-10'], { cwd });
    expect(validate.code, validate.stderr).toBe(0);
  });

  it.each([
    [[], 'No --title given'],
    [['--title', 'Utopia: a poet'], 'No --country given'],
    [['--title', 'Utopia: a poet', '--country', 'Utopia'], 'No --deadline given'],
    [['--title', 'Utopia: a poet', '--country', 'Utopia', '--deadline', '2025-02-28'], 'No --official given'],
  ])('with %j says which flag is missing, in one line, exit 2, writing nothing', async (args, message) => {
    const cwd = tempDir();
    const r = await runCli(['new', ...args], { cwd, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`error: ${message}: off a terminal "ua-letter new" takes its answers as flags (--title, --country, --deadline, --official…; see "ua-letter new --help") or from --answers FILE\n`);
  });

  it('refuses a bad answer naming its flag, one line, exit 2', async () => {
    const r = await runCli(['new', ...flags, '--official', 'Ana | email: ana-at-example'], { cwd: tempDir(), env });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: --official 3: email: "ana-at-example" is not an email address\n');
  });
});
