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
  if (ref.case === undefined) await warnIfFirstRecord(ref.id, path, ctx);
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
 * A typo in a case id would quietly start a second set of totals; a case file cannot be mistyped
 * that way. So for a bare id with nothing in the log yet, say so (the record is still written).
 */
async function warnIfFirstRecord(id: string, path: string, ctx: CliContext): Promise<void> {
  const { records } = await readActionLog(path);
  if (records.some((r) => r.case === id)) return;
  ctx.log.warn(`nothing recorded for "${id}" before: check the case id if you expected earlier actions`);
}
