// The end-to-end half of the bad-input catalogue: what the built binary prints on stderr, line for
// line, and the exit code, for every kind of input an organiser can hand it by mistake: files that
// are not text, not there or too big, templates, signer lists and profiles with errors, stdin.
// (The case-file mistakes themselves are in case-catalogue.test.ts, checked in-process.)
import { closeSync, copyFileSync, ftruncateSync, mkdirSync, openSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

const fixture = join(repoRoot, 'test', 'fixtures', 'hardening', 'case.md');

/** What generate prints before it writes anything for the fixture case on 1 September 2024. */
const DEADLINE = 'hardening-sample: deadline 2024-09-27, 26 days left. There is time for a posted letter: print and post it, and email, fax, call or post online as well.';
/** A run that gets as far as the documents; --stdout so that nothing is written. */
const GENERATE = ['generate', 'case.md', '--date', '2024-09-01', '--stdout', '--channel', 'letter'];

/** A PDF run that would write files (the font is checked only when a PDF may be drawn). */
const PDF_RUN = ['generate', 'case.md', '--date', '2024-09-01', '--format', 'pdf', '--channel', 'letter', '--name', 'Ana', '--out', 'out', '--no-log'];
const FONT_HINT = '  check the font path (UA_LETTER_FONT), or leave it out to use the built-in DejaVu Sans';
const LOG_HINT = '  Move the file aside (it is plain text, one record a line) and ua-letter starts a new log there.';

type Setup = (dir: string) => void;

interface Entry {
  name: string;
  /** Files to create in the run's folder (relative path → content), besides case.md. */
  files?: Record<string, string | Buffer>;
  setup?: Setup;
  args: string[];
  /** stdin; a Buffer for bytes that are not UTF-8 (runCli hands it to stdin.end() as it is). */
  input?: string | Buffer;
  code: number;
  /** Every line of stderr, exactly. */
  stderr: string[];
  /** Default: nothing at all on stdout. */
  stdout?: string;
  /** Environment of the run; `<dir>` stands for the run's folder. */
  env?: Record<string, string>;
}

const latin1 = (text: string) => Buffer.from(text, 'latin1');
const template = (source: string) => ({ 't/en/letter.hbs': source });
const big: Setup = (dir) => {
  // 50 MB without writing 50 MB: the size is what the reader checks first.
  const fd = openSync(join(dir, 'big.md'), 'w');
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
};

const catalogue: Entry[] = [
  // Files that cannot be case files at all
  { name: 'a case file in Latin-1, at its first bad byte', files: { 'latin1.md': latin1('---\nid: x\ntitle: Ministério\n') }, args: ['validate', 'latin1.md'], code: 2, stderr: ['error: latin1.md:3:14: byte 0xE9 is not valid UTF-8; save the file as UTF-8'] },
  { name: 'a case file in UTF-16', files: { 'utf16.md': Buffer.from('\uFEFF---\nid: x\n---\n', 'utf16le') }, args: ['validate', 'utf16.md'], code: 2, stderr: ['error: utf16.md: is UTF-16 text; save it as UTF-8'] },
  { name: 'a 50 MB file', setup: big, args: ['validate', 'big.md'], code: 2, stderr: ['error: big.md: is too large (50.0 MB; the limit is 10 MB)'] },
  { name: 'a 50 MB file given to generate', setup: big, args: ['generate', 'big.md', '--name', 'Ana', '--date', '2024-09-01', '--stdout'], code: 2, stderr: ['error: big.md: is too large (50.0 MB; the limit is 10 MB)'] },
  { name: 'an endless device given to import', args: ['import', '/dev/zero'], code: 2, stderr: ['error: /dev/zero: is too large (over the 10 MB limit)'] },
  { name: 'an endless device given as the profile', args: [...GENERATE, '--profile', '/dev/zero'], code: 2, stderr: ['error: /dev/zero: is too large (over the 10 MB limit)'] },
  { name: 'a folder given as a case file, with the way to name its cases', setup: (d) => mkdirSync(join(d, 'cases')), args: ['validate', 'cases'], code: 2, stderr: ['error: cases: is a folder, not a file', '  To name every case in it: cases/*.md'] },
  { name: 'a missing case file', args: ['validate', 'nope.md'], code: 2, stderr: ['error: nope.md: no such file'] },
  { name: 'a missing case file, and the other files still checked', args: ['validate', 'nope.md', 'case.md'], code: 2, stderr: ['error: nope.md: no such file', 'case.md: OK'] },
  { name: 'a path that runs through a file', args: ['validate', 'case.md/x.md'], code: 2, stderr: ['error: case.md/x.md: no such file (a part of the path is not a folder)'] },
  { name: 'a missing case file given to generate', args: ['generate', 'nope.md', '--name', 'Ana', '--date', '2024-09-01', '--stdout'], code: 2, stderr: ['error: nope.md: no such file'] },
  { name: 'two cases with the same id, which would share one output folder', setup: (d) => copyFileSync(join(d, 'case.md'), join(d, 'again.md')), args: ['generate', 'case.md', 'again.md', '--name', 'Ana', '--date', '2024-09-01', '--stdout'], code: 2, stderr: ['error: again.md:2:1 id: "hardening-sample" is given to two cases (case.md has the same id): each case needs its own id'] },
  { name: 'one case file given twice', args: ['generate', 'case.md', 'case.md', '--name', 'Ana', '--date', '2024-09-01', '--stdout'], code: 2, stderr: ['error: case.md:2:1 id: "hardening-sample" is given to two cases (this file is given twice): each case needs its own id'] },
  { name: 'a byte order mark and CRLF line ends (accepted)', setup: (d) => writeFileSync(join(d, 'crlf.md'), '\uFEFF' + readFixture().replace(/\n/g, '\r\n')), args: ['validate', 'crlf.md'], code: 0, stderr: ['crlf.md: OK'] },
  { name: 'an unknown field, as a warning with a did-you-mean', setup: (d) => writeFileSync(join(d, 'typo.md'), readFixture().replace('deadline: 2024-09-27\n', 'deadline: 2024-09-27\ndeadlin: 2024-09-28\n')), args: ['validate', 'typo.md'], code: 0, stderr: ['warning: typo.md:7:1 deadlin: unknown field; did you mean "deadline"?', 'typo.md: OK, 1 warning'] },

  // Standard input
  { name: 'a case on stdin, named "-"', input: readFixture(), args: ['validate', '-'], code: 0, stderr: ['-: OK'] },
  {
    name: 'an incomplete case on stdin, every problem named with "-"',
    input: '---\nid: x\n---\n',
    args: ['validate', '-'],
    code: 2,
    stderr: [
      'error: -:2:1 title: required field is missing',
      'error: -:2:1 country: required field is missing',
      'error: -:2:1 deadline: required field is missing',
      'error: -:2:1 languages: required field is missing',
      'error: -:2:1 targets: required field is missing',
      'error: -:4: no letter section: add a "## Letter" heading followed by the letter\'s paragraphs',
    ],
  },
  { name: 'non-UTF-8 bytes on stdin', input: latin1('---\nid: x\ntitle: Ministério\n'), args: ['validate', '-'], code: 2, stderr: ['error: -:3:14: byte 0xE9 is not valid UTF-8; save the file as UTF-8'] },
  { name: 'an empty stdin', input: '', args: ['generate', '-', '--name', 'Ana', '--date', '2024-09-01', '--stdout'], code: 2, stderr: ['error: -:1: the file is empty; a case starts with front matter between two "---" lines'] },

  // Templates
  { name: 'a template with a syntax error', files: template('Dear {{target.name}\n'), args: [...GENERATE, '--name', 'Ana', '--templates', 't'], code: 2, stderr: [DEADLINE, 'error: t/en/letter.hbs:1: syntax error near "Dear {{target.name}"', "  Expecting 'CLOSE_RAW_BLOCK', 'CLOSE', 'CLOSE_UNESCAPED', 'OPEN_SEXPR', 'CLOSE_SEXPR', 'ID', 'OPEN_BLOCK_PARAMS', 'STRING', 'NUMBER', 'BOOLEAN', 'UNDEFINED', 'NULL', 'DATA', 'SEP', got 'INVALID'"] },
  { name: 'a template with an unknown variable', files: template('{{target.salutation}},\n\n{{signer.nmae}}\n'), args: [...GENERATE, '--name', 'Ana', '--templates', 't'], code: 2, stderr: [DEADLINE, 'error: t/en/letter.hbs:3: "signer.nmae" is not defined (a misspelt name, or a helper that does not exist?)', '  The names templates can use are listed in templates/README.md.'] },
  { name: 'a template printing a whole object, which would put "[object Object]" in a letter', files: template('{{target.salutation}},\n\n{{target}}\n'), args: [...GENERATE, '--name', 'Ana', '--templates', 't'], code: 2, stderr: [DEADLINE, 'error: t/en/letter.hbs:3: {{target}} prints "[object Object]": it holds several fields; print one of them, e.g. {{target.name}}', '  The names templates can use are listed in templates/README.md.'] },
  { name: 'a template with a block never closed', files: template('Hello\n{{#if signer.city}}\nfrom {{signer.city}}\n'), args: [...GENERATE, '--name', 'Ana', '--templates', 't'], code: 2, stderr: [DEADLINE, 'error: t/en/letter.hbs:2: {{#if}} is never closed: add {{/if}}'] },
  { name: 'a template naming a partial that does not exist', files: template('Hello\n{{> footer}}\n'), args: [...GENERATE, '--name', 'Ana', '--templates', 't'], code: 2, stderr: [DEADLINE, 'error: t/en/letter.hbs:2: partial "footer" not found: partials live in _partials/footer.hbs, in the language folder or at the top of the templates folder'] },
  { name: 'a partial that includes itself', files: { ...template('{{> loop}}'), 't/_partials/loop.hbs': 'again {{> loop}}' }, args: [...GENERATE, '--name', 'Ana', '--templates', 't'], code: 2, stderr: [DEADLINE, 'error: t/_partials/loop.hbs: the template never ends: a partial includes itself, directly or through another partial'] },
  { name: 'a template that tries to print on the terminal', files: template('{{log "hello"}}{{signer.name}}'), args: [...GENERATE, '--name', 'Ana', '--templates', 't'], code: 2, stderr: [DEADLINE, 'error: t/en/letter.hbs:1: {{log}} is not available: a template cannot print to the terminal; remove it'] },
  { name: "a template calling Handlebars' internal hooks", files: template('{{helperMissing}}'), args: [...GENERATE, '--name', 'Ana', '--templates', 't'], code: 2, stderr: [DEADLINE, "error: t/en/letter.hbs: cannot be rendered: Cannot read properties of undefined (reading 'call')"] },
  { name: 'a template folder that does not exist', args: [...GENERATE, '--name', 'Ana', '--templates', 'nope'], code: 2, stderr: ['error: --templates nope: folder not found', '  Pass the folder that holds en/letter.hbs and the other templates.'] },
  { name: 'a file given as the template folder', args: [...GENERATE, '--name', 'Ana', '--templates', 'case.md'], code: 2, stderr: ['error: --templates case.md: not a folder'] },
  { name: 'a template folder without templates', setup: (d) => mkdirSync(join(d, 'empty')), args: [...GENERATE, '--name', 'Ana', '--templates', 'empty'], code: 2, stderr: ['error: --templates empty: no .hbs files in this folder', '  Templates go in <lang>/<name>.hbs, e.g. en/letter.hbs.'] },
  {
    name: 'a template that is a link to a file outside its folder',
    setup: (d) => {
      mkdirSync(join(d, 't', 'en'), { recursive: true });
      writeFileSync(join(d, 'secret.txt'), 'SECRET');
      symlinkSync(join(d, 'secret.txt'), join(d, 't', 'en', 'letter.hbs'));
    },
    args: [...GENERATE, '--name', 'Ana', '--templates', 't'],
    code: 2,
    stderr: ['error: --templates t: en/letter.hbs is a link to <dir>/secret.txt, outside the templates folder', '  Copy the file into the folder instead of linking to it.'],
  },

  // Signer lists
  { name: 'a signer CSV with a short row', files: { 's.csv': 'name,city,email\nAna Silva,Lisboa,ana@example.org\nBen Okafor,Lagos\n' }, args: [...GENERATE, '--signers', 's.csv'], code: 2, stderr: ['error: s.csv:3: row has 2 fields, the header has 3'] },
  { name: 'a signer CSV with a bad email', files: { 's.csv': 'name,city,email\nAna Silva,Lisboa,ana at example.org\n' }, args: [...GENERATE, '--signers', 's.csv'], code: 2, stderr: ['error: s.csv:2 email: "ana at example.org" is not an email address'] },
  { name: 'a signer CSV with a misspelt column', files: { 's.csv': 'name,city,emial\nAna Silva,Lisboa,ana@example.org\n' }, args: [...GENERATE, '--signers', 's.csv'], code: 2, stderr: ['error: s.csv:1 emial: unknown column; did you mean "email"?'] },
  { name: 'a signer CSV with a quote never closed', files: { 's.csv': 'name,city\n"Ana,Lisboa\nBen,Lagos\n' }, args: [...GENERATE, '--signers', 's.csv'], code: 2, stderr: ['error: s.csv:2: a quote opened in this row is never closed, so the rest of the file could not be read'] },
  { name: 'a signer CSV in Latin-1', files: { 's.csv': latin1('name,city\nJosé,Lisboa\n') }, args: [...GENERATE, '--signers', 's.csv'], code: 2, stderr: ['error: s.csv:2:4: byte 0xE9 is not valid UTF-8; save the file as UTF-8'] },
  { name: 'a signer CSV with only a header', files: { 's.csv': 'name,city\n' }, args: [...GENERATE, '--signers', 's.csv'], code: 2, stderr: ['error: s.csv: no signers in the list: add one row per signer below the header row'] },
  { name: 'a missing signer list', args: [...GENERATE, '--signers', 'nope.csv'], code: 2, stderr: ['error: nope.csv: no such file'] },
  { name: 'a signer YAML list with two bad entries, both reported', files: { 's.yaml': '- name: Ana\n  email: nope\n- city: Lagos\n' }, args: [...GENERATE, '--signers', 's.yaml'], code: 2, stderr: ['error: s.yaml:2 email: "nope" is not an email address', 'error: s.yaml:3 name: is empty; every signer needs a name'] },
  {
    name: 'a bad signer row skipped with --skip-invalid, and said so',
    files: { 's.csv': 'name,city,email\nAna Silva,Lisboa,ana at example.org\nBen Okafor,Lagos,ben@example.org\n' },
    args: [...GENERATE, '--signers', 's.csv', '--skip-invalid', '--json'],
    code: 0,
    stderr: ['warning: s.csv:2 email: "ana at example.org" is not an email address (row skipped)', DEADLINE],
    stdout: 'json',
  },
  {
    name: 'a control character in a column name, shown escaped and never sent to the terminal',
    files: { 's.csv': 'name,\u001b[2Jcity\nAna,Lisboa\n' },
    args: [...GENERATE, '--signers', 's.csv', '--json'],
    code: 0,
    stderr: ['warning: s.csv:1 \\u001b[2Jcity: unknown column, ignored (the columns are name, address, city, country, email, personal, lang, paper)', DEADLINE],
    stdout: 'json',
  },

  { name: 'a signer CSV header of 10,000 columns, in one message', files: { 's.csv': `name,${Array.from({ length: 9_999 }, (_, i) => `c${i}`).join(',')}\nAna\n` }, args: [...GENERATE, '--signers', 's.csv'], code: 2, stderr: ['error: s.csv:1: the header row has 10000 columns; a signer list has at most 100 (name, address, city, country, email, personal, lang, paper and your own)'] },
  { name: 'a signer CSV with five unknown columns, named in one warning', files: { 's.csv': 'name,a,b,c,d,e\nAna,1,2,3,4,5\n' }, args: [...GENERATE, '--signers', 's.csv', '--json'], code: 0, stderr: ['warning: s.csv:1: 5 unknown columns ignored: "a", "b", "c", "d", "e" (the columns are name, address, city, country, email, personal, lang, paper)', DEADLINE], stdout: 'json' },
  { name: 'a signer YAML entry with a __proto__ key', files: { 's.yaml': '- name: Ana\n  __proto__: {email: hidden@example.org}\n' }, args: [...GENERATE, '--signers', 's.yaml'], code: 2, stderr: ['error: s.yaml:2 [0].__proto__: unknown column; this name is reserved and refused'] },
  { name: 'a signer YAML entry whose address is a number', files: { 's.yaml': '- name: Ana\n  address: 42\n' }, args: [...GENERATE, '--signers', 's.yaml'], code: 2, stderr: ['error: s.yaml:2 address: must be text, or a list of lines; got the number 42'] },
  { name: 'a signer name longer than a letter holds', files: { 's.csv': `name\n${'N'.repeat(201)}\n` }, args: [...GENERATE, '--signers', 's.csv'], code: 2, stderr: ['error: s.csv:2 name: is too long (201 characters; the limit is 200)'] },
  { name: 'a signer email without a dot in its domain, refused as in case files', files: { 's.csv': 'name,email\nAna,ana@example\n' }, args: [...GENERATE, '--signers', 's.csv'], code: 2, stderr: ['error: s.csv:2 email: "ana@example" is not an email address'] },

  // Profiles
  { name: 'a profile with a YAML syntax error', files: { 'p.yaml': 'name: [Ana\n' }, args: [...GENERATE, '--profile', 'p.yaml'], code: 2, stderr: ['error: p.yaml:2:1: Flow sequence in block collection must be sufficiently indented and end with a ]'] },
  { name: 'a profile with an unknown field', files: { 'p.yaml': 'name: Ana\nemial: ana@example.org\n' }, args: [...GENERATE, '--profile', 'p.yaml'], code: 2, stderr: ['error: p.yaml:2:1 emial: unknown field; a profile has name, address, city, country, email, lang, paper, personal, initials'] },
  { name: 'a profile with a bad email', files: { 'p.yaml': 'name: Ana\nemail: not-an-email\n' }, args: [...GENERATE, '--profile', 'p.yaml'], code: 2, stderr: ['error: p.yaml:2:8 email: "not-an-email" is not an email address (expected name@example.org)'] },
  { name: 'a profile in Latin-1', files: { 'p.yaml': latin1('name: Ana María\n') }, args: [...GENERATE, '--profile', 'p.yaml'], code: 2, stderr: ['error: p.yaml:1:14: byte 0xED is not valid UTF-8; save the file as UTF-8'] },
  { name: 'a folder given as the profile', setup: (d) => mkdirSync(join(d, 'p')), args: [...GENERATE, '--profile', 'p'], code: 2, stderr: ['error: p: is a folder, not a file'] },
  { name: 'a missing profile', args: [...GENERATE, '--profile', 'nope.yaml'], code: 2, stderr: ['error: nope.yaml: no such profile file'] },
  { name: 'a profile whose address is a number', files: { 'p.yaml': 'name: Ana\naddress: 42\n' }, args: [...GENERATE, '--profile', 'p.yaml'], code: 2, stderr: ['error: p.yaml:2:10 address: expected a list of address lines, got the number 42'] },
  { name: 'a profile with a personal line longer than a letter holds', files: { 'p.yaml': `name: Ana\npersonal: ${'p'.repeat(1001)}\n` }, args: [...GENERATE, '--profile', 'p.yaml'], code: 2, stderr: ['error: p.yaml:2:11 personal: is too long (1001 characters; the limit is 1000)'] },
  { name: 'no sender at all', args: GENERATE, code: 2, stderr: ['error: No sender name: pass --name, or save a profile with "ua-letter init"', '  The profile is read from <home>/profile.yaml (change with --profile).'] },

  // Flags and the case's own state
  { name: 'a --date that does not exist', args: ['generate', 'case.md', '--name', 'Ana', '--date', '2024-02-30', '--stdout'], code: 2, stderr: ['error: --date: "2024-02-30" is not a date on the calendar', '  Example: --date 2024-09-01'] },
  { name: 'a --date in another form', args: ['generate', 'case.md', '--name', 'Ana', '--date', '30/09/2024', '--stdout'], code: 2, stderr: ['error: --date: "30/09/2024" is not a date in the form YYYY-MM-DD', '  Example: --date 2024-09-01'] },
  { name: 'an unknown channel', args: ['generate', 'case.md', '--name', 'Ana', '--date', '2024-09-01', '--channel', 'telegram', '--stdout'], code: 2, stderr: ['error: --channel: "telegram" is not a channel; choose from letter, email, fax, tweet, call'] },
  { name: 'an unknown official', args: [...GENERATE, '--name', 'Ana', '--target', 'nope'], code: 2, stderr: [DEADLINE, 'error: case.md: no official "nope"; the officials of this case are minister', '  Pass --target with one of these ids, or leave it out to write to all of them.'] },
  { name: 'a language without templates', args: [...GENERATE, '--name', 'Ana', '--lang', 'pl'], code: 2, stderr: [DEADLINE, 'error: --lang pl: no templates for Polish (pl); available: ar, de, en, es, fa, fr, it, nl, pt, ru, tr', '  Copy the templates of a language you know (en/*.hbs) to <folder>/pl/, translate them, and pass --templates <folder>.'] },
  { name: 'a language the case has no letter in (never a German frame around an English letter)', args: [...GENERATE, '--name', 'Ana', '--lang', 'de'], code: 2, stderr: [DEADLINE, 'error: case.md: --lang de: no "## Letter (de)" section; its letter is in English (en): a German (de) frame around it would mix languages', '  Add a "## Letter (de)" section to the case, or write in en (--lang en).'] },
  { name: 'a case past its deadline', args: ['generate', 'case.md', '--name', 'Ana', '--date', '2024-10-01', '--stdout'], code: 2, stderr: ['error: case.md: the deadline was 2024-09-27, 4 days ago', '  Pass --ignore-deadline to generate anyway'] },
  { name: 'a closed case', setup: (d) => writeFileSync(join(d, 'closed.md'), readFixture().replace('languages: [en]\n', 'languages: [en]\nstatus: closed\n')), args: ['generate', 'closed.md', '--name', 'Ana', '--date', '2024-09-01', '--stdout'], code: 2, stderr: ['error: closed.md: the case is closed (status: closed)', '  Pass --ignore-deadline to generate anyway'] },
  { name: 'an output folder that is a file (a runtime failure, exit 1)', files: { out: 'not a folder' }, args: ['generate', 'case.md', '--name', 'Ana', '--date', '2024-09-01', '--out', 'out', '--channel', 'letter', '--no-log'], code: 1, stderr: [DEADLINE, 'error: Cannot write out/hardening-sample/minister.letter.txt: part of the path is a file, not a folder'] },
  { name: 'an --email that is not an address, before any work', args: ['generate', 'case.md', '--name', 'Ana', '--email', 'not-an-email', '--date', '2024-09-01', '--out', 'out'], code: 2, stderr: ['error: --email: "not-an-email" is not an email address (expected name@example.org)'] },
  { name: 'an --email without a dot in its domain, as signer lists refuse it', args: ['generate', 'case.md', '--name', 'Ana', '--email', 'ada@example', '--date', '2024-09-01', '--stdout'], code: 2, stderr: ['error: --email: "ada@example" is not an email address (expected name@example.org)'] },
  { name: 'a --name and a --city longer than a letter holds, both named', args: ['generate', 'case.md', '--name', 'N'.repeat(201), '--city', 'C'.repeat(101), '--date', '2024-09-01', '--stdout'], code: 2, stderr: ['error: --name: is too long (201 characters; the limit is 200)', 'error: --city: is too long (101 characters; the limit is 100)'] },
  // Inputs besides the case, signers and profile: all bounded (issue 16)
  { name: 'a font that is a device (UA_LETTER_FONT=/dev/zero), before anything is written', args: PDF_RUN, env: { UA_LETTER_FONT: '/dev/zero' }, code: 2, stderr: [DEADLINE, 'error: Cannot read the font file /dev/zero: is not a regular file (a pipe or a device?)', FONT_HINT] },
  { name: 'a font that is a folder', args: PDF_RUN, env: { UA_LETTER_FONT: '<dir>' }, code: 2, stderr: [DEADLINE, 'error: Cannot read the font file <dir>: is a folder, not a font file', FONT_HINT] },
  { name: 'a font file that is not there', args: PDF_RUN, env: { UA_LETTER_FONT: '<dir>/none.ttf' }, code: 2, stderr: [DEADLINE, 'error: Cannot read the font file <dir>/none.ttf: no such file', FONT_HINT] },
  { name: 'an action log that is a link to /dev/zero', setup: (dir) => { mkdirSync(join(dir, 'log')); symlinkSync('/dev/zero', join(dir, 'log', 'actions.jsonl')); }, args: ['report'], env: { UA_LETTER_DATA_DIR: '<dir>/log' }, code: 1, stderr: ['error: Could not read the action log <dir>/log/actions.jsonl: is too large (over the 64 MB limit)', LOG_HINT] },
  { name: 'an action log that is a folder', setup: (dir) => mkdirSync(join(dir, 'log', 'actions.jsonl'), { recursive: true }), args: ['report'], env: { UA_LETTER_DATA_DIR: '<dir>/log' }, code: 1, stderr: ['error: Could not read the action log <dir>/log/actions.jsonl: is a folder, not a file', LOG_HINT] },
  { name: 'an action log of 30 damaged lines: 20 named, the rest counted', files: { 'log/actions.jsonl': 'junk\n'.repeat(30) }, args: ['report'], env: { UA_LETTER_DATA_DIR: '<dir>/log' }, code: 0, stderr: [...Array.from({ length: 20 }, (_, i) => `warning: <dir>/log/actions.jsonl:${i + 1}: damaged record skipped (not valid JSON)`), 'warning: <dir>/log/actions.jsonl: 10 more damaged records skipped (30 in all)', 'No actions recorded yet in <dir>/log/actions.jsonl.'] },
  { name: 'a profile nested 100,000 levels deep, in one line', files: { 'p.yaml': `name: ${'['.repeat(100_000)}\n` }, args: [...GENERATE, '--profile', 'p.yaml'], code: 2, stderr: ['error: p.yaml:1:71: is nested too deeply (more than 64 levels of [ ] and { })'] },
  { name: 'a signer list nested 100,000 levels deep', files: { 's.json': '['.repeat(100_000) }, args: [...GENERATE, '--signers', 's.json'], code: 2, stderr: ['error: s.json:1:65: is nested too deeply (more than 64 levels of [ ] and { })'] },
  { name: 'a binary file to import', files: { 'junk.bin': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)) }, args: ['import', 'junk.bin'], code: 2, stderr: ['error: junk.bin: is not a text document, a web page or a PDF (it holds binary data)'] },
  { name: 'an unknown command', args: ['frobnicate'], code: 2, stderr: ["error: unknown command 'frobnicate'"] },
  { name: 'an unknown option', args: ['generate', 'case.md', '--frob'], code: 2, stderr: ["error: unknown option '--frob'"] },
  { name: 'validate without a file', args: ['validate'], code: 2, stderr: ["error: missing required argument 'case'"] },
];

