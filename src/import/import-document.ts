// The importer's face: document text in, case file draft text and report out. Each part of a UA
// has its own recogniser; this file only runs them and puts their findings together.
import type { LangCode, Subject } from '../case/types.js';
import { recogniseBackground } from './background.js';
import { caseCountry } from './case-country.js';
import { recogniseCjkDeadline } from './cjk-deadline.js';
import { PROTECTED_EMAIL } from './contact-line.js';
import { recogniseCountry } from './country.js';
import { recogniseDeadline, recogniseIssued } from './deadline.js';
import { renderDraft, type Draft, type DraftSection } from './draft.js';
import { recogniseLanguages } from './languages.js';
import { recognisePreviousLink, recogniseReportLink } from './links.js';
import type { ImportedOfficial } from './official-block.js';
import { readOfficials, type OfficialsResult, type SkippedLine } from './officials.js';
import { greetedOfficeOfficial } from './greeted-office.js';
import { cjkWrittenToOffice } from './cjk-written-to.js';
import { translatedGreetingOfficial } from './translated-greeting.js';
import { withWriteToEnvelopes } from './write-to-envelope.js';
import { paragraphsToMarkdown, type Paragraph } from './paragraphs.js';
import { officialReport } from './official-report.js';
import { entryOf, shorten, type ImportReport, type ReportEntry } from './report.js';
import { recogniseSalutation } from './salutation.js';
import { recogniseSampleLetter, type SampleLetter } from './sample-letter.js';
import { caseIdFrom } from './slugs.js';
import { recogniseSubjects } from './subjects.js';
import { recogniseSummary } from './summary.js';
import { buildTargets } from './targets.js';
import { withCallIn } from './call-in.js';
import { withColonEmailList } from './colon-email-list.js';
import { withBulletEmailList } from './bullet-email-list.js';
import { withCyrillicAddressees } from './cyrillic-addressees.js';
import { withNumberedFaxList } from './numbered-fax-list.js';
import { withTweetedHandle } from './tweet-in-prose.js';
import { toMailText } from './mail-text.js';
import { readDataLetter } from './data-letter.js';
import { withDataRecipients } from './data-recipients.js';
import { withMailedTo } from './mailed-to.js';
import { findLandmarks } from './landmarks.js';
import { withHeaderAddressees } from './memo-addressees.js';
import { withAddresseeStack } from './addressee-stack.js';
import { withToWordStack } from './to-word-stack.js';
import { withGreetingAddressee } from './greeting-addressee.js';
import { withMemoRecipients } from './memo-header.js';
import { found, notFound, sourceLine, type Finding, type ImportText } from './types.js';
import { gateNames } from './name-gate.js';
import { isNoGreeting } from './addressee-gate.js';
import { withoutOwnEmails } from './own-emails.js';
import { recogniseReference, recogniseTitle } from './title-reference.js';

export interface ImportOptions {
  /** The file name as given (`-` for stdin); named in the draft and the report. */
  source: string;
}

export interface ImportResult {
  /** The case file draft: front matter and Markdown body. */
  caseText: string;
  report: ImportReport;
  findings: ImportFindings;
  /** False when neither the "URGENT ACTION" line, nor officials, nor a deadline were found. */
  looksLikeUrgentAction: boolean;
}

export interface ImportFindings {
  reference: Finding<string>;
  title: Finding<string>;
  country: Finding<string>;
  issued: Finding<string>;
  deadline: Finding<string>;
  languages: Finding<LangCode[]>;
  subjects: Finding<Subject[]>;
  previous: Finding<string>;
  reportLink: Finding<string>;
  summary: Finding<string>;
  officials: Finding<ImportedOfficial[]>;
  salutation: Finding<string[]>;
  letter: Finding<SampleLetter>;
  background: Finding<Paragraph[]>;
  /** Lines among the officials that went into no field (headings, instructions…), with why. */
  skipped: SkippedLine[];
}

export function recogniseAll(doc: ImportText): ImportFindings {
  const headerCountry = recogniseCountry(doc);
  const letter = recogniseSampleLetter(doc);
  const letterText = letter.found ? { text: letter.value.paragraphs.map((p) => p.text).join('\n'), line: letter.line, detected: letter.value.detected, later: letter.value.later.map((l) => l.lang) } : undefined;
  const salutation = recogniseSalutation(doc);
  const { officials, skipped } = gatedOfficials(doc, headerCountry.found ? [headerCountry.value] : [], salutation.found ? salutation.value : []);
  // One decision over the page's evidence, strongest kind first (case-country.ts).
  const country = caseCountry(doc, headerCountry, officials);
  return {
    reference: recogniseReference(doc),
    title: recogniseTitle(doc),
    country,
    issued: recogniseIssued(doc),
    deadline: orCjkDeadline(doc, recogniseDeadline(doc)),
    languages: recogniseLanguages(doc, letterText, salutation.found ? { text: salutation.value.join(' '), line: salutation.line } : undefined),
    subjects: recogniseSubjects(doc),
    previous: recognisePreviousLink(doc),
    reportLink: recogniseReportLink(doc),
    summary: recogniseSummary(doc),
    officials,
    salutation,
    letter,
    background: recogniseBackground(doc),
    skipped,
  };
}

