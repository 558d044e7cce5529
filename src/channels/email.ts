// Email draft: to the official's addresses, Bcc the case's action-count addresses, from the signer.
// email.hbs gets the rendered letter as `letter`, so a user who edits letter.hbs edits both.
import { contextFor, documentBase, tidyText, type RenderJob } from './context.js';
import { mailtoIfShort } from './mailto.js';
import type { EmailDocument } from './types.js';

export function renderEmail(job: RenderJob, bcc: readonly string[]): EmailDocument {
  const context = contextFor(job, 'email');
  const subject = job.templates.render(job.lang, 'email-subject', context, job.data).replace(/\s+/g, ' ').trim();
  const body = tidyText(job.templates.render(job.lang, 'email', { ...context, letter: job.letterBody().trimEnd() }, job.data));
  const to = [...job.target.view.emails];
  return {
    ...documentBase(job),
    channel: 'email',
    from: job.parts.view.email ?? undefined,
    to,
    bcc: [...bcc],
    subject,
    body,
    mailto: mailtoIfShort({ to, bcc, subject, body }),
  };
}
