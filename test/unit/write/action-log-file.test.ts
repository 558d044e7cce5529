import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentRecord, serialiseActionRecord } from '../../../src/actions/record.js';
import { RuntimeError } from '../../../src/errors.js';
import { appendActionRecord } from '../../../src/write/action-log.js';
import { readActionLog } from '../../../src/read/action-log.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'ua-action-log-'));

describe('appendActionRecord and readActionLog', () => {
  it('creates the missing folders and reads the record back', async () => {
    const path = join(tempDir(), 'deep', 'er', 'actions.jsonl');
    const record = sentRecord('c', '2024-09-01', ['letter'], 2);
    await appendActionRecord(path, record);
    expect(await readActionLog(path)).toEqual({ records: [record], damaged: [] });
  });

  it('reads a missing log as an empty one', async () => {
    expect(await readActionLog(join(tempDir(), 'none.jsonl'))).toEqual({ records: [], damaged: [] });
  });

  it('starts a new line after a cut-off last line, so that only the cut-off record is lost', async () => {
    const path = join(tempDir(), 'actions.jsonl');
    const first = sentRecord('c', '2024-09-01', ['letter'], 1);
    const cut = serialiseActionRecord(sentRecord('c', '2024-09-01', ['email'], 5)).slice(0, 30);
    writeFileSync(path, serialiseActionRecord(first) + cut);
    const next = sentRecord('c', '2024-09-02', ['call'], 1);
    await appendActionRecord(path, next);
    expect(readFileSync(path, 'utf8').split('\n')).toEqual([serialiseActionRecord(first).trimEnd(), cut, serialiseActionRecord(next).trimEnd(), '']);
    const log = await readActionLog(path);
    expect(log.records).toEqual([first, next]);
    expect(log.damaged).toEqual([{ line: 2, text: cut, reason: 'not valid JSON' }]);
  });

  it('keeps every record when many appends run at once', async () => {
    const path = join(tempDir(), 'actions.jsonl');
    await Promise.all(Array.from({ length: 100 }, (_, i) => appendActionRecord(path, sentRecord('c', '2024-09-01', ['letter'], i + 1))));
    const log = await readActionLog(path);
    expect(log.damaged).toEqual([]);
    expect(log.records.map((r) => r.counts.letter).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  });

  it('turns a write failure into a runtime error naming the log', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), '');
    const path = join(dir, 'file', 'actions.jsonl'); // a folder that cannot exist
    const error = await appendActionRecord(path, sentRecord('c', '2024-09-01', ['letter'], 1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuntimeError);
    expect((error as RuntimeError).message).toContain(path);
    expect((error as RuntimeError).exitCode).toBe(1);
  });
});
