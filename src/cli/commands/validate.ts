// `ua-letter validate <case...>`: every file, every problem, one line each; exit 2 on any error.
import { parseCase } from '../../case/parse-case.js';
import { staleContactsOfOpenCase } from '../../case/contacts.js';
import { findSection } from '../../case/sections.js';
import type { Case, CaseWarning, PlainDate } from '../../case/types.js';
import { CaseError, EXIT, formatLocated } from '../../errors.js';
import type { CliContext } from '../context.js';
import { readInputText } from '../../read/input.js';
import { resolveToday } from '../../generate/today.js';

export interface ValidateOptions {
  json?: boolean;
  /** Today, for the stale-contacts check (default: SOURCE_DATE_EPOCH, else the clock). */
  date?: string;
}

interface FileReport {
  file: string;
  errors: CaseError[];
  warnings: CaseWarning[];
  caseId: string | undefined;
}

export async function run(files: string[], opts: ValidateOptions, ctx: CliContext): Promise<void> {
  const today = resolveToday(opts.date, ctx.env, ctx.now);
  const ids = new Map<string, string>();
  for (const file of files) {
    if (ctx.signal.aborted) return;
    const report = await check(file, today, ctx);
    if (report.caseId !== undefined) {
      const other = ids.get(report.caseId);
      // Two cases with one id would write their letters into the same output folder.
      if (other !== undefined) report.warnings.push({ file, field: 'id', message: `"${report.caseId}" is also the id of ${other}` });
      else ids.set(report.caseId, file);
    }
    if (opts.json) printJson(report, ctx);
    else printHuman(report, ctx);
    if (report.errors.length > 0) ctx.exitCode = EXIT.badInput;
  }
}

async function check(file: string, today: PlainDate, ctx: CliContext): Promise<FileReport> {
  try {
    const result = parseCase(await readInputText(file, ctx), { file });
    const warnings = [...result.warnings];
    const stale = result.case && staleContactsOfOpenCase(result.case, today);
    if (stale) warnings.push({ file, field: stale.checked ? 'contacts_checked' : undefined, message: stale.message });
    const errors = result.case ? [...result.errors, ...(await refusedPosts(result.case, today))] : result.errors;
    return { file, errors, warnings, caseId: result.case?.id };
  } catch (error) {
    // Unreadable files are reported like any other problem, and the other files still checked.
    if (error instanceof CaseError) return { file, errors: [error], warnings: [], caseId: undefined };
    throw error;
  }
}

/**
 * What generate would refuse from the case alone beyond the parser's checks: a post over X's
 * limit, for every official with a handle, every suggested post, and every language of the case
 * that has templates. Templates and tweet counting load only for a case with a handle.
 */
async function refusedPosts(c: Case, today: PlainDate): Promise<CaseError[]> {
  if (!c.targets.some((t) => t.twitter?.replace(/^@+/, '').trim())) return [];
  const [{ builtinTemplateDir }, { createTemplateSet }, { chooseLanguage, postsOverLimit, TWEET_LIMIT }, { loadTweetLength }] = await Promise.all([
    import('../../read/template-files.js'),
    import('../../render/template-set.js'),
    import('../../channels/index.js'),
    import('../../channels/tweet-length.js'),
  ]);
  const templates = createTemplateSet([await builtinTemplateDir()]);
  const tweetLength = await loadTweetLength();
  const langs = [...new Set([chooseLanguage(c, templates).lang, ...c.languages.filter((l) => templates.has(l, 'tweet'))])];
  return langs.flatMap((lang) =>
    postsOverLimit(c, { templates, lang, today, tweetLength }).map((p) => {
      const section = findSection(c, 'Tweet', lang);
      const index = c.targets.findIndex((t) => t.id === p.targetId);
      const at = section ? { line: section.line, column: 1, field: `## ${section.name}${section.lang ? ` (${section.lang})` : ''}` } : { field: `targets[${index}].twitter` };
      const which = p.variants > 1 ? ` (suggested post ${p.variant} of ${p.variants})` : '';
      return new CaseError(
        { file: c.file, ...at },
        `the post to ${p.targetId}${which} in "${lang}" is ${p.length} characters as X counts them, with the handle and hashtags added; the limit is ${TWEET_LIMIT}`,
        { code: 'tweet.too-long', hint: 'Shorten the "## Tweet" section: generate refuses a post over the limit rather than cut it.' },
      );
    }),
  );
}

function printHuman(report: FileReport, ctx: CliContext): void {
  for (const e of report.errors) {
    ctx.log.error(e.message);
    if (e.hint) ctx.log.info(`  ${e.hint}`);
  }
  for (const w of report.warnings) ctx.log.warn(formatLocated(w, w.message));
  if (report.errors.length === 0) {
    const n = report.warnings.length;
    ctx.log.info(`${report.file}: OK${n === 0 ? '' : `, ${n} warning${n === 1 ? '' : 's'}`}`);
  }
}

/** One JSON object per file (JSON Lines); positions are null where a problem has none. */
function printJson(report: FileReport, ctx: CliContext): void {
  const entry = (p: { line?: number | undefined; column?: number | undefined; field?: string | undefined }, message: string) => ({
    line: p.line ?? null,
    column: p.column ?? null,
    field: p.field ?? null,
    message,
  });
  const out = {
    file: report.file,
    valid: report.errors.length === 0,
    errors: report.errors.map((e) => entry(e, e.problem)),
    warnings: report.warnings.map((w) => entry(w, w.message)),
  };
  ctx.log.print(JSON.stringify(out) + '\n');
}
