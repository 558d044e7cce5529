// The one pipeline: case files + who signs → rendered documents → a sink → a summary. The CLI's
// `generate` and the library's `generate()` both run exactly this; it prints nothing itself
// (people's messages go to io.info / io.warn) and never exits the process.
import { staleContacts } from '../case/contacts.js';
import { assertActionable, channelAdvice, deadlineStatus } from '../case/deadline.js';
import type { Case, PlainDate } from '../case/types.js';
import { availableChannels, channelNeeds, chooseLanguage, postsOverLimit, postTooLong, renderDocuments, signerLanguage } from '../channels/index.js';
import { loadPrecompiled } from '../render/precompiled.js';
import { identicalMessage } from '../channels/identical.js';
import { CHANNELS, type Channel } from '../channels/types.js';
import { addressPosition } from '../case/positions.js';
import { ADDRESS_HINT, AddressTooBigError, CaseError, UsageError } from '../errors.js';
import { createTemplateSet, type TemplateSet } from '../render/template-set.js';
import { loadCases } from '../read/case-files.js';
import { builtinTemplateDir, loadTemplateDir } from '../read/template-files.js';
import { openSink } from '../write/open-sink.js';
import { planFormats } from './formats.js';
import { checkFontFile } from '../write/pdf/fonts.js';
import { defaultPaper, paperLocale } from '../write/pdf/paper.js';
import type { Sink, SinkOptions } from '../write/sink.js';
import { mergePublished } from '../write/published.js';
import { prestartWriteThreads } from '../write/write-threads.js';
import { recordRun } from './record-run.js';
import { assertGivenSigner, signerListEntries, singleSigner, startSignerList, withInitialsWhenAsked, type SignerEntry } from './signers.js';
import { RunTally } from './tally.js';
import { threadPlan } from './threads.js';
import { resolveToday } from './today.js';
import type { GenerateIo, GenerateOptions, GenerateSummary } from './types.js';

