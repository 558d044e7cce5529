// `ua-letter new`: a case file from answers: asked in a terminal, or given as flags or in an
// answers file (scripts). The file is written through the one case-file writer (src/case).
import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { anyAnswer, completeAnswers, mergeAnswers, missingAnswer, officialFromObject, parseAnswersFile, parseOfficial, type GivenAnswers } from '../../case/new-answers.js';
import { newCaseFileText, type NewCaseAnswers } from '../../case/new-case.js';
import { parseCase } from '../../case/parse-case.js';
import { RefusedError, RuntimeError, UsageError } from '../../errors.js';
import { resolveToday } from '../../generate/today.js';
import { readInputText } from '../../read/input.js';
import { writeFileAtomic } from '../../write/atomic-write.js';
import { canPrompt, readContext, type CliContext } from '../context.js';

export interface NewFlags {
  force?: boolean;
  /** false with --no-input. */
  input?: boolean;
  id?: string;
  title?: string;
  reference?: string;
  country?: string;
  deadline?: string;
  lang?: string[];
  subject?: string[];
  official?: string[];
  /** A file (or - for stdin) holding the letter, in the first language. */
  letter?: string;
  summary?: string;
  /** A YAML or JSON file of answers; flags win over it. */
  answers?: string;
}

export async function run(file: string | undefined, flags: NewFlags, ctx: CliContext): Promise<void> {
  const force = flags.force === true;
  const today = resolveToday(undefined, ctx.env, ctx.now);
  const given = await givenAnswers(flags, ctx);
  const interactive = canPrompt(ctx, flags.input === false);
  const missing = missingAnswer(given);
  if (missing && !interactive) {
    throw new UsageError(`No ${missing} given: off a terminal "ua-letter new" takes its answers as flags (--title, --country, --deadline, --official…; see "ua-letter new --help") or from --answers FILE`);
  }
  // Refuse before the questions, not after the user has answered them all.
  if (file && !force && (await exists(resolve(ctx.cwd, file)))) throw existsError(file);
  const answers = missing ? await askTheRest(file, force, given, today, ctx) : completeAnswers(given, today);
  if (!answers) return;
  const shown = file ?? defaultFile(answers.id);
  const text = newCaseFileText(answers);
  assertValid(text, shown, anyAnswer(given));
  if ((await writeFileAtomic(resolve(ctx.cwd, shown), text, { force, displayPath: shown })) === 'exists') throw existsError(shown);
  ctx.log.success(`Wrote ${shown}`);
  if (answers.letter === undefined || answers.languages.length > 1) {
    const which = answers.letter === undefined ? '"## Letter"' : 'each "## Letter (…)" in another language';
    ctx.log.info(`Next: open it in a text editor and replace the text under ${which} with your letter (until then validate and generate refuse it).`);
  }
  ctx.log.info(`Then check it with "ua-letter validate ${shown}" and write the letters with "ua-letter generate ${shown}".`);
  ctx.log.print(`${shown}\n`);
}

/** In a terminal: the questions for whatever the flags did not answer. Undefined: cancelled. */
async function askTheRest(file: string | undefined, force: boolean, given: GivenAnswers, today: string, ctx: CliContext): Promise<NewCaseAnswers | undefined> {
  const { promptCase, withCancel } = await import('../prompts.js');
  const idProblem = async (id: string) => {
    const shown = defaultFile(id);
    return !file && !force && (await exists(resolve(ctx.cwd, shown))) ? `${shown} already exists; choose another id, or pass --force to overwrite it` : undefined;
  };
  // Given answers are checked as a script's would be; the officials given are read now.
  const targets = (given.officials ?? []).map((o, i) => (typeof o === 'string' ? parseOfficial(o, i + 1) : officialFromObject(o, i + 1)));
  const prefilled = anyAnswer(given)
    ? { given: { id: given.id, title: given.title, reference: given.reference, country: given.country, deadline: given.deadline, languages: given.languages, subjects: given.subjects, targets, letter: given.letter, summary: given.summary } }
    : {};
  return withCancel(ctx, () => promptCase(ctx, { today, idProblem, ...prefilled }));
}

/** The answers from --answers FILE, then the flags over them. */
async function givenAnswers(flags: NewFlags, ctx: CliContext): Promise<GivenAnswers> {
  const read = readContext(ctx);
  const fromFile = flags.answers === undefined ? {} : parseAnswersFile(await readInputText(flags.answers, read), flags.answers);
  const langs = flags.lang?.flatMap((l) => l.split(',')).map((l) => l.trim()).filter(Boolean);
  return mergeAnswers(fromFile, {
    id: flags.id,
    title: flags.title,
    reference: flags.reference,
    country: flags.country,
    deadline: flags.deadline,
    languages: langs,
    subjects: flags.subject,
    officials: flags.official,
    letter: flags.letter === undefined ? undefined : await readInputText(flags.letter, read),
    summary: flags.summary,
  });
}

const defaultFile = (id: string) => join('cases', `${id}.md`);
const existsError = (file: string) => new RefusedError(`${file} already exists; pass --force to overwrite it`, 'output.exists');

async function exists(path: string): Promise<boolean> {
  return access(path).then(() => true, () => false);
}

/**
 * The file is checked by the same parser as `validate` before it is written: never a bad file,
 * but for the placeholder letter, which is there for the user to replace. Answers from flags or a
 * file are the user's to fix (exit 2, naming the field); answered questions were each checked, so
 * a problem then is ua-letter's own.
 */
function assertValid(text: string, file: string, scripted: boolean): void {
  const errors = parseCase(text, { file }).errors.filter((e) => e.code !== 'case.placeholder-letter');
  const [first] = errors;
  if (!first) return;
  if (scripted) throw new UsageError(`The answers do not make a valid case, so nothing was written: ${first.field ?? 'case'}: ${first.problem}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}`);
  const details = errors.map((e) => `  ${e.message}`).join('\n');
  throw new RuntimeError(`The case "ua-letter new" built does not pass validation, so nothing was written:\n${details}\nThis is a bug in ua-letter; please report it with the answers you gave.`, 'new.invalid');
}

