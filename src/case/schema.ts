/**
 * The front matter of a case file as a zod schema: the one source for validation here and for
 * the editor's JSON Schema (`schema/case.schema.json`, see json-schema.ts).
 *
 * It describes the file as written (an email may be one string or a list), not the normalised
 * `Case`; normalise.ts turns one into the other. Messages of value checks live here, next to
 * the check; type and presence messages are written in issues.ts, which knows where the value
 * sits in the file.
 *
 * zod/mini with named imports, not `zod`: bundled, it loads in ~4 ms instead of ~20 ms, and
 * every command that reads a case pays that at start-up.
 */
import {
  array,
  boolean,
  enum as oneOf,
  maxLength,
  meta,
  minLength,
  object,
  optional,
  record,
  refine,
  regex,
  string,
  union,
  type output,
} from 'zod/mini';
import { isPlainDate } from './dates.js';
import { HANDLE, SLUG, isEmail, isHandle, isHashtag, isPhoneNumber, isWebUrl, quote } from './formats.js';
import { ISO_639_1, isLangCode, langCodeMessage } from './languages.js';
import { LIMITS, lengthProblem, linesProblem } from './limits.js';

type Input = { input: unknown };

const length = (i: Input) => (typeof i.input === 'string' || Array.isArray(i.input) ? i.input.length : 0);

/** At most `limit` characters, with the length in the message (limits.ts). */
const atMost = (limit: number) => maxLength(limit, { error: (i: Input) => lengthProblem(length(i), limit) });

const text = (description: string, limit: number) =>
  string().check(refine((s) => s.trim() !== '', { error: 'must not be empty' }), atMost(limit), meta({ description, minLength: 1 }));

const slug = (description: string) =>
  string().check(
    regex(SLUG, { error: (i: Input) => `${quote(i.input)} is not a valid id: use lower-case letters a-z, digits and "-" only` }),
    atMost(LIMITS.id),
    meta({ description }),
  );

const date = (description: string) =>
  string().check(
    regex(/^\d{4}-\d{2}-\d{2}$/, { abort: true, error: (i: Input) => `${quote(i.input)} is not a date in the form YYYY-MM-DD` }),
    refine(isPlainDate, { error: (i: Input) => `${quote(i.input)} is not a real date` }),
    meta({ description, format: 'date' }),
  );

// The id puts the 183 codes once into the JSON Schema's $defs instead of at every use.
const langCode = string().check(
  refine(isLangCode, { error: (i: Input) => langCodeMessage(i.input) }),
  meta({ id: 'languageCode', description: 'ISO 639-1 language code', enum: [...ISO_639_1] }),
);

const localized = (description: string, limit: number) =>
  union([text(description, limit), record(langCode, text(description, limit))], {
    error: (i: Input) => `expected text, or text per language such as {en: …, es: …}; got ${quote(i.input)}`,
  }).check(meta({ description: `${description}. Text, or a mapping from language code to text.` }));

const email = string().check(
  refine(isEmail, { error: (i: Input) => `${quote(i.input)} is not an email address` }),
  meta({ format: 'email' }),
);

const emails = (description: string) =>
  union([email, array(email)], { error: (i: Input) => `expected an email address or a list of them, got ${quote(i.input)}` }).check(
    meta({ description }),
  );

function urlMessage(value: unknown): string {
  if (typeof value === 'string' && /^[\w-]+(\.[\w-]+)+(\/|$)/.test(value)) {
    return `${quote(value)} is not a full web address; write it with https:// in front`;
  }
  return `${quote(value)} is not a web address starting with http:// or https://`;
}

const url = string().check(refine(isWebUrl, { error: (i: Input) => urlMessage(i.input) }), atMost(LIMITS.url), meta({ format: 'uri', pattern: '^https?://' }));

function handleMessage(value: unknown): string {
  const profile = typeof value === 'string' ? /(?:twitter|x)\.com\/@?(\w{1,15})\/?$/i.exec(value) : null;
  if (profile) return `${quote(value)} is a profile address; write the handle "@${profile[1]}"`;
  return `${quote(value)} is not an X handle (1–15 letters, digits or _, with or without @)`;
}

const handle = string().check(
  refine(isHandle, { error: (i: Input) => handleMessage(i.input) }),
  meta({ description: 'X/Twitter handle, with or without @', pattern: HANDLE.source }),
);

