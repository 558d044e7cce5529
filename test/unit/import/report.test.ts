import { describe, expect, it } from 'vitest';
import { entryOf, formatReport, reportJson } from '../../../src/import/report.js';

describe('formatReport', () => {
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
        '2 fields found, 1 not found in ua.txt',
        '',
      ].join('\n'),
    );
  });

  it('gives the same entries as one JSON object', () => {
    const json = JSON.parse(reportJson({ source: 'ua.txt', entries: [{ field: 'fax', status: 'missing', note: 'not in the block' }] }));
    expect(json).toEqual({ source: 'ua.txt', entries: [{ field: 'fax', status: 'missing', note: 'not in the block' }] });
  });
});
