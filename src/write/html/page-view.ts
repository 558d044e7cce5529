// What the action page template sees: one signer's documents for one case, grouped by official,
// with every link already built. Plain strings and numbers only; the template escapes them all.
import { textDirection } from '../../channels/text-direction.js';
import { channelAdvice, deadlineStatus } from '../../case/deadline.js';
import type { Case, PlainDate } from '../../case/types.js';
import { prepareCase, type TargetView } from '../../channels/prepare-case.js';
import { stripMarks, styledRuns, type StyledRun } from '../../channels/emphasis.js';
import type { CallDocument, EmailDocument, LetterDocument, RenderedDocument, TweetDocument } from '../../channels/types.js';
import type { Paper, WindowForm } from '../pdf/layout.js';
import { splitLetterBody } from '../pdf/letter-body.js';
import { formatDate } from '../../render/intl-format.js';
import type { Signer } from '../../signer/types.js';
import { composeLinks } from './compose-links.js';
import { fitBlock, printLayout, PRINT_TYPE, type PrintLayout } from './print-layout.js';

export interface ActionPageInput {
  case: Case;
  signer: Signer;
  /** This signer's documents for this case, any officials and channels, in any order. */
  documents: readonly RenderedDocument[];
  today: PlainDate;
  paper: Paper;
  /** A4 only: DIN 5008 form A or B (default B), as for PDF letters. */
  window?: WindowForm | undefined;
}

export interface PageView {
  lang: string;
  dir: 'ltr' | 'rtl';
  case: { id: string; title: string; reference: string | null; country: string };
  signer: { name: string };
  deadline: DeadlineView;
  /** The language of the case's own texts (summary, background), when it differs from the page's. */
  contentLang: string | null;
  summary: string[];
  background: string[];
  subjects: Array<{ name: string; pronouns: string | null }>;
  reportLink: string | null;
  previousLink: string | null;
  officials: OfficialView[];
  letterCount: number;
  print: PrintLayout;
  /** Type sizes in points (the PDF's). */
  type: typeof PRINT_TYPE;
}

export interface DeadlineView {
  date: string;
  daysLeft: number;
  daysLeftText: string;
  advice: string;
  expired: boolean;
  /** Under a week left: too late for a posted letter to arrive. */
  soon: boolean;
}

export interface OfficialView {
  id: string;
  name: string;
  /** Title and organisation, as one line. */
  role: string | null;
  letter: LetterView | null;
  email: EmailView | null;
  post: PostView | null;
  call: CallView | null;
  fax: string | null;
  /** The case gives no postal address for this official (a fax or email only). */
  noAddress: boolean;
  /** In-page links to each action, for the overview at the top. */
  actions: Array<{ label: string; anchor: string }>;
}

export interface LetterView {
  lang: string;
  dir: 'ltr' | 'rtl';
  senderLines: readonly string[];
  /** `font-size` of the sender block in print, points. */
  senderSize: number;
  /** "Name · Street · City" above the window (A4 paper). */
  returnLine: string | null;
  recipientLines: readonly string[];
  /** `font-size` of the recipient block in print, points. */
  addressSize: number;
  /** The block needs the larger zone of the window (print.largeAddress). */
  addressLarge: boolean;
  /** The block may not fit the window even in the smallest type. */
  addressTight: boolean;
  date: string;
  /** Salutation and text, each paragraph in runs of one style (the case's **…**, names in bold). */
  paragraphs: ReadonlyArray<readonly StyledRun[]>;
  closing: string | null;
  signature: string | null;
}

export interface EmailView {
  lang: string;
  dir: 'ltr' | 'rtl';
  to: string;
  bcc: string | null;
  subject: string;
  body: string;
  mailto: string;
  gmail: string;
  outlook: string;
  withBody: boolean;
}

export interface PostView {
  lang: string;
  dir: 'ltr' | 'rtl';
  text: string;
  intentUrl: string;
  length: number;
}

export interface CallView {
  lang: string;
  dir: 'ltr' | 'rtl';
  phone: string;
  tel: string;
  text: string;
}

/** The view of the page in `pageLang` (the language of its own words; the documents keep theirs). */
export function actionPageView(input: ActionPageInput, pageLang: string): PageView {
  const c = input.case;
  const contentLang = input.documents[0]?.lang ?? c.languages[0] ?? pageLang;
  const content = prepareCase(c, contentLang).view;
  const targets = prepareCase(c, pageLang).targets;
  const print = printLayout(input.paper, input.window);
  const officials = c.targets
    .map((t) => officialView(t.id, targets.get(t.id)?.view, input.documents, print))
    .filter((o): o is OfficialView => o !== undefined);
  return {
    lang: pageLang,
    dir: textDirection(pageLang),
    case: { id: c.id, title: c.title, reference: c.reference ?? null, country: c.country },
    signer: { name: input.signer.name.trim() },
    deadline: deadlineView(c, input.today, pageLang),
    contentLang: contentLang === pageLang ? null : contentLang,
    summary: paragraphs(content.summary),
    background: paragraphs(section(content.sections, 'background')),
    subjects: content.subjects.map((s) => ({ name: s.name, pronouns: s.pronouns })),
    reportLink: webLink(c.links.report),
    previousLink: webLink(c.links.previous),
    officials,
    letterCount: officials.filter((o) => o.letter).length,
    print,
    type: PRINT_TYPE,
  };
}

