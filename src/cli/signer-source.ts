// Who signs: a signer list (--signers), else the flags laid over the saved profile.
import { extname } from 'node:path';
import { CaseError, InputErrors, UsageError } from '../errors.js';
import type { Signer } from '../signer/types.js';
import { parseSignerList } from '../signer/signer-list.js';
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
  const ext = extname(file).toLowerCase();
  const format = ext === '.json' ? 'json' : ext === '.yaml' || ext === '.yml' ? 'yaml' : 'csv';
  const { signers, errors } = parseSignerList(text, { file, format });
  if (errors.length > 0) {
    if (!skipInvalid) throw new InputErrors(errors);
    for (const e of errors) ctx.log.warn(`${e.message} (skipped)`);
  }
  if (signers.length === 0) throw new InputErrors([new CaseError({ file }, 'no signers in the list')]);
  const { signerSlug } = await import('../output/paths.js');
  const seen = new Map<string, number>();
  return signers.map(({ signer }) => {
    // Two signers with the same slug get -2, -3…: stable by row order, so a rerun finds its files.
    const base = signerSlug(signer);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { signer, dir: n === 1 ? base : `${base}-${n}` };
  });
}
