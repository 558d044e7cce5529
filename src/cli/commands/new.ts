// `ua-letter new`: a case file from answered questions, with a letter skeleton to fill in.
import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Document, type YAMLSeq } from 'yaml';
import { parseCase } from '../../case/parse-case.js';
import { SKELETON_MARK } from '../../case/section-checks.js';
import type { Target } from '../../case/types.js';
import { RefusedError, RuntimeError, UsageError } from '../../errors.js';
import { writeFileAtomic } from '../../write/atomic-write.js';
import { canPrompt, type CliContext } from '../context.js';
import { promptCase, withCancel, type CaseDraft } from '../prompts.js';
import { resolveToday } from '../../generate/today.js';

export interface NewFlags {
  force?: boolean;
  /** false with --no-input. */
  input?: boolean;
}

export async function run(file: string | undefined, flags: NewFlags, ctx: CliContext): Promise<void> {
  if (!canPrompt(ctx, flags.input === false)) {
    throw new UsageError(
      'No case details: "ua-letter new" asks its questions in a terminal, and has no flags for the answers',
      'Write the case file by hand (see docs/case-format.md), or draft one from a published Urgent Action with "ua-letter import <file>".',
    );
  }
  const force = flags.force === true;
  // Refuse before the questions, not after the user has answered them all.
  if (file && !force && (await exists(resolve(ctx.cwd, file)))) throw existsError(file);
  const today = resolveToday(undefined, ctx.env, ctx.now);
  const idProblem = async (id: string) => {
    const shown = defaultFile(id);
    return !file && !force && (await exists(resolve(ctx.cwd, shown))) ? `${shown} already exists; choose another id, or pass --force to overwrite it` : undefined;
  };
  const draft = await withCancel(ctx, () => promptCase(ctx, { today, idProblem }));
  if (!draft) return;
  const shown = file ?? defaultFile(draft.id);
  const text = renderCaseFile(draft);
  assertValid(text, shown);
  if ((await writeFileAtomic(resolve(ctx.cwd, shown), text, { force, displayPath: shown })) === 'exists') throw existsError(shown);
  ctx.log.success(`Wrote ${shown}`);
  ctx.log.info(`Next: open it in a text editor and replace the text under "## Letter" with your letter (until then validate and generate refuse it).`);
  ctx.log.info(`Then check it with "ua-letter validate ${shown}" and write the letters with "ua-letter generate ${shown}".`);
  ctx.log.print(`${shown}\n`);
}

const defaultFile = (id: string) => join('cases', `${id}.md`);
const existsError = (file: string) => new RefusedError(`${file} already exists; pass --force to overwrite it`, 'output.exists');

async function exists(path: string): Promise<boolean> {
  return access(path).then(() => true, () => false);
}

/**
 * The file is checked by the same parser as `validate` before it is written: never a bad file,
 * but for the placeholder letter, which is there for the user to replace.
 */
function assertValid(text: string, file: string): void {
  const errors = parseCase(text, { file }).errors.filter((e) => e.code !== 'case.placeholder-letter');
  if (errors.length === 0) return;
  const details = errors.map((e) => `  ${e.message}`).join('\n');
  throw new RuntimeError(`The case "ua-letter new" built does not pass validation, so nothing was written:\n${details}\nThis is a bug in ua-letter; please report it with the answers you gave.`, 'new.invalid');
}

const HEADER = [
  ' Written by "ua-letter new". Fields you can add: issued, links (report, previous), hashtags,',
  ' status, bcc, contacts_checked; for an official: salutation. See docs/case-format.md.',
].join('\n');

/** The case file: YAML front matter from the answers, then a body to fill in. Pure. */
export function renderCaseFile(draft: CaseDraft): string {
  const data: Record<string, unknown> = {
    id: draft.id,
    ...(draft.reference && { reference: draft.reference }),
    title: draft.title,
    country: draft.country,
    deadline: draft.deadline,
    languages: draft.languages,
    ...(draft.subjects.length > 0 && { subjects: draft.subjects.map((name) => ({ name })) }),
    targets: draft.targets.map(targetData),
  };
  const doc = new Document(data);
  doc.commentBefore = HEADER;
  (doc.get('languages', true) as YAMLSeq).flow = true;
  return `---\n${doc.toString({ lineWidth: 0 })}---\n\n${renderBody(draft.languages)}`;
}

function targetData(t: Target): Record<string, unknown> {
  const optional = { honorific: t.honorific, title: t.title, organisation: t.organisation, fax: t.fax, phone: t.phone };
  return {
    id: t.id,
    name: t.name,
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
    ...(t.address.length > 0 && { address: t.address }),
    ...(t.emails.length > 0 && { email: t.emails.length === 1 ? t.emails[0] : t.emails }),
    ...(t.twitter && { twitter: `@${t.twitter}` }),
    ...(t.copy && { copy: true }),
  };
}

/** Marks the text to replace; validate and generate refuse the file until it is replaced. */
export { SKELETON_MARK };

function renderBody(languages: readonly string[]): string {
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  const sections = languages.map((lang, i) => {
    const heading = i === 0 ? '## Letter' : `## Letter (${lang})`;
    return `${heading}\n\n${letterSkeleton(names.of(lang) ?? lang)}`;
  });
  const summary = '## Summary\n\nIn one paragraph: what has happened, to whom, and what the officials are asked to do.';
  return [summary, ...sections].join('\n\n') + '\n';
}

function letterSkeleton(language: string): string {
  return [
    `${SKELETON_MARK}, in ${language}, in place of these paragraphs. The greeting, the closing and the sender's name and address are added for you: start with the first paragraph.`,
    'Say who is at risk and what has happened to them, in a sentence or two, with the dates you know.',
    'Then ask for what the case needs, for example an immediate release, access to a lawyer and to family, medical care, or protection from ill-treatment. Keep the tone respectful and the facts exact.',
  ].join('\n\n');
}
