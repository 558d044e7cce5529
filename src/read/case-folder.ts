// The case files of a folder, read and checked: what `list` shows and `generate` offers.
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { deadlineStatus } from '../case/deadline.js';
import { parseCase } from '../case/parse-case.js';
import type { Case, PlainDate } from '../case/types.js';
import { availableChannels } from '../channels/index.js';
import { CHANNELS, type Channel } from '../channels/types.js';
import { CaseError, RuntimeError, UsageError } from '../errors.js';
import type { ReadContext } from './context.js';
import { readInputText } from './input.js';

/** A Markdown file of the folder: its case (undefined when invalid) and where it stands today. */
export interface FoundCase {
  file: string;
  case: Case | undefined;
  /** The parser's problems; empty for a valid case. */
  errors: CaseError[];
  /** 0, not expired, not closed and no channels for an invalid file. */
  daysLeft: number;
  expired: boolean;
  closed: boolean;
  /** Every channel at least one official can be reached by. */
  channels: Channel[];
}

/**
 * Every *.md case in `dir` (not its subfolders), most urgent first, invalid ones last. An invalid
 * file gets one warning line with its first problem and does not stop the others. Also what
 * `generate` offers when it is given no case.
 */
export async function findCases(dir: string, today: PlainDate, ctx: ReadContext): Promise<FoundCase[]> {
  const found: FoundCase[] = [];
  const skipped: string[] = [];
  for (const name of await markdownFiles(dir, ctx)) {
    const file = join(dir, name);
    const text = await readCaseText(file, ctx);
    if (text instanceof CaseError) {
      found.push({ file, case: undefined, errors: [text], daysLeft: 0, expired: false, closed: false, channels: [] });
      ctx.warn(`${file} is not a valid case: ${text.message}`);
      continue;
    }
    // A README or notes file beside the cases has no front matter: not a case, not a problem.
    if (!text.replace(/^\uFEFF/, '').startsWith('---')) {
      skipped.push(name);
      continue;
    }
    const result = parseCase(text, { file });
    if (result.case && result.errors.length === 0) {
      found.push(describe(file, result.case, today));
    } else {
      found.push({ file, case: undefined, errors: result.errors, daysLeft: 0, expired: false, closed: false, channels: [] });
      const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more; see "ua-letter validate ${file}")` : '';
      ctx.warn(`${file} is not a valid case: ${result.errors[0]?.message ?? 'unreadable'}${more}`);
    }
  }
  if (skipped.length > 0) ctx.debug?.(`not case files (no front matter): ${skipped.join(', ')}`);
  const key = (f: FoundCase) => f.case?.deadline ?? '\uffff';
  return found.sort((a, b) => key(a).localeCompare(key(b)) || a.file.localeCompare(b.file));
}

/**
 * The file's text by the rules of a case named on the command line (strict UTF-8, at most 10 MB):
 * a Latin-1 file must not be listed as valid with "P\uFFFDblico" in it, and one unreadable file must
 * not stop the listing of the others (issue 6).
 */
async function readCaseText(file: string, ctx: ReadContext): Promise<string | CaseError> {
  try {
    return await readInputText(file, ctx);
  } catch (error) {
    if (error instanceof CaseError) return error;
    return new CaseError({ file }, error instanceof Error ? error.message.replace(`${file}: `, '') : String(error), { code: 'input.unreadable' });
  }
}

async function markdownFiles(dir: string, ctx: ReadContext): Promise<string[]> {
  try {
    const entries = await readdir(resolve(ctx.cwd, dir), { withFileTypes: true });
    return entries.filter((e) => e.isFile() && e.name.endsWith('.md') && !e.name.startsWith('.')).map((e) => e.name).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new UsageError(`No folder "${dir}": pass the folder of case files, e.g. "ua-letter list path/to/cases"`);
    }
    throw new RuntimeError(`Cannot read the folder ${dir}: ${(error as Error).message}`, 'list.read', error);
  }
}

function describe(file: string, c: Case, today: PlainDate): FoundCase & { case: Case } {
  const status = deadlineStatus(c, today);
  const channels = CHANNELS.filter((ch) => c.targets.some((t) => availableChannels(t).includes(ch)));
  return { file, case: c, errors: [], daysLeft: status.daysLeft, expired: status.expired, closed: status.closed, channels };
}

