// `ua-letter generate`: flags → options for the pipeline (src/generate), prompts on a terminal,
// and what the run made, printed for people.
import { channelAdvice, deadlineStatus } from '../../case/deadline.js';
import type { Case } from '../../case/types.js';
import { availableChannels } from '../../channels/index.js';
import type { Channel } from '../../channels/types.js';
import { UsageError } from '../../errors.js';
import { planFormats } from '../../generate/formats.js';
import { runGenerate, parseChannels } from '../../generate/generate.js';
import { assertGivenSigner, singleSigner } from '../../generate/signers.js';
import { RunTally } from '../../generate/tally.js';
import { resolveToday } from '../../generate/today.js';
import type { GenerateOptions, GenerateSummary } from '../../generate/types.js';
import { loadCases } from '../../read/case-files.js';
import { defaultProfilePath } from '../../read/config-path.js';
import { canPrompt, generateIo, readContext, type CliContext } from '../context.js';
import { chooseFormat, ensureSender } from '../guided.js';
import { nextSteps } from '../next-steps.js';

export interface GenerateFlags {
  name?: string;
  address?: string;
  city?: string;
  country?: string;
  email?: string;
  personal?: string;
  initials?: boolean;
  profile?: string;
  signers?: string;
  skipInvalid?: boolean;
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
  /** txt, md, pdf and/or html (planFormats checks them). */
  format?: string[];
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
  const options = toOptions(files, flags, ctx);
  // Before any work, and named as typed: `error: --email: "ada@example" is not an email address`.
  assertGivenSigner(options.signer, '--');
  // In a terminal, a person is there to answer what is missing (never with --json or --stdout,
  // whose stdout belongs to a script): who signs, and in a guided run the format.
  const guided = canPrompt(ctx, !flags.input) && flags.json !== true && flags.stdout !== true;
  if (files.length === 0) {
    const chosen = await chooseInteractively(options, flags, ctx, guided);
    if (!chosen) return;
  } else if (guided && flags.signers === undefined && !(await ensureSender(options, ctx))) return;
  const started = performance.now();
  const summary = await runGenerate(options, generateIo(ctx, { json: flags.json === true && flags.stdout !== true, quietProgress: flags.json === true || flags.stdout === true }));
  printSummary(summary, flags, ctx, performance.now() - started);
  if (guided && !summary.interrupted && !ctx.quiet) {
    const plan = planFormats(options.format);
    for (const line of nextSteps({ counts: summary.counts, out: summary.out, pdf: plan.files && plan.letters === 'pdf', html: plan.html })) ctx.log.info(line);
  }
}

function toOptions(files: string[], flags: GenerateFlags, ctx: CliContext): GenerateOptions {
  return {
    cases: files,
    signer: { name: flags.name, address: flags.address, city: flags.city, country: flags.country, email: flags.email, personal: flags.personal, initials: flags.initials },
    signers: flags.signers,
    skipInvalid: flags.skipInvalid,
    profile: flags.profile,
    savedProfile: defaultProfilePath(ctx.env),
    out: flags.out,
    stdout: flags.stdout,
    json: flags.json,
    format: flags.format,
    channels: flags.channel,
    targets: flags.target,
    lang: flags.lang,
    date: flags.date,
    force: flags.force,
    ignoreDeadline: flags.ignoreDeadline,
    log: flags.log,
    cwd: ctx.cwd,
    templates: flags.templates,
    paper: flags.paper,
    window: flags.window,
    split: flags.split,
    envelopes: flags.envelopes,
    labels: flags.labels,
    vary: flags.vary,
    signal: ctx.signal,
  };
}

/**
 * No case given: on a terminal, choose among the open cases of ./cases, then (for one case) the
 * officials and channels. Fills `options`; false when the user cancelled.
 */
