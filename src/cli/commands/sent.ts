// `ua-letter sent <case>`: the user's word that letters, emails, posts or calls went out.
import { sentRecord } from '../../actions/record.js';
import { CHANNELS, type Channel } from '../../channels/types.js';
import { UsageError } from '../../errors.js';
import { appendActionRecord } from '../../write/action-log.js';
import { readActionLog } from '../../read/action-log.js';
import { actionLogPath } from '../../read/action-log-path.js';
import { resolveCaseRef } from '../../read/case-ref.js';
import { readContext, type CliContext } from '../context.js';
import { resolveToday } from '../../generate/today.js';
import { osaDistance } from '../../case/did-you-mean.js';

export interface SentOptions {
  channel?: string[] | undefined;
  count: number;
  date?: string | undefined;
}

export async function run(caseRef: string, opts: SentOptions, ctx: CliContext): Promise<void> {
  const channels = parseChannels(opts.channel);
  const date = resolveToday(opts.date, ctx.env, ctx.now);
  const ref = await resolveCaseRef(caseRef, readContext(ctx));
  const path = actionLogPath(ctx.env, ctx.cwd);
  if (ref.case === undefined) await assertKnownCase(ref.id, path, date, ctx);
  await appendActionRecord(path, sentRecord(ref.id, date, channels, opts.count));
  const what = channels.map((c) => `${opts.count} ${c}${opts.count === 1 ? '' : 's'}`).join(', ');
  ctx.log.success(`Recorded ${what} sent for ${ref.id} on ${date}.`);
}

function parseChannels(names: readonly string[] | undefined): Channel[] {
  if (names === undefined || names.length === 0) return ['letter'];
  const channels: Channel[] = [];
  for (const name of names) {
    const channel = CHANNELS.find((c) => c === name.toLowerCase());
    if (channel === undefined) throw new UsageError(`--channel: "${name}" is not a channel`, `Channels: ${CHANNELS.join(', ')}`);
    if (!channels.includes(channel)) channels.push(channel);
  }
  return channels;
}

/**
 * A typo in a case id would quietly start a second set of totals, which organisations pass on to
 * officials. So a bare id must be one the action log or the ./cases folder knows; otherwise the run
 * stops (exit 2) naming the nearest known ids. A case file is never mistyped that way.
 */
async function assertKnownCase(id: string, path: string, today: string, ctx: CliContext): Promise<void> {
  const { records } = await readActionLog(path, readContext(ctx));
  if (records.some((r) => r.case === id)) return;
  const inFolder = await caseIdsIn('cases', today, ctx);
  if (inFolder.includes(id)) return;
  const known = [...new Set([...records.map((r) => r.case), ...inFolder])];
  const nearest = known
    .map((k) => ({ k, d: osaDistance(id, k) }))
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, 3)
    .map(({ k }) => k);
  const suggestion = nearest.length > 0 ? `; the nearest known ${nearest.length === 1 ? 'id is' : 'ids are'} ${nearest.join(', ')}` : '';
  throw new UsageError(
    `no case "${id}" in the action log or in ./cases${suggestion}`,
    'Check the id, or pass the case file instead (ua-letter sent path/to/case.md …) to record a case for the first time.',
  );
}

/** The ids of the valid cases in a folder; none when there is no such folder. */
async function caseIdsIn(dir: string, today: string, ctx: CliContext): Promise<string[]> {
  const { findCases } = await import('../../read/case-folder.js');
  try {
    const quiet = { ...readContext(ctx), warn: () => {} };
    return (await findCases(dir, today, quiet)).flatMap((f) => (f.case ? [f.case.id] : []));
  } catch {
    return [];
  }
}
