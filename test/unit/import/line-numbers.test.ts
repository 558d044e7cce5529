// Every line the report and the draft name is the line of the file the user opened. Readers work on
// document lines (a flattened line cut into several, a run of blank lines kept as two), and the
// importer maps them to source lines once: a page with blank lines before it must name every line
// that many lines further down, whichever reader read it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/import/html-text.js';
import { importDocument, type ImportResult } from '../../../src/import/import-document.js';
import type { ReportEntry } from '../../../src/import/report.js';
import { fixturesDir } from './helpers.js';

const layouts = join(fixturesDir, 'layouts');
const PAD = 8;

/** Layouts whose reading changes with blank lines above them, and why (none at present). */
const READS_DIFFERENTLY: Record<string, string> = {};

const pages = readdirSync(layouts).filter((name) => /\.(?:txt|html|json|js|ts)$/.test(name) && !/EXPECTED\.json$/.test(name)).sort();

function importPadded(name: string, pad: number): ImportResult {
  const raw = readFileSync(join(layouts, name), 'utf8');
  const text = name.endsWith('.html') ? htmlToText(raw) : raw;
  return importDocument('\n'.repeat(pad) + text, { source: name });
}

/** Entries by what they say (field, status, value), each with the lines it names. */
function linesByEntry(entries: readonly ReportEntry[]): Map<string, number[]> {
  const by = new Map<string, number[]>();
  for (const e of entries) {
    if (e.line === undefined) continue;
    const key = `${e.field}|${e.status}|${e.value ?? ''}`;
    by.set(key, [...(by.get(key) ?? []), e.line].sort((a, b) => a - b));
  }
  return by;
}

/** The line numbers the draft's comments name ("# read from lines 7–9", "# TODO: line 12 …"). */
function draftLines(caseText: string): number[][] {
  return [...caseText.matchAll(/#[^\n]*?\blines? (\d+)(?:–(\d+))?/g)].map((m) => [Number(m[1]), ...(m[2] ? [Number(m[2])] : [])]);
}

describe.each(pages.filter((name) => !(name in READS_DIFFERENTLY)))('%s with blank lines above it', (name) => {
  const plain = importPadded(name, 0);
  const padded = importPadded(name, PAD);

  it(`names every line of the report ${PAD} lines further down`, () => {
    const before = linesByEntry(plain.report.entries);
    const after = linesByEntry(padded.report.entries);
    const shifted = [...before].filter(([key]) => after.has(key)).map(([key, lines]) => [key, lines.map((l) => l + PAD)]);
    expect(shifted.length).toBeGreaterThan(0);
    expect(Object.fromEntries(shifted.map(([key]) => [key, after.get(key as string)]))).toEqual(Object.fromEntries(shifted));
  });

  it(`names every line of the draft's comments ${PAD} lines further down`, () => {
    expect(draftLines(padded.caseText)).toEqual(draftLines(plain.caseText).map((l) => l.map((n) => n + PAD)));
  });
});

describe('a page whose document lines differ from its source lines as it is', () => {
  // The blog's name above its headline is taken out as the page is read, so document line 6 is
  // the file's line 7: the official named in that sentence is reported on line 7, not 8.
  it.each([
    { name: 'it-blog-ambasciatore-virgola-email.txt', fields: /^targets\[0\]\.(?:id|name|email)$/, line: 7 },
  ])('$name names the printed line of each field', ({ name, fields, line }) => {
    const r = importPadded(name, 0);
    const lines = r.report.entries.filter((e) => fields.test(e.field)).map((e) => e.line);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l === line)).toBe(true);
    expect(r.caseText).toContain(`# read from lines ${line}–${line}`);
  });
});

describe('a flattened contact line cut into several', () => {
  // usa-flattened.txt prints its second official (name, email, phone) on its 7th line: the pieces
  // the importer cut it into are one printed line, before and after blank lines above the page.
  it.each([0, PAD])('reports the one printed line for every field read from it (%i blank lines above)', (pad) => {
    const r = importPadded('usa-flattened.txt', pad);
    const lines = r.report.entries.filter((e) => /^targets\[1\]\.(?:id|name|email|phone)$/.test(e.field)).map((e) => e.line);
    expect(lines).toEqual([7 + pad, 7 + pad, 7 + pad, 7 + pad]);
    expect(r.caseText).toContain(`# read from lines ${7 + pad}–${7 + pad}`);
  });
});
