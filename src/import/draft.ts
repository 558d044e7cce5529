// Writes the case file draft through the one case-file writer (src/case/case-file-text.ts: quoting
// always right, TODO comments beside their fields), then the Markdown sections. A required
// field that was not found gets a value `validate` rejects (`TODO-YYYY-MM-DD`, `null`, `[]`) and a
// `# TODO` comment, so a draft is never mistaken for a finished case and nothing is invented.
import { caseFileText } from '../case/case-file-text.js';
import type { LangCode, Localized, Subject } from '../case/types.js';

export interface DraftTarget {
  id: string;
  name?: string | undefined;
  honorific?: string | undefined;
  title?: string | undefined;
  organisation?: string | undefined;
  salutation?: Localized | undefined;
  address: string[];
  emails: string[];
  fax?: string | undefined;
  phone?: string | undefined;
  twitter?: string | undefined;
  copy: boolean;
  /** "read from lines 9–13": where the block was read, written as a comment above the target. */
  origin: string;
  /** What the importer was unsure of and left out, each with its source line: TODO comments. */
  todo?: string[] | undefined;
}

export interface DraftSection {
  name: 'Summary' | 'Letter' | 'Background';
  lang: LangCode;
  markdown: string;
}

export interface Draft {
  source: string;
  id?: string | undefined;
  reference?: string | undefined;
  title?: string | undefined;
  country?: string | undefined;
  issued?: string | undefined;
  deadline?: string | undefined;
  languages: LangCode[];
  subjects: Subject[];
  links: Record<string, string>;
  targets: DraftTarget[];
  sections: DraftSection[];
  /** Lines for the draft's header comment (what the reader must still do). */
  notes?: string[] | undefined;
  /** Required fields not found → why (becomes the TODO comment). */
  todo: Partial<Record<'id' | 'title' | 'country' | 'deadline' | 'languages' | 'targets' | 'letter', string>>;
}

const PLACEHOLDER = { id: 'TODO-case-id', title: null, country: null, deadline: 'TODO-YYYY-MM-DD', languages: [], targets: [] } as const;

export function renderDraft(draft: Draft): string {
  const header = [
    `Draft made by "ua-letter import" from ${draft.source}.`,
    'Check every field against the document before you use it: the import report says where each',
    'value was read and how sure the importer is. TODO marks what it could not find.',
    ...(draft.todo.letter ? [`TODO: no sample letter found (${draft.todo.letter}): add a "## Letter" section below.`] : []),
    ...(draft.notes ?? []),
  ];
  const fieldComments = Object.fromEntries(Object.entries(draft.todo).filter(([key]) => key !== 'letter').map(([key, reason]) => [key, `TODO: not found in the document (${reason})`]));
  const first = draft.languages[0];
  return caseFileText({
    header,
    fields: frontMatterObject(draft),
    fieldComments,
    targets: draft.targets.map((t) => ({ fields: targetObject(t), commentLines: [t.origin, ...(t.todo ?? []).map((x) => `TODO: ${x}`)] })),
    sections: draft.sections.map((s) => ({ heading: `${s.name}${s.lang === first ? '' : ` (${s.lang})`}`, markdown: s.markdown })),
  });
}

function frontMatterObject(d: Draft): Record<string, unknown> {
  const links = Object.keys(d.links).length > 0 ? d.links : undefined;
  const subjects = d.subjects.length > 0 ? d.subjects : undefined;
  return {
    id: d.id ?? PLACEHOLDER.id,
    reference: d.reference,
    title: d.title ?? PLACEHOLDER.title,
    country: d.country ?? PLACEHOLDER.country,
    issued: d.issued,
    deadline: d.deadline ?? PLACEHOLDER.deadline,
    languages: d.languages.length > 0 ? d.languages : [...PLACEHOLDER.languages],
    subjects,
    links,
  };
}

function targetObject(t: DraftTarget): Record<string, unknown> {
  return {
    id: t.id,
    name: t.name ?? null,
    honorific: t.honorific,
    title: t.title,
    organisation: t.organisation,
    salutation: t.salutation,
    address: t.address.length > 0 ? t.address : undefined,
    email: t.emails.length === 0 ? undefined : t.emails.length === 1 ? t.emails[0] : t.emails,
    fax: t.fax,
    phone: t.phone,
    twitter: t.twitter,
    copy: t.copy ? true : undefined,
  };
}
