import { describe, expect, it } from 'vitest';
import { withoutMarkup } from '../../../src/import/markup.js';
import { sentenceOfficials } from '../../../src/import/sentence-official.js';
import { parseContactLine } from '../../../src/import/contact-line.js';
import { doc } from './helpers.js';

describe('withoutMarkup: blog, wiki and forum markup around an email', () => {
  const rows: Array<{ line: string; expected: string }> = [
    // SPIP: a link whose text only says "email", and one that names the office.
    { line: 'Écrivez-lui : [courriel->mailto:cabinet@example.org].', expected: 'Écrivez-lui : cabinet@example.org.' },
    { line: 'Écrivez au [Ministre de la Justice->mailto:ministre@example.org] sans tarder.', expected: 'Écrivez au Ministre de la Justice (ministre@example.org) sans tarder.' },
    { line: 'Courriel : {{secretariat@example.org}}', expected: 'Courriel : secretariat@example.org' },
    // BBCode: the link's text is the address itself, or a word; a bare [email] tag.
    { line: 'Email: [url=mailto:office@example.org]office@example.org[/url]', expected: 'Email: office@example.org' },
    { line: 'Write to the Minister [url=mailto:minister@example.org]here[/url] today.', expected: 'Write to the Minister minister@example.org today.' },
    { line: 'E-Mail: [email]botschaft@example.org[/email]', expected: 'E-Mail: botschaft@example.org' },
    { line: 'E-Mail: [b]botschaft@example.org[/b]', expected: 'E-Mail: botschaft@example.org' },
    // A wiki's bold.
    { line: "Email: '''embassy@example.org'''", expected: 'Email: embassy@example.org' },
  ];
  it.each(rows)('$line', ({ line, expected }) => {
    expect(withoutMarkup(line)).toBe(expected);
  });
});

describe('markup around an email is no part of the official', () => {
  it('reads the email of an office named in a SPIP link sentence', () => {
    const [official] = sentenceOfficials(doc('Écrivez au ministre de la Justice, [courriel->mailto:ministre.justice@example.org], pour demander sa libération.'));
    expect({ title: official?.title?.value, emails: official?.emails.map((e) => e.value), unsure: official?.unsure }).toEqual({ title: 'Ministre de la Justice', emails: ['ministre.justice@example.org'], unsure: [] });
  });
  it('takes the email inside emphasis marks with no TODO about a broken address', () => {
    const line = doc('E-Mail: {{botschaft@example.org}}').lines[0] ?? '';
    expect(parseContactLine(line)).toEqual({ emails: ['botschaft@example.org'] });
  });
});

describe("a mailing-list archive's hidden addresses", () => {
  it.each([
    ['email:    <mailto:webmaster at moj.example.jp>webmaster at moj.example.jp', 'email: webmaster@moj.example.jp'],
    ['E-mail: kouhou at mx.example-np.co.jp', 'E-mail: kouhou@mx.example-np.co.jp'],
    ['Courriel : cabinet at justice.example.fr', 'Courriel : cabinet@justice.example.fr'],
  ])('"%s" reads as the address', (line, expected) => expect(doc(line).lines[0]).toBe(expected));
  it.each(['We met at example.org last year.', 'Write to us at home.example.com for details', 'Email: see the page at justice.example.fr'])('"%s" stays as printed: no address label or link says " at " hides one', (line) => {
    expect(doc(line).lines[0]).toBe(line.replace(/ {2,}/g, ' '));
  });
});
