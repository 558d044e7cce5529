// Who signs: a signer list, else the given signer laid over the profile (when one is named).
import { CaseError, InputErrors, UsageError, formatLocated } from '../errors.js';
import { checkSigner, type FieldProblem } from '../signer/profile.js';
import type { Signer } from '../signer/types.js';
import type { ReadContext } from '../read/context.js';
import { readInputText } from '../read/input.js';
import { readProfile } from '../read/profile-file.js';
import { readSignerListText, type ReadSignerList } from '../read/signer-list-thread.js';
import type { SignerInput } from './types.js';

export interface SignerEntry {
  signer: Signer;
  /** Folder name for this signer's files in a batch; undefined for a single signer. */
  dir?: string | undefined;
}

/** `--address "1 High St | Flat 2"` or with real newlines → address lines. */
export function splitAddress(value: string | string[] | undefined): string[] {
  if (!value) return [];
  const lines = Array.isArray(value) ? value : value.split(/\s*\|\s*|\r?\n/);
  return lines.map((s) => s.trim()).filter(Boolean);
}

/**
 * The problems of the signer given (flags, or a library caller's `signer`), found before any work:
 * a bad email used to be noticed only when the first email draft was built, after letters were
 * written (issue 16). The rules are the profile's and the signer lists' (checkSigner): one email
 * rule (`ada@example` is refused by all), and the same length limits.
 */
export function givenSignerProblems(given: SignerInput | undefined): FieldProblem[] {
  if (given === undefined) return [];
  const signer: Partial<Signer> = Object.fromEntries(
    Object.entries({ ...given, ...(given.address !== undefined && { address: splitAddress(given.address) }) }).filter(([, v]) => v !== undefined),
  );
  // A missing name may still come from the profile: singleSigner says so if it does not.
  return checkSigner(signer).filter((p) => signer[p.field] !== undefined);
}

/** givenSignerProblems as errors, each named `<prefix><field>` (`--email`, `signer.email`). */
export function assertGivenSigner(given: SignerInput | undefined, prefix: string): void {
  const problems = givenSignerProblems(given);
  if (problems.length > 0) throw new InputErrors(problems.map((p) => new CaseError({ file: `${prefix}${p.field}` }, p.problem, { code: 'usage' })));
}

/**
 * The one signer of a run without a list: `given` laid over the profile at `profilePath`
 * (resolved against the run's cwd; a named profile that does not exist is an error).
 */
export async function singleSigner(given: SignerInput | undefined, profilePath: string | undefined, explicitProfile: boolean, ctx: ReadContext): Promise<SignerEntry[]> {
  const profile = profilePath === undefined ? undefined : await readProfile(profilePath, ctx);
  if (explicitProfile && profilePath !== undefined && !profile) {
    throw new InputErrors([new CaseError({ file: profilePath }, 'no such profile file')]);
  }
  const fromGiven: Partial<Signer> = Object.fromEntries(
    Object.entries({ ...given, ...(given?.address !== undefined && { address: splitAddress(given.address) }) }).filter(([, v]) => v !== undefined),
  );
  const signer: Partial<Signer> = { address: [], ...profile, ...fromGiven };
  if (!signer.name?.trim()) {
    throw new UsageError(
      'No sender name: pass --name, or save a profile with "ua-letter init"',
      profilePath === undefined ? undefined : `The profile is read from ${profilePath} (change with --profile).`,
    );
  }
  return [{ signer: signer as Signer }];
}

/**
 * Starts reading a signer list: 10,000 signers take ~0.2 s to read, which can pass while the
 * templates and cases load. `onBig` hears when a big list (read in a thread) is in.
 */
export function startSignerList(file: string, threaded: boolean | undefined, ctx: ReadContext, onBig?: () => void): Promise<ReadSignerList> {
  const list = readInputText(file, ctx).then((text) => readSignerListText({ text, file }, threaded, onBig));
  // Reported when awaited; a run that stops earlier must not report it as unhandled.
  list.catch(() => {});
  return list;
}

/** The list's signers; its warnings (and, with `skipInvalid`, its bad rows) go to ctx.warn. */
export async function signerListEntries(list: Promise<ReadSignerList>, file: string, skipInvalid: boolean, ctx: ReadContext): Promise<SignerEntry[]> {
  const { entries, errors, warnings } = await list;
  for (const w of warnings) ctx.warn(formatLocated(w, w.message));
  // --skip-invalid skips bad rows; a bad header would make every row wrong, so it still stops.
  const fatal = skipInvalid ? errors.filter((e) => e.code === 'signers.header') : errors;
  if (fatal.length > 0) throw new InputErrors(fatal);
  for (const e of errors) ctx.warn(`${e.message} (row skipped)`);
  if (entries.length === 0) throw new InputErrors([new CaseError({ file }, 'no signers in the list')]);
  return entries;
}

/**
 * When any signer signs with initials and town only: every such signer is reduced to them, the run
 * says once what was left out, and that the .eml drafts (`drafts`) still carry the email address as
 * their From (a mail program needs it to send). A list's folders are named after the initials too.
 */
export async function withInitialsWhenAsked(entries: SignerEntry[], options: { all: boolean; drafts: boolean; info(message: string): void }): Promise<SignerEntry[]> {
  if (!options.all && !entries.some((e) => e.signer.initials === true)) return entries;
  const { signWithInitials } = await import('../signer/initials.js');
  const signed = entries.map((e) => signWithInitials(e.signer));
  const leftOut = [...new Set(signed.flatMap((s) => s.leftOut))];
  const first = signed[0]?.signer;
  const who = signed.length === 1 && first ? `${[first.name, first.city].filter(Boolean).join(', ')}` : `all ${signed.length} signers`;
  options.info(`Signing with initials and town only (${who}): left out of every letter and email: ${joinAnd(leftOut)}.`);
  const emails = signed.map((s) => s.signer.email).filter((e): e is string => e !== undefined && e.trim() !== '');
  if (options.drafts && emails.length > 0) {
    const which = signed.length === 1 ? emails[0] : 'the signers\' email addresses';
    options.info(`The .eml email drafts still carry ${which} as their From address, which a mail program needs to send them; without --email (or a list's email column) they have none and your mail program fills it in.`);
  }
  if (entries.every((e) => e.dir === undefined)) return signed.map((s) => ({ signer: s.signer }));
  const { uniqueSignerDirs } = await import('../signer/signer-folders.js');
  const dirs = uniqueSignerDirs(signed.map((s) => s.signer));
  return signed.map((s, i) => ({ signer: s.signer, dir: dirs[i] }));
}

const joinAnd = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
