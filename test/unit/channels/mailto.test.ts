import { describe, expect, it } from 'vitest';
import { MAILTO_LIMIT, mailtoIfShort, mailtoLink } from '../../../src/channels/mailto.js';

/** Reads a mailto link back the way a mail program does. */
function decode(link: string) {
  const [to = '', query = ''] = link.slice('mailto:'.length).split('?');
  const params = Object.fromEntries(query.split('&').filter(Boolean).map((p) => {
    const [k = '', v = ''] = p.split('=');
    return [k, decodeURIComponent(v)];
  }));
  return { to: to.split(',').map(decodeURIComponent), ...params };
}

describe('mailtoLink', () => {
  const tricky = [
    { subject: 'Urgent appeal – Venezuela: mass detention', body: 'Dear Attorney General,\n\nRelease them.\n\nYours sincerely,\nJane' },
    { subject: "L'appel « urgent » ! (100% & more)", body: "Line one\r\nLine two\rLine three\n*stars* (parens) 'quotes' #hash ?q=1&x=2 + plus" },
    { subject: 'Łukaszewicz, Öztürk, Шевчук 👍 漢字', body: 'a\u00a0b — c' },
  ];

  it.each(tricky)('survives a round trip: $subject', ({ subject, body }) => {
    const link = mailtoLink({ to: ['a@example.org', 'b@example.org'], bcc: ['count@example.org'], subject, body });
    const back = decode(link);
    expect(back.to).toEqual(['a@example.org', 'b@example.org']);
    expect(back).toMatchObject({ bcc: 'count@example.org', subject, body: body.replace(/\r\n?|\n/g, '\r\n') });
  });

  it.each(tricky)('contains only characters that need no further encoding: $subject', ({ subject, body }) => {
    expect(mailtoLink({ to: ['a@example.org'], subject, body })).toMatch(/^mailto:[A-Za-z0-9@.\-_~%?&=,:]+$/);
  });

  it('writes spaces as %20 and line breaks as %0D%0A, never "+"', () => {
    expect(mailtoLink({ to: ['a@example.org'], subject: 'a b', body: 'x\ny' })).toBe('mailto:a@example.org?subject=a%20b&body=x%0D%0Ay');
  });

  it("encodes the characters encodeURIComponent leaves alone: ! ' ( ) *", () => {
    expect(mailtoLink({ to: ['a@example.org'], subject: "!'()*" })).toBe('mailto:a@example.org?subject=%21%27%28%29%2A');
  });

  it('lists several addresses with commas and keeps cc and bcc apart', () => {
    expect(mailtoLink({ to: ['a@x.org', 'b@x.org'], cc: ['c@x.org'], bcc: ['d@x.org', 'e@x.org'] })).toBe('mailto:a@x.org,b@x.org?cc=c@x.org&bcc=d@x.org,e@x.org');
  });

  it(`gives no link past ${MAILTO_LIMIT} characters`, () => {
    expect(mailtoIfShort({ to: ['a@x.org'], body: 'x'.repeat(1900) })).toBeDefined();
    expect(mailtoIfShort({ to: ['a@x.org'], body: 'x'.repeat(2000) })).toBeUndefined();
    expect(mailtoIfShort({ to: ['a@x.org'], body: 'é'.repeat(400) })).toBeUndefined(); // 6 characters each once encoded
  });
});