export function deadlineView(c: Case, today: PlainDate, lang: string): DeadlineView {
  const { daysLeft, expired } = deadlineStatus(c, today);
  return { date: formatDate(c.deadline, lang), daysLeft, daysLeftText: daysLeftText(daysLeft), advice: channelAdvice(daysLeft).text, expired, soon: daysLeft < 7 };
}

function officialView(id: string, target: TargetView | undefined, docs: readonly RenderedDocument[], print: PrintLayout): OfficialView | undefined {
  const mine = docs.filter((d) => d.targetId === id);
  if (!target || mine.length === 0) return undefined;
  const find = <C extends RenderedDocument['channel']>(channel: C) => mine.find((d) => d.channel === channel) as Extract<RenderedDocument, { channel: C }> | undefined;
  const faxed = find('fax');
  // A fax is the letter in the same words: with --channel fax alone it is the letter to print.
  const letter = find('letter') ?? (faxed && ({ ...faxed, channel: 'letter' } as LetterDocument));
  const email = find('email');
  const post = find('tweet');
  const call = find('call');
  const role = [target.title, target.organisation].filter((s): s is string => !!s).join(', ');
  const actions = [
    letter && { label: 'Letter', anchor: `${id}-letter` },
    email && { label: 'Email', anchor: `${id}-email-action` },
    post && { label: 'Post on X', anchor: `${id}-post-action` },
    call && { label: 'Call', anchor: `${id}-call-action` },
    (faxed?.fax ?? target.fax) && { label: 'Fax', anchor: `${id}-fax` },
  ].filter((a): a is { label: string; anchor: string } => !!a);
  return {
    id,
    name: target.honorific ? `${target.honorific} ${target.name}` : target.name,
    role: role || null,
    letter: letter ? letterView(letter, print) : null,
    email: email ? emailView(email) : null,
    post: post ? postView(post) : null,
    call: call ? callView(call) : null,
    fax: faxed?.fax ?? target.fax,
    noAddress: target.address.length === 0,
    actions,
  };
}

function letterView(doc: LetterDocument, print: PrintLayout): LetterView {
  // The body with emphasis marks when it has any: the page shows bold and italic as a PDF does.
  const parts = splitLetterBody(doc.richBody ?? doc.body, doc.signer.name);
  const recipient = doc.recipientLines.filter((l) => l.trim() !== '');
  const fit = fitBlock(recipient, [print.address, print.largeAddress], PRINT_TYPE.address.max);
  const zone = fit.zone === 0 ? print.address : print.largeAddress;
  const sender = doc.senderLines.filter((l) => l.trim() !== '');
  const senderFit = fitBlock(sender, [{ box: print.sender, min: PRINT_TYPE.sender.min }], PRINT_TYPE.sender.max);
  return {
    lang: doc.lang,
    dir: textDirection(doc.lang),
    senderLines: sender,
    senderSize: senderFit.size,
    returnLine: zone.returnLine && sender.length > 0 ? sender.join(' · ') : null,
    recipientLines: recipient,
    addressSize: fit.size,
    addressLarge: fit.zone === 1,
    addressTight: !fit.fits,
    date: doc.date,
    paragraphs: parts.paragraphs.map(styledRuns),
    closing: parts.closing === undefined ? null : stripMarks(parts.closing),
    signature: parts.signature === undefined ? null : stripMarks(parts.signature),
  };
}

function emailView(doc: EmailDocument): EmailView {
  const links = composeLinks(doc);
  return {
    lang: doc.lang,
    dir: textDirection(doc.lang),
    to: doc.to.join(', '),
    bcc: doc.bcc.length > 0 ? doc.bcc.join(', ') : null,
    subject: doc.subject,
    body: doc.body.trimEnd(),
    ...links,
  };
}

function postView(doc: TweetDocument): PostView {
  return { lang: doc.lang, dir: textDirection(doc.lang), text: doc.text, intentUrl: doc.intentUrl, length: doc.length };
}

function callView(doc: CallDocument): CallView {
  return { lang: doc.lang, dir: textDirection(doc.lang), phone: doc.phone, tel: telLink(doc.phone), text: doc.text.trimEnd() };
}

/** RFC 3966: a global number keeps its '+', visual separators other than '-', '.', '(' and ')' go. */
export function telLink(phone: string): string {
  return `tel:${phone.trim().replace(/[^\d+*#().-]/g, '')}`;
}

function daysLeftText(daysLeft: number): string {
  if (daysLeft < 0) return `the deadline passed ${-daysLeft} day${daysLeft === -1 ? '' : 's'} ago`;
  if (daysLeft === 0) return 'today is the last day';
  return `${daysLeft} day${daysLeft === 1 ? '' : 's'} left`;
}

const paragraphs = (text: string | null | undefined): string[] => (text ? text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean) : []);

function section(sections: Readonly<Record<string, string>>, name: string): string | undefined {
  return Object.entries(sections).find(([k]) => k.toLowerCase() === name)?.[1];
}

/** Only web addresses become links (the case format allows no other, but a library caller might). */
function webLink(url: string | undefined): string | null {
  return url !== undefined && /^https?:\/\//i.test(url) ? url : null;
}
