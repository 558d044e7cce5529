import { describe, expect, it } from 'vitest';
import { IdenticalTexts, identicalMessage, withoutSigner } from '../../../src/channels/identical.js';
import { email, letter, signer } from '../write/documents.js';

const other = { name: 'Jo Bloggs', address: ['1 High Street'], city: 'Leeds', country: 'United Kingdom', email: 'jo@example.org' };
const bodyOf = (s: typeof other) => `Dear Attorney General,\n\nMy name is ${s.name} and I live in ${s.city}, ${s.country}.\n\nPlease release them.\n\n${s.name}`;

describe('withoutSigner', () => {
  it.each([
    { name: 'takes out the name, town and country', text: bodyOf(other), expected: 'Dear Attorney General,\n\nMy name is \u0000 and I live in \u0000, \u0000.\n\nPlease release them.\n\n\u0000' },
    { name: 'leaves one-letter values alone (they would match inside words)', text: 'A letter from A', signerOver: { name: 'A' }, expected: 'A letter from A' },
  ])('$name', ({ text, signerOver, expected }) => {
    expect(withoutSigner(text, { ...other, ...signerOver })).toBe(expected);
  });
});

describe('IdenticalTexts', () => {
  it('counts letters that repeat another signer\'s to the same official, apart from names and addresses', () => {
    const tally = new IdenticalTexts();
    const signers = [signer, other, { ...other, name: 'Ann Other', city: 'York' }];
    const flags = signers.map((s) => tally.add(letter({ signer: s, body: bodyOf({ ...other, ...s, address: s.address }) })));
    expect(flags).toEqual([false, true, true]);
    expect(tally.add(email({ signer: other, body: bodyOf(other) }))).toBeUndefined();
    expect(tally.add(letter({ targetId: 'minister', signer: other, body: bodyOf(other) }))).toBe(false);
    expect(tally.report()).toEqual({ repeats: 2, total: 4, officials: 1, channel: 'letter' });
  });

  it('says nothing when every letter differs (a personal line, another phrasing)', () => {
    const tally = new IdenticalTexts();
    tally.add(letter({ signer: other, body: bodyOf(other) }));
    tally.add(letter({ signer: { ...other, name: 'Ann Other' }, body: `${bodyOf({ ...other, name: 'Ann Other' })}\nAs a nurse, I care.` }));
    expect(tally.report()).toBeUndefined();
  });

  it('counts emails when the run writes no letters, and nothing for other channels', () => {
    const tally = new IdenticalTexts();
    tally.add(email({ signer: other, body: bodyOf(other) }));
    tally.add(email({ signer: { ...other, name: 'Ann Other' }, body: bodyOf({ ...other, name: 'Ann Other' }) }));
    expect(tally.report()).toEqual({ repeats: 1, total: 2, officials: 1, channel: 'email' });
  });

  it('words the warning for --no-vary and for templates that do not vary', () => {
    const r = { repeats: 19, total: 20, officials: 1, channel: 'letter' as const };
    expect(identicalMessage(r, false)).toBe("19 of 20 letters are word for word another signer's to the same official, apart from names and addresses: offices discard identical letters; leave out --no-vary, or give signers a personal line (--personal, or a \"personal\" column).");
    expect(identicalMessage({ ...r, officials: 2 }, true)).toContain("to the same official (2 officials), apart from names and addresses: offices discard identical letters; vary the templates' phrasing ({{#vary}})");
  });
});
