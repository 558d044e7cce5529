// A template folder, a case or a signer list may come from anyone. Through the built binary: a
// partial never reads a file outside the template folders, a link out of the folder is refused,
// prototype payloads render harmlessly or fail as template errors, and nothing a file says is
// ever run as code or as a template.
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UaLetterError } from '../../src/errors.js';
import { createTemplateSet } from '../../src/render/template-set.js';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

const fixture = join(repoRoot, 'test', 'fixtures', 'hardening', 'case.md');
const GENERATE = ['generate', 'case.md', '--name', 'Ana Silva', '--date', '2024-09-01', '--stdout', '--channel', 'letter', '--templates', 't'];
/** Text that must never appear: it is in the secret file beside the template folder. */
const SECRET = 'TOP-SECRET-8f3a';
/** What the code-execution payloads would print if they ran; the source spells it in pieces. */
const EXECUTED = 'RCE-EXECUTED';

/** A run folder: the case, a secret outside the template folder, and the template folder `t`. */
function folder(files: Record<string, string>): string {
  const dir = tempDir('ua-tsafe-');
  copyFileSync(fixture, join(dir, 'case.md'));
  writeFileSync(join(dir, 'secret.hbs'), SECRET);
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  mkdirSync(join(dir, 'outside', '_partials'), { recursive: true });
  writeFileSync(join(dir, 'outside', '_partials', 'footer.hbs'), SECRET);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** Nothing leaked, nothing ran, nothing crashed: the outcome is a letter (0) or a template error (2). */
function expectContained(r: { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }, dir: string): void {
  expect(r.signal).toBeNull();
  expect([0, 2]).toContain(r.code);
  const all = r.stdout + r.stderr;
  expect(all).not.toContain(SECRET);
  expect(all).not.toContain(EXECUTED);
  expect(all).not.toMatch(/root:x:0:0|\[native code\]|\n\s+at |This is a bug/);
  expect(existsSync(join(dir, 'PWNED'))).toBe(false);
}

describe('partials', () => {
  it.each([
    { name: 'a relative path out of the folder', source: '{{> ../secret}}', message: 'error: t/en/letter.hbs:1: partial "../secret" not found: partials live in _partials/../secret.hbs, in the language folder or at the top of the templates folder' },
    { name: 'a quoted relative path', source: '{{> "../../secret"}}', message: 'error: t/en/letter.hbs:1: partial "../../secret" not found: partials live in _partials/../../secret.hbs, in the language folder or at the top of the templates folder' },
    { name: 'a quoted absolute path', source: '{{> "/etc/passwd"}}', message: 'error: t/en/letter.hbs:1: partial "/etc/passwd" not found: partials live in _partials//etc/passwd.hbs, in the language folder or at the top of the templates folder' },
    { name: 'a name computed at run time', source: '{{> (lookup signer "name")}}', message: 'error: t/en/letter.hbs: partial "Ana Silva" not found: partials live in _partials/Ana Silva.hbs, in the language folder or at the top of the templates folder' },
    { name: 'a prototype name', source: '{{> constructor}}', message: 'error: t/en/letter.hbs:1: partial "constructor" not found: partials live in _partials/constructor.hbs, in the language folder or at the top of the templates folder' },
    { name: '__proto__', source: '{{> __proto__}}', message: 'error: t/en/letter.hbs:1: partial "__proto__" not found: partials live in _partials/__proto__.hbs, in the language folder or at the top of the templates folder' },
  ])('cannot name $name', async ({ source, message }) => {
    const dir = folder({ 't/en/letter.hbs': source });
    const r = await runCli(GENERATE, { cwd: dir });
    expectContained(r, dir);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toContain(message);
  });

  it('cannot be an absolute path: that is not even a partial name', async () => {
    const dir = folder({ 't/en/letter.hbs': '{{> /etc/passwd}}' });
    const r = await runCli(GENERATE, { cwd: dir });
    expectContained(r, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: t/en/letter.hbs:1: syntax error near "{{> /etc/passwd}}"');
  });

  it('come from the folder itself, and may link to another file inside it', async () => {
    const dir = folder({ 't/en/letter.hbs': '{{> footer}}', 't/shared/footer.hbs': 'Signed, {{signer.name}}' });
    mkdirSync(join(dir, 't', '_partials'));
    symlinkSync(join(dir, 't', 'shared', 'footer.hbs'), join(dir, 't', '_partials', 'footer.hbs'));
    const r = await runCli(GENERATE, { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Signed, Ana Silva');
  });
});

describe('links out of the template folder', () => {
  it.each([
    { name: 'a template linked to a file outside', link: 't/en/letter.hbs', target: 'secret.hbs', shown: 'en/letter.hbs' },
    { name: 'a partials folder linked to a folder outside', link: 't/_partials', target: 'outside/_partials', shown: '_partials' },
    { name: 'a link to a system file', link: 't/en/letter.hbs', target: '/etc/passwd', shown: 'en/letter.hbs' },
  ])('are refused: $name', async ({ link, target, shown }) => {
    const dir = folder({ 't/en/call.hbs': 'Hello' });
    mkdirSync(join(dir, link, '..'), { recursive: true });
    const to = target.startsWith('/') ? target : join(dir, target);
    symlinkSync(to, join(dir, link));
    const r = await runCli(GENERATE, { cwd: dir });
    expectContained(r, dir);
    expect(r.code).toBe(2);
    const real = target.startsWith('/') ? target : join(dir, target);
    expect(r.stderr.replace(/\/private(?=\/)/g, '')).toContain(`error: --templates t: ${shown} is a link to ${real}, outside the templates folder`);
  });
});

// Payloads from published Handlebars template-injection advisories, and variations. The command
// each would run prints EXECUTED, spelt in pieces so that the template text itself never holds it.
const run = `return process.stdout.write('RCE' + '-' + 'EXECUTED')`;
const PAYLOADS = [
  `{{constructor.constructor "${run.replace(/"/g, "'")}"}}`,
  `{{#with this as |o|}}{{#with (lookup o "constructor") as |c|}}{{#with (lookup c "constructor") as |f|}}{{f "${run.replace(/"/g, "'")}"}}{{/with}}{{/with}}{{/with}}`,
  `{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "${run.replace(/"/g, "'")}"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}`,
  '{{lookup this "constructor"}}{{lookup signer "__proto__"}}{{lookup (lookup this "constructor") "prototype"}}',
  '{{#with __proto__}}{{polluted}}{{/with}}',
  '{{#each this}}{{@key}}={{this}};{{/each}}',
  '{{signer.__defineGetter__}}{{signer.__lookupGetter__}}{{signer.toString}}{{signer.valueOf}}',
  '{{#with signer.name as |n|}}{{n.constructor}}{{n.constructor.name}}{{/with}}',
  '{{helperMissing}}{{blockHelperMissing}}',
  '{{log "x" level="error"}}',
  '{{#with (lookup this "constructor")}}{{#with (lookup this "constructor")}}{{this "return process.pid"}}{{/with}}{{/with}}',
];

describe('prototype and code-execution payloads in a template', () => {
  it.each(PAYLOADS.map((source, i) => ({ name: `payload ${i + 1}`, source })))('$name renders harmlessly or is refused', async ({ source }) => {
    const dir = folder({ 't/en/letter.hbs': `${source}\n{{signer.name}}\n` });
    const r = await runCli(GENERATE, { cwd: dir });
    expectContained(r, dir);
    if (r.code === 2) expect(r.stderr).toMatch(/^error: t\/en\/letter\.hbs(:\d+)?: /m);
    // Handlebars' own console warning about denied properties stays quiet: protection without noise.
    expect(r.stderr).not.toContain('Access has been denied');
  });

  it('never changes Object.prototype, in process', () => {
    for (const source of [...PAYLOADS, '{{#with __proto__}}{{#with constructor}}{{assign polluted=1}}{{/with}}{{/with}}']) {
      const set = createTemplateSet([{ label: 't', files: new Map([['en/letter.hbs', source]]) }]);
      try {
        set.render('en', 'letter', { signer: { name: 'Ana' } });
      } catch (error) {
        expect(error).toBeInstanceOf(UaLetterError);
      }
      expect(Object.prototype).not.toHaveProperty('polluted');
      expect(({} as Record<string, unknown>).constructor).toBe(Object);
    }
  });
});

describe('what a case or a signer list says', () => {
  it('is printed as text, never run as a template', async () => {
    const dir = folder({});
    const text = readFileSync(fixture, 'utf8').replace('Three reporters', '{{signer.name}} {{> footer}} {{constructor.constructor "return 1"}} Three reporters');
    writeFileSync(join(dir, 'case.md'), text);
    writeFileSync(join(dir, 'signers.csv'), 'name,city\n"{{target.name}} {{#each this}}x{{/each}}",{{lookup this "constructor"}}\n');
    const r = await runCli(['generate', 'case.md', '--signers', 'signers.csv', '--date', '2024-09-01', '--stdout', '--channel', 'letter'], { cwd: dir });
    expectContained(r, dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('{{signer.name}} {{> footer}} {{constructor.constructor "return 1"}} Three reporters');
    expect(r.stdout).toContain('{{target.name}} {{#each this}}x{{/each}}\n{{lookup this "constructor"}}\n');
  });
});
