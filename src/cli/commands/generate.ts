// `ua-letter generate`: flags → options; cases × officials × signers → documents → files.
import type { Case } from '../../case/types.js';
import { staleContacts } from '../../case/contacts.js';
import { assertActionable, channelAdvice, deadlineStatus } from '../../case/deadline.js';
import { availableChannels, channelNeeds, chooseLanguage, renderDocuments } from '../../channels/index.js';
import { CHANNELS, type Channel } from '../../channels/types.js';
import { ADDRESS_HINT, AddressTooBigError, CaseError, UsageError } from '../../errors.js';
import { addressPosition } from '../../case/positions.js';
import type { TemplateSet } from '../../render/template-set.js';
import { createTemplateSet } from '../../render/template-set.js';
import { canPrompt, type CliContext } from '../context.js';
import { openSink, type SinkOptions } from '../document-sinks.js';
import { createProgress, type Progress } from '../progress.js';
import { loadCases } from '../load-case.js';
import { prefetchSignerList, resolveSigners, type SignerEntry, type SignerFlags } from '../signer-source.js';
import { builtinTemplateDir, loadTemplateDir } from '../template-files.js';
import { resolveToday } from '../today.js';

export interface GenerateFlags extends SignerFlags {
  channel?: string[];
  target?: string[];
  lang?: string;
  out: string;
  stdout?: boolean;
  json?: boolean;
  force?: boolean;
  date?: string;
  ignoreDeadline?: boolean;
  templates?: string;
  format: 'txt' | 'md' | 'pdf';
  paper?: 'a4' | 'letter';
  window?: 'din-a' | 'din-b';
  split?: boolean;
  envelopes?: boolean;
  labels?: string;
  input: boolean;
  log: boolean;
  vary: boolean;
}

export async function run(files: string[], flags: GenerateFlags, ctx: CliContext): Promise<void> {
  const today = resolveToday(flags.date, ctx.env, ctx.now);
  let channels = parseChannels(flags.channel);
  let targets = flags.target;
  const interactive = files.length === 0;
  if (interactive) {
    if (!canPrompt(ctx, !flags.input)) {
      throw new UsageError('No case given: pass a case file, e.g. "ua-letter generate cases/x.md"', 'Run it in a terminal without arguments to choose interactively.');
    }
    const { withCancel } = await import('../prompts.js');
    const chosen = await withCancel(ctx, () => chooseCaseFiles(today, ctx));
    if (!chosen) return;
    files = chosen;
  }
  // A big signer list takes ~0.2 s to read (in a thread of its own): start it while the templates load.
  prefetchSignerList(flags, ctx, { writeFiles: flags.stdout !== true });
  const templates = await loadTemplates(flags.templates);
  const signers = await resolveSigners(flags, ctx, { drafts: flags.stdout !== true });
  const cases = await loadCases(files, ctx);
  for (const c of cases) {
    assertActionable(c, today, { ignoreDeadline: flags.ignoreDeadline === true });
    reportDeadline(c, today, ctx);
    const stale = staleContacts(c, today);
    if (stale) ctx.log.warn(`${c.file}: ${stale.message}`);
  }
  if (interactive && cases.length === 1 && !targets && !channels) {
    const { withCancel } = await import('../prompts.js');
    const picked = await withCancel(ctx, () => pickTargetsAndChannels(cases[0]!, today, ctx));
    if (!picked) return;
    targets = picked.targets;
    channels = picked.channels;
  }
  const tweetLength = await loadTweetLengthIfNeeded(cases, channels);
  const sink = await openSink({ ...sinkOptions(flags, today), context: cases.length > 1 || signers.length > 1 }, ctx);
  const started = performance.now();
  try {
    for (const c of cases) {
      await generateCase(c, { templates, signers, today, channels, targets, tweetLength, flags, sink }, ctx);
      if (ctx.signal.aborted) break;
    }
  } catch (error) {
    await sink.abort();
    throw locatedAddressError(error, cases);
  }
  // Interrupted: the combined PDF being laid out holds only some of the letters. Closing would
  // publish it as if complete, and a rerun would then keep it; discard it instead (issue 6).
  if (ctx.signal.aborted) await sink.abort();
  const summary = await sink.close();
  summary.print(ctx, performance.now() - started);
  if (flags.log && !flags.stdout && !ctx.signal.aborted) await logGenerated(cases, summary.documents, today, ctx);
}

