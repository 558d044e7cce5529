// `ua-letter list [dir]`: the cases in a folder, most urgent first, as a table or JSON Lines.
import { staleContactsOfOpenCase } from '../../case/contacts.js';
import type { Case, PlainDate } from '../../case/types.js';
import { channelAdvice } from '../../case/deadline.js';
import { availableChannels } from '../../channels/index.js';
import type { CaseError } from '../../errors.js';
import { findCases, type FoundCase } from '../../read/case-folder.js';
import { readContext, type CliContext } from '../context.js';
import type { Styled } from '../log.js';
import { visible } from '../../visible.js';
import { resolveToday } from '../../generate/today.js';

export interface ListFlags {
  json?: boolean;
  all?: boolean;
  date?: string;
}

type ListedCase = FoundCase & { case: Case };

export async function run(dir: string, flags: ListFlags, ctx: CliContext): Promise<void> {
  const today = resolveToday(flags.date, ctx.env, ctx.now);
  const found = await findCases(dir, today, readContext(ctx));
  const listed = found.filter((f): f is ListedCase => f.case !== undefined);
  const shown = listed.filter((l) => flags.all || (!l.expired && !l.closed));
  if (flags.json) {
    for (const l of shown) ctx.log.print(JSON.stringify(jsonCase(l, today)) + '\n');
    for (const { file, errors } of found.filter((f) => !f.case)) ctx.log.print(JSON.stringify({ file, valid: false, errors: errors.map(jsonError) }) + '\n');
  } else if (shown.length > 0) {
    ctx.log.print([...renderTable(shown, ctx), '\n']);
  }
  if (shown.length === 0 && !flags.json) ctx.log.info(`No ${flags.all ? '' : 'open '}cases in ${dir.replace(/\/*$/, '/')}.`);
  for (const l of shown) {
    const stale = staleContactsOfOpenCase(l.case, today);
    if (stale) ctx.log.warn(`${l.file}: ${stale.message}`);
  }
  const hidden = listed.length - shown.length;
  if (hidden > 0) ctx.log.info(`${hidden} expired or closed case${hidden === 1 ? '' : 's'} not shown; pass --all to include ${hidden === 1 ? 'it' : 'them'}.`);
}

function jsonCase(l: ListedCase, today: PlainDate) {
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
    contactsChecked: c.contactsChecked ?? null,
    staleContacts: staleContactsOfOpenCase(c, today) !== undefined,
    officials: c.targets.map((t) => ({ id: t.id, name: t.name, channels: availableChannels(t) })),
    channels: l.channels,
    advice: advice(l),
  };
}

/**
 * The guides' advice for the days left, narrowed to the channels this case's officials can take.
 * A case past its deadline, or closed, asks for nothing more.
 */
function advice(l: ListedCase): { channels: string[]; text: string } {
  if (l.closed) return { channels: [], text: 'The case is closed: no more action is asked for.' };
  if (l.expired) return { channels: [], text: 'The deadline has passed: check the organisation for an update before writing.' };
  const { channels, text } = channelAdvice(l.daysLeft);
  return { channels: channels.filter((ch) => l.channels.includes(ch)), text };
}

const jsonError = (e: CaseError) => ({ line: e.line ?? null, column: e.column ?? null, field: e.field ?? null, message: e.problem });

/** "5 days left", "last day today", "expired 3 days ago", "closed". */
export function timeLeft(l: Pick<ListedCase, 'daysLeft' | 'expired' | 'closed'>): string {
  if (l.closed) return 'closed';
  const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
  if (l.expired) return `expired ${days(-l.daysLeft)} ago`;
  return l.daysLeft === 0 ? 'last day today' : `${days(l.daysLeft)} left`;
}

const HEADERS = ['ID', 'TITLE', 'COUNTRY', 'DEADLINE', 'LEFT', 'OFFICIALS', 'CHANNELS', 'BEST NOW'];
const GAP = '  ';

