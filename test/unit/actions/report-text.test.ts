import { describe, expect, it } from 'vitest';
import { generatedRecord, sentRecord } from '../../../src/actions/record.js';
import { alignTable, formatReport, reportJson } from '../../../src/actions/report-text.js';
import { actionTotals } from '../../../src/actions/totals.js';

const totals = actionTotals([
  generatedRecord('ve-detentions', '2024-09-01', [
    { targetId: 'attorney-general', channel: 'letter' },
    { targetId: 'attorney-general', channel: 'email' },
    { targetId: 'ombudsman', channel: 'letter' },
  ]),
  sentRecord('ve-detentions', '2024-09-03', ['letter'], 12),
  sentRecord('other-case', '2024-09-02', ['tweet'], 1),
]);

describe('formatReport', () => {
  it('prints one aligned block per case with its period and, when known, where to report', () => {
    expect(formatReport(totals, new Map([['ve-detentions', 'https://example.org/ua/report']]))).toMatchInlineSnapshot(`
      "other-case (2024-09-02)
        channel  generated  sent
        tweet            0     1
        total            0     1

      ve-detentions (2024-09-01 to 2024-09-03)
        channel  generated  sent
        letter           2    12
        email            1     0
        total            3    12
        officials: attorney-general, ombudsman
        Report your actions at: https://example.org/ua/report
      "
    `);
  });
});

describe('alignTable', () => {
  it('left-aligns the first column and right-aligns the others', () => {
    expect(alignTable([['a', 'bbb'], ['cccc', '1']])).toEqual(['a     bbb', 'cccc    1']);
  });
});

describe('reportJson', () => {
  it('gives every case its report link or null, and the damaged lines without their text', () => {
    const json = reportJson('/data/actions.jsonl', totals, new Map([['other-case', 'https://example.org/r']]), [
      { line: 4, text: '{"v":1,"ki', reason: 'incomplete record (the write was cut off)' },
    ]);
    expect(json.cases.map((c) => [c.case, c.reportLink])).toEqual([['other-case', 'https://example.org/r'], ['ve-detentions', null]]);
    expect(json.damaged).toEqual([{ line: 4, reason: 'incomplete record (the write was cut off)' }]);
    expect(json.log).toBe('/data/actions.jsonl');
  });
});
