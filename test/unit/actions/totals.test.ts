import { describe, expect, it } from 'vitest';
import { generatedRecord, sentRecord } from '../../../src/actions/record.js';
import { actionTotals } from '../../../src/actions/totals.js';

describe('actionTotals', () => {
  it('is empty for no records', () => {
    expect(actionTotals([])).toEqual([]);
  });

  it('adds up generated and sent per case and channel, cases sorted by id', () => {
    const records = [
      sentRecord('b-case', '2024-09-05', ['email'], 1),
      generatedRecord('a-case', '2024-09-03', [
        { targetId: 'minister', channel: 'email' },
        { targetId: 'minister', channel: 'letter' },
      ]),
      generatedRecord('a-case', '2024-09-01', [
        { targetId: 'attorney-general', channel: 'letter' },
        { targetId: 'minister', channel: 'letter' },
      ]),
      sentRecord('a-case', '2024-09-04', ['letter'], 2),
      sentRecord('a-case', '2024-09-04', ['call'], 1),
    ];
    expect(actionTotals(records)).toEqual([
      {
        case: 'a-case',
        first: '2024-09-01',
        last: '2024-09-04',
        officials: ['minister', 'attorney-general'],
        channels: { letter: { generated: 3, sent: 2 }, email: { generated: 1, sent: 0 }, call: { generated: 0, sent: 1 } },
        total: { generated: 4, sent: 3 },
      },
      {
        case: 'b-case',
        first: '2024-09-05',
        last: '2024-09-05',
        officials: [],
        channels: { email: { generated: 0, sent: 1 } },
        total: { generated: 0, sent: 1 },
      },
    ]);
  });

  it('lists channels in the usual order whatever order they were recorded in', () => {
    const [totals] = actionTotals([sentRecord('c', '2024-09-01', ['call'], 1), sentRecord('c', '2024-09-01', ['letter'], 1)]);
    expect(Object.keys(totals?.channels ?? {})).toEqual(['letter', 'call']);
  });
});
