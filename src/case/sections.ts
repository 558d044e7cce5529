/**
 * The Markdown body as named sections: every level-2 heading (`## Letter (es)`) starts one.
 * A hand-rolled scan rather than a Markdown parser: only ATX headings, fenced code blocks and
 * HTML comments matter here, and a line scan keeps `validate` free of markdown-it's start-up.
 */
import { isLangCode } from './languages.js';
import type { Case, LangCode, Section } from './types.js';

/** A section as scanned, with what the checks need to explain a bad heading. */
export interface ScannedSection extends Section {
  /** The heading text after `##`, as written. */
  heading: string;
  /** Text in parentheses after "Letter" that is not a language code: `## Letter (Spanish)`. */
  badLang?: string | undefined;
  /** 1-based column of that text. */
  badLangColumn?: number | undefined;
}

export interface ScannedBody {
  sections: ScannedSection[];
  /** Headings named like a letter but not at level 2 (`# Letter`), for a hint. */
  strayLetterHeadings: { line: number; text: string }[];
}

export function isLetterSection(s: Section): boolean {
  return s.name.toLowerCase() === 'letter';
}

/** The body's sections; `firstLine` is the file line the body starts on. */
export function splitSections(body: string, firstLine = 1): Section[] {
  return scanBody(body, firstLine).sections.map(({ name, lang, markdown, line }) => ({ name, lang, markdown, line }));
}

export function scanBody(body: string, firstLine = 1): ScannedBody {
  const lines = body.split('\n');
  const sections: ScannedSection[] = [];
  const strayLetterHeadings: ScannedBody['strayLetterHeadings'] = [];
  let current: { section: ScannedSection; from: number } | undefined;
  const close = (to: number) => {
    if (current) current.section.markdown = lines.slice(current.from, to).join('\n').trim();
  };
  forEachOutsideBlocks(lines, (text, i) => {
    const heading = /^ {0,3}##(?=[ \t]|$)(.*)$/.exec(text);
    if (!heading) {
      if (/^ {0,3}(#|###)[ \t]+letter\b/i.test(text)) strayLetterHeadings.push({ line: firstLine + i, text: text.trim() });
      return;
    }
    close(i);
    const raw = (heading[1] ?? '').replace(/[ \t]+#+[ \t]*$/, '').replace(/^[ \t]*#+[ \t]*$/, '').trim();
    const section: ScannedSection = { ...parseHeading(raw), markdown: '', line: firstLine + i, heading: raw };
    if (section.badLang !== undefined) section.badLangColumn = text.lastIndexOf('(') + 2;
    sections.push(section);
    current = { section, from: i + 1 };
  });
  close(lines.length);
  return { sections, strayLetterHeadings };
}

/**
 * `Letter (es)` → Letter in es. Parentheses that hold no language code stay part of the name
 * (`Tweet (short)`), except after "Letter", where they can only be meant as a language.
 */
export function parseHeading(text: string): { name: string; lang?: LangCode; badLang?: string } {
  const m = /^(.*?)[ \t]*\(([^()]*)\)$/.exec(text);
  if (!m || m[1] === undefined || m[2] === undefined || m[1] === '') return { name: text };
  const [name, inner] = [m[1], m[2].trim()];
  if (isLangCode(inner)) return { name, lang: inner };
  if (name.toLowerCase() === 'letter') return { name, badLang: inner };
  return { name: text };
}

/** Calls `visit` for each line that is not inside a fenced code block or an HTML comment. */
function forEachOutsideBlocks(lines: readonly string[], visit: (text: string, index: number) => void): void {
  let fence: { char: string; length: number } | undefined;
  let inComment = false;
  lines.forEach((text, i) => {
    if (fence) {
      const end = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(text)?.[1];
      if (end && end[0] === fence.char && end.length >= fence.length) fence = undefined;
      return;
    }
    if (inComment) {
      if (text.includes('-->')) inComment = false;
      return;
    }
    const open = /^ {0,3}(`{3,}(?!.*`)|~{3,})/.exec(text)?.[1];
    if (open) {
      fence = { char: open[0] ?? '`', length: open.length };
      return;
    }
    if (/^ {0,3}<!--/.test(text) && !text.slice(text.indexOf('<!--') + 4).includes('-->')) {
      inComment = true;
      return;
    }
    visit(text, i);
  });
}

/** The section `name` in `lang`; a section without a language code is in the case's first language. */
export function findSection(c: Case, name: string, lang: string): Section | undefined {
  const wanted = name.toLowerCase();
  return c.sections.find((s) => s.name.toLowerCase() === wanted && (s.lang ?? c.languages[0]) === lang);
}

/** Languages with a letter section: the officials' preferred ones first, then the others in file order. */
export function letterLanguages(c: Case): string[] {
  const have = new Set<string>();
  for (const s of c.sections) {
    const lang = s.lang ?? c.languages[0];
    if (isLetterSection(s) && lang !== undefined) have.add(lang);
  }
  return [...c.languages.filter((l) => have.has(l)), ...[...have].filter((l) => !c.languages.includes(l))];
}
