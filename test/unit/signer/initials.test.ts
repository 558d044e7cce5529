import { describe, expect, it } from 'vitest';
import { initialsOf, signWithInitials } from '../../../src/signer/initials.js';

describe('initialsOf', () => {
  it.each([
    { name: 'Ada Lovelace', expected: 'A. L.' },
    { name: '  ada   lovelace ', expected: 'a. l.' },
    { name: 'Jean-Luc Picard', expected: 'J.-L. P.' },
    { name: 'Ђорђе Петровић', expected: 'Ђ. П.' },
    { name: 'Şükrü Öztürk', expected: 'Ş. Ö.' },
    { name: 'E\u0301lodie Durand', expected: 'E\u0301. D.' },
    { name: "O'Brien", expected: 'O.' },
    { name: 'Madonna', expected: 'M.' },
    { name: 'Ana & Jo', expected: 'A. J.' },
    { name: '王小明', expected: '王.' },
  ])('$name → $expected', ({ name, expected }) => {
    expect(initialsOf(name)).toBe(expected);
  });
});

describe('signWithInitials', () => {
  const full = { name: 'Ada Lovelace', address: ['12 Mill Lane', 'Flat 2'], city: 'Leeds', country: 'United Kingdom', email: 'ada@example.org', personal: 'As a teacher, I care.', lang: 'en' };

  it('keeps the initials, the town, the personal line and (for the From header only) the email', () => {
    const { signer, leftOut } = signWithInitials(full);
    expect(signer).toMatchObject({ name: 'A. L.', address: [], city: 'Leeds', country: undefined, email: 'ada@example.org', personal: 'As a teacher, I care.', lang: 'en', initials: true });
    expect(leftOut).toEqual(['the full name', 'the street address', 'the country', 'the email address']);
  });

  it('names only what there was to leave out', () => {
    expect(signWithInitials({ name: 'Ada Lovelace', address: [], city: 'Leeds' }).leftOut).toEqual(['the full name']);
  });

  it('gives two people with the same initials and town different variation keys, which hold nothing of either', () => {
    const a = signWithInitials({ name: 'Ada Lovelace', address: [], city: 'Leeds' }).signer;
    const b = signWithInitials({ name: 'Alan Lamb', address: [], city: 'Leeds' }).signer;
    expect(a.name).toBe(b.name);
    expect(a.varyKey).not.toBe(b.varyKey);
    expect(a.varyKey).not.toMatch(/ada|lovelace|leeds/i);
  });
});
