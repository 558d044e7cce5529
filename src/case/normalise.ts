/**
 * From the front matter as written to the `Case` the rest of the program uses: one shape per
 * field (an email is always a list, an address always lines), defaults filled in, no '@' or '#'.
 */
import { stripAt, stripHash } from './formats.js';
import type { FrontMatter, TargetFrontMatter } from './schema.js';
import { CASE_FIELDS } from './schema.js';
import type { Case, Localized, Section, Target } from './types.js';

export function toCase(fm: FrontMatter, raw: Record<string, unknown>, sections: Section[], file: string): Case {
  return {
    file,
    id: fm.id,
    reference: fm.reference?.trim(),
    title: fm.title.trim(),
    country: fm.country.trim(),
    issued: fm.issued,
    deadline: fm.deadline,
    languages: fm.languages,
    subjects: (fm.subjects ?? []).map((s) => ({ name: s.name.trim(), pronouns: s.pronouns?.trim() })),
    links: fm.links ?? {},
    hashtags: (fm.hashtags ?? []).map(stripHash),
    status: fm.status ?? 'open',
    bcc: list(fm.bcc),
    contactsChecked: fm.contacts_checked,
    targets: fm.targets.map(toTarget),
    sections,
    extra: Object.fromEntries(Object.entries(raw).filter(([key]) => !CASE_FIELDS.includes(key))),
  };
}

function toTarget(t: TargetFrontMatter): Target {
  return {
    id: t.id,
    name: t.name.trim(),
    honorific: localized(t.honorific),
    title: localized(t.title),
    organisation: t.organisation?.trim(),
    salutation: localized(t.salutation),
    address: addressLines(t.address),
    emails: list(t.email),
    fax: t.fax?.trim(),
    phone: t.phone?.trim(),
    twitter: t.twitter === undefined ? undefined : stripAt(t.twitter),
    copy: t.copy ?? false,
  };
}

const list = (value: string | string[] | undefined): string[] => (value === undefined ? [] : typeof value === 'string' ? [value] : value).map((s) => s.trim());

/** A block of text (`address: |`) becomes its non-blank lines. */
function addressLines(value: string | string[] | undefined): string[] {
  const lines = value === undefined ? [] : typeof value === 'string' ? value.split('\n') : value;
  return lines.map((l) => l.trim()).filter((l) => l !== '');
}

function localized(value: Localized | undefined): Localized | undefined {
  if (value === undefined || typeof value === 'string') return value?.trim();
  return Object.fromEntries(Object.entries(value).map(([lang, text]) => [lang, text.trim()]));
}
