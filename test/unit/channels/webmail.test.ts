import { describe, expect, it } from 'vitest';
import { mailtoLink } from '../../../src/channels/mailto.js';
import { gmailLink, outlookLink, WEBMAIL_LIMIT, webmailIfShort, webmailLink } from '../../../src/channels/webmail.js';

/** Reads a compose link back the way the web-mail service does: its query as form parameters. */
function decode(link: string): Record<string, string> {
  const url = new URL(link);
  // URLSearchParams would read a literal '+' as a space: the links must never contain one.
  expect(url.search).not.toContain('+');
  return Object.fromEntries(url.searchParams);
}

const tricky = [
  { subject: 'Urgent appeal – Venezuela: mass detention', body: 'Dear Attorney General,\n\nRelease them.\n\nYours sincerely,\nJane' },
  { subject: "L'appel « urgent » ! (100% & more) a+b", body: "Line one\r\nLine two\rLine three\n*stars* (parens) 'quotes' #hash ?q=1&x=2 + plus" },
  { subject: 'Łukaszewicz, Öztürk, Шевчук 👍 漢字', body: 'a\u00a0b — c' },
];

describe('web-mail compose links', () => {
  it.each(tricky)('a Gmail link decodes to the same To, Bcc, Subject and body: $subject', ({ subject, body }) => {
    const back = decode(gmailLink({ to: ['a@example.org', 'b@example.org'], bcc: ['count@example.org'], subject, body }));
    expect(back).toEqual({ view: 'cm', fs: '1', to: 'a@example.org,b@example.org', bcc: 'count@example.org', su: subject, body: body.replace(/\r\n?/g, '\n') });
  });

  it.each(tricky)('an Outlook link decodes to the same To, Cc, Subject and body: $subject', ({ subject, body }) => {
    const back = decode(outlookLink({ to: ['a@example.org'], cc: ['c@example.org'], subject, body }));
    expect(back).toEqual({ to: 'a@example.org', cc: 'c@example.org', subject, body: body.replace(/\r\n?/g, '\n') });
  });

  it.each([
    { service: 'gmail' as const, expected: 'https://mail.google.com/mail/?view=cm&fs=1&to=a@x.org,b@x.org&cc=c@x.org&bcc=d@x.org&su=a%20b&body=x%0Ay' },
    { service: 'outlook' as const, expected: 'https://outlook.office.com/mail/deeplink/compose?to=a@x.org,b@x.org&cc=c@x.org&bcc=d@x.org&subject=a%20b&body=x%0Ay' },
  ])('$service: spaces as %20, line breaks as %0A, addresses readable and comma-separated', ({ service, expected }) => {
    expect(webmailLink(service, { to: ['a@x.org', 'b@x.org'], cc: ['c@x.org'], bcc: ['d@x.org'], subject: 'a b', body: 'x\ny' })).toBe(expected);
  });

  it('leaves out the fields a message does not have', () => {
    expect(gmailLink({ to: ['a@x.org'] })).toBe('https://mail.google.com/mail/?view=cm&fs=1&to=a@x.org');
    expect(outlookLink({ to: ['a@x.org'], subject: "!'()*" })).toBe('https://outlook.office.com/mail/deeplink/compose?to=a@x.org&subject=%21%27%28%29%2A');
  });

  it.each(['gmail', 'outlook'] as const)(`%s: no link past ${WEBMAIL_LIMIT} characters, the same rule as mailto`, (service) => {
    const short = webmailIfShort(service, { to: ['a@x.org'], body: 'x'.repeat(1800) });
    expect(short?.length).toBeLessThanOrEqual(WEBMAIL_LIMIT);
    expect(webmailIfShort(service, { to: ['a@x.org'], body: 'x'.repeat(1990) })).toBeUndefined();
    expect(webmailIfShort(service, { to: ['a@x.org'], body: 'é'.repeat(400) })).toBeUndefined(); // 6 characters each once encoded
  });
});

describe('one body in three links', () => {
  // The body is encoded once and reused (mailto.ts): whichever link asks first, each keeps its own line breaks.
  const body = 'Dear Minister,\r\n\r\nFirst line.\rSecond line.\nThird (and last) line, with more than two hundred characters so that its encoding is kept for the next link: '.padEnd(260, 'x');
  const parts = { to: ['minister@example.org'], subject: 'Release them', body };

  it.each([
    ['mailto first', () => { const mailto = mailtoLink(parts); return { mailto, gmail: gmailLink(parts) }; }],
    ['web mail first', () => { const gmail = gmailLink(parts); return { mailto: mailtoLink(parts), gmail }; }],
  ])('%s', (_name, links) => {
    const { mailto, gmail } = links();
    expect(mailto).toContain('body=Dear%20Minister%2C%0D%0A%0D%0AFirst%20line.%0D%0ASecond%20line.%0D%0AThird%20%28and%20last%29');
    expect(gmail).toContain('body=Dear%20Minister%2C%0A%0AFirst%20line.%0ASecond%20line.%0AThird%20%28and%20last%29');
    expect(mailto).not.toMatch(/%0D(?!%0A)/);
  });
});