export function importDocument(raw: string, options: ImportOptions): ImportResult {
  // A letter kept as data (JSON, a JavaScript or TypeScript object) is read as the page it holds.
  const doc = readDataLetter(raw, options.source) ?? toMailText(raw, options.source);
  const f = recogniseAll(doc);
  const value = <T>(x: Finding<T>): T | undefined => (x.found ? x.value : undefined);
  const targets = buildTargets(f.officials, greetingOnly(f.salutation), (n) => sourceLine(doc, n));
  const id = caseIdFrom(value(f.title), value(f.country));
  const links: Record<string, string> = {};
  if (f.previous.found) links.previous = f.previous.value;
  if (f.reportLink.found) links.report = f.reportLink.value;
  const draft: Draft = {
    source: options.source,
    id,
    reference: value(f.reference),
    title: value(f.title),
    country: value(f.country),
    issued: value(f.issued),
    deadline: value(f.deadline),
    languages: value(f.languages) ?? [],
    subjects: value(f.subjects) ?? [],
    links,
    targets: targets.map((t) => t.target),
    sections: sectionsOf(f, findLandmarks(doc).language),
    todo: todoOf(f, id),
    notes: [
      ...protectedEmailLines(doc).map((n) => `TODO: line ${sourceLine(doc, n)} hides an email address ("[email protected]"): copy it from the web page`),
      ...(doc.unplaced ?? []).map((u) => `TODO: line ${u.line} runs two officials' columns together, and "${shorten(u.text, 80)}" may be either's: left out`),
    ],
  };
  const entries = reportEntries(f, id, targets.flatMap((t, i) => officialReport(t, i)))
    .map((e) => (e.line === undefined ? e : { ...e, line: sourceLine(doc, e.line) }));
  for (const n of protectedEmailLines(doc)) {
    entries.push({ field: 'email', status: 'missing', line: sourceLine(doc, n), note: `line ${sourceLine(doc, n)} shows "[email protected]": the web page hid this address from robots; open the page in a browser and copy it` });
  }
  for (const u of doc.unplaced ?? []) entries.push({ field: 'skipped', status: 'skipped', line: u.line, value: shorten(u.text, 60), note: "printed between two officials' columns run together: either's, left out (a TODO in the draft)" });
  for (const d of doc.dropped ?? []) entries.push({ field: 'skipped', status: 'skipped', line: d.line, value: shorten(d.text, 60), note: d.why });
  for (const s of f.skipped) entries.push({ field: 'skipped', status: 'skipped', line: s.line, value: shorten(s.text, 60), note: s.why });
  const looksLikeUrgentAction = findLandmarks(doc).kind !== undefined || f.officials.found || f.deadline.found;
  return { caseText: renderDraft(draft), report: { source: options.source, entries }, findings: f, looksLikeUrgentAction };
}

/** A Japanese or Chinese page's "2025年6月30日まで" when no Latin-script wording gave the deadline. */
function orCjkDeadline(doc: ImportText, deadline: Finding<string>): Finding<string> {
  return deadline.found ? deadline : recogniseCjkDeadline(doc) ?? deadline;
}

/** "Related stories:", "Bien à vous," taken for the letter's greeting: a heading or sign-off of the page greets no official (addressee-gate.ts). */
function greetingOnly(salutation: Finding<string[]>): Finding<string[]> {
  return salutation.found && salutation.value.every(isNoGreeting) ? notFound(`line ${salutation.line} is a heading or sign-off of the page, no greeting`) : salutation;
}

/** Last of all, when no reader named anyone: the office the model letter's greeting names ("Monsieur le Procureur général,"; greeted-office.ts). */
function withGreetedOffice(doc: ImportText, read: OfficialsResult): OfficialsResult {
  if (read.officials.found) return read;
  const { salutation } = findLandmarks(doc);
  // A Chinese page's greeting by surname and short office, the office in full in its "write to" line (cjk-written-to.ts).
  // A greeting by office alone, its translation by office and name (translated-greeting.ts).
  const official = greetedOfficeOfficial(doc, salutation) ?? cjkWrittenToOffice(doc, salutation) ?? translatedGreetingOfficial(doc, salutation);
  return official ? { ...read, officials: found([official], 'low', official.line, "named only by the letter's greeting: no name, address or email printed") } : read;
}

