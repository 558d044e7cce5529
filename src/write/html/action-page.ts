// The action page (issue 17): one self-contained HTML page per signer and case with every action
// on it, and a case index listing the pages of a batch. Pure: documents in, an HTML string out.
// The pages are rendered from templates/<lang>/page.html.hbs and page-index.html.hbs, which
// Handlebars HTML-escapes (their names end in .html.hbs): every case and signer field is text.
import { createHash } from 'node:crypto';
import type { Case, PlainDate } from '../../case/types.js';
import type { TemplateSet } from '../../render/template-set.js';
import { textDirection } from '../../channels/text-direction.js';
import { actionPageView, deadlineView, type ActionPageInput } from './page-view.js';

export type { ActionPageInput } from './page-view.js';

/**
 * The page's one script: "copy" buttons, shown only when scripts run (reading, printing and
 * following links need none). The page's Content-Security-Policy allows exactly this script, by
 * its hash, and nothing else; the template prints it unescaped, so it must stay a constant.
 */
export const COPY_SCRIPT = `for (const b of document.querySelectorAll('button[data-copy]')) {
  b.hidden = false;
  b.addEventListener('click', async () => {
    const text = document.getElementById(b.dataset.copy);
    const label = b.textContent;
    try {
      await navigator.clipboard.writeText(text.textContent);
      b.textContent = 'Copied';
    } catch {
      const range = document.createRange();
      range.selectNodeContents(text);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      b.textContent = 'Selected: press Ctrl+C';
    }
    setTimeout(() => { b.textContent = label; }, 3000);
  });
}`;

const SCRIPT = { source: COPY_SCRIPT, hash: `sha256-${createHash('sha256').update(COPY_SCRIPT).digest('base64')}` };

/** The language of the page's own words: the documents' when a page template speaks it, else English. */
function pageLanguage(templates: TemplateSet, name: string, preferred: string | undefined): string {
  return preferred !== undefined && templates.has(preferred, name) ? preferred : 'en';
}

export function renderActionPage(input: ActionPageInput & { templates: TemplateSet }): string {
  const lang = pageLanguage(input.templates, 'page.html', input.documents[0]?.lang);
  return input.templates.render(lang, 'page.html', { page: actionPageView(input, lang), script: SCRIPT });
}

export interface CaseIndexInput {
  case: Case;
  today: PlainDate;
  templates: TemplateSet;
  /** One entry per signer's page, in the order to list them. */
  pages: ReadonlyArray<{ name: string; href: string; what: string }>;
}

/** The case index of a batch: a link to every signer's action page. */
export function renderCaseIndex(input: CaseIndexInput): string {
  const c = input.case;
  const lang = pageLanguage(input.templates, 'page-index.html', undefined);
  const index = {
    lang,
    dir: textDirection(lang),
    case: { id: c.id, title: c.title, reference: c.reference ?? null, country: c.country },
    deadline: deadlineView(c, input.today, lang),
    pages: input.pages,
  };
  return input.templates.render(lang, 'page-index.html', { index });
}
