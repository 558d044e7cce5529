// Email draft: to the official's addresses, Bcc the case's action-count addresses, from the signer.
// email.hbs gets the rendered letter as `letter`, so a user who edits letter.hbs edits both.
import { contextFor, tidyText, type RenderJob } from './context.js';
import { stripMarks } from './emphasis.js';
import { mailtoIfShort, type MailtoParts } from './mailto.js';
import { webmailIfShort } from './webmail.js';
import type { EmailDocument } from './types.js';

export function renderEmail(job: RenderJob, bcc: readonly string[]): EmailDocument {
  const context = contextFor(job, 'email');
  // Which phrasings the subject, the letter and the email chose: identical.ts compares by these.
  const trace: number[] = [];
  const data = { varySeed: job.data.varySeed, varyTrace: trace };
  const subject = job.templates.render(job.lang, 'email-subject', context, data).replace(/\s+/g, ' ').trim();
  // Object.assign and explicit properties, not spreads: see context.ts.
  const withLetter = Object.assign(contextFor(job, 'email'), { letter: stripMarks(job.letterBody()).trimEnd() });
  const body = tidyText(job.templates.render(job.lang, 'email', withLetter, data));
  const to = [...job.target.view.emails];
  const parts: MailtoParts = { to, bcc, subject, body };
  return {
    caseId: job.caseId,
    targetId: job.target.view.id,
    lang: job.lang,
    signer: job.signer,
    channel: 'email',
    // From the signer, not the template view: signing with initials keeps it out of the texts only.
    from: job.signer.email?.trim() || undefined,
    to,
    bcc: [...bcc],
    subject,
    body,
    mailto: mailtoIfShort(parts),
    gmail: webmailIfShort('gmail', parts),
    outlook: webmailIfShort('outlook', parts),
    variation: `${job.letterVariation}|${trace.join('.')}`,
    identical: undefined,
  };
}