async function chooseInteractively(options: GenerateOptions, flags: GenerateFlags, ctx: CliContext, guided: boolean): Promise<boolean> {
  if (!canPrompt(ctx, !flags.input)) {
    throw new UsageError('No case given: pass a case file, e.g. "ua-letter generate cases/x.md"', 'Run it in a terminal without arguments to choose interactively.');
  }
  const today = resolveToday(flags.date, ctx.env, ctx.now);
  parseChannels(flags.channel);
  const { withCancel } = await import('../prompts.js');
  const chosen = await withCancel(ctx, () => chooseCaseFiles(today, ctx));
  if (!chosen) return false;
  options.cases = chosen;
  // Who signs is settled before any more questions: asked for now when missing (a script's
  // missing name stops the run now, not after the other questions).
  if (flags.signers === undefined) {
    if (guided) {
      if (!(await ensureSender(options, ctx))) return false;
    } else await singleSigner(options.signer, options.profile ?? options.savedProfile, options.profile !== undefined, readContext(ctx));
  }
  if (chosen.length === 1 && !flags.target && !flags.channel) {
    const [c] = await loadCases(chosen, readContext(ctx));
    const picked = await withCancel(ctx, () => pickTargetsAndChannels(c!, today, ctx));
    if (!picked) return false;
    options.targets = picked.targets;
    options.channels = picked.channels;
  }
  return !guided || flags.format !== undefined || (await chooseFormat(options, ctx));
}

async function chooseCaseFiles(today: string, ctx: CliContext): Promise<string[]> {
  const { findCases } = await import('../../read/case-folder.js');
  const { promptChooseCases } = await import('../prompts.js');
  const found = await findCases('cases', today, readContext(ctx));
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

const CHANNEL_NAMES: Record<Channel, [string, string]> = { letter: ['letter', 'letters'], email: ['email', 'emails'], fax: ['fax', 'faxes'], tweet: ['post', 'posts'], call: ['call script', 'call scripts'] };

const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;

function printSummary(summary: GenerateSummary, flags: GenerateFlags, ctx: CliContext, ms: number): void {
  ctx.log.debug(`writer threads used: ${summary.writerThreads}`);
  if (summary.interrupted) {
    // The reader of stdout went away (`| head`): main.ts stops the run with this reason.
    const cause = ctx.signal.reason === 'stdout closed' ? 'the output was closed' : 'interrupted';
    if (flags.stdout) ctx.log.error(`${cause}: stopped before every document was printed`);
    else {
      ctx.log.error(`${cause}: ${files(summary.written)} written before the stop; run the same command again to finish the rest`);
      logNote(summary, flags, ctx);
    }
    return;
  }
  const total = summary.counts.reduce((n, c) => n + c.count, 0);
  if (flags.stdout || (flags.json && total === 0)) return;
  const what = [...RunTally.byChannel(summary.counts)].map(([ch, n]) => `${n} ${CHANNEL_NAMES[ch][n === 1 ? 0 : 1]}`).join(', ') || 'nothing';
  const pages = summary.pages > 0 ? `, ${summary.pages} PDF page${summary.pages === 1 ? '' : 's'}` : '';
  ctx.log.success(`Generated ${what}: ${files(summary.written)} written${pages} in ${summary.out}/ (${(ms / 1000).toFixed(1)} s)`);
  if (summary.skipped > 0) ctx.log.info(`${files(summary.skipped)} existed already and ${summary.skipped === 1 ? 'was' : 'were'} kept (pass --force to overwrite ${summary.skipped === 1 ? 'it' : 'them'})`);
  if (planFormats(flags.format).html) {
    for (const id of new Set(summary.counts.map((c) => c.case))) {
      ctx.log.info(`Open ${summary.out}/${id}/index.html in your browser: every action on one page (printing it prints the letters)`);
    }
  }
  logNote(summary, flags, ctx);
}

/** What the action log got: only documents this run created, so that `report` matches the disk. */
function logNote(summary: GenerateSummary, flags: GenerateFlags, ctx: CliContext): void {
  if (!flags.log || flags.stdout) return;
  const created = new Map<Channel, number>();
  let replaced = 0;
  let kept = 0;
  for (const p of summary.published) {
    if (p.created > 0) created.set(p.channel, (created.get(p.channel) ?? 0) + p.created);
    replaced += p.replaced;
    kept += p.kept;
  }
  const what = [...created].map(([ch, n]) => `${n} ${CHANNEL_NAMES[ch][n === 1 ? 0 : 1]}`).join(', ');
  const notCounted = [
    replaced > 0 && `${replaced} rewritten with --force`,
    kept > 0 && `${kept} kept from an earlier run`,
  ].filter(Boolean).join(' and ');
  if (what) ctx.log.info(`Action log: ${what} recorded${notCounted ? ` (not again: ${notCounted})` : ''}`);
  else if (notCounted) ctx.log.info(`Action log: nothing new to record (not again: ${notCounted})`);
}
