// Who signs: a signer list (--signers), else the flags laid over the saved profile.
import { CaseError, InputErrors, UsageError, formatLocated } from '../errors.js';
import type { Signer } from '../signer/types.js';
import type { CliContext } from './context.js';
import { defaultProfilePath, readProfile } from './profile-file.js';
import { readInputText } from './read-input.js';

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

export async function resolveSigners(flags: SignerFlags, ctx: CliContext): Promise<SignerEntry[]> {
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
  return [{ signer: signer as Signer }];
}

async function readSignerList(file: string, skipInvalid: boolean, ctx: CliContext): Promise<SignerEntry[]> {
  const text = await readInputText(file, ctx);
  // Loaded here, not at the top: csv-parse is ~40 KB that a one-signer run need not compile.
  const { parseSignerList, signerListFormat } = await import('../signer/signer-list.js');
  const { signers, errors, warnings } = parseSignerList(text, { file, format: signerListFormat(file) });
  for (const w of warnings) ctx.log.warn(formatLocated(w, w.message));
  // --skip-invalid skips bad rows; a bad header would make every row wrong, so it still stops.
  const fatal = skipInvalid ? errors.filter((e) => e.code === 'signers.header') : errors;
  if (fatal.length > 0) throw new InputErrors(fatal);
  for (const e of errors) ctx.log.warn(`${e.message} (row skipped)`);
  if (signers.length === 0) throw new InputErrors([new CaseError({ file }, 'no signers in the list')]);
  const { uniqueSignerDirs } = await import('../output/paths.js');
  const dirs = uniqueSignerDirs(signers.map((s) => s.signer));
  return signers.map(({ signer }, i) => ({ signer, dir: dirs[i] }));
}
