// The sender profile file (`ua-letter init` writes it, `generate` reads it): YAML text ↔ Signer.
// Pure: text in, a value or typed errors out. Reading and writing the file is src/read/profile-file.ts and src/write/profile-file.ts.
import { Document, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type Scalar } from 'yaml';
import { isEmail } from '../case/formats.js';
import { isLangCode, langCodeMessage } from '../case/languages.js';
import { lengthProblem, linesProblem } from '../case/limits.js';
import { positionOf, yamlTooDeep } from '../case/yaml-depth.js';
import { SIGNER_LIMITS } from './signer-fields.js';
import { CaseError, InputErrors } from '../errors.js';
import type { Signer } from './types.js';

export const PROFILE_FIELDS = ['name', 'address', 'city', 'country', 'email', 'lang', 'paper', 'personal', 'initials'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export interface FieldProblem {
  field: ProfileField;
  problem: string;
}

/** `undefined` when the value is an email address, else the reason it is not. Same rule as case files. */
export function checkEmail(value: string): string | undefined {
  return isEmail(value) ? undefined : `"${value}" is not an email address (expected name@example.org)`;
}

/** `undefined` for an ISO 639-1 code such as `en` or `es`, else the reason (with a guess: "English" → en). */
export function checkLang(value: string): string | undefined {
  return isLangCode(value) ? undefined : langCodeMessage(value);
}

/** Every problem with a signer's values, wherever they came from (file, flags or prompts). */
export function checkSigner(s: Partial<Signer>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!s.name?.trim()) problems.push({ field: 'name', problem: 'a name is required' });
  // The same limits as a signer list's columns: a letter holds no more.
  for (const field of ['name', 'city', 'country', 'personal'] as const) {
    const tooLong = lengthProblem(s[field]?.length ?? 0, SIGNER_LIMITS[field]);
    if (tooLong) problems.push({ field, problem: tooLong });
  }
  const lines = s.address === undefined ? undefined : linesProblem(s.address);
  if (lines) problems.push({ field: 'address', problem: lines });
  const email = s.email === undefined ? undefined : checkEmail(s.email);
  if (email) problems.push({ field: 'email', problem: email });
  const lang = s.lang === undefined ? undefined : checkLang(s.lang);
  if (lang) problems.push({ field: 'lang', problem: lang });
  if (s.paper !== undefined && s.paper !== 'a4' && s.paper !== 'letter') {
    problems.push({ field: 'paper', problem: `"${String(s.paper)}" is not a paper size; use a4 or letter` });
  }
  return problems;
}

/** Reads a profile; all problems at once as InputErrors with line, column and field. */
export function parseProfile(text: string, file: string): Signer {
  const deep = yamlTooDeep(text);
  if (deep) throw new InputErrors([new CaseError({ file, ...positionOf(text, deep.offset) }, deep.problem, { code: 'profile.yaml' })]);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const where = (node: Node | null | undefined, field?: string) => {
    const offset = node?.range?.[0];
    const pos = offset === undefined ? undefined : lineCounter.linePos(offset);
    return { file, line: pos?.line ?? 1, column: pos?.col, field };
  };
  if (doc.errors.length > 0) {
    throw new InputErrors(doc.errors.map((e) => {
      const pos = lineCounter.linePos(problemStart(text, e.message, e.pos[0]));
      return new CaseError({ file, line: pos.line, column: pos.col }, firstLine(e.message), { code: 'profile.yaml' });
    }));
  }
  if (!isMap(doc.contents)) {
    const problem = doc.contents === null ? 'the profile is empty' : 'expected fields such as "name: Your Name"';
    throw new InputErrors([new CaseError(where(doc.contents), problem, { code: 'profile.invalid', hint: 'Run "ua-letter init" to write it again.' })]);
  }
  const errors: CaseError[] = [];
  const signer: Partial<Signer> = {};
  const nodes = new Map<ProfileField, Node>();
  for (const pair of doc.contents.items as Array<Pair<Node, Node | null>>) {
    const field = readField(pair, signer, (problem, node, name) => errors.push(new CaseError(where(node, name), problem, { code: 'profile.invalid' })));
    if (field && pair.value) nodes.set(field, pair.value);
  }
  for (const p of checkSigner(signer)) {
    errors.push(new CaseError(where(nodes.get(p.field) ?? doc.contents, p.field), p.problem, { code: 'profile.invalid' }));
  }
  if (errors.length > 0) throw new InputErrors(errors);
  return { address: [], ...signer } as Signer;
}

type Report = (problem: string, node: Node | null | undefined, field?: string) => void;

