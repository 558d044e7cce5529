// `ua-letter report [case]`: generated vs sent per case and channel, with where to report them.
// --json prints ONE object ({log, cases: [...], damaged: [...]}) rather than JSON Lines, so that
// an empty log is still a valid document and the damaged-line count travels with the totals.
import { formatReport, reportJson } from '../../actions/report-text.js';
import { actionTotals, type CaseTotals } from '../../actions/totals.js';
import { formatLocated } from '../../errors.js';
import { readActionLog } from '../../read/action-log.js';
import { actionLogPath } from '../../read/action-log-path.js';
import { readContext, type CliContext } from '../context.js';
import { findCases, type FoundCase } from '../../read/case-folder.js';
import { resolveCaseRef, type CaseRef } from '../../read/case-ref.js';

const MAX_DAMAGED_SHOWN = 20;

export interface ReportOptions {
  json?: boolean | undefined;
  /** Folder of case files to find report links in. */
  cases: string;
}

export async function run(caseRef: string | undefined, opts: ReportOptions, ctx: CliContext): Promise<void> {
  const ref = caseRef === undefined ? undefined : await resolveCaseRef(caseRef, readContext(ctx));
  const path = actionLogPath(ctx.env, ctx.cwd);
  const { records, damaged } = await readActionLog(path, readContext(ctx));
  // Skipped lines make the totals too low: say so for each one, even with --json.
  // Each up to a screenful; a file full of junk is summed up rather than printed line by line.
  for (const d of damaged.slice(0, MAX_DAMAGED_SHOWN)) ctx.log.warn(formatLocated({ file: path, line: d.line }, `damaged record skipped (${d.reason})`));
  if (damaged.length > MAX_DAMAGED_SHOWN) ctx.log.warn(`${path}: ${damaged.length - MAX_DAMAGED_SHOWN} more damaged records skipped (${damaged.length} in all)`);
  const totals = actionTotals(ref ? records.filter((r) => r.case === ref.id) : records);
  const links = await reportLinks(totals, ref, opts.cases, ctx);
  if (opts.json) {
    ctx.log.print(JSON.stringify(reportJson(path, totals, links, damaged)) + '\n');
    return;
  }
  if (totals.length === 0) {
    ctx.log.info(ref ? `No actions recorded for ${ref.id} in ${path}.` : `No actions recorded yet in ${path}.`);
    return;
  }
  ctx.log.print(formatReport(totals, links));
  const missing = totals.filter((t) => !links.has(t.case)).map((t) => t.case);
  if (missing.length > 0) ctx.log.info(`No report link for ${missing.join(', ')} (no case file with a links.report in ${opts.cases}).`);
}

/** `links.report` of each case reported: from the case file given, else from the cases folder. */
async function reportLinks(totals: readonly CaseTotals[], ref: CaseRef | undefined, dir: string, ctx: CliContext): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  const given = ref?.case?.links.report;
  if (ref && given !== undefined) links.set(ref.id, given);
  const wanted = new Set(totals.map((t) => t.case).filter((id) => !links.has(id)));
  if (wanted.size === 0) return links;
  // A case file that does not parse is not this command's business (`validate` reports it).
  const quiet = { ...readContext(ctx), warn: (m: string) => ctx.log.debug(m) };
  let found: FoundCase[];
  try {
    // The date only decides what list shows as expired, which does not matter here.
    found = await findCases(dir, '2000-01-01', quiet);
  } catch (error) {
    ctx.log.debug(`no case folder to look up report links: ${(error as Error).message}`);
    return links;
  }
  for (const { case: c } of found) {
    const link = c?.links.report;
    if (c && link !== undefined && wanted.has(c.id) && !links.has(c.id)) links.set(c.id, link);
  }
  return links;
}
