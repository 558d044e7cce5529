// The only place that talks to @inquirer/prompts, and only when a question is actually asked:
// importing it costs ~120 ms, which `--version`, `validate` and scripted runs must not pay.
// Callers check `canPrompt(ctx, …)` first: with stdin not a terminal inquirer would throw or hang.
import type { NewCaseAnswers } from '../case/new-case.js';
import type { Case, PlainDate, Target } from '../case/types.js';
import { daysBetween, isPlainDate } from '../case/dates.js';
import { isHandle, isPhoneNumber, stripAt } from '../case/formats.js';
import { CHANNELS, type Channel } from '../channels/types.js';
import { checkEmail, checkLang } from '../signer/profile.js';
import type { Signer } from '../signer/types.js';
import type { CliContext } from './context.js';

/** What a prompt needs of the context: the terminal, and the interrupt signal. */
export type PromptContext = Pick<CliContext, 'stdin' | 'stdout' | 'signal'>;

/** True for the errors inquirer throws when the user presses Ctrl-C or the run is interrupted. */
export function isPromptCancel(error: unknown): boolean {
  return error instanceof Error && ['ExitPromptError', 'AbortPromptError', 'CancelPromptError'].includes(error.name);
}

/**
 * Runs the interactive part of a command. Ctrl-C → "Cancelled; nothing was written." and exit 130,
 * returning `undefined`; the caller writes nothing in that case.
 */
export async function withCancel<T>(ctx: CliContext, step: () => Promise<T>): Promise<T | undefined> {
  try {
    return await step();
  } catch (error) {
    if (!isPromptCancel(error)) throw error;
    ctx.stderr.write('\nCancelled; nothing was written.\n');
    ctx.exitCode = 130;
    return undefined;
  }
}

const load = () => import('@inquirer/prompts');
const io = (ctx: PromptContext) => ({ input: ctx.stdin, output: ctx.stdout, signal: ctx.signal });

/** A reason string when the (trimmed) answer is wrong, `undefined` when it is fine. */
type Check = (value: string) => string | undefined | Promise<string | undefined>;

interface AskOptions {
  default?: string | undefined;
  required?: boolean;
  check?: Check;
}

/** One line of text, trimmed. A failed check re-asks with the reason under the question. */
async function ask(ctx: PromptContext, message: string, options: AskOptions = {}): Promise<string> {
  const { input } = await load();
  const answer = await input(
    {
      message,
      default: options.default || undefined,
      validate: async (raw: string) => {
        const value = raw.trim();
        if (!value) return options.required ? 'This one is needed; please type an answer' : true;
        return (await options.check?.(value)) ?? true;
      },
    },
    io(ctx),
  );
  return answer.trim();
}

/** An optional field that may already have a value: Enter keeps it, "-" clears it. */
async function askOptional(ctx: PromptContext, message: string, current: string | undefined, check?: Check): Promise<string | undefined> {
  const hint = current ? ' (Enter keeps it, - clears it)' : ' (Enter to skip)';
  const answer = await ask(ctx, message + hint, { default: current, check: (v) => (v === '-' ? undefined : check?.(v)) });
  return answer === '' || answer === '-' ? undefined : answer;
}

/** Several values on one line; `separator` is `,` for codes and addresses, `|` for lines that hold commas. */
export function splitList(value: string | undefined, separator: ',' | '|'): string[] {
  if (!value) return [];
  return value.split(separator === ',' ? /\s*,\s*/ : /\s*\|\s*/).map((s) => s.trim()).filter(Boolean);
}

const each = (check: (v: string) => string | undefined, separator: ',' | '|'): Check => (value) => {
  for (const item of splitList(value, separator)) {
    const problem = check(item);
    if (problem) return problem;
  }
  return undefined;
};

export async function promptConfirm(message: string, ctx: PromptContext, defaultValue = true): Promise<boolean> {
  const { confirm } = await load();
  return confirm({ message, default: defaultValue }, io(ctx));
}

/** The sender profile for `init`, each question pre-filled from `defaults` (saved profile, flags, locale). */
export async function promptProfile(defaults: Partial<Signer>, ctx: PromptContext): Promise<Signer> {
  const name = await ask(ctx, 'Your name, as it should appear under your letters', { default: defaults.name, required: true });
  const address = await askOptional(ctx, 'Street address, lines separated by |', defaults.address?.join(' | ') || undefined);
  const city = await askOptional(ctx, 'Town or city, with postcode', defaults.city);
  const country = await askOptional(ctx, 'Country', defaults.country);
  const email = await askOptional(ctx, 'Email address', defaults.email, checkEmail);
  const lang = await ask(ctx, 'Language for your letters (two-letter code: en, es, fr…)', { default: defaults.lang ?? 'en', required: true, check: checkLang });
  const paper = await choosePaper(defaults.paper ?? 'a4', ctx);
  const personal = await askOptional(ctx, 'A line of your own, e.g. "As a nurse, I…"', defaults.personal);
  return dropUndefined({ name, address: splitList(address, '|'), city, country, email, lang, paper, personal });
}

