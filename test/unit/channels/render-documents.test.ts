import { beforeAll, describe, expect, it } from 'vitest';
import type { Case, Target } from '../../../src/case/types.js';
import { availableChannels, prepareCase, renderDocuments, skippedChannels } from '../../../src/channels/index.js';
import type { CallDocument, EmailDocument, LetterDocument } from '../../../src/channels/types.js';
import { builtinTemplateDir } from '../../../src/read/template-files.js';
import { LanguageError, UsageError } from '../../../src/errors.js';
import { createTemplateSet, type TemplateSet } from '../../../src/render/template-set.js';
import { fixedSigner, fixedToday, twoOfficials } from '../../fixtures/render-cases/two-officials.js';

let templates: TemplateSet;
beforeAll(async () => {
  templates = createTemplateSet([await builtinTemplateDir()]);
});

const base: Target = { id: 'x', name: 'X', address: [], emails: [], copy: false };
const options = () => ({ templates, signer: fixedSigner, today: fixedToday, lang: 'en', tweetLength: (t: string) => t.length });

describe('availableChannels', () => {
  it.each([
    { name: 'nothing', target: base, expected: [] },
    { name: 'an address', target: { ...base, address: ['Street 1', 'Town'] }, expected: ['letter'] },
    { name: 'only blank address lines', target: { ...base, address: [' '] }, expected: [] },
    { name: 'an email', target: { ...base, emails: ['a@x.org'] }, expected: ['email'] },
    { name: 'a handle', target: { ...base, twitter: 'x' }, expected: ['tweet'] },
    { name: 'a phone', target: { ...base, phone: '+1 555' }, expected: ['call'] },
    { name: 'everything', target: { ...base, address: ['S'], emails: ['a@x.org'], twitter: 'x', phone: '1' }, expected: ['letter', 'email', 'tweet', 'call'] },
  ])('an official with $name can take $expected', ({ target, expected }) => {
    expect(availableChannels(target)).toEqual(expected);
  });
});