interface CaseRun {
  templates: TemplateSet;
  signers: SignerEntry[];
  today: string;
  channels: Channel[] | undefined;
  targets: string[] | undefined;
  tweetLength: ((text: string) => number) | undefined;
  flags: GenerateFlags;
  sink: Awaited<ReturnType<typeof openSink>>;
}

async function generateCase(c: Case, run: CaseRun, ctx: CliContext): Promise<void> {
  const chosen = chooseLanguage(c, run.templates, run.flags.lang);
  for (const w of chosen.warnings) ctx.log.warn(w);
  const targetIds = run.targets ?? c.targets.map((t) => t.id);
  reportSkippedChannels(c, targetIds, run.channels, ctx);
  // Officials outermost, signers inside: a combined PDF comes out grouped by official, ready
  // to be sorted into envelopes. With --split each signer's letters form one PDF: signers outermost.
  const pairs = run.flags.split
    ? run.signers.flatMap((entry) => targetIds.map((targetId) => ({ entry, targetId })))
    : targetIds.flatMap((targetId) => run.signers.map((entry) => ({ entry, targetId })));
  const progress = await createProgress(pairs.length, c.id, ctx, run.flags.json === true || run.flags.stdout === true);
  try {
    await generatePairs(c, pairs, chosen.lang, run, ctx, progress);
  } finally {
    progress.stop();
  }
}

async function generatePairs(c: Case, pairs: ReadonlyArray<{ entry: SignerEntry; targetId: string }>, defaultLang: string, run: CaseRun, ctx: CliContext, progress: Progress): Promise<void> {
  for (const { entry, targetId } of pairs) {
    if (ctx.signal.aborted) return;
    const lang = run.flags.lang ?? signerLanguage(entry, run.templates) ?? defaultLang;
    const docs = renderDocuments(c, {
      templates: run.templates,
      signer: entry.signer,
      today: run.today,
      lang,
      targets: [targetId],
      vary: run.flags.vary,
      ...(run.channels && { channels: run.channels }),
      ...(run.tweetLength && { tweetLength: run.tweetLength }),
    });
    for (const doc of docs) await run.sink.add(doc, entry);
    progress.tick();
  }
}

function signerLanguage(entry: SignerEntry, templates: TemplateSet): string | undefined {
  const lang = entry.signer.lang;
  return lang && templates.has(lang, 'letter') ? lang : undefined;
}

function parseChannels(values: string[] | undefined): Channel[] | undefined {
  if (!values || values.length === 0) return undefined;
  for (const v of values) {
    if (!(CHANNELS as readonly string[]).includes(v)) {
      throw new UsageError(`--channel: "${v}" is not a channel; choose from ${CHANNELS.join(', ')}`);
    }
  }
  return CHANNELS.filter((c) => values.includes(c));
}

async function loadTemplates(userDir: string | undefined): Promise<TemplateSet> {
  const dirs = [await builtinTemplateDir()];
  if (userDir) dirs.unshift(await loadTemplateDir(userDir));
  return createTemplateSet(dirs);
}

function reportDeadline(c: Case, today: string, ctx: CliContext): void {
  const { daysLeft, expired } = deadlineStatus(c, today);
  if (expired) {
    ctx.log.warn(`${c.file}: the deadline (${c.deadline}) has passed; generating because of --ignore-deadline`);
    return;
  }
  const when = daysLeft === 0 ? 'today is the last day' : `${daysLeft} day${daysLeft === 1 ? '' : 's'} left`;
  ctx.log.info(`${c.id}: deadline ${c.deadline}, ${when}. ${channelAdvice(daysLeft).text}`);
}