async function choosePaper(current: 'a4' | 'letter', ctx: PromptContext): Promise<'a4' | 'letter'> {
  const { select } = await load();
  const choices = [
    { value: 'a4' as const, name: 'A4 (most of the world)' },
    { value: 'letter' as const, name: 'US Letter (North America and a few other countries)' },
  ];
  return select({ message: 'Paper size for printed letters', choices, default: current }, io(ctx));
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The answers `ua-letter new` turns into a case file. */
export type CaseDraft = NewCaseAnswers;

export interface PromptCaseOptions {
  today: PlainDate;
  /** A reason why this case id cannot be used (e.g. its file exists), checked as the user types it. */
  idProblem?: (id: string) => string | undefined | Promise<string | undefined>;
  /** Answers already given as flags or in an answers file (officials already read): not asked again. */
  given?: Partial<NewCaseAnswers> | undefined;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const checkSlug = (value: string) => (SLUG.test(value) ? undefined : `"${value}" is not an id: use lower-case letters, digits and single hyphens, e.g. venezuela-detentions`);

async function slugOf(text: string, fallback: string): Promise<string> {
  const { default: slugify } = await import('@sindresorhus/slugify');
  // Scripts without a Latin transliteration (CJK, Thai…) slug to "": fall back to a numbered id.
  return slugify(text).slice(0, 60).replace(/-+$/, '') || fallback;
}

/** Asks for a case and its officials, checking each answer as it is given. */
export async function promptCase(ctx: PromptContext, options: PromptCaseOptions): Promise<CaseDraft> {
  const given = options.given ?? {};
  const title = given.title ?? (await ask(ctx, 'Title of the case, e.g. "Country: what is happening to whom"', { required: true }));
  const id = given.id ?? (await ask(ctx, 'Short id for file names', {
    default: await slugOf(title, 'new-case'),
    required: true,
    check: async (v) => checkSlug(v) ?? (await options.idProblem?.(v)),
  }));
  // With some answers given as flags, only the required ones still missing are asked.
  const scripted = options.given !== undefined;
  const reference = scripted ? given.reference : await askOptional(ctx, 'Reference as published, e.g. "UA 72/24"', undefined);
  const country = given.country ?? (await ask(ctx, 'Country', { required: true }));
  const deadline = given.deadline ?? (await ask(ctx, 'Deadline, the last day to act (YYYY-MM-DD)', { required: true, check: (v) => checkDeadline(v, options.today) }));
  const languages = given.languages ?? splitList(await ask(ctx, 'Languages the officials prefer, best first (comma-separated codes, e.g. es, en)', { default: 'en', required: true, check: each(checkLang, ',') }), ',');
  const subjects = given.subjects ?? (scripted ? [] : splitList(await askOptional(ctx, 'People at risk, names separated by |', undefined), '|'));
  const targets: Target[] = [...(given.targets ?? [])];
  if (targets.length === 0) {
    do targets.push(await promptTarget(ctx, targets));
    while (await promptConfirm('Add another official?', ctx, false));
  }
  return { id, reference, title, country, deadline, languages: [...new Set(languages)], subjects, targets, letter: given.letter, summary: given.summary };
}

function checkDeadline(value: string, today: PlainDate): string | undefined {
  if (!isPlainDate(value)) return `"${value}" is not a date in the form YYYY-MM-DD, e.g. 2025-03-31`;
  if (daysBetween(today, value) < 0) return `${value} has already passed (today is ${today})`;
  return undefined;
}

const checkPhone = (v: string) => (isPhoneNumber(v) ? undefined : `"${v}" is not a phone number: digits with spaces or + - ( ) . /, e.g. +58 212 555 0100`);
const checkHandle = (v: string) => (isHandle(v) ? undefined : `"${v}" is not an X handle (letters, digits and _, at most 15, e.g. @MinJusticia)`);

/** One official; ids must be unique within the case. */
async function promptTarget(ctx: PromptContext, others: readonly Target[]): Promise<Target> {
  const n = others.length + 1;
  const name = await ask(ctx, `Official ${n}: full name`, { required: true });
  const taken = (v: string) => (others.some((t) => t.id === v) ? `"${v}" is already used by another official in this case` : undefined);
  const id = await ask(ctx, `Official ${n}: short id`, { default: await slugOf(name, `official-${n}`), required: true, check: (v) => checkSlug(v) ?? taken(v) });
  const honorific = await askOptional(ctx, `Official ${n}: honorific, e.g. "His Excellency"`, undefined);
  const title = await askOptional(ctx, `Official ${n}: title or office, e.g. "Minister of Justice"`, undefined);
  const organisation = await askOptional(ctx, `Official ${n}: organisation`, undefined);
  const address = await askOptional(ctx, `Official ${n}: postal address, lines separated by |`, undefined);
  const emails = await askOptional(ctx, `Official ${n}: email addresses, comma-separated`, undefined, each(checkEmail, ','));
  const fax = await askOptional(ctx, `Official ${n}: fax`, undefined, checkPhone);
  const phone = await askOptional(ctx, `Official ${n}: phone`, undefined, checkPhone);
  const twitter = await askOptional(ctx, `Official ${n}: X/Twitter handle`, undefined, checkHandle);
  const copy = await promptConfirm(`Official ${n}: is this only a copy recipient (e.g. an embassy)?`, ctx, false);
  return dropUndefined({ id, name, honorific, title, organisation, address: splitList(address, '|'), emails: splitList(emails, ','), fax, phone, twitter: twitter === undefined ? undefined : stripAt(twitter), copy });
}

/** A case offered by `generate` when no file was given. */
export interface CaseChoice {
  file: string;
  case?: Case | undefined;
  daysLeft: number;
}

const daysText = (n: number) => (n === 0 ? 'last day today' : n === 1 ? '1 day left' : `${n} days left`);

/** Which open cases to write for; returns their files, most urgent first as offered. */
export async function promptChooseCases(cases: readonly CaseChoice[], ctx: PromptContext): Promise<string[]> {
  const offered = cases.filter((c): c is CaseChoice & { case: Case } => c.case !== undefined).sort((a, b) => a.daysLeft - b.daysLeft);
  if (offered.length === 1) return [offered[0]!.file];
  const { checkbox } = await load();
  const choices = offered.map(({ file, case: c, daysLeft }) => ({ value: file, name: `${c.title} (${c.country}, ${daysText(daysLeft)})`, short: c.id }));
  return checkbox({ message: 'Which cases do you want to write for? (space selects, Enter confirms)', choices, required: true }, io(ctx));
}

const CHANNEL_LABELS: Record<Channel, string> = {
  letter: 'Letters to print and post',
  email: 'Email drafts',
  fax: 'Faxes (a fax-ready PDF)',
  tweet: 'Posts on X',
  call: 'Call scripts',
};

export interface TargetsAndChannels {
  targets: string[];
  channels: Channel[];
}

/**
 * Which officials to write to, then which channels. Officials with no channel at all are shown but
 * cannot be picked; `recommended` (e.g. email only when the deadline is close) pre-selects channels.
 */
export async function promptTargetsAndChannels(c: Case, available: Readonly<Record<string, readonly Channel[]>>, ctx: PromptContext, options: { recommended?: readonly Channel[] } = {}): Promise<TargetsAndChannels> {
  const { checkbox } = await load();
  const targetChoices = c.targets.map((t) => {
    const channels = available[t.id] ?? [];
    const title = typeof t.title === 'string' ? `, ${t.title}` : '';
    return { value: t.id, name: `${t.name}${title} (${channels.join(', ') || 'no contact details'})`, short: t.name, checked: channels.length > 0, disabled: channels.length === 0 ? 'no contact details' : false };
  });
  const targets = await checkbox({ message: 'Which officials do you want to write to?', choices: targetChoices, required: true }, io(ctx));
  const offered = CHANNELS.filter((ch) => targets.some((id) => available[id]?.includes(ch)));
  const recommended = offered.filter((ch) => options.recommended?.includes(ch) ?? true);
  const preselected = recommended.length > 0 ? recommended : offered;
  const channelChoices = offered.map((ch) => ({ value: ch, name: CHANNEL_LABELS[ch], checked: preselected.includes(ch) }));
  const channels = await checkbox({ message: 'What do you want to prepare?', choices: channelChoices, required: true }, io(ctx));
  return { targets, channels: CHANNELS.filter((ch) => channels.includes(ch)) };
}

/** The sender details a guided `generate` asks for when there is no profile (or it lacks a name). */
export async function promptSender(defaults: Partial<Signer>, ctx: PromptContext): Promise<Partial<Signer>> {
  const name = await ask(ctx, 'Your name, as it should appear under your letters', { default: defaults.name, required: true });
  const city = await askOptional(ctx, 'Town or city, with postcode', defaults.city);
  const country = await askOptional(ctx, 'Country', defaults.country);
  const email = await askOptional(ctx, 'Email address, for the email drafts', defaults.email, checkEmail);
  const address = await askOptional(ctx, 'Street address, lines separated by |', defaults.address?.join(' | ') || undefined);
  return dropUndefined({ ...defaults, name, city, country, email, address: splitList(address, '|') });
}

/** A format choice for --format: its label, and the formats it stands for. */
export interface FormatChoice {
  label: string;
  formats: string[];
}

/** How the documents are written (--format); the first choice is the default. */
export async function promptFormat(choices: readonly FormatChoice[], ctx: PromptContext): Promise<string[]> {
  const { select } = await load();
  const picked = await select(
    { message: 'How do you want them?', choices: choices.map((c, i) => ({ value: i, name: c.label })), default: 0 },
    io(ctx),
  );
  return choices[picked]?.formats ?? [];
}
