// Which language a case's documents are written in. A letter is wholly in one language: the frame
// (salutation, opening, closing, date) and the case's letter paragraphs always agree. So a
// language qualifies only when it has templates *and* the case has a letter section in it:
//   --lang         that language, or an error naming what it lacks;
//   a signer's own `lang` (signer lists, profile): that language where it qualifies;
//   otherwise      the first qualifying language, the officials' preferred ones first.
// No language qualifying is an error too: never an English frame around a German letter.
import type { Case } from '../case/types.js';
import { findSection, letterLanguages } from '../case/sections.js';
import { LanguageError } from '../errors.js';
import type { TemplateSet } from '../render/template-set.js';

export interface LanguageChoice {
  lang: string;
  warnings: string[];
}

let names: Intl.DisplayNames | undefined;

/** "Turkish (tr)": only for messages, so the language-name data is loaded only when one is due. */
function nameOf(lang: string): string {
  try {
    names ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
    return `${names.of(lang) ?? lang} (${lang})`;
  } catch {
    return lang;
  }
}

const list = (langs: readonly string[]) => langs.map(nameOf).join(', ');

export function chooseLanguage(c: Case, templates: TemplateSet, requested?: string): LanguageChoice {
  if (requested !== undefined) return { lang: requestedLanguage(c, templates, requested), warnings: [] };
  const written = letterLanguages(c);
  const lang = written.find((l) => templates.has(l, 'letter'));
  if (lang === undefined) {
    const first = written[0] ?? c.languages[0] ?? 'en';
    throw new LanguageError(
      { file: c.file, lang: first, missing: 'templates' },
      `${c.file}: no templates for the language of its letter: ${list(written)}; built in: ${templates.languages().join(', ')}`,
      `Add ${first}/letter.hbs and the other templates to a folder of your own templates (templates/README.md shows how), or add a "## Letter (en)" section in a language that has templates.`,
    );
  }
  const warnings: string[] = [];
  const preferred = c.languages[0];
  if (preferred !== undefined && preferred !== lang) {
    const lacks = templates.has(preferred, 'letter') ? `the case has no "## Letter (${preferred})" section` : `there are no templates for ${nameOf(preferred)}`;
    warnings.push(`${c.file}: the officials' first language is ${nameOf(preferred)}, but ${lacks}; writing in ${nameOf(lang)}.`);
  }
  return { lang, warnings };
}

/** A signer's own language when it qualifies (templates and a letter section), else undefined. */
export function signerLanguage(c: Case, templates: TemplateSet, wanted: string | undefined): string | undefined {
  if (wanted === undefined || wanted.trim() === '') return undefined;
  const lang = templateLanguage(templates, wanted);
  return lang !== undefined && findSection(c, 'Letter', lang) ? lang : undefined;
}

/** `es`, `ES`, `fr-CA` → the template folder that serves it, if any. */
function templateLanguage(templates: TemplateSet, wanted: string): string | undefined {
  const lower = wanted.trim().toLowerCase();
  const base = lower.split('-')[0] ?? lower;
  return templates.has(lower, 'letter') ? lower : templates.has(base, 'letter') ? base : undefined;
}

function requestedLanguage(c: Case, templates: TemplateSet, requested: string): string {
  const lang = templateLanguage(templates, requested);
  if (lang === undefined) {
    const base = requested.trim().toLowerCase().split('-')[0] ?? requested;
    throw new LanguageError(
      { file: c.file, lang: base, missing: 'templates', requested: true },
      `--lang ${requested}: no templates for ${nameOf(base)}; available: ${templates.languages().join(', ')}`,
      `Copy the templates of a language you know (en/*.hbs) to <folder>/${base}/, translate them, and give that folder as your templates.`,
    );
  }
  assertLetterIn(c, lang, `--lang ${requested}: `);
  return lang;
}

/** Throws unless the case has a letter section in `lang`: the one rule renderDocuments enforces. */
export function assertLetterIn(c: Case, lang: string, prefix = ''): void {
  if (findSection(c, 'Letter', lang)) return;
  const written = letterLanguages(c);
  const choices = written.length > 0 ? `; its letter is in ${list(written)}` : '';
  throw new LanguageError(
    { file: c.file, lang, missing: 'letter', written },
    `${c.file}: ${prefix}no "## Letter (${lang})" section${choices}: ${/^[AEIOU]/.test(nameOf(lang)) ? 'an' : 'a'} ${nameOf(lang)} frame around it would mix languages`,
    written.length > 0 ? `Add a "## Letter (${lang})" section to the case, or write in ${written.join(' or ')} (lang: ${written[0]}).` : `Add a "## Letter (${lang})" section to the case.`,
  );
}