export async function runGenerate(options: GenerateOptions, io: GenerateIo): Promise<GenerateSummary> {
  assertGivenSigner(options.signer, 'signer.');
  const today = resolveToday(options.date, io.env, io.now);
  const channels = parseChannels(options.channels);
  const out = options.out ?? 'letters';
  const stdout = options.stdout === true;
  const threads = threadPlan(io.env);
  // A big signer list is read (in a thread of its own) while the templates and cases load; once
  // it is in, the writer threads start too, while the case is still being read.
  const list = options.signers === undefined ? undefined
    : startSignerList(options.signers, threads.signerListThread, io, stdout || threads.writers === 0 ? undefined : () => prestartWriteThreads(threads.writers));
  const templates = await loadTemplates(options.templates);
  const given = list && options.signers !== undefined
    ? await signerListEntries(list, options.signers, options.skipInvalid === true, io)
    : await singleSigner(options.signer, options.profile ?? options.savedProfile, options.profile !== undefined, io);
  const signers = await withInitialsWhenAsked(given, { all: options.signer?.initials === true, drafts: !stdout, info: io.info });
  const cases = await loadCases(options.cases, io);
  for (const c of cases) {
    assertActionable(c, today, { ignoreDeadline: options.ignoreDeadline === true });
    reportDeadline(c, today, io);
    const stale = staleContacts(c, today);
    if (stale) io.warn(`${c.file}: ${stale.message}`);
  }
  const tweetLength = await loadTweetLengthIfNeeded(cases, channels);
  const formats = planFormats(options.format);
  if (formats.html && stdout) throw new UsageError('--format html writes web pages into the output folder: leave out --stdout', 'Or use --format txt (or md) with --stdout.');
  // The action pages want each signer's documents together; a combined PDF (and its envelopes
  // and labels) wants them grouped by official, and then the pages wait for the end of the case.
  const combinedPdf = formats.files && (formats.letters === 'pdf' || options.envelopes === true || options.labels !== undefined) && options.split !== true;
  const signersOutermost = options.split === true || (formats.html && !combinedPdf);
  const fontPath = io.env.UA_LETTER_FONT || undefined;
  // A font that cannot be one (missing, a folder, a pipe, a device, too large) stops the run
  // before anything is written, not at the first PDF.
  if (fontPath !== undefined && !stdout && mayDrawPdf(formats.letters === 'pdf', options, channels, cases)) await checkFontFile(fontPath);
  const sinkOptions: SinkOptions = {
    outDir: out,
    cwd: io.cwd,
    force: options.force === true,
    stdout,
    json: options.json === true,
    format: formats.letters,
    files: formats.files,
    html: formats.html,
    paper: options.paper,
    window: options.window ?? 'din-b',
    defaultPaper: defaultPaper(paperLocale(io.env)),
    split: options.split === true,
    envelopes: options.envelopes === true,
    labels: options.labels,
    today,
    context: cases.length > 1 || signers.length > 1,
    // CJK and other scripts DejaVu lacks need a font of the user's (a system font's path).
    fontPath,
    threads: threads.writers,
    threadsAfter: threads.writersAfter,
  };
  const sink = await openSink(sinkOptions, { stdout: io.stdout, onRecord: io.onRecord }, { cases: new Map(cases.map((c) => [c.id, c])), templates, bySigner: signersOutermost });
  const tally = new RunTally();
  const run: CaseRun = { templates, signers, today, channels, targets: options.targets, tweetLength, options, sink, tally, signersOutermost };
  try {
    for (const c of cases) {
      await generateCase(c, run, io);
      if (io.signal?.aborted) break;
    }
  } catch (error) {
    await sink.abort();
    // What reached the disk before the failure is there all the same: it counts.
    if (options.log === true && !stdout) await recordRun(cases, sink.published(), today, io);
    throw locatedAddressError(error, cases);
  }
  // Interrupted: the combined PDF being laid out holds only some of the letters. Closing would
  // publish it as if complete, and a rerun would then keep it; discard it instead.
  const interrupted = io.signal?.aborted === true;
  if (interrupted) await sink.abort();
  const totals = await sink.close();
  for (const note of totals.notes) io.warn(note);
  const identical = tally.identical.report() ?? null;
  if (identical) {
    const message = identicalMessage(identical, options.vary !== false);
    if (message.level === 'warn') io.warn(message.text);
    else io.info(message.text);
  }
  const published = mergePublished(sink.published());
  // Interrupted too: the log gets what was published before the stop, and the rerun the rest.
  if (options.log === true && !stdout) await recordRun(cases, published, today, io);
  return {
    documents: [],
    counts: tally.counts(),
    published,
    written: totals.written,
    skipped: totals.skipped,
    pages: totals.pages,
    warnings: [],
    writerThreads: totals.writerThreads,
    interrupted,
    out,
    today,
    identical,
  };
}

interface CaseRun {
  templates: TemplateSet;
  signers: SignerEntry[];
  today: PlainDate;
  channels: Channel[] | undefined;
  targets: string[] | undefined;
  tweetLength: ((text: string) => number) | undefined;
  options: GenerateOptions;
  sink: Sink;
  tally: RunTally;
  /** Each signer's documents together (split PDFs, action pages) instead of grouped by official. */
  signersOutermost: boolean;
}

async function generateCase(c: Case, run: CaseRun, io: GenerateIo): Promise<void> {
  const chosen = chooseLanguage(c, run.templates, run.options.lang);
  for (const w of chosen.warnings) io.warn(w);
  await loadPrecompiled(chosen.lang);
  const targetIds = run.targets ?? c.targets.map((t) => t.id);
  reportSkippedChannels(c, targetIds, run.channels, io);
  await assertPostsFit(c, run, chosen.lang);
  // Officials outermost, signers inside: a combined PDF comes out grouped by official, ready
  // to be sorted into envelopes. With --split each signer's letters form one PDF, and an action
  // page holds one signer's documents: signers outermost.
  const pairs = run.signersOutermost
    ? run.signers.flatMap((entry) => targetIds.map((targetId) => ({ entry, targetId })))
    : targetIds.flatMap((targetId) => run.signers.map((entry) => ({ entry, targetId })));
  const progress = await io.progress?.(pairs.length, c.id);
  try {
    for (const { entry, targetId } of pairs) {
      if (io.signal?.aborted) return;
      // --lang, else the signer's own language where the case has a letter in it, else the case's.
      const lang = run.options.lang === undefined ? (signerLanguage(c, run.templates, entry.signer.lang) ?? chosen.lang) : chosen.lang;
      if (lang !== chosen.lang) await loadPrecompiled(lang);
      const docs = renderDocuments(c, {
        templates: run.templates,
        signer: entry.signer,
        today: run.today,
        lang,
        targets: [targetId],
        vary: run.options.vary !== false,
        ...(run.channels && { channels: run.channels }),
        ...(run.tweetLength && { tweetLength: run.tweetLength }),
      });
      for (const doc of docs) {
        run.tally.count(doc);
        await run.sink.add(doc, entry.dir);
      }
      progress?.tick();
    }
  } finally {
    progress?.stop();
  }
}