function renderTable(rows: readonly ListedCase[], ctx: CliContext): Styled[] {
  // Cells as they will show: an escaped control character is wider than the character, and the
  // columns are lined up by what is seen (the logger escapes again; that changes nothing then).
  const cells = rows.map((l) => [l.case.id, l.case.title, l.case.country, l.case.deadline, timeLeft(l), String(l.case.targets.length), l.channels.join(',') || '-', advice(l).channels.join(',') || '-'].map((cell) => visible(cell, { oneLine: true })));
  const natural = HEADERS.map((h, i) => Math.max(width(h), ...cells.map((r) => width(r[i] ?? ''))));
  const columns = ctx.stdout.isTTY ? (ctx.stdout as { columns?: number }).columns : undefined;
  // On a terminal every row stays on one line: long cells end in an ellipsis, and where even that
  // is not enough, the least needed columns go. Piped output keeps every cell whole.
  const shown = columns ? fitColumns(natural, columns) : natural.map((w, i) => ({ index: i, width: w }));
  const headers = shown.map(({ index }) => HEADERS[index]!);
  const widths = shown.map(({ width: w }) => w);
  for (const [k, r] of cells.entries()) cells[k] = shown.map(({ index, width: w }) => truncate(r[index] ?? '', w));
  const colorOf = (l: ListedCase): 'red' | 'yellow' | 'green' => (l.expired || l.closed ? 'red' : l.daysLeft < 7 ? 'yellow' : 'green');
  const line = (r: readonly string[], l?: ListedCase): Styled[] =>
    r.map((cell, i): Styled[] => {
      const padded = i === r.length - 1 ? cell : cell + ' '.repeat(widths[i]! - width(cell));
      const styled: Styled = l && (headers[i] === 'DEADLINE' || headers[i] === 'LEFT') ? { text: padded, color: colorOf(l) } : padded;
      return i === 0 ? [styled] : [GAP, styled];
    }).flat();
  return [line(headers), ...cells.map((r, i) => ['\n', ...line(r, rows[i])])].flat();
}

/** Narrowest a column may become before it is left out, by header; absent: never narrowed. */
const MIN_WIDTH: Readonly<Record<string, number>> = { TITLE: 12, ID: 10, COUNTRY: 7, CHANNELS: 8, 'BEST NOW': 8 };
/** Columns left out, in this order, when the narrowed table is still too wide. */
const DROP_ORDER = ['OFFICIALS', 'CHANNELS', 'COUNTRY', 'BEST NOW', 'TITLE'];

/**
 * The columns that fit `columns` characters and their widths: the title gives way first, then the
 * other long columns (always the widest of them, so no one column is cut to nothing); then whole
 * columns are left out. The id, the deadline and the days left always stay.
 */
export function fitColumns(natural: readonly number[], columns: number): Array<{ index: number; width: number }> {
  let shown = natural.map((w, index) => ({ index, width: w }));
  const total = () => shown.reduce((sum, c) => sum + c.width, 0) + GAP.length * (shown.length - 1);
  const room = (c: { index: number; width: number }) => c.width - (MIN_WIDTH[HEADERS[c.index]!] ?? c.width);
  for (;;) {
    const excess = total() - columns;
    if (excess <= 0) return shown;
    const title = shown.find((c) => HEADERS[c.index] === 'TITLE' && room(c) > 0);
    const widest = title ?? shown.filter((c) => room(c) > 0).sort((a, b) => b.width - a.width)[0];
    if (widest) {
      widest.width -= Math.min(excess, room(widest));
      continue;
    }
    const drop = DROP_ORDER.find((h) => shown.some((c) => HEADERS[c.index] === h));
    if (drop !== undefined) {
      shown = shown.filter((c) => HEADERS[c.index] !== drop);
      continue;
    }
    // Narrower than id, deadline and days left: the last column is cut; still one line each.
    const last = shown[shown.length - 1]!;
    last.width = Math.max(1, last.width - excess);
    return shown;
  }
}

const width = (s: string) => [...s].length;
const truncate = (s: string, max: number) => (width(s) <= max ? s : [...s].slice(0, max - 1).join('').trimEnd() + '…');
