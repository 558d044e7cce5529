import { describe, expect, it } from 'vitest';
import { parseActionLine } from '../../../src/actions/parse-log.js';
import { generatedRecord, MAX_LINE_BYTES, MAX_TARGETS, sentRecord, serialiseActionRecord } from '../../../src/actions/record.js';
import type { Channel } from '../../../src/channels/types.js';

describe('generatedRecord', () => {
  it('counts documents per channel and lists each official once, in order', () => {
    const docs: Array<{ targetId: string; channel: Channel }> = [
      { targetId: 'minister', channel: 'email' },
      { targetId: 'attorney-general', channel: 'letter' },
      { targetId: 'minister', channel: 'letter' },
      { targetId: 'attorney-general', channel: 'letter' },
      { targetId: 'minister', channel: 'call' },
    ];
    expect(generatedRecord('ve-detentions', '2024-09-01', docs)).toEqual({
      v: 1,
      kind: 'generated',
      case: 've-detentions',
      date: '2024-09-01',
      targets: ['minister', 'attorney-general'],
      counts: { letter: 3, email: 1, call: 1 },
    });
  });

  it('never carries signer names or addresses into the log line', () => {
    const signer = { name: 'Ada Example', address: ['1 Sample Street'], city: 'Sampleton', country: 'Nowhere' };
    const docs = [{ targetId: 'minister', channel: 'letter' as const, signer, text: 'Dear Minister, … Ada Example' }];
    const line = serialiseActionRecord(generatedRecord('ve-detentions', '2024-09-01', docs));
    expect(line).not.toMatch(/Ada|Sample|Nowhere/);
  });

  it(`keeps at most ${MAX_TARGETS} officials`, () => {
    const docs = Array.from({ length: 100 }, (_, i) => ({ targetId: `t${i}`, channel: 'letter' as const }));
    const record = generatedRecord('c', '2024-09-01', docs);
    expect(record.targets).toHaveLength(MAX_TARGETS);
    expect(record.counts).toEqual({ letter: 100 });
  });
});

describe('sentRecord', () => {
  it('records the same count on each channel, in the usual channel order', () => {
    expect(sentRecord('c', '2024-09-02', ['call', 'letter'], 3)).toEqual({
      v: 1, kind: 'sent', case: 'c', date: '2024-09-02', targets: [], counts: { letter: 3, call: 3 },
    });
  });
});

describe('serialiseActionRecord', () => {
  it('writes one line, ending in a newline, that reads back as the same record', () => {
    const record = sentRecord('ve-detentions', '2024-09-02', ['letter', 'email'], 2);
    const line = serialiseActionRecord(record);
    expect(line).toBe('{"v":1,"kind":"sent","case":"ve-detentions","date":"2024-09-02","targets":[],"counts":{"letter":2,"email":2}}\n');
    expect(parseActionLine(line.slice(0, -1))).toEqual(record);
  });

  it('drops officials rather than pass the line length limit', () => {
    const long = Array.from({ length: MAX_TARGETS }, (_, i) => `official-with-a-rather-long-identifier-${i}-${'x'.repeat(40)}`);
    const line = serialiseActionRecord({ v: 1, kind: 'generated', case: 'c', date: '2024-09-01', targets: long, counts: { letter: 1 } });
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(MAX_LINE_BYTES);
    const parsed = parseActionLine(line.slice(0, -1));
    expect(typeof parsed === 'object' && parsed.targets.length).toBeGreaterThan(0);
    expect(typeof parsed === 'object' && parsed.targets.length).toBeLessThan(MAX_TARGETS);
  });

  it('refuses a case id too long for any line', () => {
    expect(() => serialiseActionRecord(sentRecord('x'.repeat(MAX_LINE_BYTES), '2024-09-02', ['letter'], 1))).toThrow(/too long for the action log/);
  });
});
