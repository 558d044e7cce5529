// The Send buttons of an email: the mail program (mailto:), Gmail and Outlook on the web. The
// email document carries all three links when its whole message fits in them; when one does not,
// all three carry only the addresses and the subject, and the page asks the reader to paste the
// text (a Send button that opens a message without its text would look like a bug).
import { mailtoLink, type MailtoParts } from '../../channels/mailto.js';
import type { EmailDocument } from '../../channels/types.js';
import { webmailLink } from '../../channels/webmail.js';

export interface ComposeLinks {
  mailto: string;
  gmail: string;
  outlook: string;
  /** The links carry the body; false: the reader pastes it. */
  withBody: boolean;
}

export function composeLinks(email: EmailDocument): ComposeLinks {
  if (email.mailto !== undefined && email.gmail !== undefined && email.outlook !== undefined) {
    return { mailto: email.mailto, gmail: email.gmail, outlook: email.outlook, withBody: true };
  }
  const short: MailtoParts = { to: email.to, bcc: email.bcc, subject: email.subject };
  return { mailto: mailtoLink(short), gmail: webmailLink('gmail', short), outlook: webmailLink('outlook', short), withBody: false };
}