const phone = (description: string) =>
  string().check(
    refine(isPhoneNumber, { error: (i: Input) => `${quote(i.input)} is not a phone number (digits, spaces, + - ( ) . /)` }),
    atMost(LIMITS.short),
    meta({ description: `${description}. Quote it: "+58 212 000 0000"` }),
  );

const hashtag = string().check(
  refine(isHashtag, { error: (i: Input) => `${quote(i.input)} is not a hashtag (letters, digits and _, no spaces)` }),
  atMost(LIMITS.short),
);

/** A block of text (`address: |`): its lines are held to the limits of a list's lines. */
const addressBlock = text('Postal address', LIMITS.line * LIMITS.lines).check(
  refine((s) => linesProblem(s.split('\n').map((l) => l.trim()).filter((l) => l !== '')) === undefined, {
    error: (i: Input) => linesProblem(String(i.input).split('\n').map((l) => l.trim()).filter((l) => l !== '')) ?? '',
  }),
);

export const subjectSchema = object({
  name: text('Name of the person or group at risk', LIMITS.name),
  pronouns: optional(text('Pronouns, e.g. she/her, they/them', LIMITS.short)),
});

export const targetSchema = object({
  id: slug('Identifier of the official, unique in the case: lower-case letters, digits and -'),
  name: text("The official's name", LIMITS.name),
  honorific: optional(localized('Honorific, e.g. His Excellency', LIMITS.short)),
  title: optional(localized('Title or office, e.g. Attorney General of the Republic', LIMITS.title)),
  organisation: optional(text('Ministry, office or mission', LIMITS.title)),
  salutation: optional(localized('Salutation, e.g. Dear Attorney General', LIMITS.title)),
  address: optional(
    union([addressBlock, array(text('Address line', LIMITS.line)).check(maxLength(LIMITS.lines, { error: (i: Input) => linesProblem(i.input as string[]) }))], {
      error: (i: Input) => `expected a list of address lines or a block of text, got ${quote(i.input)}`,
    }).check(meta({ description: 'Postal address: a list of lines, or a block of text (|), the country last' })),
  ),
  email: optional(emails('Email address, or a list of them')),
  fax: optional(phone('Fax number')),
  phone: optional(phone('Phone number')),
  twitter: optional(handle),
  copy: optional(boolean().check(meta({ description: 'true: send a copy (e.g. to a diplomatic mission)' }))),
});

export const caseSchema = object({
  id: slug('Identifier of the case, used in output paths: lower-case letters, digits and -'),
  reference: optional(text('Reference as published, e.g. "UA 72/24"', LIMITS.short)),
  title: text('Title of the Urgent Action', LIMITS.title),
  country: text('Country the case is about', LIMITS.short),
  issued: optional(date('Date the action was issued, YYYY-MM-DD')),
  deadline: date('Last day to act, YYYY-MM-DD'),
  languages: array(langCode).check(
    minLength(1, { error: 'must list at least one language code, e.g. [en]' }),
    meta({ description: "Languages the officials prefer, best first (ISO 639-1 codes)" }),
  ),
  subjects: optional(array(subjectSchema).check(meta({ description: 'The people at risk' }))),
  links: optional(record(string(), url).check(meta({ description: 'Named web addresses: previous, report, …' }))),
  hashtags: optional(array(hashtag).check(meta({ description: "Hashtags, without '#'" }))),
  status: optional(
    oneOf(['open', 'closed'], { error: (i: Input) => `${quote(i.input)} is not a status: write open or closed` }).check(
      meta({ description: 'open (the default) or closed; a closed case is refused like an expired one' }),
    ),
  ),
  bcc: optional(emails('Added as Bcc to every email draft')),
  contacts_checked: optional(date("When the officials' details were last verified, YYYY-MM-DD")),
  targets: array(targetSchema).check(
    minLength(1, { error: 'must list at least one official to write to' }),
    meta({ description: 'The officials to write to' }),
  ),
}).check(meta({ title: 'ua-letter case file', description: 'Front matter of an Urgent Action case file (format version 1)' }));

/** The front matter after validation, as written (before normalisation). */
export type FrontMatter = output<typeof caseSchema>;
export type TargetFrontMatter = output<typeof targetSchema>;

/** Field names, for unknown-field warnings and did-you-mean. */
export const CASE_FIELDS: readonly string[] = Object.keys(caseSchema.def.shape);
export const TARGET_FIELDS: readonly string[] = Object.keys(targetSchema.def.shape);
export const SUBJECT_FIELDS: readonly string[] = Object.keys(subjectSchema.def.shape);
