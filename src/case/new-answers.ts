// `ua-letter new` for scripts: its answers from flags or an answers file (YAML or JSON), checked
// one by one with the flag or key that gave them named. Pure: the CLI reads the file.
import slugify from '@sindresorhus/slugify';
import { parse as parseYaml } from 'yaml';
import { UsageError } from '../errors.js';
import { isPlainDate, daysBetween } from './dates.js';
import { isEmail, isHandle, isPhoneNumber, isSlug, stripAt } from './formats.js';
import { isReservedKey } from './reserved-keys.js';
import type { NewCaseAnswers } from './new-case.js';
import type { PlainDate, Target } from './types.js';

/** Answers as given, before they are complete: every field may be missing. */
export interface GivenAnswers {
  id?: string | undefined;
  reference?: string | undefined;
  title?: string | undefined;
  country?: string | undefined;
  deadline?: string | undefined;
  languages?: string[] | undefined;
  subjects?: string[] | undefined;
  /** Officials in the --official form, or objects with the case format's target fields. */
  officials?: Array<string | Record<string, unknown>> | undefined;
  letter?: string | undefined;
  summary?: string | undefined;
}

/** The flag that gives each answer, named when it is missing or wrong. */
export const ANSWER_FLAGS = { id: '--id', reference: '--reference', title: '--title', country: '--country', deadline: '--deadline', languages: '--lang', subjects: '--subject', officials: '--official', letter: '--letter', summary: '--summary' } as const;

/** True when any answer was given (then `new` runs without questions off a terminal). */
export function anyAnswer(given: GivenAnswers): boolean {
  return Object.values(given).some((v) => v !== undefined && !(Array.isArray(v) && v.length === 0));
}

/** Flags win over the answers file, field by field. */
export function mergeAnswers(file: GivenAnswers, flags: GivenAnswers): GivenAnswers {
  const out: GivenAnswers = { ...file };
  for (const [key, value] of Object.entries(flags) as Array<[keyof GivenAnswers, GivenAnswers[keyof GivenAnswers]]>) {
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

/** The first required answer that is missing, as its flag; undefined when all are there. */
export function missingAnswer(given: GivenAnswers): string | undefined {
  if (!given.title) return ANSWER_FLAGS.title;
  if (!given.id && !slugOf(given.title)) return ANSWER_FLAGS.id;
  if (!given.country) return ANSWER_FLAGS.country;
  if (!given.deadline) return ANSWER_FLAGS.deadline;
  if (!given.officials || given.officials.length === 0) return ANSWER_FLAGS.officials;
  return undefined;
}

/** Complete, checked answers; the first problem is a UsageError naming its flag or key. */
export function completeAnswers(given: GivenAnswers, today: PlainDate): NewCaseAnswers {
  const missing = missingAnswer(given);
  if (missing) throw new UsageError(`No ${missing} given`);
  const title = given.title!;
  const id = given.id ?? slugOf(title);
  if (!isSlug(id)) throw new UsageError(`--id: "${id}" is not an id: use lower-case letters, digits and single hyphens, e.g. venezuela-detentions`);
  const deadline = given.deadline!;
  if (!isPlainDate(deadline)) throw new UsageError(`--deadline: "${deadline}" is not a date in the form YYYY-MM-DD, e.g. 2025-03-31`);
  if (daysBetween(today, deadline) < 0) throw new UsageError(`--deadline: ${deadline} has already passed (today is ${today})`);
  const languages = [...new Set(given.languages && given.languages.length > 0 ? given.languages : ['en'])];
  for (const lang of languages) if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(lang)) throw new UsageError(`--lang: "${lang}" is not a language code, e.g. es or pt-BR`);
  const targets: Target[] = [];
  given.officials!.forEach((o, i) => {
    const target = typeof o === 'string' ? parseOfficial(o, i + 1) : officialFromObject(o, i + 1);
    target.id = uniqueId(target.id, targets);
    targets.push(target);
  });
  return { id, reference: given.reference, title, country: given.country!, deadline, languages, subjects: given.subjects ?? [], targets, letter: given.letter, summary: given.summary };
}

const KEYS = ['id', 'name', 'honorific', 'title', 'organisation', 'org', 'address', 'email', 'fax', 'phone', 'twitter', 'copy'] as const;
type OfficialKey = (typeof KEYS)[number];

/**
 * One official from `--official "Name | Title | Street 1 | City | email@x.org | @handle | +58 212 …"`:
 * the first part is the name; a part of the form `key: value` sets that field (id, honorific,
 * title, organisation, address, email, fax, phone, twitter, copy); other parts are read by their
 * shape (an email address, an @handle, a number starting with +: the phone) and otherwise are the
 * title (the first such part) and then the postal address, a line each.
 */
export function parseOfficial(spec: string, n: number): Target {
  const where = `--official ${n}`;
  const parts = spec.split('|').map((p) => p.trim()).filter((p) => p !== '');
  const fields: Record<string, unknown> = { address: [] as string[], email: [] as string[] };
  parts.forEach((part, i) => {
    const keyed = /^([a-z]+):\s*(.*)$/i.exec(part);
    const key = keyed?.[1]?.toLowerCase();
    if (keyed && key && (KEYS as readonly string[]).includes(key)) return setField(fields, key as OfficialKey, keyed[2]!.trim(), where);
    if (i === 0) fields.name = part;
    else if (isEmail(part)) (fields.email as string[]).push(part);
    else if (part.startsWith('@') && isHandle(part)) fields.twitter = part;
    else if (part.startsWith('+') && isPhoneNumber(part)) fields.phone = part;
    else if (part.includes('@')) throw new UsageError(`${where}: "${part}" is neither an email address nor an X handle`);
    else if (fields.title === undefined) fields.title = part;
    else (fields.address as string[]).push(part);
  });
  return officialFromObject(fields, n, where);
}

function setField(fields: Record<string, unknown>, key: OfficialKey, value: string, where: string): void {
  if (key === 'address') (fields.address as string[]).push(...value.split(/\s*\/\s*/).filter(Boolean));
  else if (key === 'email') (fields.email as string[]).push(...value.split(/\s*,\s*/).filter(Boolean));
  else if (key === 'copy') {
    if (!/^(yes|true|no|false)$/i.test(value)) throw new UsageError(`${where}: copy: "${value}" is not yes or no`);
    fields.copy = /^(yes|true)$/i.test(value);
  } else fields[key === 'org' ? 'organisation' : key] = value;
}

/** An official from an object of the case format's target fields (an answers file, or a parsed --official). */
export function officialFromObject(o: Record<string, unknown>, n: number, where = `officials[${n - 1}]`): Target {
  for (const key of Object.keys(o)) {
    if (isReservedKey(key) || !(KEYS as readonly string[]).includes(key) && key !== 'emails') throw new UsageError(`${where}: unknown field "${key}" (known: ${KEYS.filter((k) => k !== 'org').join(', ')})`);
  }
  const text = (key: string): string | undefined => {
    const v = o[key];
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v !== 'string') throw new UsageError(`${where}: ${key}: not text`);
    return v.trim();
  };
  const list = (key: string): string[] => {
    const v = o[key];
    if (v === undefined || v === null) return [];
    if (typeof v === 'string') return key === 'address' ? v.split(/\s*\|\s*|\n/).filter(Boolean) : v.split(/\s*,\s*/).filter(Boolean);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.map((x) => x.trim()).filter(Boolean);
    throw new UsageError(`${where}: ${key}: not a list of text`);
  };
  const name = text('name');
  if (!name) throw new UsageError(`${where}: no name (the first part, or name: …)`);
  const emails = [...list('email'), ...list('emails')];
  for (const e of emails) if (!isEmail(e)) throw new UsageError(`${where}: email: "${e}" is not an email address`);
  const twitter = text('twitter');
  if (twitter !== undefined && !isHandle(twitter)) throw new UsageError(`${where}: twitter: "${twitter}" is not an X handle (letters, digits and _, at most 15)`);
  for (const key of ['fax', 'phone']) {
    const v = text(key);
    if (v !== undefined && !isPhoneNumber(v)) throw new UsageError(`${where}: ${key}: "${v}" is not a phone number`);
  }
  const id = text('id') ?? (slugOf(name) || `official-${n}`);
  if (!isSlug(id)) throw new UsageError(`${where}: id: "${id}" is not an id: use lower-case letters, digits and single hyphens`);
  return {
    id,
    name,
    honorific: text('honorific'),
    title: text('title'),
    organisation: text('organisation') ?? text('org'),
    address: list('address'),
    emails,
    fax: text('fax'),
    phone: text('phone'),
    twitter: twitter === undefined ? undefined : stripAt(twitter),
    copy: o.copy === true,
  };
}

