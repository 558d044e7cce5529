// The guided `generate` in a terminal, beyond choosing the case: who signs when there is no profile
// yet (asked, and saved as the profile if the user wishes), and in which format. Never reached off a
// terminal, with --no-input, --json or --stdout: those runs take flags and fail on what is missing.
import { resolve } from 'node:path';
import type { Channel } from '../channels/types.js';
import type { GenerateOptions } from '../generate/types.js';
import { readProfile } from '../read/profile-file.js';
import { langForLocale, paperForLocale } from '../signer/profile.js';
import type { Signer } from '../signer/types.js';
import { writeProfile } from '../write/profile-file.js';
import { readContext, type CliContext } from './context.js';
import type { FormatChoice } from './prompts.js';

/**
 * Makes sure the run has a sender: the flags, else the profile; when neither gives a name, asks
 * (name, town, country, and optionally email and street) and offers to save the answers as the
 * profile. Fills `options.signer`; false when the user cancelled.
 */
export async function ensureSender(options: GenerateOptions, ctx: CliContext): Promise<boolean> {
  const path = options.profile !== undefined ? resolve(ctx.cwd, options.profile) : options.savedProfile;
  const profile = path === undefined ? undefined : await readProfile(path, readContext(ctx));
  const given = options.signer ?? {};
  if ((given.name ?? profile?.name)?.trim()) return true;
  const { promptConfirm, promptSender, withCancel } = await import('./prompts.js');
  ctx.log.info('Who signs? No sender name was given and no profile is saved yet: a few questions.');
  const defaults: Partial<Signer> = { ...profile, ...definedOf({ city: given.city, country: given.country, email: given.email }) };
  const answers = await withCancel(ctx, () => promptSender(defaults, ctx));
  if (!answers?.name) return false;
  options.signer = { ...given, name: answers.name, city: answers.city, country: answers.country, email: answers.email, address: answers.address };
  if (path === undefined) return true;
  const save = await withCancel(ctx, () => promptConfirm('Save these details as your profile for next time?', ctx, true));
  if (save === undefined) return false;
  // Declined: the answers sign this run only; a --profile that does not exist is then not read.
  if (!save && profile === undefined) options.profile = undefined;
  if (save) {
    const lang = langForLocale(ctx.env);
    const signer: Signer = { paper: paperForLocale(ctx.env), ...(lang && { lang }), ...profile, ...(answers as Signer), address: answers.address ?? [] };
    await writeProfile(path, signer);
    ctx.log.success(`Saved your profile to ${path} (change it with "ua-letter init")`);
  }
  return true;
}

/** The formats offered for what was chosen: PDFs only when there are letters or faxes to print. */
export function formatChoices(channels: readonly Channel[] | undefined): FormatChoice[] {
  const printed = channels === undefined || channels.includes('letter') || channels.includes('fax');
  const choices: FormatChoice[] = [{ label: 'Text files (.txt): letters to print, email drafts to open', formats: ['txt'] }];
  if (printed) choices.push({ label: 'A print-ready PDF of the letters (window envelopes), the rest as files', formats: ['pdf'] });
  choices.push({ label: 'One web page with every action on it (open it in a browser)', formats: ['html'] });
  if (printed) choices.push({ label: 'The web page and the PDF', formats: ['html', 'pdf'] });
  choices.push({ label: 'Markdown files (.md), to edit before printing', formats: ['md'] });
  return choices;
}

/** Asks for the format; false when the user cancelled. */
export async function chooseFormat(options: GenerateOptions, ctx: CliContext): Promise<boolean> {
  const { promptFormat, withCancel } = await import('./prompts.js');
  const formats = await withCancel(ctx, () => promptFormat(formatChoices(options.channels as Channel[] | undefined), ctx));
  if (!formats) return false;
  options.format = formats;
  return true;
}

function definedOf<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
