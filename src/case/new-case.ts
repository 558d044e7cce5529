// What `ua-letter new` writes, from answers however they came (questions in a terminal, flags,
// an answers file): the case file text, through the one case-file writer. Pure.
import { caseFileText } from './case-file-text.js';
import { SKELETON_MARK } from './section-checks.js';
import type { PlainDate, Target } from './types.js';

export interface NewCaseAnswers {
  id: string;
  reference?: string | undefined;
  title: string;
  country: string;
  deadline: PlainDate;
  /** Best first; the first gets `## Letter`, the others `## Letter (xx)`. */
  languages: string[];
  subjects: string[];
  targets: Target[];
  /** The letter (Markdown, in the first language); without it a placeholder validate refuses. */
  letter?: string | undefined;
  /** The summary paragraph; without it a line saying what to write there. */
  summary?: string | undefined;
}

const HEADER = [
  'Written by "ua-letter new". Fields you can add: issued, links (report, previous), hashtags,',
  'status, bcc, contacts_checked; for an official: salutation. See docs/case-format.md.',
];

export function newCaseFileText(answers: NewCaseAnswers): string {
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  const letters = answers.languages.map((lang, i) => ({
    heading: i === 0 ? 'Letter' : `Letter (${lang})`,
    markdown: i === 0 && answers.letter !== undefined ? answers.letter.trim() : letterSkeleton(names.of(lang) ?? lang),
  }));
  return caseFileText({
    header: HEADER,
    fields: {
      id: answers.id,
      reference: answers.reference,
      title: answers.title,
      country: answers.country,
      deadline: answers.deadline,
      languages: answers.languages,
      subjects: answers.subjects.length > 0 ? answers.subjects.map((name) => ({ name })) : undefined,
    },
    targets: answers.targets.map((t) => ({ fields: targetFields(t) })),
    sections: [{ heading: 'Summary', markdown: answers.summary?.trim() || SUMMARY_SKELETON }, ...letters],
  });
}

const SUMMARY_SKELETON = 'In one paragraph: what has happened, to whom, and what the officials are asked to do.';

function targetFields(t: Target): Record<string, unknown> {
  return {
    id: t.id,
    name: t.name,
    honorific: t.honorific,
    title: t.title,
    organisation: t.organisation,
    address: t.address.length > 0 ? t.address : undefined,
    email: t.emails.length === 0 ? undefined : t.emails.length === 1 ? t.emails[0] : t.emails,
    fax: t.fax,
    phone: t.phone,
    twitter: t.twitter ? `@${t.twitter}` : undefined,
    copy: t.copy ? true : undefined,
  };
}

/** Marks the text to replace; validate and generate refuse the file until it is replaced. */
function letterSkeleton(language: string): string {
  return [
    `${SKELETON_MARK}, in ${language}, in place of these paragraphs. The greeting, the closing and the sender's name and address are added for you: start with the first paragraph.`,
    'Say who is at risk and what has happened to them, in a sentence or two, with the dates you know.',
    'Then ask for what the case needs, for example an immediate release, access to a lawyer and to family, medical care, or protection from ill-treatment. Keep the tone respectful and the facts exact.',
  ].join('\n\n');
}
