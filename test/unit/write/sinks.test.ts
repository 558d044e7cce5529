// The sink contract every output kind keeps: add documents in order, close → what reached the disk,
// abort → nothing half-written. Driven in process, without the CLI.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fileSink } from '../../../src/write/file-sink.js';
import type { DocumentRecord } from '../../../src/write/json-lines.js';
import { openSink } from '../../../src/write/open-sink.js';
import type { SinkOptions } from '../../../src/write/sink.js';
import { createPublisher } from '../../../src/write/write-pool.js';
import { call, email, letter, tweet } from './documents.js';

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'ua-sink-'));
});
afterEach(() => {
  rmSync(cwd, { recursive: true, force: true });
});

const options = (over: Partial<SinkOptions> = {}): SinkOptions => ({
  outDir: 'letters', cwd, force: false, stdout: false, json: false, format: 'txt', paper: undefined, window: 'din-b', defaultPaper: 'a4',
  split: false, envelopes: false, labels: undefined, today: '2024-09-01', context: false, fontPath: undefined, threads: 0, threadsAfter: 0, ...over,
});
const collect = () => {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  return { out, text: () => chunks.join('') };
};

describe('the file sink', () => {
  test('hands on one record per document, in order, and counts the files on close', async () => {
    const records: DocumentRecord[] = [];
    const sink = fileSink(options(), { stdout: collect().out, onRecord: (r) => records.push(r) });
    for (const doc of [letter(), email(), tweet(), call()]) await sink.add(doc);
    const totals = await sink.close();
    expect(records.map((r) => [r.channel, r.status])).toEqual([['letter', 'written'], ['email', 'written'], ['tweet', 'written'], ['call', 'written']]);
    expect(totals).toEqual({ written: 5, skipped: 0, pages: 0, notes: [], writerThreads: 0 });
  });

  test('only counts when nobody asks for records, and keeps what exists without force', async () => {
    mkdirSync(join(cwd, 'letters/sample-case'), { recursive: true });
    writeFileSync(join(cwd, 'letters/sample-case/attorney-general.call.txt'), 'mine');
    const sink = fileSink(options(), { stdout: collect().out });
    await sink.add(letter());
    await sink.add(call());
    expect(await sink.close()).toMatchObject({ written: 1, skipped: 1 });
    expect(readFileSync(join(cwd, 'letters/sample-case/attorney-general.call.txt'), 'utf8')).toBe('mine');
  });

  test('puts a signer\'s documents in the signer\'s folder', async () => {
    const records: DocumentRecord[] = [];
    const sink = fileSink(options({ format: 'md' }), { stdout: collect().out, onRecord: (r) => records.push(r) });
    await sink.add(letter(), 'ana-silva');
    await sink.close();
    expect(records[0]?.path).toBe(join('letters', 'sample-case', 'ana-silva', 'attorney-general.letter.md'));
  });

  describe.each([
    { how: 'with records (--json)', records: true },
    { how: 'only counting (a batch)', records: false },
  ])('what it says reached the disk, $how', ({ records }) => {
    const run = async (force: boolean, docs = [letter(), email(), call()]) => {
      const sink = fileSink(options({ force }), { stdout: collect().out, ...(records && { onRecord: () => {} }) });
      for (const doc of docs) await sink.add(doc);
      await sink.close();
      return sink.published().map((p) => [p.channel, p.created, p.replaced, p.kept]);
    };
    test('a first run creates, a rerun keeps, --force replaces, each document counted once by its main file', async () => {
      expect(await run(false)).toEqual([['letter', 1, 0, 0], ['email', 1, 0, 0], ['call', 1, 0, 0]]);
      expect(await run(false)).toEqual([['letter', 0, 0, 1], ['email', 0, 0, 1], ['call', 0, 0, 1]]);
      expect(await run(true)).toEqual([['letter', 0, 1, 0], ['email', 0, 1, 0], ['call', 0, 1, 0]]);
    });
    test('an email whose draft landed before a stop is not counted again for its text file', async () => {
      mkdirSync(join(cwd, 'letters/sample-case'), { recursive: true });
      writeFileSync(join(cwd, 'letters/sample-case/attorney-general.email.eml'), 'from the stopped run');
      expect(await run(false, [email()])).toEqual([['email', 0, 0, 1]]);
      expect(readdirSync(join(cwd, 'letters/sample-case')).sort()).toEqual(['attorney-general.email.eml', 'attorney-general.email.txt']);
    });
    test('nothing that was not reached: documents added after abort count nowhere', async () => {
      const sink = fileSink(options(), { stdout: collect().out, ...(records && { onRecord: () => {} }) });
      await sink.add(letter());
      await sink.abort();
      expect(sink.published().map((p) => [p.channel, p.created])).toEqual([['letter', 1]]);
    });
  });

  test('abort leaves no temporary file behind', async () => {
    const sink = fileSink(options(), { stdout: collect().out });
    await sink.add(email());
    await sink.abort();
    const left = readdirSync(cwd, { recursive: true, encoding: 'utf8' });
    expect(left.filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('the stdout sink', () => {
  test('prints framed documents and writes no file', async () => {
    const { out, text } = collect();
    const sink = await openSink(options({ stdout: true }), { stdout: out });
    await sink.add(call());
    expect(await sink.close()).toEqual({ written: 0, skipped: 0, pages: 0, notes: [], writerThreads: 0 });
    expect(text()).toMatch(/^==> attorney-general · call · en <==\nPhone:/);
    expect(readdirSync(cwd)).toEqual([]);
  });

  test('prints JSON Lines with each document\'s text when asked', async () => {
    const { out, text } = collect();
    const sink = await openSink(options({ stdout: true, json: true }), { stdout: out });
    await sink.add(tweet());
    await sink.close();
    expect(JSON.parse(text())).toMatchObject({ channel: 'tweet', path: null, content: expect.stringContaining('Release') });
  });
});

describe('the publisher', () => {
  test('writes on this thread when no thread is asked for, and says so', async () => {
    const publisher = createPublisher({ force: false });
    const path = join(cwd, 'a.txt');
    const [outcome] = await publisher.publish([{ path, shown: 'a.txt', folderReady: true, freshFolder: false, content: 'hello' }]);
    await publisher.close();
    expect(outcome?.status).toBe('written');
    expect(publisher.threadsUsed).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe('hello');
  });
});
