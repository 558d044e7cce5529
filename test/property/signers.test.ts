// Properties of the signer list reader: any text gives signers or located errors, never an
// exception; a list written by a spreadsheet reads back as the same people; a bad row is
// reported on the line where it starts, however many line breaks the rows above hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseError, formatLocated } from '../../src/errors.js';
import { parseSignerList } from '../../src/signer/signer-list.js';
import { anyText, email, lineText } from './arbitraries.js';
import { fuzz, fuzzTimeout } from './fuzz-config.js';

/** A cell as a spreadsheet exports it: quoted when it holds a comma, a quote or a line break. */
const cell = (value: string) => (/[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value);
const row = (cells: readonly string[]) => cells.map(cell).join(',');

interface Person {
  name: string;
  address: string[];
  city: string;
  email: string;
}

const person: fc.Arbitrary<Person> = fc.record({
  name: lineText,
  // " | " separates address lines in a cell (a documented feature), so a line cannot hold it.
  address: fc.array(lineText.filter((l) => !/(^|\s)\|(\s|$)/.test(l)), { maxLength: 3 }),
  city: fc.oneof(fc.constant(''), lineText),
  email: fc.oneof(fc.constant(''), email),
});

function csv(people: readonly Person[], eol: string): string {
  return [row(['name', 'address', 'city', 'email']), ...people.map((p) => row([p.name, p.address.join('\n'), p.city, p.email]))].join(eol) + eol;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('parseSignerList on any input', () => {
  it('returns signers or located errors, never an exception, in every format', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.array(fc.oneof(anyText, fc.constantFrom(',', '"', '\n', '\r\n', 'name', 'email', '- name: ', '{', '[')), { maxLength: 40 }).map((p) => p.join('')));
    fc.assert(
      fc.property(text, fc.constantFrom('csv', 'yaml', 'json') as fc.Arbitrary<'csv' | 'yaml' | 'json'>, (t, format) => {
        const result = parseSignerList(t, { file: 's.csv', format });
        for (const e of result.errors) {
          expect(e).toBeInstanceOf(CaseError);
          expect(e.message.startsWith('s.csv')).toBe(true);
          expect(e.message).not.toMatch(/[\r\n]/);
        }
        for (const w of result.warnings) expect(formatLocated(w, w.message)).not.toMatch(/[\r\n]/);
        for (const s of result.signers) expect(s.signer.name.trim()).not.toBe('');
      }),
      fuzz(5),
    );
  });
});

describe('a signer list exported by a spreadsheet', () => {
  it(
    'reads back as the same people, with LF or CRLF line ends and with or without a BOM',
    () => {
      fc.assert(
        fc.property(fc.array(person, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), (people, eol, bom) => {
          const result = parseSignerList((bom ? '\uFEFF' : '') + csv(people, eol), { file: 's.csv' });
          expect(result.errors.map((e) => e.message)).toEqual([]);
          expect(result.signers.map((s) => s.signer.name)).toEqual(people.map((p) => collapse(p.name)));
          expect(result.signers.map((s) => s.signer.address)).toEqual(people.map((p) => p.address.map((l) => l.trim()).filter(Boolean)));
          expect(result.signers.map((s) => s.signer.email)).toEqual(people.map((p) => (p.email === '' ? undefined : p.email)));
        }),
        fuzz(2),
      );
    },
    fuzzTimeout(2),
  );

  it(
    'reports a short row or a bad email on the line where that row starts',
    () => {
      const bad = fc.constantFrom('short', 'email');
      fc.assert(
        fc.property(fc.array(person, { minLength: 1, maxLength: 6 }), fc.nat(5), bad, (people, at, kind) => {
          const index = at % people.length;
          const lines = [row(['name', 'address', 'city', 'email'])];
          let badLine = 0;
          people.forEach((p, i) => {
            const cells = [p.name, p.address.join('\n'), p.city, i === index && kind === 'email' ? 'not an address' : p.email];
            if (i === index) badLine = lines.join('\n').split('\n').length + 1;
            lines.push(row(i === index && kind === 'short' ? cells.slice(0, 2) : cells));
          });
          const result = parseSignerList(lines.join('\n') + '\n', { file: 's.csv' });
          expect(result.errors).toHaveLength(1);
          expect(result.errors[0]!.line).toBe(badLine);
          expect(result.errors[0]!.message).toMatch(kind === 'short' ? /^s\.csv:\d+: row has 2 fields, the header has 4$/ : /^s\.csv:\d+ email: "not an address" is not an email address$/);
        }),
        fuzz(2),
      );
    },
    fuzzTimeout(2),
  );
});
