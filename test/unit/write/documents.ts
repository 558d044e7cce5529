// Rendered documents built by hand, as the channel renderers would produce them.
import type { CallDocument, EmailDocument, LetterDocument, TweetDocument } from '../../../src/channels/types.js';
import type { Signer } from '../../../src/signer/types.js';

export const signer: Signer = { name: 'Ana Silva', address: ['Rua das Flores 12'], city: 'Lisboa', country: 'Portugal', email: 'ana.silva@example.org' };

const base = { caseId: 'sample-case', targetId: 'attorney-general', lang: 'en', signer };

export function letter(over: Partial<LetterDocument> = {}): LetterDocument {
  const senderLines = ['Ana Silva', 'Rua das Flores 12', 'Lisboa', 'Portugal'];
  const recipientLines = ['Attorney General', 'Office of the Attorney General', '1. Avenida Central', 'Caracas', 'VENEZUELA'];
  const body = 'Dear Attorney General,\n\nI am writing about the people held since August.\nPlease release them.\n\nYours sincerely,\nAna Silva';
  const date = '27 September 2024';
  return { ...base, channel: 'letter', abroad: true, senderLines, date, recipientLines, body, text: [...senderLines, '', date, '', ...recipientLines, '', body].join('\n'), ...over };
}

export function email(over: Partial<EmailDocument> = {}): EmailDocument {
  return {
    ...base,
    channel: 'email',
    from: 'ana.silva@example.org',
    to: ['fiscal@example.gob.ve'],
    bcc: ['actions@example.org'],
    subject: 'Release the people detained for protesting',
    body: 'Dear Attorney General,\n\nPlease release them.\n\nYours sincerely,\nAna Silva',
    mailto: 'mailto:fiscal@example.gob.ve?subject=Release&body=Please%20release%20them.',
    gmail: 'https://mail.google.com/mail/?view=cm&fs=1&to=fiscal@example.gob.ve&su=Release&body=Please%20release%20them.',
    outlook: 'https://outlook.office.com/mail/deeplink/compose?to=fiscal@example.gob.ve&subject=Release&body=Please%20release%20them.',
    ...over,
  };
}

export function tweet(over: Partial<TweetDocument> = {}): TweetDocument {
  return { ...base, channel: 'tweet', text: '@fiscal Release the people detained for protesting. #Venezuela', length: 62, intentUrl: 'https://x.com/intent/post?text=%40fiscal%20Release', variant: 1, variants: 1, ...over };
}

export function call(over: Partial<CallDocument> = {}): CallDocument {
  return { ...base, channel: 'call', phone: '+58 212 000 0001', text: 'Hello, my name is Ana Silva.\nI am calling about the people held since August.', ...over };
}
