// Which language a case's documents are written in. A coherent letter in one language beats a
// mixed one: by default the first of the case's languages that has templates *and* a letter
// section; a language the templates do not cover falls back to English, with a warning.
import type { Case } from '../case/types.js';
import { UsageError } from '../errors.js';
import type { TemplateSet } from '../render/template-set.js';
import { findSection } from '../case/sections.js';
import { letterSection } from './prepare-case.js';

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

export function chooseLanguage(c: Case, templates: TemplateSet, requested?: string): LanguageChoice {
  if (requested !== undefined) return requestedLanguage(c, templates, requested);
  const withTemplates = c.languages.filter((l) => templates.has(l, 'letter'));
  const lang = withTemplates.find((l) => findSection(c, 'Letter', l)) ?? withTemplates[0] ?? fallbackLanguage(templates);
  const warnings: string[] = [];
  const missing = c.languages.filter((l) => !templates.has(l, 'letter'));
  const preferred = c.languages[0];
  if (preferred !== undefined && lang !== preferred && missing.includes(preferred)) {
    warnings.push(`${c.file}: no templates for ${missing.map(nameOf).join(', ')}; writing in ${nameOf(lang)}. Add ${preferred}/letter.hbs and the other templates to a --templates folder to write in ${nameOf(preferred)}.`);
  }
  warnings.push(...letterFallbackWarning(c, lang));
  return { lang, warnings };
}

function requestedLanguage(c: Case, templates: TemplateSet, requested: string): LanguageChoice {
  const wanted = requested.trim().toLowerCase();
  const base = wanted.split('-')[0] ?? wanted;
  const lang = templates.has(wanted, 'letter') ? wanted : templates.has(base, 'letter') ? base : undefined;
  if (!lang) {
    throw new UsageError(
      `--lang ${requested}: no templates for ${nameOf(base)}; available: ${templates.languages().join(', ')}`,
      `Copy the templates of a language you know (en/*.hbs) to <folder>/${base}/, translate them, and pass --templates <folder>.`,
    );
  }
  return { lang, warnings: letterFallbackWarning(c, lang) };
}

function fallbackLanguage(templates: TemplateSet): string {
  if (templates.has('en', 'letter')) return 'en';
  const first = templates.languages()[0];
  if (!first) throw new UsageError('No letter template (<lang>/letter.hbs) in the template folders');
  return first;
}

function letterFallbackWarning(c: Case, lang: string): string[] {
  if (findSection(c, 'Letter', lang)) return [];
  const used = letterSection(c, lang);
  if (!used) return [];
  const usedLang = used.lang ?? c.languages[0] ?? lang;
  return [`${c.file}: no "## Letter (${lang})" section; the ${nameOf(lang)} documents carry the ${nameOf(usedLang)} letter paragraphs (line ${used.line})`];
}
