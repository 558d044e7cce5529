// The library face of ua-letter: what the CLI itself uses, for scripts that want the same
// results without spawning the binary. `generate()` runs the whole pipeline and writes the files,
// as `ua-letter generate` does; everything else here is pure (no files, no clock, no process).
export { generate } from './generate/index.js';
export type { DocumentCount, GenerateOptions, GenerateSummary, GeneratedDocument, SignerInput } from './generate/types.js';

export type { Case, CaseWarning, LangCode, Localized, PlainDate, Section, Subject, Target } from './case/types.js';
export { parseCase, type ParseCaseOptions, type ParseCaseResult } from './case/parse-case.js';
export { assertActionable, channelAdvice, deadlineStatus, type ChannelAdvice, type DeadlineStatus } from './case/deadline.js';
export { findSection, letterLanguages } from './case/sections.js';
export { localize } from './case/localize.js';

export type { Signer } from './signer/types.js';
export { parseSignerList, signerListFormat } from './signer/signer-list.js';
export { parseProfile, serializeProfile } from './signer/profile.js';

export { createTemplateSet, type TemplateDir, type TemplateSet } from './render/template-set.js';
export {
  availableChannels,
  chooseLanguage,
  renderDocuments,
  signerLanguage,
  skippedChannels,
  type RenderOptions,
  type SkippedChannel,
} from './channels/index.js';
export { loadTweetLength } from './channels/tweet-length.js';
export { mailtoLink, MAILTO_LIMIT, type MailtoParts } from './channels/mailto.js';
export { gmailLink, outlookLink, webmailIfShort, webmailLink, WEBMAIL_LIMIT, type WebmailService } from './channels/webmail.js';
export {
  CHANNELS,
  type CallDocument,
  type Channel,
  type EmailDocument,
  type LetterDocument,
  type RenderedDocument,
  type TweetDocument,
} from './channels/types.js';

export { importDocument, type ImportOptions, type ImportResult } from './import/import-document.js';
export { htmlToText } from './import/html-text.js';
export { actionTotals, generatedRecord, parseActionLog, sentRecord, type ActionRecord } from './actions/index.js';

export {
  CaseError,
  EXIT,
  InputErrors,
  LanguageError,
  RefusedError,
  RuntimeError,
  TemplateError,
  UaLetterError,
  UsageError,
  formatLocated,
} from './errors.js';
