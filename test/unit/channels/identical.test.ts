import { beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, IdenticalTexts, identicalMessage } from '../../../src/channels/identical.js';
import { renderDocuments } from '../../../src/channels/index.js';
import type { LetterDocument } from '../../../src/channels/types.js';
import { builtinTemplateDir } from '../../../src/read/template-files.js';
import { createTemplateSet, type TemplateSet } from '../../../src/render/template-set.js';
import type { Signer } from '../../../src/signer/types.js';
import { fixedToday, twoOfficials } from '../../fixtures/render-cases/two-officials.js';
import { email, letter } from '../write/documents.js';

const other: Signer = { name: 'Jo Bloggs', address: ['1 High Street'], city: 'Leeds', country: 'United Kingdom', email: 'jo@example.org' };

describe('fingerprint', () => {
  it.each([
    { name: 'another name, address and email', a: other, b: { ...other, name: 'Ann Other', address: ['2 Low Road'], email: 'ann@example.org' }, same: true },
    { name: 'another town', a: other, b: { ...other, city: 'York' }, same: true },
    { name: 'a personal line', a: other, b: { ...other, personal: 'As a nurse, I care.' }, same: false },
    { name: 'no town at all (the templates say "I live in …" only with one)', a: other, b: { ...other, city: undefined }, same: false },
    { name: 'another phrasing', a: other, b: other, variation: '1.0.2', same: false },
  ])('tells letters apart by $name: same = $same', ({ a, b, variation, same }) => {
    const one = fingerprint(letter({ signer: a, variation: '0.0.2' }));
    const two = fingerprint(letter({ signer: b, variation: variation ?? '0.0.2' }));
    expect(one === two).toBe(same);
  });
});

describe('IdenticalTexts', () => {
  it('counts letters that repeat another signer\'s to the same official, and not emails beside letters', () => {
    const tally = new IdenticalTexts();
    const flags = [other, { ...other, name: 'Ann Other' }, { ...other, name: 'Cleo' }].map((s) => tally.add(letter({ signer: s, variation: '1.1' })));
    expect(flags).toEqual([false, true, true]);
    expect(tally.add(email({ signer: other, variation: '1.1|0' }))).toBeUndefined();
    expect(tally.add(letter({ targetId: 'minister', signer: other, variation: '1.1' }))).toBe(false);
    expect(tally.report()).toEqual({ repeats: 2, unvaried: 0, total: 4, distinct: 2, officials: 1, channel: 'letter' });
  });

  it('says nothing when every letter differs', () => {
    const tally = new IdenticalTexts();
    tally.add(letter({ signer: other, variation: '0.1' }));
    tally.add(letter({ signer: { ...other, name: 'Ann Other' }, variation: '1.1' }));
    expect(tally.report()).toBeUndefined();
  });

  it('counts emails when the run writes no letters', () => {
    const tally = new IdenticalTexts();
    tally.add(email({ signer: other, variation: '|' }));
    tally.add(email({ signer: { ...other, name: 'Ann Other' }, variation: '|' }));
    expect(tally.report()).toEqual({ repeats: 1, unvaried: 1, total: 2, distinct: 1, officials: 1, channel: 'email' });
  });

  it('tells letters that could not vary from those of a batch that used up its phrasings', () => {
    const tally = new IdenticalTexts();
    tally.add(letter({ signer: other, variation: '' }));
    tally.add(letter({ signer: { ...other, name: 'Ann Other' }, variation: '' }));
    tally.add(letter({ targetId: 'minister', signer: other, variation: '0.1' }));
    tally.add(letter({ targetId: 'minister', signer: { ...other, name: 'Ann Other' }, variation: '0.1' }));
    expect(tally.report()).toEqual({ repeats: 2, unvaried: 1, total: 4, distinct: 2, officials: 2, channel: 'letter' });
  });

  it.each([
    {
      name: '--no-vary: a warning with every repeat',
      r: { repeats: 19, unvaried: 0, total: 20, distinct: 1, officials: 1, channel: 'letter' as const },
      vary: false,
      level: 'warn',
      text: "19 of 20 letters are word for word another signer's to the same official, apart from names and addresses: offices discard identical letters; leave out --no-vary, or give signers a personal line (--personal, or a \"personal\" column).",
    },
    {
      name: 'templates that do not vary: a warning with the repeats they cause',
      r: { repeats: 5, unvaried: 4, total: 6, distinct: 2, officials: 2, channel: 'letter' as const },
      vary: true,
      level: 'warn',
      text: "4 of 6 letters are word for word another signer's to the same official (2 officials), apart from names and addresses: offices discard identical letters; vary the templates' phrasing ({{#vary}}), or give signers a personal line (--personal, or a \"personal\" column).",
    },
    {
      name: 'a varied batch with more signers than phrasings: a note, not a warning',
      r: { repeats: 1904, unvaried: 0, total: 2000, distinct: 96, officials: 2, channel: 'letter' as const },
      vary: true,
      level: 'info',
      text: "2000 letters in 96 different wordings (each signer's phrasing is picked from the templates' choices, and a batch repeats some): 2 officials will see some wordings more than once; to make every letter its own, give signers a personal line (--personal, or a \"personal\" column).",
    },
  ])('$name', ({ r, vary, level, text }) => {
    expect(identicalMessage(r, vary)).toEqual({ level, text });
  });
});

describe('the phrasings a rendered letter records', () => {
  let templates: TemplateSet;
  beforeAll(async () => {
    templates = createTemplateSet([await builtinTemplateDir()]);
  });
  const render = (signer: Signer, vary = true) =>
    renderDocuments(twoOfficials, { templates, signer, today: fixedToday, lang: 'en', channels: ['letter'], targets: ['prosecutor-general'], vary })[0] as LetterDocument;
  const masked = (doc: LetterDocument) => [doc.signer.name, doc.signer.city ?? '', ...doc.signer.address].reduce((t, v) => t.split(v).join('#'), doc.body);

  it('match exactly when the texts match apart from the signer (40 signers, built-in templates)', () => {
    const docs = Array.from({ length: 40 }, (_, i) => render({ ...other, name: `Signer Number ${i + 1}`, address: [`${i + 1} Mill Lane`] }));
    expect(new Set(docs.map((d) => d.variation)).size).toBeGreaterThan(1);
    for (const a of docs) for (const b of docs) expect(a.variation === b.variation).toBe(masked(a) === masked(b));
  });

  it('are all the first with --no-vary', () => {
    const docs = Array.from({ length: 5 }, (_, i) => render({ ...other, name: `Signer ${i}` }, false));
    expect(new Set(docs.map((d) => d.variation))).toEqual(new Set([docs[0]!.variation]));
    expect(docs[0]!.variation).toMatch(/^0(\.0)*$/);
  });
});
