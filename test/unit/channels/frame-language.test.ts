// A letter is wholly in one language: for every built-in language, every phrasing any signer can
// get (forty signers cover every {{#vary}} alternative) carries no English frame, prints the date
// in that locale's long form, and has the case's letter in that language as its body.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocuments } from '../../../src/channels/index.js';
import { loadTweetLength } from '../../../src/channels/tweet-length.js';
import type { RenderedDocument } from '../../../src/channels/types.js';
import { markdownToParagraphs } from '../../../src/channels/markdown-text.js';
import { builtinTemplateDir } from '../../../src/read/template-files.js';
import { createTemplateSet, type TemplateSet } from '../../../src/render/template-set.js';
import type { Signer } from '../../../src/signer/types.js';
import { ADDED_LANGUAGES, manyLanguages } from '../../fixtures/render-cases/many-languages.js';
import { fixedToday } from '../../fixtures/render-cases/two-officials.js';

let templates: TemplateSet;
let tweetLength: (text: string) => number;
beforeAll(async () => {
  templates = createTemplateSet([await builtinTemplateDir()]);
  tweetLength = await loadTweetLength();
});

/** English frame phrases of the English templates (the case's own title is English: not frame). */
const ENGLISH = /\b(?:Dear|Yours sincerely|Yours respectfully|Respectfully yours|I am writing|I write to you|I live in|My name is|Thank you|I urge|I am calling|Hello|Your Excellency|I am sending you|I trust|I look forward|Please act now|Urgent appeal|a request for your urgent action)\b/;

const signers: Signer[] = Array.from({ length: 40 }, (_, i) => ({
  name: `Signer ${i}`,
  address: [`${i} Sample Road`],
  // Every third signer gives no place: the other set of openings.
  ...(i % 3 === 0 ? {} : { city: 'Leeds', country: 'United Kingdom' }),
}));

const textOf = (doc: RenderedDocument) => (doc.channel === 'email' ? `${doc.subject}\n${doc.body}` : doc.text);

/** The date as ICU writes it in the language's long form (Persian: Gregorian calendar). */
const longDate = (lang: string) =>
  new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC', calendar: 'gregory' }).format(new Date(`${fixedToday}T00:00:00Z`));

describe.each(ADDED_LANGUAGES.concat(['es', 'fr']))('documents in %s', (lang) => {
  const render = (signer: Signer) => renderDocuments(manyLanguages, { templates, signer, today: fixedToday, lang, tweetLength });

  it('carry no English frame text in any phrasing', () => {
    for (const signer of signers) {
      for (const doc of render(signer)) {
        // The case title is the case's own text; the frame around it must not be English.
        const frame = textOf(doc).replaceAll(manyLanguages.title, '');
        expect(frame, `${lang} ${doc.targetId} ${doc.channel} for ${signer.name}`).not.toMatch(ENGLISH);
      }
    }
  });

  it('date letters in the long form of the language', () => {
    const [letter] = render(signers[1]!).filter((d) => d.channel === 'letter');
    expect(letter?.channel === 'letter' && letter.date).toBe(longDate(lang));
  });

  it("carry the case's letter in this language as their body", () => {
    const section = manyLanguages.sections.find((s) => s.name === 'Letter' && (s.lang ?? 'en') === lang)!;
    const paragraphs = markdownToParagraphs(section.markdown);
    for (const doc of render(signers[1]!).filter((d) => d.channel === 'letter' || d.channel === 'email')) {
      for (const p of paragraphs) expect(textOf(doc)).toContain(p);
    }
  });

  it("name the signer's country in the letter's language", () => {
    const country = new Intl.DisplayNames([lang], { type: 'region' }).of('GB')!;
    const [letter] = render({ ...signers[1]!, personal: undefined }).filter((d) => d.channel === 'letter');
    expect(letter?.channel === 'letter' && letter.body).toContain(country);
  });
});

describe('the country line of the address', () => {
  it("is in the sender's language and capitals when the signer gave one, whatever the letter's language", () => {
    const signer: Signer = { name: 'Ayşe', address: ['Bağdat Caddesi 1'], city: 'İstanbul', country: 'Türkiye', lang: 'tr' };
    const [letter] = renderDocuments(manyLanguages, { templates, signer, today: fixedToday, lang: 'ar', channels: ['letter'], targets: ['ambassador'] });
    expect(letter?.channel === 'letter' && letter.recipientLines.at(-1)).toBe('BELÇİKA');
  });

  it('is the case\'s own spelling in capitals without a sender language, in an Arabic letter too', () => {
    const [letter] = renderDocuments(manyLanguages, { templates, signer: signers[1]!, today: fixedToday, lang: 'ar', channels: ['letter'], targets: ['ambassador'] });
    expect(letter?.channel === 'letter' && letter.recipientLines.at(-1)).toBe('BELGIUM');
  });
});
