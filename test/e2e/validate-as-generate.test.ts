// validate = generate: what generate refuses from the case alone, validate refuses too, with the
// same exit code and the place in the file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

const head = (extra = '') => `---
id: refusals
title: "Utopia: a case to check"
country: Utopia
deadline: 2031-12-31
languages: [en]
hashtags: [Utopia]
targets:
  - id: minister
    name: Minister of Justice
    email: minister@example.gov
    twitter: "@UtopiaJustice"
${extra}---
`;
const LETTER = '\n## Letter\n\nWe ask you to release the person named in this case.\n';
const LONG = 'Free them now, '.repeat(18).trim();

function caseFile(text: string): { dir: string; file: string } {
  const dir = tempDir();
  writeFileSync(join(dir, 'case.md'), text);
  return { dir, file: 'case.md' };
}

const generate = (dir: string, file: string) => runCli(['generate', file, '--name', 'Jo', '--date', '2030-12-01', '--stdout', '--no-log'], { cwd: dir });
const validate = (dir: string, file: string, ...more: string[]) => runCli(['validate', file, '--date', '2030-12-01', ...more], { cwd: dir });

describe('validate refuses what generate refuses', () => {
  it('a suggested post over 280 as X counts, naming the official, the post and the count', async () => {
    const { dir, file } = caseFile(`${head()}${LETTER}\n## Tweet\n\n- A short post: free them.\n- ${LONG}\n`);
    const v = await validate(dir, file);
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(/^error: case\.md:19:1 ## Tweet: the post to minister \(suggested post 2 of 2\) in "en" is (\d+) characters as X counts them, with the handle and hashtags added; the limit is 280$/m);
    expect(Number(/is (\d+) characters/.exec(v.stderr)?.[1])).toBeGreaterThan(280);
    expect(v.stderr).not.toContain('OK');
    const g = await generate(dir, file);
    expect(g.code).toBe(2);
    expect(g.stderr).toContain('Tweet for minister (suggested post 2 of 2)');
    const json = await validate(dir, file, '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ valid: false, errors: [{ line: 19, field: '## Tweet' }] });
  });

  it('a post within the limit passes both', async () => {
    const { dir, file } = caseFile(`${head()}${LETTER}\n## Tweet\n\n- A short post: free them.\n- Another short post.\n`);
    expect((await validate(dir, file)).code).toBe(0);
    expect((await generate(dir, file)).code).toBe(0);
  });

  it('the placeholder letter that "ua-letter new" writes, at its line', async () => {
    const placeholder = '\n## Letter\n\nWrite your letter here, in English, in place of these paragraphs.\n\nSay who is at risk.\n';
    const { dir, file } = caseFile(`${head()}${placeholder}`);
    const v = await validate(dir, file);
    expect(v.code).toBe(2);
    expect(v.stderr).toContain('error: case.md:17:1 ## Letter: still holds the placeholder text of "ua-letter new" ("Write your letter here…"): replace it with the letter\'s paragraphs');
    const g = await generate(dir, file);
    expect(g.code).toBe(2);
    expect(g.stdout).toBe('');
    expect(g.stderr).toContain('case.md:17:1 ## Letter: still holds the placeholder text');
  });
});