function uniqueId(id: string, others: readonly Target[]): string {
  let candidate = id;
  for (let k = 2; others.some((t) => t.id === candidate); k++) candidate = `${id}-${k}`;
  return candidate;
}

const ANSWER_KEYS = ['id', 'reference', 'title', 'country', 'deadline', 'languages', 'lang', 'subjects', 'officials', 'targets', 'letter', 'summary'] as const;

/** An answers file (YAML or JSON, which YAML reads too) → given answers; `file` names it in errors. */
export function parseAnswersFile(source: string, file: string): GivenAnswers {
  let data: unknown;
  try {
    data = parseYaml(source, { schema: 'core', uniqueKeys: true });
  } catch (error) {
    throw new UsageError(`${file}: not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new UsageError(`${file}: not a map of answers (title:, country:, deadline:, officials: …)`);
  const o = data as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (isReservedKey(key) || !(ANSWER_KEYS as readonly string[]).includes(key)) throw new UsageError(`${file}: unknown key "${key}" (known: ${ANSWER_KEYS.join(', ')})`);
  }
  const text = (key: string): string | undefined => {
    const v = o[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return String(v);
    throw new UsageError(`${file}: ${key}: not text`);
  };
  const strings = (key: string, separator: RegExp): string[] | undefined => {
    const v = o[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v.split(separator).map((s) => s.trim()).filter(Boolean);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    throw new UsageError(`${file}: ${key}: not a list of text`);
  };
  const officials = o.officials ?? o.targets;
  if (officials !== undefined && (!Array.isArray(officials) || !officials.every((x) => typeof x === 'string' || (typeof x === 'object' && x !== null && !Array.isArray(x))))) {
    throw new UsageError(`${file}: officials: not a list of officials (text in the --official form, or maps of name, title, address, email…)`);
  }
  // A date written bare in YAML (deadline: 2025-03-31) stays text with the core schema.
  return {
    id: text('id'),
    reference: text('reference'),
    title: text('title'),
    country: text('country'),
    deadline: text('deadline'),
    languages: strings('languages', /\s*,\s*/) ?? strings('lang', /\s*,\s*/),
    subjects: strings('subjects', /\s*\|\s*/),
    officials: officials as GivenAnswers['officials'],
    letter: text('letter'),
    summary: text('summary'),
  };
}

/** The id `new` suggests for a title: its slug (empty for scripts without a Latin transliteration). */
export function slugOf(text: string): string {
  return slugify(text).slice(0, 60).replace(/-+$/, '');
}