/** The officials the readers found, each name checked by the one gate (see name-gate.ts). */
function gatedOfficials(doc: ImportText, countries: readonly string[], greetings: readonly string[]): { officials: Finding<ImportedOfficial[]>; skipped: SkippedLine[] } {
  const readers = withBulletEmailList(doc, withTweetedHandle(doc, withGreetingAddressee(doc, withToWordStack(doc, withAddresseeStack(doc, withHeaderAddressees(doc, withMemoRecipients(doc, withNumberedFaxList(doc, withCallIn(doc, withColonEmailList(doc, withCyrillicAddressees(doc, withWriteToEnvelopes(doc, readOfficials(doc, countries)))))))))))));
  const data = readers.officials.found ? undefined : withDataRecipients(doc, readers.officials);
  if (data?.found) return { officials: data, skipped: readers.skipped };
  // Last of all, no reader and no data file having named anyone: the office the letter's greeting names.
  const read = withGreetedOffice(doc, readers);
  if (!read.officials.found) return { officials: data ?? withDataRecipients(doc, read.officials), skipped: read.skipped };
  const gate = gateNames(doc, read.officials.value.map(withoutOwnEmails), greetings);
  const skipped = [...read.skipped, ...gate.skipped];
  if (gate.officials.length === 0) return { officials: withDataRecipients(doc, notFound('the lines read for officials name no one: see the skipped lines')), skipped };
  const { confidence, line, note } = read.officials;
  return { officials: withDataRecipients(doc, withMailedTo(doc, found(gate.officials, gate.officials.some((o) => o.confidence === 'low') ? 'low' : confidence, line, note))), skipped };
}

function sectionsOf(f: ImportFindings, docLang: LangCode): DraftSection[] {
  const sections: DraftSection[] = [];
  if (f.summary.found) sections.push({ name: 'Summary', lang: docLang, markdown: paragraphsToMarkdown([{ text: f.summary.value, line: f.summary.line, bullet: false }]) });
  if (f.letter.found) {
    sections.push({ name: 'Letter', lang: f.letter.value.lang, markdown: paragraphsToMarkdown(f.letter.value.paragraphs) });
    for (const t of keptTranslations(f.letter.value)) sections.push({ name: 'Letter', lang: t.lang, markdown: paragraphsToMarkdown(t.paragraphs) });
  }
  if (f.background.found) sections.push({ name: 'Background', lang: docLang, markdown: paragraphsToMarkdown(f.background.value) });
  return sections;
}

/**
 * The letter again in another language: its own section, once a language (a second letter in the
 * same language is another letter, not its translation; one whose language no one can tell is left).
 */
function keptTranslations(letter: SampleLetter): Array<{ lang: LangCode; paragraphs: Paragraph[] }> {
  const langs = new Set([letter.lang]);
  const out: Array<{ lang: LangCode; paragraphs: Paragraph[] }> = [];
  for (const t of letter.later) {
    // A letter the page was cut under, its greeting alone: its language is listed, no section made.
    if (t.lang === undefined || langs.has(t.lang) || t.paragraphs.length === 0) continue;
    langs.add(t.lang);
    out.push({ lang: t.lang, paragraphs: t.paragraphs });
  }
  return out;
}

function todoOf(f: ImportFindings, id: string | undefined): Draft['todo'] {
  const todo: Draft['todo'] = {};
  if (id === undefined) todo.id = 'made from the title and country, which are missing';
  if (!f.title.found) todo.title = f.title.reason;
  if (!f.country.found) todo.country = f.country.reason;
  if (!f.deadline.found) todo.deadline = f.deadline.reason;
  if (!f.languages.found) todo.languages = f.languages.reason;
  if (!f.officials.found) todo.targets = f.officials.reason;
  if (!f.letter.found) todo.letter = f.letter.reason;
  return todo;
}

function reportEntries(f: ImportFindings, id: string | undefined, officials: ReportEntry[]): ReportEntry[] {
  const idEntry: ReportEntry = id === undefined
    ? { field: 'id', status: 'missing', note: 'no title or country to make it from' }
    : { field: 'id', status: 'found', value: id, confidence: 'medium', line: f.title.found ? f.title.line : undefined, note: 'made from the title: rename it if you like' };
  const text = (s: string) => shorten(s);
  return [
    idEntry,
    entryOf('reference', f.reference, text),
    entryOf('title', f.title, text),
    entryOf('country', f.country, text),
    entryOf('issued', f.issued, text),
    entryOf('deadline', f.deadline, text),
    entryOf('languages', f.languages, (l) => l.join(', ')),
    entryOf('subjects', f.subjects, (s) => s.map((x) => (x.pronouns ? `${x.name} (${x.pronouns})` : x.name)).join('; ')),
    entryOf('links.previous', f.previous, text),
    entryOf('links.report', f.reportLink, text),
    entryOf('targets', f.officials, (o) => plural(o.length, 'official')),
    ...officials,
    entryOf('salutation', f.salutation, (s) => s.join(' | ')),
    entryOf('Summary', f.summary, text),
    entryOf('Letter', f.letter, (l) => `${plural(l.paragraphs.length, 'paragraph')} (${l.lang})`),
    ...(f.letter.found ? keptTranslations(f.letter.value) : []).map((t): ReportEntry => ({ field: `Letter (${t.lang})`, status: 'found', value: plural(t.paragraphs.length, 'paragraph'), confidence: 'medium', line: t.paragraphs[0]?.line, note: "the letter again in another language, after the first one's closing" })),
    entryOf('Background', f.background, (p) => plural(p.length, 'paragraph')),
  ];
}

function protectedEmailLines(doc: ImportText): number[] {
  return doc.lines.flatMap((l, i) => (PROTECTED_EMAIL.test(l) ? [i + 1] : []));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