/**
 * Every suggested post for every official, in every language this run writes, before anything is
 * written: which post a signer gets depends on who they are, so a batch must not stop half-way at
 * the first signer who drew a post that is too long (and validate refuses the same case).
 */
async function assertPostsFit(c: Case, run: CaseRun, defaultLang: string): Promise<void> {
  const tweetLength = run.tweetLength;
  if (!tweetLength || (run.channels && !run.channels.includes('tweet'))) return;
  const langs = new Set(run.signers.map((entry) => (run.options.lang === undefined ? (signerLanguage(c, run.templates, entry.signer.lang) ?? defaultLang) : defaultLang)));
  for (const lang of langs) {
    await loadPrecompiled(lang);
    const [first] = postsOverLimit(c, { templates: run.templates, lang, today: run.today, tweetLength, targets: run.targets });
    if (first) throw postTooLong(run.templates, first);
  }
}

export function parseChannels(values: readonly string[] | undefined): Channel[] | undefined {
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

function reportDeadline(c: Case, today: PlainDate, io: GenerateIo): void {
  const { daysLeft, expired } = deadlineStatus(c, today);
  if (expired) {
    io.warn(`${c.file}: the deadline (${c.deadline}) has passed; generating because of --ignore-deadline`);
    return;
  }
  const when = daysLeft === 0 ? 'today is the last day' : `${daysLeft} day${daysLeft === 1 ? '' : 's'} left`;
  io.info(`${c.id}: deadline ${c.deadline}, ${when}. ${channelAdvice(daysLeft).text}`);
}

function reportSkippedChannels(c: Case, targetIds: readonly string[], channels: Channel[] | undefined, io: GenerateIo): void {
  if (!channels) return;
  for (const id of targetIds) {
    const target = c.targets.find((t) => t.id === id);
    if (!target) continue; // renderDocuments reports unknown ids with the valid ones
    const available = availableChannels(target);
    const missing = channels.filter((ch) => !available.includes(ch));
    if (missing.length > 0) io.warn(`${c.id}/${id}: no ${missing.map(channelNeeds).join(', no ')}, so no ${missing.join(', ')}`);
  }
}

async function loadTweetLengthIfNeeded(cases: readonly Case[], channels: Channel[] | undefined) {
  if (channels && !channels.includes('tweet')) return undefined;
  if (!cases.some((c) => c.targets.some((t) => t.twitter))) return undefined;
  // Only when a post is due. twitter-text itself (it slows RegExp for the whole process) is loaded
  // by tweet-length.ts only for a post it cannot count alone (one with a URL or emoji).
  const { loadTweetLength } = await import('../channels/tweet-length.js');
  return loadTweetLength();
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

/** Whether this run may draw a PDF: letters as PDF, envelopes, labels, or faxes to an official with a number. */
function mayDrawPdf(pdfLetters: boolean, options: GenerateOptions, channels: readonly Channel[] | undefined, cases: readonly Case[]): boolean {
  const faxes = (channels === undefined || channels.includes('fax')) && cases.some((c) => c.targets.some((t) => t.fax !== undefined));
  return pdfLetters || options.envelopes === true || options.labels !== undefined || faxes;
}
