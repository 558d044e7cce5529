// Who signs: a signer list (--signers), else the flags laid over the saved profile.
import { CaseError, InputErrors, UsageError, formatLocated } from '../errors.js';
import type { Signer } from '../signer/types.js';
import type { CliContext } from './context.js';
import { defaultProfilePath, readProfile } from './profile-file.js';
import { readInputText } from './read-input.js';
import { prestartWriters, threadsSetting } from './document-sinks.js';
import { readSignerListText, type ReadSignerList } from './signer-list-thread.js';

export interface SignerFlags {
  name?: string;
  address?: string;
  city?: string;
  country?: string;
  email?: string;
  personal?: string;
  profile?: string;
  signers?: string;
  skipInvalid?: boolean;
  /** Sign with initials and town only (also `initials: true` in the profile). */
  initials?: boolean;
}

export interface SignerEntry {
  signer: Signer;
  /** Folder name for this signer's files in a batch; undefined for a single signer. */
  dir?: string | undefined;
}

/** `--address "1 High St | Flat 2"` or with real newlines → address lines. */
export function splitAddress(value: string | undefined): string[] {
  if (!value) return [];
  return value.split(/\s*\|\s*|\r?\n/).map((s) => s.trim()).filter(Boolean);
}

/** `drafts`: .eml files will be written (not --stdout), so the From address is worth a word. */
export async function resolveSigners(flags: SignerFlags, ctx: CliContext, options: { drafts: boolean } = { drafts: true }): Promise<SignerEntry[]> {
  const entries = await signersAsGiven(flags, ctx);
  if (flags.initials !== true && !entries.some((e) => e.signer.initials === true)) return entries;
  return withInitials(entries, options.drafts, ctx);
}

async function signersAsGiven(flags: SignerFlags, ctx: CliContext): Promise<SignerEntry[]> {
  if (flags.signers) return readSignerList(flags.signers, flags.skipInvalid === true, ctx);
  const profilePath = flags.profile ?? defaultProfilePath(ctx.env);
  const profile = await readProfile(profilePath);
  if (flags.profile && !profile) {
    throw new InputErrors([new CaseError({ file: flags.profile }, 'no such profile file')]);
  }
  const fromFlags: Partial<Signer> = {
    ...(flags.name !== undefined && { name: flags.name }),
    ...(flags.address !== undefined && { address: splitAddress(flags.address) }),
    ...(flags.city !== undefined && { city: flags.city }),
    ...(flags.country !== undefined && { country: flags.country }),
    ...(flags.email !== undefined && { email: flags.email }),
    ...(flags.personal !== undefined && { personal: flags.personal }),
  };
  const signer: Partial<Signer> = { address: [], ...profile, ...fromFlags };
  if (!signer.name?.trim()) {
    throw new UsageError(
      'No sender name: pass --name, or save a profile with "ua-letter init"',
      `The profile is read from ${profilePath} (change with --profile).`,
    );
  }
  if (flags.initials === true) signer.initials = true;
  return [{ signer: signer as Signer }];
}

/**
 * Every signer signs with initials and town only; the run says once what was left out, and that
 * the .eml drafts still carry the email address as their From (a mail program needs it to send).
 * A list's folders are named after the initials too, not the full names.
 */
async function withInitials(entries: readonly SignerEntry[], drafts: boolean, ctx: CliContext): Promise<SignerEntry[]> {
  const { signWithInitials } = await import('../signer/initials.js');
  const signed = entries.map((e) => signWithInitials(e.signer));
  const leftOut = [...new Set(signed.flatMap((s) => s.leftOut))];
  const first = signed[0]?.signer;
  const who = signed.length === 1 && first ? `${[first.name, first.city].filter(Boolean).join(', ')}` : `all ${signed.length} signers`;
  ctx.log.info(`Signing with initials and town only (${who}): left out of every letter and email: ${joinAnd(leftOut)}.`);
  const emails = signed.map((s) => s.signer.email).filter((e): e is string => e !== undefined && e.trim() !== '');
  if (drafts && emails.length > 0) {
    const which = signed.length === 1 ? emails[0] : 'the signers\' email addresses';
    ctx.log.info(`The .eml email drafts still carry ${which} as their From address, which a mail program needs to send them; without --email (or a list's email column) they have none and your mail program fills it in.`);
  }
  if (entries.every((e) => e.dir === undefined)) return signed.map((s) => ({ signer: s.signer }));
  const { uniqueSignerDirs } = await import('../output/paths.js');
  const dirs = uniqueSignerDirs(signed.map((s) => s.signer));
  return signed.map((s, i) => ({ signer: s.signer, dir: dirs[i] }));
}

const joinAnd = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/** Lists being read ahead of need (prefetchSignerList), by run. */
const prefetched = new WeakMap<CliContext, { file: string; list: Promise<ReadSignerList> }>();

const readList = (file: string, ctx: CliContext, onBig?: () => void) =>
  readInputText(file, ctx).then((text) => readSignerListText({ text, file }, helperThreads(ctx.env), onBig));

/**
 * Starts reading --signers now: a list of 10,000 signers takes ~0.2 s to read, which can pass while
 * the templates and cases load. Its warnings and errors still come when resolveSigners asks for the
 * list, in the same order as before. Not for stdin, which the prompts may still need. With
 * `writeFiles`, a big list also starts the writer threads (document-sinks.ts) once it is read.
 */
export function prefetchSignerList(flags: SignerFlags, ctx: CliContext, options: { writeFiles: boolean }): void {
  const file = flags.signers;
  if (file === undefined || file === '-' || prefetched.has(ctx)) return;
  const list = readList(file, ctx, options.writeFiles ? () => prestartWriters(ctx.env) : undefined);
  // Reported when asked for; a run that stops earlier must not report it as unhandled.
  list.catch(() => {});
  prefetched.set(ctx, { file, list });
}

async function readSignerList(file: string, skipInvalid: boolean, ctx: CliContext): Promise<SignerEntry[]> {
  const ahead = prefetched.get(ctx);
  prefetched.delete(ctx);
  const { entries, errors, warnings } = await (ahead?.file === file ? ahead.list : readList(file, ctx));
  for (const w of warnings) ctx.log.warn(formatLocated(w, w.message));
  // --skip-invalid skips bad rows; a bad header would make every row wrong, so it still stops.
  const fatal = skipInvalid ? errors.filter((e) => e.code === 'signers.header') : errors;
  if (fatal.length > 0) throw new InputErrors(fatal);
  for (const e of errors) ctx.log.warn(`${e.message} (row skipped)`);
  if (entries.length === 0) throw new InputErrors([new CaseError({ file }, 'no signers in the list')]);
  return entries;
}

/**
 * UA_LETTER_THREADS: unset, helper threads where a batch is big enough to gain from them; 0, none;
 * a number, that many writer threads from the first file and the signer list read in a thread
 * whatever its size (for tests, and for machines that know better).
 */
export function helperThreads(env: NodeJS.ProcessEnv): boolean | undefined {
  const asked = threadsSetting(env);
  return asked === undefined ? undefined : asked > 0;
}
