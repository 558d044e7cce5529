// The template context of one document: the prepared case and official (shared by every signer)
// plus this signer. Built per document but cheap: a handful of references, no copying.
import type { PlainDate } from '../case/types.js';
import type { RenderData, TemplateSet } from '../render/template-set.js';
import type { Signer } from '../signer/types.js';
import type { CaseView, PreparedTarget, TargetView } from './prepare-case.js';
import { stripMarks } from './emphasis.js';
import { countryNameIn } from './country-display.js';
import { senderLines } from './postal.js';
import type { Channel } from './types.js';

/** What templates see as `signer`. Absent values are null. */
export interface SignerView {
  name: string;
  address: readonly string[];
  city: string | null;
  country: string | null;
  email: string | null;
  personal: string | null;
  /**
   * "Leeds, United Kingdom", "Leeds" or "United Kingdom", the country named in the document's
   * language ("Leeds, Vereinigtes Königreich"); null when neither is known.
   */
  place: string | null;
}

/** The whole context of a template (documented in templates/README.md). */
export interface DocumentContext {
  lang: string;
  channel: Channel;
  /** YYYY-MM-DD. */
  today: PlainDate;
  /** Today in the document's language ("1 September 2024"). */
  date: string;
  case: CaseView;
  target: TargetView;
  signer: SignerView;
}

/** A signer's parts that every document of theirs shares. */
export interface SignerParts {
  view: SignerView;
  senderLines: string[];
  /** Who the signer is, for the variation seed: two people with the same name still differ. */
  key: string;
}

/** Arabic script writes its own comma: "Leeds، المملكة المتحدة" inside an Arabic or Persian sentence. */
const placeComma = (lang: string) => (lang === 'ar' || lang === 'fa' || lang === 'ur' ? '، ' : ', ');

const blankToNull = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : v.trim());

/** The signer as one language's documents show them (`lang` names their country in the `place` line). */
export function signerParts(signer: Signer, lang: string): SignerParts {
  const city = blankToNull(signer.city);
  const country = blankToNull(signer.country);
  const countryInLetter = country === null ? null : countryNameIn(country, lang);
  const view: SignerView = {
    name: signer.name.trim(),
    address: signer.address.map((l) => l.trim()).filter((l) => l !== ''),
    city,
    country,
    // Signing with initials: the address is for the .eml's From header only (email.ts), never a text.
    email: signer.initials === true ? null : blankToNull(signer.email),
    personal: blankToNull(signer.personal),
    place: [city, countryInLetter].filter(Boolean).join(placeComma(lang)) || null,
  };
  const key = signer.varyKey ?? [view.name, view.email ?? '', ...view.address, city ?? '', country ?? ''].join('\u001f');
  return { view, senderLines: senderLines(signer), key };
}

/** One official × one signer × one case and language: everything the channels need. */
export interface RenderJob {
  templates: TemplateSet;
  lang: string;
  caseId: string;
  caseView: CaseView;
  /** One view per suggested post (prepare-case.ts); `[caseView]` when there is one or none. */
  tweetViews: readonly CaseView[];
  target: PreparedTarget;
  signer: Signer;
  parts: SignerParts;
  today: PlainDate;
  date: string;
  data: RenderData;
  tweetLength: ((text: string) => number) | undefined;
  /** The subjects' names (prepare-case.ts), set in bold in printed letters. */
  names: RegExp | undefined;
  /** letter.hbs rendered once for this job, with emphasis marks: the letter and the email body share it. */
  letterBody: () => string;
  /** The phrasings letter.hbs chose ("2.0.1"), set when letterBody() renders it. */
  letterVariation: string;
}

export function contextFor(job: RenderJob, channel: Channel): DocumentContext {
  return { lang: job.lang, channel, today: job.today, date: job.date, case: job.caseView, target: job.target.view, signer: job.parts.view };
}

// Documents start with caseId, targetId, lang and signer, written out property by property in
// each channel, never as `{ ...base, … }`: on Node 20 (V8 11.3) an object spread followed by more
// properties is allocated so that nearly every such object survives into the old generation.
// Measured: a batch of 10,000 signers promoted ~30 MB per channel this way, most of the batch's
// memory growth (issue 3). The same goes for the hot paths of render/ and write/.


/**
 * Template output as a tidy plain text: no emphasis marks (emphasis.ts), no trailing spaces, at
 * most one blank line in a row, one final newline.
 */
export function tidyText(text: string): string {
  return tidyRichText(stripMarks(text));
}

/** tidyText keeping emphasis marks: the letter body, which a PDF and Markdown print with emphasis. */
export function tidyRichText(text: string): string {
  // Each step only when needed: a letter is a few KB and a batch tidies 40,000 of them, and the
  // trailing-blank pattern would otherwise try every space between two words.
  let body = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  if (hasTrailingBlank(body)) body = body.replace(/[ \t]+$/gm, '');
  if (body.includes('\n\n\n')) body = body.replace(/\n{3,}/g, '\n\n');
  body = body.trim();
  return body === '' ? '' : `${body}\n`;
}

/** A space or tab at the end of a line or of the text (string search: no pattern tried at every space). */
function hasTrailingBlank(text: string): boolean {
  return text.includes(' \n') || text.includes('\t\n') || text.endsWith(' ') || text.endsWith('\t');
}