describe('renderDocuments', () => {
  it('renders officials in case order and channels in CHANNELS order', () => {
    const docs = renderDocuments(twoOfficials, { ...options(), targets: ['ambassador', 'prosecutor-general'], channels: ['call', 'letter'] });
    expect(docs.map((d) => `${d.targetId}.${d.channel}`)).toEqual(['prosecutor-general.letter', 'prosecutor-general.call', 'ambassador.letter']);
  });

  it('names the valid officials when asked for an unknown one', () => {
    const render = () => renderDocuments(twoOfficials, { ...options(), targets: ['attorney-general'] });
    expect(render).toThrow(UsageError);
    expect(render).toThrow('test/fixtures/render-cases/two-officials.md: no official "attorney-general"; the officials of this case are prosecutor-general, ambassador');
  });

  it('tells which requested channels an official cannot take', () => {
    expect(skippedChannels(twoOfficials, { channels: ['letter', 'call'] })).toEqual([
      { targetId: 'ambassador', channel: 'call', message: 'ambassador has no phone number: no call script' },
    ]);
    expect(skippedChannels(twoOfficials, {})).toEqual([]);
  });

  it('fills every document with the case, official, language and signer', () => {
    const [letter] = renderDocuments(twoOfficials, { ...options(), channels: ['letter'], targets: ['prosecutor-general'] }) as LetterDocument[];
    expect(letter).toMatchObject({ caseId: 'ruritania-student-journalists', targetId: 'prosecutor-general', lang: 'en', signer: fixedSigner, date: '1 September 2024' });
    expect(letter!.senderLines).toEqual(['Jane Example', '12 Sample Road', 'Leeds', 'United Kingdom']);
    expect(letter!.recipientLines).toEqual(['Mr Zbigniew Łukaszewicz', 'Prosecutor General', 'Prokuratura Generalna', 'ul. Przykładowa 15', '00-950 Strelsau', 'RURITANIA']);
    expect(letter!.text).toBe(`${letter!.senderLines.join('\n')}\n\n1 September 2024\n\n${letter!.recipientLines.join('\n')}\n\n${letter!.body}`);
    expect(letter!.body).toMatch(/^Dear Prosecutor General,\n\n/);
    expect(letter!.body).toMatch(/\n\nJane Example\n$/);
  });

  it('addresses the email to the official, Bcc the case, from the signer', () => {
    const [email] = renderDocuments(twoOfficials, { ...options(), channels: ['email'], targets: ['ambassador'] }) as EmailDocument[];
    expect(email).toMatchObject({ from: 'jane@example.org', to: ['embassy@ruritania.example', 'consul@ruritania.example'], bcc: ['actions@example.org'] });
    expect(email!.mailto).toMatch(/^mailto:embassy@ruritania\.example,consul@ruritania\.example\?bcc=actions@example\.org&subject=/);
  });

  it('leaves out the mailto link when the email is too long for one', () => {
    const long = { ...twoOfficials, sections: [{ name: 'Letter', markdown: 'A long paragraph. '.repeat(150), line: 1 }] };
    const [email] = renderDocuments(long, { ...options(), channels: ['email'], targets: ['ambassador'] }) as EmailDocument[];
    expect(email!.mailto).toBeUndefined();
  });

  it('writes the call script for an official with a phone', () => {
    const [call] = renderDocuments(twoOfficials, { ...options(), channels: ['call'] }) as CallDocument[];
    expect(call).toMatchObject({ targetId: 'prosecutor-general', phone: '+99 22 000 0000' });
    expect(call!.text).toMatch(/^Hello\. My name is Jane Example, and I am calling from Leeds, United Kingdom\./);
  });

  it('refuses a language the case has no letter section in, rather than mix two languages', () => {
    const onlyEnglish = { ...twoOfficials, sections: twoOfficials.sections.filter((s) => !(s.name === 'Letter' && s.lang)) };
    const render = () => renderDocuments(onlyEnglish, { ...options(), lang: 'es', channels: ['letter'], targets: ['prosecutor-general'] });
    expect(render).toThrow(LanguageError);
    expect(render).toThrow(
      'test/fixtures/render-cases/two-officials.md: no "## Letter (es)" section; its letter is in English (en): a Spanish (es) frame around it would mix languages',
    );
  });

  it("uses the case's salutation, but not an English one at the top of a Spanish letter", () => {
    const withSalutation = (salutation: Target['salutation']): Case => ({ ...twoOfficials, targets: [{ ...twoOfficials.targets[0]!, salutation }] });
    const body = (c: Case, lang: string) => (renderDocuments(c, { ...options(), lang, channels: ['letter'] })[0] as LetterDocument).body.split('\n')[0];
    expect(body(withSalutation('Dear Prosecutor,'), 'en')).toBe('Dear Prosecutor,');
    expect(body(withSalutation('Dear Prosecutor,'), 'es')).toBe('Estimado señor Fiscal General:');
    expect(body(withSalutation({ en: 'Dear Sir', es: 'Señor Fiscal:' }), 'es')).toBe('Señor Fiscal:');
    expect(body(withSalutation({ en: 'Dear Sir' }), 'fr')).toBe('Monsieur le Procureur général,');
  });

  it('writes a letter for a signer who gave only a name', () => {
    const [letter] = renderDocuments(twoOfficials, { ...options(), signer: { name: 'Ada', address: [] }, channels: ['letter'], targets: ['prosecutor-general'], vary: false }) as LetterDocument[];
    expect(letter!.senderLines).toEqual(['Ada']);
    expect(letter!.body.split('\n\n')[1]).toBe('I am writing to you about a matter of grave concern.');
    expect(letter!.body).not.toMatch(/null|undefined|\n{3}/);
  });

  it('prints the first phrasing everywhere when variation is off', () => {
    const [letter] = renderDocuments(twoOfficials, { ...options(), vary: false, channels: ['letter'], targets: ['prosecutor-general'] }) as LetterDocument[];
    expect(letter!.body).toContain('I live in Leeds, United Kingdom, and I am writing to you about a matter of grave concern.');
    expect(letter!.body).toContain('Thank you for your attention to this urgent matter.');
    expect(letter!.body).toContain('Yours sincerely,');
  });

  it('prepares a case once per language, however many signers', () => {
    expect(prepareCase(twoOfficials, 'en')).toBe(prepareCase(twoOfficials, 'en'));
    expect(prepareCase(twoOfficials, 'es')).not.toBe(prepareCase(twoOfficials, 'en'));
    expect(Object.isFrozen(prepareCase(twoOfficials, 'en').view.letter)).toBe(true);
    expect(Object.isFrozen(twoOfficials.targets[0]!.address)).toBe(false);
  });
});

describe('emphasis in a letter', () => {
  const withMarkup: Case = {
    ...twoOfficials,
    subjects: [{ name: 'Anna Kowalska' }],
    sections: [{ name: 'Letter', markdown: 'I write about Anna Kowalska, who **must be released**.\n\nIt is *urgent*: free Anna Kowalska.', line: 1 }],
  };

  it('keeps the case emphasis and the subjects\' names as marks in richBody, and none in the plain body, text or email', async () => {
    const { letterMarkdown } = await import('../../../src/write/letter-markdown.js');
    const docs = renderDocuments(withMarkup, { ...options(), targets: ['prosecutor-general'], channels: ['letter', 'email'] });
    const letter = docs[0] as LetterDocument;
    const email = docs[1] as EmailDocument;
    expect(letter.body).toContain('I write about Anna Kowalska, who must be released.\n\nIt is urgent: free Anna Kowalska.');
    for (const plain of [letter.body, letter.text, email.body]) expect(plain).not.toMatch(/[\uE000-\uF8FF*]/);
    expect(letterMarkdown(letter)).toContain('I write about **Anna Kowalska**, who **must be released**.\n\nIt is *urgent*: free **Anna Kowalska**.');
  });

  it('gives no richBody when there is nothing to emphasise', () => {
    const [letter] = renderDocuments({ ...withMarkup, subjects: [], sections: [{ name: 'Letter', markdown: 'Plain words.', line: 1 }] }, { ...options(), targets: ['prosecutor-general'], channels: ['letter'] }) as LetterDocument[];
    expect(letter?.richBody).toBeUndefined();
  });
});
