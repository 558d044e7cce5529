// commander wiring only: each command's module is imported when that command runs, so that
// `ua-letter --version` and `validate` never load PDF, prompts or tweet counting.
import { Command, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { defaultProfilePath } from '../read/config-path.js';
import type { CliContext } from './context.js';

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

const repeat = (value: string, previous: string[] = []) => [...previous, value];
const list = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];
const count = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`"${value}" is not a positive whole number`);
  return n;
};

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('ua-letter')
    .description('Turn Urgent Action case files into letters, emails, posts and call scripts for each official.')
    .version(packageVersion(), '-V, --version')
    .option('--debug', 'print stack traces and internal details')
    .option('-q, --quiet', 'print nothing but errors')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    })
    .showSuggestionAfterError(true);

  // commander calls an action with (...arguments, options, command); commands take
  // (...arguments, options, ctx), so the Command object is dropped here.
  const action = <A extends unknown[]>(load: () => Promise<{ run: (...args: [...A, CliContext]) => Promise<void> }>) =>
    async (...args: [...A, Command]) => {
      const mod = await load();
      await mod.run(...(args.slice(0, -1) as A), ctx);
    };

  program
    .command('validate')
    .description('check case files against the case format; exit 2 with one line per problem')
    .argument('<case...>', 'case files (Markdown with YAML front matter), or - for stdin')
    .option('--json', 'print one JSON object per file (JSON Lines)')
    .option('--date <YYYY-MM-DD>', "today's date for the stale-contacts check (default: SOURCE_DATE_EPOCH, else the clock)")
    .exitOverride()
    .action(action(() => import('./commands/validate.js')));

  program
    .command('generate')
    .description("render each official's letter, email, post and call script for one or more cases")
    .argument('[case...]', 'case files, or - for stdin (none on a terminal: choose interactively)')
    .option('-c, --channel <list>', 'channels to produce: letter,email,tweet,call (default: all the official supports)', list)
    .option('-t, --target <list>', 'official ids to write to (default: all)', list)
    .option('-l, --lang <code>', 'language of the documents (default: first language of the case with templates)')
    .option('-o, --out <dir>', 'output folder', 'letters')
    .option('--stdout', 'print the documents instead of writing files')
    .option('--json', 'print one JSON object per document (JSON Lines) and nothing else on stdout')
    .option('-f, --force', 'overwrite existing files')
    .option('--date <YYYY-MM-DD>', "today's date for letters and the deadline check (default: SOURCE_DATE_EPOCH, else the clock)")
    .option('--ignore-deadline', 'generate even when the case is past its deadline or closed')
    .option('--templates <dir>', 'your own templates; files there win, the rest come from the built-ins')
    .option('--name <name>', "signer's name")
    .option('--address <lines>', "signer's street address; separate lines with ' | ' or a newline")
    .option('--city <city>', "signer's town or city")
    .option('--country <country>', "signer's country")
    .option('--email <email>', "signer's email address (From of email drafts)")
    .option('--personal <text>', 'a personal line of your own for the letter')
    .option('--initials', 'sign with the initials of --name and the town only: no full name, street, country or email in any letter or email')
    .option('--profile <file>', 'signer profile file (default: the one "ua-letter init" writes)')
    .option('--signers <file>', 'CSV, YAML or JSON list of signers: every signer × every official')
    .option('--skip-invalid', 'report and skip bad signer rows instead of stopping')
    .option('--format <formats>', 'txt, md or pdf for the letters, and/or html for the action page; several comma-separated or repeated (default txt)', list)
    .addOption(new Option('--paper <size>', 'paper size for PDF (default from the locale)').choices(['a4', 'letter']))
    .addOption(new Option('--window <form>', 'A4 window-envelope layout: DIN 5008 form A or B (default din-b)').choices(['din-a', 'din-b']))
    .option('--split', 'with --format pdf: one PDF per signer instead of one combined PDF')
    .option('--envelopes', 'also write a PDF of envelopes')
    .option('--labels <sheet>', 'also write address labels (a4-3x7 or avery-5160)')
    .option('--no-input', 'never prompt; a missing answer is an error naming its flag')
    .option('--no-log', 'do not record this run in the action log')
    .option('--no-vary', 'use the first phrasing everywhere instead of varying letters per signer')
    .addHelpText('after', () => `
The signer comes from the flags above, else from the profile file
  ${defaultProfilePath(ctx.env)}
(write it with "ua-letter init"; flags win over it).

Examples:
  ua-letter generate cases/x.md --name "Ada Lovelace" --city Leeds --country "United Kingdom"
  ua-letter generate cases/x.md --signers signers.csv --format pdf --envelopes
  ua-letter generate cases/x.md --format html    (one web page with every action; open it in a browser)
  ua-letter generate cases/x.md --json --channel email | jq .mailto`)
    .exitOverride()
    .action(action(() => import('./commands/generate.js')));

  program
    .command('list')
    .description('show the cases in a folder with their deadlines and channels')
    .argument('[dir]', 'folder of case files', 'cases')
    .option('--json', 'print one JSON object per case (JSON Lines)')
    .option('--all', 'include expired and closed cases')
    .option('--date <YYYY-MM-DD>', "today's date for the deadline")
    .exitOverride()
    .action(action(() => import('./commands/list.js')));

  program
    .command('init')
    .description('create or edit your signer profile')
    .option('--name <name>', 'your name')
    .option('--address <lines>', "street address; separate lines with ' | '")
    .option('--city <city>', 'town or city')
    .option('--country <country>', 'country')
    .option('--email <email>', 'email address')
    .option('--lang <code>', 'preferred language')
    .addOption(new Option('--paper <size>', 'paper size').choices(['a4', 'letter']))
    .option('--personal <text>', 'a personal line for your letters')
    .option('--initials', 'sign letters and emails with your initials and town only')
    .option('--profile <file>', 'profile file to write')
    .option('--no-input', 'never prompt')
    .exitOverride()
    .action(action(() => import('./commands/init.js')));

  program
    .command('new')
    .description('create a case file: by answering questions in a terminal, or from flags or an answers file (scripts)')
    .argument('[file]', 'case file to write (default: cases/<id>.md)')
    .option('--title <text>', 'title, e.g. "Venezuela: protesters detained"')
    .option('--id <slug>', 'short id for file names (default: from the title)')
    .option('--reference <text>', 'reference as published, e.g. "UA 72/24"')
    .option('--country <name>', 'country of the case')
    .option('--deadline <YYYY-MM-DD>', 'the last day to act')
    .option('--lang <codes>', 'languages the officials prefer, best first (default: en)', list)
    .option('--subject <name>', 'a person at risk (repeat for several)', repeat)
    .option('--official <spec>', 'an official, repeat for several: "Name | Title | address line | … | email | @handle | +phone" (key: value parts for id, honorific, organisation, fax, copy)', repeat)
    .option('--letter <file>', 'the letter (Markdown, first language), or - for stdin; without it a placeholder to replace')
    .option('--summary <text>', 'the summary paragraph')
    .option('--answers <file>', 'a YAML or JSON file of answers (the same names; flags win)')
    .option('--force', 'overwrite an existing file')
    .option('--no-input', 'never prompt')
    .exitOverride()
    .action(action(() => import('./commands/new.js')));

  program
    .command('import')
    .description('turn an Urgent Action document (text, PDF or web page) into a case file draft')
    .argument('<file>', 'the document, or - for stdin')
    .option('-o, --out <file>', 'write the draft here instead of stdout (- for stdout)')
    .option('-f, --force', 'overwrite an existing file')
    .option('--json', 'print the report as JSON on stderr')
    .exitOverride()
    .action(action(() => import('./commands/import.js')));

  program
    .command('sent')
    .description('record letters, emails, posts or calls you actually sent')
    .argument('<case>', 'case id or case file')
    .option('-c, --channel <list>', 'channels sent', list)
    .option('-n, --count <n>', 'how many', count, 1)
    .option('--date <YYYY-MM-DD>', 'date of sending')
    .exitOverride()
    .action(action(() => import('./commands/sent.js')));

  program
    .command('report')
    .description('totals of generated and sent actions per case and channel')
    .argument('[case]', 'case id or case file (default: all)')
    .option('--json', 'print JSON')
    .option('--cases <dir>', 'folder to look up report links in', 'cases')
    .exitOverride()
    .action(action(() => import('./commands/report.js')));

  return program;
}
