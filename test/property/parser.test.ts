// Properties of the case parser and validator: for any input, a model or typed errors, never an
// exception; every message one line naming the file and a line inside it; a valid case reads back
// with the values that were written; BOM and CRLF change nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../src/case/parse-case.js';
import type { Case } from '../../src/case/types.js';
import { CaseError, formatLocated } from '../../src/errors.js';
import { anyText, caseFile, frontMatter, paragraphs, type FrontMatterData } from './arbitraries.js';
import { fuzz, fuzzTimeout } from './fuzz-config.js';

/** Control characters (tab aside): copied from a file into a message, they could drive the terminal. */
// eslint-disable-next-line no-control-regex -- control characters are what is tested
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;

/** The contract of parseCase, checked on one input; returns the result for further checks. */
function parsesCleanly(text: string) {
  const result = parseCase(text, { file: 'p.md' });
  const lines = text.split(/\r\n|\r|\n/).length;
  expect(result.case === undefined).toBe(result.errors.length > 0);
  for (const e of result.errors) {
    expect(e).toBeInstanceOf(CaseError);
    expect(e.message.startsWith('p.md')).toBe(true);
    expect(e.message).not.toMatch(/[\r\n]/);
    expect(e.message).not.toMatch(CONTROL);
    expect(e.line ?? 1).toBeGreaterThanOrEqual(1);
    expect(e.line ?? 1).toBeLessThanOrEqual(lines + 1);
    if (e.column !== undefined) expect(e.column).toBeGreaterThanOrEqual(1);
  }
  for (const w of result.warnings) {
    expect(w.file).toBe('p.md');
    expect(w.message).not.toMatch(/[\r\n]/);
    expect(formatLocated(w, w.message)).not.toMatch(CONTROL);
  }
  return result;
}

/** Pieces of YAML and Markdown that make parsers stumble, joined at random. */
const yamlPiece = fc.constantFrom(
  'id: ', 'title: ', 'targets:', '  - ', '    name: ', 'languages: [', ']', '{', '}', '"', "'", ': ', ':', '\t', '\n', '\r\n', '  ', '- ',
  '&a ', '*a', '<<: *a', '!!binary ', '!tag ', '? ', '|', '>-', '#', '%YAML 1.2', '...', '---', '2024-02-30', 'null', '~', 'true',
  '\uFEFF', '\u0000', '\u2028', 'é', '🙂', '## Letter', '## Letter (xx)', '<!--', '-->', '```', 'x'.repeat(50), '0x1F', '.inf', '=',
);
const yamlSoup = fc.array(fc.oneof(yamlPiece, anyText), { maxLength: 60 }).map((parts) => parts.join(''));

describe('parseCase on any input', () => {
  it('returns a case or located, one-line errors for arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => void parsesCleanly(s)), fuzz(5));
  });

  it(
    'returns a case or located errors for YAML-like soup inside and outside the front matter',
    () => {
      fc.assert(
        fc.property(yamlSoup, yamlSoup, fc.boolean(), (front, body, fenced) => void parsesCleanly(fenced ? `---\n${front}\n---\n${body}` : front + body)),
        fuzz(5),
      );
    },
    fuzzTimeout(5),
  );

  it(
    'never throws when any field of a valid case holds a value of the wrong type',
    () => {
      const wrong = fc.oneof(fc.jsonValue({ maxDepth: 2 }), anyText, fc.constant(null), fc.constant([]), fc.constant({}));
      fc.assert(
        fc.property(frontMatter, paragraphs, fc.constantFrom('id', 'title', 'languages', 'targets', 'deadline', 'issued', 'bcc', 'subjects', 'hashtags', 'links', 'status', 'reference'), wrong, fc.nat(2), (fm, letter, field, value, at) => {
          const data = JSON.parse(JSON.stringify(fm)) as Record<string, unknown>;
          const targets = data.targets as Record<string, unknown>[];
          // Half the time the wrong value goes into an official instead of the top level.
          if (at > 0 && targets[at - 1]) targets[at - 1]![field === 'id' ? 'id' : 'email'] = value;
          else data[field] = value;
          parsesCleanly(caseFile(data as FrontMatterData, letter));
        }),
        fuzz(3),
      );
    },
    fuzzTimeout(3),
  );
});

describe('a valid case, however its text values are spelled', () => {
  it(
    'is accepted and reads back with the values that were written, trimmed',
    () => {
      fc.assert(
        fc.property(frontMatter, paragraphs, (fm, letter) => {
          const result = parsesCleanly(caseFile(fm, letter));
          expect(result.errors.map((e) => e.message)).toEqual([]);
          expectSameValues(result.case!, fm);
        }),
        fuzz(2),
      );
    },
    fuzzTimeout(2),
  );

  it(
    'reads the same with a byte order mark and CRLF line ends',
    () => {
      fc.assert(
        fc.property(frontMatter, paragraphs, (fm, letter) => {
          const text = caseFile(fm, letter);
          const plain = parseCase(text, { file: 'p.md' });
          const windows = parseCase('\uFEFF' + text.replace(/\n/g, '\r\n'), { file: 'p.md' });
          expect(windows.errors.map((e) => e.message)).toEqual(plain.errors.map((e) => e.message));
          expect(windows.warnings).toEqual(plain.warnings);
          expect(windows.case).toEqual(plain.case);
        }),
        fuzz(1),
      );
    },
    fuzzTimeout(),
  );
});

function expectSameValues(c: Case, fm: FrontMatterData): void {
  const trim = (v: unknown) => (typeof v === 'string' ? v.trim() : Object.fromEntries(Object.entries(v as Record<string, string>).map(([k, s]) => [k, s.trim()])));
  expect(c.id).toBe(fm.id);
  expect(c.title).toBe(fm.title.trim());
  expect(c.country).toBe(fm.country.trim());
  expect(c.reference).toBe(fm.reference?.trim());
  expect(c.languages).toEqual(fm.languages);
  expect(c.subjects.map((s) => s.name)).toEqual((fm.subjects ?? []).map((s) => s.name.trim()));
  expect(c.bcc).toEqual(fm.bcc ?? []);
  expect(c.targets.map((t) => t.id)).toEqual(fm.targets.map((t) => t.id));
  fm.targets.forEach((t, i) => {
    const got = c.targets[i]!;
    expect(got.name).toBe(t.name.trim());
    if (t.title !== undefined) expect(got.title).toEqual(trim(t.title));
    if (t.salutation !== undefined) expect(got.salutation).toEqual(trim(t.salutation));
    if (t.organisation !== undefined) expect(got.organisation).toBe(t.organisation.trim());
    const lines = t.address === undefined ? [] : typeof t.address === 'string' ? t.address.split('\n') : t.address;
    expect(got.address).toEqual(lines.map((l) => l.trim()).filter((l) => l !== ''));
    expect(got.emails).toEqual(t.email === undefined ? [] : [t.email].flat());
    expect(got.copy).toBe(t.copy ?? false);
  });
}