function readFixture(): string {
  return readFileSync(fixture, 'utf8');
}

describe('the command-line catalogue of bad inputs', () => {
  it('has at least forty entries, and with the case catalogue many more', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(40);
    expect(new Set(catalogue.map((e) => e.name)).size).toBe(catalogue.length);
  });

  it.concurrent.each(catalogue)('reports $name', async (entry) => {
    const dir = tempDir('ua-cli-catalogue-');
    const home = tempDir('ua-cli-home-');
    copyFileSync(fixture, join(dir, 'case.md'));
    for (const [path, content] of Object.entries(entry.files ?? {})) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    entry.setup?.(dir);
    const env = Object.fromEntries(Object.entries(entry.env ?? {}).map(([k, v]) => [k, v.split('<dir>').join(dir)]));
    const r = await runCli(entry.args, { cwd: dir, env: { UA_LETTER_CONFIG_DIR: home, UA_LETTER_DATA_DIR: home, ...env }, ...(entry.input !== undefined && { input: entry.input as string }) });
    // Temp paths vary per run (and /tmp may be a link, as on macOS): named by placeholders.
    let shown = r.stderr;
    for (const [path, name] of [[realpathSync(dir), '<dir>'], [dir, '<dir>'], [home, '<home>']] as const) shown = shown.split(path).join(name);
    const lines = shown.replace(/\n$/, '').split('\n');
    expect(lines).toEqual(entry.stderr);
    expect(r.code).toBe(entry.code);
    expect(r.signal).toBeNull();
    if (entry.stdout === 'json') for (const line of r.stdout.trim().split('\n')) expect(() => JSON.parse(line) as unknown).not.toThrow();
    else expect(r.stdout).toBe(entry.stdout ?? '');
    // An expected error never shows a stack trace or asks for a bug report.
    expect(r.stderr).not.toMatch(/\n\s+at |This is a bug/);
  });
});
