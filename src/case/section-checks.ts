/** What the body must hold: at least one letter, none empty, ideally one per preferred language. */
import type { Diagnostics } from './diagnostics.js';
import { langCodeMessage } from './languages.js';
import { lengthProblem, LIMITS } from './limits.js';
import { isLetterSection, type ScannedBody, type ScannedSection } from './sections.js';
import { locate, type YamlSource } from './yaml-source.js';

export interface SectionCheckContext {
  body: ScannedBody;
  /** The file line the body starts on. */
  bodyLine: number;
  /** `languages` when it is valid; otherwise the language checks are skipped. */
  languages: readonly string[] | undefined;
  src: YamlSource;
}

export function checkSections(ctx: SectionCheckContext, diag: Diagnostics): void {
  const { sections } = ctx.body;
  for (const s of sections) {
    const tooLong = lengthProblem(s.markdown.trim().length, isLetterSection(s) ? LIMITS.letter : LIMITS.section);
    if (tooLong) diag.error({ line: s.line, column: 1, field: label(s) }, tooLong);
  }
  const letters = sections.filter(isLetterSection);
  for (const s of letters) {
    if (s.badLang !== undefined) diag.error({ line: s.line, column: s.badLangColumn, field: label(s) }, langCodeMessage(s.badLang));
    if (withoutComments(s.markdown) === '') diag.error({ line: s.line, column: 1, field: label(s) }, 'the letter section is empty');
    else reportPlaceholder(s, diag);
  }
  reportDuplicates(sections, ctx.languages?.[0], diag);
  if (letters.length === 0) reportNoLetter(ctx, diag);
  else if (ctx.languages) reportLanguagesWithoutLetter(ctx, letters, diag);
}

const label = (s: ScannedSection) => `## ${s.heading}`;

/**
 * The text "ua-letter new" puts under each letter heading, to be replaced. Left in, it would be
 * printed and posted as the letter: refused by validate and generate alike.
 */
export const SKELETON_MARK = 'Write your letter here';

function reportPlaceholder(s: ScannedSection, diag: Diagnostics): void {
  const at = s.markdown.indexOf(SKELETON_MARK);
  if (at < 0) return;
  const line = s.line + 2 + (s.markdown.slice(0, at).match(/\n/g)?.length ?? 0);
  diag.error(
    { line, column: 1, field: label(s) },
    `still holds the placeholder text of "ua-letter new" ("${SKELETON_MARK}…"): replace it with the letter's paragraphs`,
    'case.placeholder-letter',
  );
}

/** Placeholder comments (`<!-- write the letter here -->`) do not make a section non-empty. */
const withoutComments = (markdown: string) => markdown.replace(/<!--[\s\S]*?(-->|$)/g, '').trim();

function reportDuplicates(sections: readonly ScannedSection[], firstLang: string | undefined, diag: Diagnostics): void {
  const seen = new Map<string, ScannedSection>();
  for (const s of sections) {
    if (s.badLang !== undefined) continue;
    const lang = s.lang ?? firstLang ?? '';
    const key = `${s.name.toLowerCase()}\u0000${lang}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, s);
    } else if (isLetterSection(s)) {
      diag.error({ line: s.line, column: 1, field: label(s) }, `a second letter in "${lang}"; the first is "${label(first)}" on line ${first.line}`);
    } else {
      diag.warn({ line: s.line, column: 1, field: label(s) }, `a second "${s.heading}" section; the first is on line ${first.line}`);
    }
  }
}

function reportNoLetter(ctx: SectionCheckContext, diag: Diagnostics): void {
  const stray = ctx.body.strayLetterHeadings[0];
  const hint = stray ? ` ("${stray.text}" on line ${stray.line} must be a level-2 heading: "## ${stray.text.replace(/^#+\s*/, '')}")` : '';
  diag.error({ line: ctx.bodyLine }, `no letter section: add a "## Letter" heading followed by the letter's paragraphs${hint}`, 'case.no-letter');
}

/** A preferred language without a letter is allowed (many cases offer English only), but worth a word. */
function reportLanguagesWithoutLetter(ctx: SectionCheckContext, letters: readonly ScannedSection[], diag: Diagnostics): void {
  const languages = ctx.languages ?? [];
  const have = new Set(letters.map((s) => s.lang ?? languages[0]));
  languages.forEach((lang, i) => {
    if (have.has(lang)) return;
    diag.warn({ ...locate(ctx.src, ['languages', i]), field: `languages[${i}]` }, `no "## Letter (${lang})" section, so there is no sample letter in this language`);
  });
}
