// `ua-letter list [dir]`: the cases in a folder, most urgent first, as a table or JSON Lines.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { deadlineStatus } from '../../case/deadline.js';
import { parseCase } from '../../case/parse-case.js';
import type { Case, PlainDate } from '../../case/types.js';
import { availableChannels } from '../../channels/index.js';
import { CHANNELS, type Channel } from '../../channels/types.js';
import { RuntimeError, UsageError, type CaseError } from '../../errors.js';
import type { CliContext } from '../context.js';
import { wantsColor } from '../log.js';
import { resolveToday } from '../today.js';

export interface ListFlags {
  json?: boolean;
  all?: boolean;
  date?: string;
}

export interface ListedCase {
  file: string;
  case: Case;
  daysLeft: number;
  expired: boolean;
  closed: boolean;
  channels: Channel[];
}

export async function run(dir: string, flags: ListFlags, ctx: CliContext): Promise<void> {
  const today = resolveToday(flags.date, ctx.env, ctx.now);
  const { listed, invalid } = await readCases(dir, today, ctx);
  const shown = listed.filter((l) => flags.all || (!l.expired && !l.closed));
  if (flags.json) {
    for (const l of shown) ctx.stdout.write(JSON.stringify(jsonCase(l)) + '\n');
    for (const { file, errors } of invalid) ctx.stdout.write(JSON.stringify({ file, valid: false, errors: errors.map(jsonError) }) + '\n');
  } else if (shown.length > 0) {
    ctx.stdout.write(renderTable(shown, ctx) + '\n');
  }
  const hidden = listed.length - shown.length;
  if (hidden > 0) ctx.log.info(`${hidden} expired or closed case${hidden === 1 ? '' : 's'} not shown; pass --all to include ${hidden === 1 ? 'it' : 'them'}.`);
  if (shown.length === 0 && !flags.json) ctx.log.info(`No ${flags.all ? '' : 'open '}cases in ${dir}.`);
}

/** Every *.md case in `dir` (not its subfolders), most urgent first; bad files are warned about, not fatal. */
async function readCases(dir: string, today: PlainDate, ctx: CliContext): Promise<{ listed: ListedCase[]; invalid: Array<{ file: string; errors: CaseError[] }> }> {
  const listed: ListedCase[] = [];
  const invalid: Array<{ file: string; errors: CaseError[] }> = [];
  const skipped: string[] = [];
  for (const name of await markdownFiles(dir, ctx)) {
    const file = join(dir, name);
    const text = await readFile(resolve(ctx.cwd, file), 'utf8');
    // A README or notes file beside the cases has no front matter: not a case, not a problem.
    if (!text.replace(/^\uFEFF/, '').startsWith('---')) {
      skipped.push(name);
      continue;
    }
    const result = parseCase(text, { file });
    if (result.case && result.errors.length === 0) {
      listed.push(describe(file, result.case, today));
    } else {
      invalid.push({ file, errors: result.errors });
      const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more; see "ua-letter validate ${file}")` : '';
      ctx.log.warn(`${file} is not a valid case: ${result.errors[0]?.message ?? 'unreadable'}${more}`);
    }
  }
  if (skipped.length > 0) ctx.log.debug(`not case files (no front matter): ${skipped.join(', ')}`);
  listed.sort((a, b) => a.case.deadline.localeCompare(b.case.deadline) || a.case.id.localeCompare(b.case.id));
  return { listed, invalid };
}

async function markdownFiles(dir: string, ctx: CliContext): Promise<string[]> {
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

function describe(file: string, c: Case, today: PlainDate): ListedCase {
  const status = deadlineStatus(c, today);
  const channels = CHANNELS.filter((ch) => c.targets.some((t) => availableChannels(t).includes(ch)));
  return { file, case: c, daysLeft: status.daysLeft, expired: status.expired, closed: status.closed, channels };
}

function jsonCase(l: ListedCase) {
  const c = l.case;
  return {
    file: l.file,
    valid: true,
    id: c.id,
    reference: c.reference ?? null,
    title: c.title,
    country: c.country,
    deadline: c.deadline,
    daysLeft: l.daysLeft,
    expired: l.expired,
    status: c.status,
    officials: c.targets.map((t) => ({ id: t.id, name: t.name, channels: availableChannels(t) })),
    channels: l.channels,
  };
}

const jsonError = (e: CaseError) => ({ line: e.line ?? null, column: e.column ?? null, field: e.field ?? null, message: e.problem });

/** "5 days left", "last day today", "expired 3 days ago", "closed". */
export function timeLeft(l: Pick<ListedCase, 'daysLeft' | 'expired' | 'closed'>): string {
  if (l.closed) return 'closed';
  const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
  if (l.expired) return `expired ${days(-l.daysLeft)} ago`;
  return l.daysLeft === 0 ? 'last day today' : `${days(l.daysLeft)} left`;
}

const HEADERS = ['ID', 'TITLE', 'COUNTRY', 'DEADLINE', 'LEFT', 'OFFICIALS', 'CHANNELS'];
const GAP = '  ';

function renderTable(rows: readonly ListedCase[], ctx: CliContext): string {
  const cells = rows.map((l) => [l.case.id, l.case.title, l.case.country, l.case.deadline, timeLeft(l), String(l.case.targets.length), l.channels.join(',') || '-']);
  const widths = HEADERS.map((h, i) => Math.max(width(h), ...cells.map((r) => width(r[i] ?? ''))));
  const columns = ctx.stdout.isTTY ? (ctx.stdout as { columns?: number }).columns : undefined;
  if (columns) {
    // The title gives way so that a row fits the terminal; the other columns are short already.
    const others = widths.reduce((sum, w, i) => (i === 1 ? sum : sum + w), 0) + GAP.length * (widths.length - 1);
    widths[1] = Math.min(widths[1]!, Math.max(12, columns - others));
    for (const r of cells) r[1] = truncate(r[1]!, widths[1]);
  }
  const color = wantsColor(ctx.stdout, ctx.env) ? ctx.log.color : undefined;
  const paint = (l: ListedCase, text: string) => {
    if (!color) return text;
    return l.expired || l.closed ? color.red(text) : l.daysLeft < 7 ? color.yellow(text) : color.green(text);
  };
  const line = (r: readonly string[], l?: ListedCase) =>
    r.map((cell, i) => {
      const padded = i === r.length - 1 ? cell : cell + ' '.repeat(widths[i]! - width(cell));
      return l && (i === 3 || i === 4) ? paint(l, padded) : padded;
    }).join(GAP);
  return [line(HEADERS), ...cells.map((r, i) => line(r, rows[i]))].join('\n');
}

const width = (s: string) => [...s].length;
const truncate = (s: string, max: number) => (width(s) <= max ? s : [...s].slice(0, max - 1).join('') + '…');
