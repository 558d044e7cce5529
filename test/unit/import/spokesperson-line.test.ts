// A contact line flattened from a page's cells names the group and the office before the person
// ("Rebel Movement Spokesperson Omar Example Email: … Twitter: …"): the words before the person
// are his title, the person alone is the name.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/import/import-document.js';
import { draftTargets } from './helpers.js';

const page = (line: string): string =>
  `Urgent Action: AID WORKERS HELD (UA: Exampleland: 12.24)\n\nThree aid workers were taken on 2 May near Sampletown by an armed group.\n\nTAKE ACTION: 1. Write a letter in your own words or using the sample below. 2. This Urgent Action expires on July 29, 2024. CONTACT INFORMATION\n${line}\n\nSAMPLE LETTER Dear Spokesperson, I am writing to ask for the release of the aid workers. Yours sincerely,\n`;

describe("an armed group's spokesperson on a flattened contact line", () => {
  const rows = [
    { line: 'Liberation Front Spokesperson Tariq Fakename Email: press@example.org Twitter: @tariqfakename', name: 'Tariq Fakename', title: 'Liberation Front Spokesperson' },
    { line: 'Northern Alliance Spokeswoman Leila Placeholder Email: media@example.org', name: 'Leila Placeholder', title: 'Northern Alliance Spokeswoman' },
    { line: 'People’s Army Spokesman Yusuf Sample Twitter: @yusufsample', name: 'Yusuf Sample', title: 'People’s Army Spokesman' },
  ];
  it.each(rows)('"$line" is $name, the $title', ({ line, name, title }) => {
    const [target, ...more] = draftTargets(importDocument(page(line), { source: 'test.txt' }).caseText);
    expect(more).toEqual([]);
    expect(target?.name).toBe(name);
    expect(target?.title).toBe(title);
  });
});

// The person first (a rank or courtesy before him), then his office "X of …", then one label: the
// line is cut into the person, the office and the field, as a page with one field a line prints them.
describe('a person, then his office "X of …", then one label on a flattened contact line', () => {
  const rows = [
    { line: 'General Tariq Fakename Head of the Northern Defence Force, Email: press@example.org', name: 'Tariq Fakename', title: 'Head of the Northern Defence Force', email: 'press@example.org' },
    { line: 'Ms. Leila Placeholder Minister of the Interior Email: minister@example.gov', name: 'Leila Placeholder', title: 'Minister of the Interior', email: 'minister@example.gov' },
  ];
  it.each(rows)('"$line" is $name, the $title', ({ line, name, title, email }) => {
    const [target, ...more] = draftTargets(importDocument(page(line), { source: 'test.txt' }).caseText);
    expect(more).toEqual([]);
    expect(target?.name).toBe(name);
    expect(target?.title).toBe(title);
    expect(target?.email).toBe(email);
  });
});
