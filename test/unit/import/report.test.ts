import { describe, expect, it } from 'vitest';
import { entryOf, formatReport, reportJson } from '../../../src/import/report.js';

describe('formatReport', () => {
  it('lists the first 20 skipped lines and counts the rest, whose total stays in the last line', () => {
    const skipped = Array.from({ length: 25 }, (_, i) => ({ field: 'skipped', status: 'skipped' as const, line: i + 1, value: `junk ${i + 1}`, note: 'no address goes with it' }));
    const lines = formatReport({ source: 'junk.txt', entries: skipped }).trimEnd().split('\n');
    expect(lines).toHaveLength(22);
    expect(lines[19]).toBe('skipped  skipped  line 20: "junk 20" (no address goes with it)');
    expect(lines[20]).toBe('skipped  …        5 more lines (the JSON report lists them all)');
    expect(lines[21]).toBe('0 fields found, 0 not found in junk.txt (0 high, 0 medium, 0 low; 25 lines skipped)');
  });

  it('prints one aligned line per field, found or missing, and a total', () => {
    const text = formatReport({
      source: 'ua.txt',
      entries: [
        entryOf('deadline', { found: true, value: '2024-09-27', confidence: 'high', line: 57 }, (v) => v),
        entryOf('links.report', { found: false, reason: 'no line asking readers to report' }, (v: string) => v),
        entryOf('title', { found: true, value: 'Venezuela: x', confidence: 'medium', line: 2, note: 're-cased' }, (v) => v),
      ],
    });
    expect(text).toBe(
      [
        'found    deadline      2024-09-27 (high, line 57)',
        'missing  links.report  no line asking readers to report',
        'found    title         Venezuela: x (medium, line 2) — re-cased',
        '2 fields found, 1 not found in ua.txt (1 high, 1 medium, 0 low)',
        '',
      ].join('\n'),
    );
  });

  it('lists the lines it skipped, with why, and counts them in the total', () => {
    const text = formatReport({
      source: 'ua.txt',
      entries: [
        entryOf('deadline', { found: true, value: '2024-09-27', confidence: 'low', line: 5 }, (v) => v),
        { field: 'skipped', status: 'skipped', line: 12, value: 'CONTACT INFORMATION', note: 'a heading' },
        { field: 'skipped', status: 'skipped', line: 19, value: 'Due to postal restrictions…', note: 'an instruction to the reader' },
      ],
    });
    expect(text.split('\n').slice(1)).toEqual([
      'skipped  skipped   line 12: "CONTACT INFORMATION" (a heading)',
      'skipped  skipped   line 19: "Due to postal restrictions…" (an instruction to the reader)',
      '1 field found, 0 not found in ua.txt (0 high, 0 medium, 1 low; 2 lines skipped)',
      '',
    ]);
  });

  it('gives the same entries as one JSON object', () => {
    const json = JSON.parse(reportJson({ source: 'ua.txt', entries: [{ field: 'fax', status: 'missing', note: 'not in the block' }] }));
    expect(json).toEqual({ source: 'ua.txt', entries: [{ field: 'fax', status: 'missing', note: 'not in the block' }] });
  });
});
