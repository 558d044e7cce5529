import { describe, expect, it } from 'vitest';
import { parseActionLog, parseActionLine } from '../../../src/actions/parse-log.js';
import type { ActionRecord } from '../../../src/actions/types.js';

const good = '{"v":1,"kind":"generated","case":"ve-detentions","date":"2024-09-01","targets":["attorney-general"],"counts":{"letter":2,"email":1}}';
const goodRecord: ActionRecord = {
  v: 1,
  kind: 'generated',
  case: 've-detentions',
  date: '2024-09-01',
  targets: ['attorney-general'],
  counts: { letter: 2, email: 1 },
};
const sent = '{"v":1,"kind":"sent","case":"ve-detentions","date":"2024-09-02","targets":[],"counts":{"letter":2}}';

describe('parseActionLog', () => {
  const cases: Array<{ name: string; text: string; records: number; damaged: Array<{ line: number; reason: string }> }> = [
    { name: 'an empty log has no records and no damage', text: '', records: 0, damaged: [] },
    { name: 'one record per line is read back', text: `${good}\n${sent}\n`, records: 2, damaged: [] },
    {
      name: 'a truncated last line is reported as cut off and the lines before it are kept',
      text: `${good}\n${sent}\n${good.slice(0, 40)}`,
      records: 2,
      damaged: [{ line: 3, reason: 'incomplete record (the write was cut off)' }],
    },
    { name: 'a complete last record without its newline is still a record', text: `${good}\n${sent}`, records: 2, damaged: [] },
    {
      name: 'a garbage line in the middle is reported and the lines around it are kept',
      text: `${good}\nthis is not json\n${sent}\n`,
      records: 2,
      damaged: [{ line: 2, reason: 'not valid JSON' }],
    },
    {
      name: 'a cut-off line followed by the newline the appender adds is reported with its line number',
      text: `${good}\n${good.slice(0, 30)}\n${sent}\n`,
      records: 2,
      damaged: [{ line: 2, reason: 'not valid JSON' }],
    },
    { name: 'blank and whitespace-only lines are skipped quietly', text: `\n${good}\n\n   \n${sent}\n\n`, records: 2, damaged: [] },
    { name: 'CRLF line ends from a Windows editor are accepted', text: `${good}\r\n${sent}\r\n`, records: 2, damaged: [] },
    { name: 'a byte order mark at the start is ignored', text: `\uFEFF${good}\n`, records: 1, damaged: [] },
    {
      name: 'NUL bytes left by a power cut are reported, not read',
      text: `${good}\n\u0000\u0000\u0000\n`,
      records: 1,
      damaged: [{ line: 2, reason: 'not valid JSON' }],
    },
    {
      name: 'a record of a newer format version is reported as such',
      text: `${good.replace('"v":1', '"v":2')}\n${good}\n`,
      records: 1,
      damaged: [{ line: 1, reason: 'written by a newer ua-letter (format version 2)' }],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = parseActionLog(c.text);
      expect(result.records).toHaveLength(c.records);
      expect(result.damaged.map(({ line, reason }) => ({ line, reason }))).toEqual(c.damaged);
    });
  }

  it('keeps the full text of a damaged line so that nothing is lost', () => {
    const cut = good.slice(0, 50);
    expect(parseActionLog(`${good}\n${cut}`).damaged).toEqual([{ line: 2, text: cut, reason: 'incomplete record (the write was cut off)' }]);
  });

  it('reads a record back field for field', () => {
    expect(parseActionLog(good + '\n').records).toEqual([goodRecord]);
  });
});

describe('parseActionLine', () => {
  const bad: Array<{ line: string; reason: string }> = [
    { line: '[1,2]', reason: 'not a record' },
    { line: 'null', reason: 'not a record' },
    { line: good.replace('"v":1', '"v":0'), reason: 'unknown format version' },
    { line: good.replace('"v":1,', ''), reason: 'unknown format version' },
    { line: good.replace('"v":1', '"v":"1"'), reason: 'unknown format version' },
    { line: good.replace('"generated"', '"posted"'), reason: 'kind: not "generated" or "sent"' },
    { line: good.replace('"ve-detentions"', '"Ve Detentions"'), reason: 'case: not a case id' },
    { line: good.replace('"2024-09-01"', '"2024-02-30"'), reason: 'date: not a date in the form YYYY-MM-DD' },
    { line: good.replace('["attorney-general"]', '"attorney-general"'), reason: 'targets: not a list of ids' },
    { line: good.replace('["attorney-general"]', '[3]'), reason: 'targets: not a list of ids' },
    { line: good.replace('{"letter":2,"email":1}', '[]'), reason: 'counts: not an object' },
    { line: good.replace('"letter":2', '"telegram":2'), reason: 'counts.telegram: not a channel' },
    { line: good.replace('"letter":2', '"letter":-1'), reason: 'counts.letter: not a whole number' },
    { line: good.replace('"letter":2', '"letter":1.5'), reason: 'counts.letter: not a whole number' },
    { line: good.replace('"letter":2', '"letter":"2"'), reason: 'counts.letter: not a whole number' },
  ];
  for (const { line, reason } of bad) {
    it(`rejects ${line.slice(0, 60)}… because ${reason}`, () => {
      expect(parseActionLine(line)).toBe(reason);
    });
  }

  it('ignores fields it does not know, so that later additions stay readable', () => {
    expect(parseActionLine(good.replace('{"v":1,', '{"v":1,"tool":"ua-letter 0.2",'))).toEqual(goodRecord);
  });
});