function reportSkippedChannels(c: Case, targetIds: readonly string[], channels: Channel[] | undefined, ctx: CliContext): void {
  if (!channels) return;
  for (const id of targetIds) {
    const target = c.targets.find((t) => t.id === id);
    if (!target) continue; // renderDocuments reports unknown ids with the valid ones
    const available = availableChannels(target);
    const missing = channels.filter((ch) => !available.includes(ch));
    if (missing.length > 0) ctx.log.warn(`${c.id}/${id}: no ${missing.map(channelNeeds).join(', no ')}, so no ${missing.join(', ')}`);
  }
}

async function loadTweetLengthIfNeeded(cases: readonly Case[], channels: Channel[] | undefined) {
  if (channels && !channels.includes('tweet')) return undefined;
  if (!cases.some((c) => c.targets.some((t) => t.twitter))) return undefined;
  // Only when a post is due. twitter-text itself (~70 ms, and it slows RegExp for the whole process)
  // is loaded by tweet-length.ts only for a post it cannot count alone (one with a URL or emoji).
  const { loadTweetLength } = await import('../../channels/tweet-length.js');
  return loadTweetLength();
}

function sinkOptions(flags: GenerateFlags, today: string): SinkOptions {
  return {
    outDir: flags.out,
    force: flags.force === true,
    stdout: flags.stdout === true,
    json: flags.json === true,
    format: flags.format,
    paper: flags.paper,
    window: flags.window ?? 'din-b',
    split: flags.split === true,
    envelopes: flags.envelopes === true,
    labels: flags.labels,
    today,
    context: false,
  };
}

async function chooseCaseFiles(today: string, ctx: CliContext): Promise<string[]> {
  const { findCases } = await import('../case-folder.js');
  const { promptChooseCases } = await import('../prompts.js');
  const found = await findCases('cases', today, ctx);
  const open = found.filter((f) => f.case && !f.expired && !f.closed);
  if (open.length === 0) throw new UsageError('No open cases in ./cases: pass a case file, e.g. "ua-letter generate path/to/case.md"');
  return promptChooseCases(open, ctx);
}

async function pickTargetsAndChannels(c: Case, today: string, ctx: CliContext): Promise<{ targets: string[]; channels: Channel[] }> {
  const { promptTargetsAndChannels } = await import('../prompts.js');
  const available = Object.fromEntries(c.targets.map((t) => [t.id, availableChannels(t)]));
  const recommended = channelAdvice(deadlineStatus(c, today).daysLeft).channels;
  return promptTargetsAndChannels(c, available, ctx, { recommended });
}

async function logGenerated(cases: readonly Case[], docs: ReadonlyArray<{ caseId: string; targetId: string; channel: Channel }>, today: string, ctx: CliContext): Promise<void> {
  const { generatedRecord } = await import('../../actions/index.js');
  const { appendActionRecord } = await import('../../output/action-log.js');
  const { actionLogPath } = await import('../action-log-path.js');
  const path = actionLogPath(ctx.env);
  for (const c of cases) {
    const mine = docs.filter((d) => d.caseId === c.id);
    if (mine.length === 0) continue;
    try {
      await appendActionRecord(path, generatedRecord(c.id, today, mine));
    } catch (error) {
      // The letters are written; a log failure must not turn a good run into a failed one.
      ctx.log.warn(`could not record this run in ${path}: ${(error as Error).message}`);
    }
  }
}

/** An address too big for the window, pointed at where the case file writes it. */
function locatedAddressError(error: unknown, cases: readonly Case[]): unknown {
  if (!(error instanceof AddressTooBigError)) return error;
  const c = cases.find((k) => k.id === error.letter.caseId);
  if (!c) return error;
  const at = addressPosition(c, error.letter.targetId);
  const problem = `the address of ${error.letter.targetId} (${error.letter.recipientLines.length} lines with name and title) does not fit the ${error.windowName} envelope window, even wrapped and in small type; nothing was printed`;
  return new CaseError({ file: c.file, line: at.line, column: at.column, field: at.field }, problem, { code: error.code, hint: ADDRESS_HINT });
}
