// `ua-letter report [case]`: generated vs sent per case and channel, with where to report them.
// --json prints ONE object ({log, cases: [...], damaged: [...]}) rather than JSON Lines, so that
// an empty log is still a valid document and the damaged-line count travels with the totals.
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { formatReport, reportJson } from '../../actions/report-text.js';
import { actionTotals, type CaseTotals } from '../../actions/totals.js';
import { formatLocated } from '../../errors.js';
import { readActionLog } from '../../output/action-log.js';
import { actionLogPath } from '../action-log-path.js';
import type { CliContext } from '../context.js';
import { resolveCaseRef, type CaseRef } from '../case-ref.js';

export interface ReportOptions {
  json?: boolean | undefined;
  /** Folder of case files to find report links in. */
  cases: string;
}

export async function run(caseRef: string | undefined, opts: ReportOptions, ctx: CliContext): Promise<void> {
  const ref = caseRef === undefined ? undefined : await resolveCaseRef(caseRef, ctx);
  const path = actionLogPath(ctx.env, ctx.cwd);
  const { records, damaged } = await readActionLog(path);
  // Skipped lines make the totals too low: say so for each one, even with --json.
  for (const d of damaged) ctx.log.warn(formatLocated({ file: path, line: d.line }, `damaged record skipped (${d.reason})`));
  const totals = actionTotals(ref ? records.filter((r) => r.case === ref.id) : records);
  const links = await reportLinks(totals, ref, opts.cases, ctx);
  if (opts.json) {
    ctx.stdout.write(JSON.stringify(reportJson(path, totals, links, damaged)) + '\n');
    return;
  }
  if (totals.length === 0) {
    ctx.log.info(ref ? `No actions recorded for ${ref.id} in ${path}.` : `No actions recorded yet in ${path}.`);
    return;
  }
  ctx.stdout.write(formatReport(totals, links));
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
  for (const file of await caseFiles(dir, ctx)) {
    const found = await readReportLink(file, ctx);
    if (found && wanted.has(found.id)) {
      links.set(found.id, found.link);
      wanted.delete(found.id);
      if (wanted.size === 0) break;
    }
  }
  return links;
}

async function caseFiles(dir: string, ctx: CliContext): Promise<string[]> {
  try {
    const names = await readdir(resolve(ctx.cwd, dir));
    return names.filter((n) => n.endsWith('.md')).sort().map((n) => join(dir, n));
  } catch (error) {
    ctx.log.debug(`no case folder to look up report links: ${(error as Error).message}`);
    return [];
  }
}

/** A case file that does not parse is not this command's business (`validate` reports it). */
async function readReportLink(file: string, ctx: CliContext): Promise<{ id: string; link: string } | undefined> {
  const { readInputText } = await import('../read-input.js');
  const { parseCase } = await import('../../case/parse-case.js');
  try {
    const { case: parsed } = parseCase(await readInputText(file, ctx), { file });
    const link = parsed?.links.report;
    return parsed && link !== undefined ? { id: parsed.id, link } : undefined;
  } catch (error) {
    ctx.log.debug(`${file}: skipped while looking for report links: ${(error as Error).message}`);
    return undefined;
  }
}
