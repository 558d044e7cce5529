// `ua-letter init`: create or edit the sender profile, by answering questions or by flags.
import { resolve } from 'node:path';
import { InputErrors, UsageError } from '../../errors.js';
import { checkSigner, langForLocale, paperForLocale } from '../../signer/profile.js';
import type { Signer } from '../../signer/types.js';
import { canPrompt, type CliContext } from '../context.js';
import { defaultProfilePath, readProfile } from '../../read/profile-file.js';
import { writeProfile } from '../../write/profile-file.js';
import { promptConfirm, promptProfile, splitList, withCancel } from '../prompts.js';

export interface InitFlags {
  name?: string;
  address?: string;
  city?: string;
  country?: string;
  email?: string;
  lang?: string;
  paper?: 'a4' | 'letter';
  personal?: string;
  initials?: boolean;
  profile?: string;
  /** false with --no-input. */
  input?: boolean;
}

export async function run(flags: InitFlags, ctx: CliContext): Promise<void> {
  const path = flags.profile ? resolve(ctx.cwd, flags.profile) : defaultProfilePath(ctx.env);
  const given = fromFlags(flags);
  const interactive = canPrompt(ctx, flags.input === false);
  const saved = await readSaved(path, interactive, ctx);
  const start: Partial<Signer> = { ...localeDefaults(ctx.env), ...saved, ...given };
  // Flags that set answers mean "just apply these": questions only when none was given, or when
  // the one required answer (the name) is still missing and someone is there to type it.
  const ask = interactive && (Object.keys(given).length === 0 || !start.name);
  const signer = ask ? await withCancel(ctx, () => askUntilConfirmed(start, ctx)) : checkAnswers(start);
  if (!signer) return;
  await writeProfile(path, signer);
  ctx.log.success(`Saved your profile to ${path}`);
  ctx.log.info('Next: "ua-letter new" creates a case file; "ua-letter generate <case file>" writes your letters.');
  // The path alone on stdout, so that a script can capture where the profile went.
  ctx.log.print(`${path}\n`);
}

function fromFlags(flags: InitFlags): Partial<Signer> {
  const given: Partial<Signer> = {
    name: flags.name?.trim(),
    address: flags.address === undefined ? undefined : splitList(flags.address.replace(/\r?\n/g, '|'), '|'),
    city: flags.city,
    country: flags.country,
    email: flags.email,
    lang: flags.lang,
    paper: flags.paper,
    personal: flags.personal,
    initials: flags.initials,
  };
  return Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
}

function localeDefaults(env: NodeJS.ProcessEnv): Partial<Signer> {
  const lang = langForLocale(env);
  return { paper: paperForLocale(env), ...(lang && { lang }) };
}

/**
 * The saved profile, if any. A broken one stops a scripted run (its values would be lost
 * silently); on a terminal the questions start afresh and every answer is shown before saving.
 */
async function readSaved(path: string, interactive: boolean, ctx: CliContext): Promise<Signer | undefined> {
  try {
    return await readProfile(path, ctx);
  } catch (error) {
    if (!(error instanceof InputErrors) || !interactive) throw error;
    for (const e of error.errors) ctx.log.warn(e.message);
    ctx.log.warn('The saved profile has the problems above; answering the questions will replace it.');
    return undefined;
  }
}

const FLAG_FOR: Readonly<Record<string, string>> = { name: '--name', email: '--email', lang: '--lang', paper: '--paper' };

function checkAnswers(start: Partial<Signer>): Signer {
  const problems = checkSigner(start);
  if (problems.some((p) => p.field === 'name')) {
    throw new UsageError('No sender name: pass --name or run "ua-letter init" in a terminal');
  }
  if (problems.length > 0) {
    throw new UsageError(problems.map((p) => `${FLAG_FOR[p.field] ?? p.field}: ${p.problem}`).join('\n'));
  }
  return { address: [], ...start } as Signer;
}

async function askUntilConfirmed(start: Partial<Signer>, ctx: CliContext): Promise<Signer> {
  let answers: Partial<Signer> = start;
  for (;;) {
    const signer = await promptProfile(answers, ctx);
    ctx.log.print(`\n${describeProfile(signer)}\n\n`);
    if (await promptConfirm('Save this profile?', ctx, true)) return signer;
    ctx.stdout.write('Then once more; Enter keeps an answer as it is.\n');
    answers = signer;
  }
}

/** The profile as the user will recognise it, one labelled line per answer. */
export function describeProfile(s: Signer): string {
  const rows: Array<[string, string | undefined]> = [
    ['Name', s.name],
    ['Address', s.address.join('\n')],
    ['City', s.city],
    ['Country', s.country],
    ['Email', s.email],
    ['Language', s.lang],
    ['Paper', s.paper === 'letter' ? 'US Letter' : s.paper === 'a4' ? 'A4' : undefined],
    ['Personal line', s.personal],
    ['Signs with', s.initials === true ? 'initials and town only' : undefined],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows
    .filter(([, value]) => value)
    .map(([label, value]) => `  ${label.padEnd(width)}${(value ?? '').split('\n').join(`\n  ${' '.repeat(width)}`)}`)
    .join('\n');
}