/** Copies one `key: value` into the signer; returns the field it set, if any. */
function readField(pair: Pair<Node, Node | null>, signer: Partial<Signer>, report: Report): ProfileField | undefined {
  const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
  if (!key || !(PROFILE_FIELDS as readonly string[]).includes(key)) {
    report(`unknown field; a profile has ${PROFILE_FIELDS.join(', ')}`, pair.key, key);
    return undefined;
  }
  const field = key as ProfileField;
  if (field === 'address') {
    const lines = readLines(pair.value);
    if (lines === undefined) report(`expected a list of address lines${isNumber(pair.value) ? `, got the number ${String(pair.value.value)}` : ''}`, pair.value, field);
    else signer.address = lines;
    return field;
  }
  if (field === 'initials') {
    // `initials: true`: sign with initials and town only (signer/initials.ts).
    const value = isScalar(pair.value) ? pair.value.value : undefined;
    if (typeof value === 'boolean') signer.initials = value;
    else report('expected true or false', pair.value, field);
    return field;
  }
  const text = readText(pair.value);
  if (text === null) report('expected text', pair.value, field);
  else if (text !== undefined) (signer as Record<string, string>)[field] = text;
  return field;
}

/** A scalar as trimmed text; `undefined` for empty or absent, `null` for a list or map. */
function readText(node: Node | null): string | undefined | null {
  if (node === null || (isScalar(node) && node.value === null)) return undefined;
  if (!isScalar(node)) return null;
  // Unquoted numbers (a postcode as the city) are text here, not a type error.
  const text = String(node.value).trim();
  return text === '' ? undefined : text;
}

/** A list of lines, or a block string split at its newlines; `undefined` when neither (a bare number is neither). */
function readLines(node: Node | null): string[] | undefined {
  if (node === null || (isScalar(node) && node.value === null)) return [];
  if (isNumber(node)) return undefined;
  if (isScalar(node)) return String(node.value).split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  if (!isSeq(node)) return undefined;
  const lines: string[] = [];
  for (const item of node.items) {
    const text = readText(item as Node | null);
    if (text === null) return undefined;
    if (text !== undefined) lines.push(text);
  }
  return lines;
}

const isNumber = (node: Node | null): node is Scalar<number> => isScalar(node) && typeof node.value === 'number';

/** yaml reports an unclosed quote where the file ends; the reader needs the opening quote. */
function problemStart(text: string, message: string, offset: number): number {
  const quote = /^Missing closing (["'])quote/.exec(message)?.[1];
  if (!quote) return offset;
  const opening = text.lastIndexOf(quote, Math.max(0, offset - 1));
  return opening === -1 ? offset : opening;
}

// yaml's messages end in a code frame spanning several lines; the location is reported separately.
const firstLine = (message: string) => (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');

const HEADER = [
  ' ua-letter sender profile: who signs your letters.',
  ' Written by "ua-letter init"; run it again or edit this file by hand.',
  ' name is required. address: street lines (city and country go below).',
  ' lang: two-letter language code. paper: a4 or letter. personal: a line of your own.',
  ' initials: true signs letters and emails with your initials and town only.',
].join('\n');

/** The profile as YAML with an explanatory header, fields in a fixed order, empty ones left out. */
export function serializeProfile(signer: Signer): string {
  const data: Record<string, unknown> = {};
  for (const field of PROFILE_FIELDS) {
    const value = signer[field];
    if (value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0)) continue;
    data[field] = value;
  }
  const doc = new Document(data);
  doc.commentBefore = HEADER;
  return doc.toString({ lineWidth: 0 });
}

/**
 * Paper size from the locale (LC_ALL, then LC_PAPER, then LANG): US Letter where it is the norm
 * (North America, the Philippines, parts of Latin America), A4 everywhere else.
 */
export function paperForLocale(env: Readonly<Record<string, string | undefined>>): 'a4' | 'letter' {
  const region = /^[a-z]{2,3}_([A-Z]{2})/.exec(env.LC_ALL || env.LC_PAPER || env.LANG || '')?.[1];
  return region !== undefined && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}

const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'CR', 'PA', 'PR', 'GT', 'DO', 'SV', 'NI']);

/** Language code from the locale (LC_ALL, LC_MESSAGES, LANG: `es_ES.UTF-8` → `es`); `undefined` for C/POSIX or unset. */
export function langForLocale(env: Readonly<Record<string, string | undefined>>): string | undefined {
  return /^([a-z]{2})(?:[_.@]|$)/.exec(env.LC_ALL || env.LC_MESSAGES || env.LANG || '')?.[1];
}
