import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, labelsOf } from '../../../src/import/field-labels.js';
import { parseContactLine } from '../../../src/import/contact-line.js';
import { fieldsOf } from '../../../src/import/flat-fields.js';
import { unlabelRecords } from '../../../src/import/labelled-record.js';
import { isAddressLabelAlone } from '../../../src/import/official-block.js';
import { isFlattened } from '../../../src/import/unflatten.js';
import { joinWrappedSalutations } from '../../../src/import/wrapped-bracket.js';
import { matchesLabel, LABELS } from '../../../src/import/labels.js';

// Every label of the one list is read by every reader of its kind: a label added to the list for
// one language is read by the contact lines, the flattened lines, the labelled records and the
// wrapped brackets alike (they used to keep lists of their own, which drifted apart).
const each = (kind: keyof typeof FIELD_LABELS) => labelsOf(kind).map((label) => ({ label }));
const origin = (lines: readonly string[]) => lines.map((_, i) => i + 1);
/** An official run onto one line, long enough to be a flattened one, ending in the label's field. */
const flattened = (field: string) => `Minister of Justice Jane Doe, 1 Example Street, Example City Email: minister@example.org ${field}`;

describe('the salutation labels', () => {
  it.each(each('salutation'))('"$label:" gives the salutation wherever it is read', ({ label }) => {
    expect(parseContactLine(`${label}: Dear Minister`)?.salutation).toBe('Dear Minister');
    expect(matchesLabel(`${label}: Dear Minister`, LABELS.salutation)).toBe(true);
    expect(fieldsOf(`Fax: +1 202 555 0100 ${label}: Dear Minister`).map((f) => f.kind)).toEqual(['phone', 'greeting']);
    expect(isFlattened(flattened(`${label}: Dear Minister`))).toBe(true);
    expect(joinWrappedSalutations([`(${label}: Dear Minister /`, 'Sehr geehrter Herr Minister)'], [1, 2])?.lines).toEqual([`(${label}: Dear Minister / Sehr geehrter Herr Minister)`]);
    const record = ['Name: Jane Doe', 'Title: Minister of Justice', `${label}: Dear Minister`];
    expect(unlabelRecords(record, origin(record))?.lines).toEqual(['Jane Doe', 'Minister of Justice', `${label}: Dear Minister`]);
  });
});

describe('the contact labels', () => {
  const record = (line: string) => unlabelRecords(['Name: Jane Doe', line], [1, 2])?.lines;
  it.each(each('email'))('"$label:" gives the email', ({ label }) => {
    expect(parseContactLine(`${label}: minister@example.org`)?.emails).toEqual(['minister@example.org']);
    expect(fieldsOf(`Fax: +1 202 555 0100 ${label}: minister@example.org`).map((f) => f.kind)).toEqual(['phone', 'email']);
    expect(record(`${label}: minister@example.org`)).toEqual(['Jane Doe', `${label}: minister@example.org`]);
  });
  it.each(each('phone'))('"$label:" gives the phone', ({ label }) => {
    expect(parseContactLine(`${label}: +1 202 555 0100`)?.phone).toBe('+1 202 555 0100');
    expect(fieldsOf(`${label}: +1 202 555 0100 Email: minister@example.org`).map((f) => f.kind)).toEqual(['phone', 'email']);
    expect(isFlattened(flattened(`${label}: +1 202 555 0100`))).toBe(true);
  });
  it.each(each('fax'))('"$label:" gives the fax', ({ label }) => {
    expect(parseContactLine(`${label}: +1 202 555 0101`)?.fax).toBe('+1 202 555 0101');
    expect(isFlattened(flattened(`${label}: +1 202 555 0101`))).toBe(true);
  });
  it.each(each('twitter'))('"$label:" gives the handle', ({ label }) => {
    expect(parseContactLine(`${label}: @MinJustice`)?.twitter).toBe('@MinJustice');
    expect(isFlattened(flattened(`${label}: @MinJustice`))).toBe(true);
  });
});

describe('the address labels', () => {
  it.each(each('address'))('"$label:" opens an address', ({ label }) => {
    expect(isAddressLabelAlone(`${label}:`)).toBe(true);
    const record = ['Name: Jane Doe', `${label}: 1 Example Street, Example City`];
    expect(unlabelRecords(record, origin(record))?.lines).toEqual(['Jane Doe', '1 Example Street, Example City']);
  });
});
