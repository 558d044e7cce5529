import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  createTempTarget,
  removeStaleTempFiles,
  removeTempFilesInFlight,
  removeTempFilesInFlightSync,
  tempFilesInFlight,
  writeFileAtomic,
} from '../../../src/write/atomic-write.js';
import { RuntimeError } from '../../../src/errors.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ua-atomic-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Every name in the folder tree, temp files included (they start with a dot). */
const names = (folder = dir): string[] => readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();

describe('writeFileAtomic', () => {
  test('writes a new file, creating its folders, and leaves no temp file', async () => {
    const path = join(dir, 'case/ana/official.letter.txt');
    expect(await writeFileAtomic(path, 'Dear Sir,\n', { force: false })).toBe('written');
    expect(readFileSync(path, 'utf8')).toBe('Dear Sir,\n');
    expect(names()).toEqual(['case', 'case/ana', 'case/ana/official.letter.txt']);
    expect(tempFilesInFlight()).toEqual([]);
  });

  test('reports an existing file and leaves it untouched without force', async () => {
    const path = join(dir, 'a.txt');
    writeFileSync(path, 'the first run\n');
    expect(await writeFileAtomic(path, 'the second run\n', { force: false })).toBe('exists');
    expect(readFileSync(path, 'utf8')).toBe('the first run\n');
    expect(names()).toEqual(['a.txt']);
  });

  test('replaces an existing file with force', async () => {
    const path = join(dir, 'a.txt');
    writeFileSync(path, 'the first run\n');
    expect(await writeFileAtomic(path, new TextEncoder().encode('the second run\n'), { force: true })).toBe('replaced');
    expect(readFileSync(path, 'utf8')).toBe('the second run\n');
    expect(names()).toEqual(['a.txt']);
  });

  test('says a file written with force was new when nothing was there', async () => {
    const path = join(dir, 'new.txt');
    expect(await writeFileAtomic(path, 'only run\n', { force: true })).toBe('written');
    expect(readFileSync(path, 'utf8')).toBe('only run\n');
    expect(names()).toEqual(['new.txt']);
  });

  test('lets exactly one of many simultaneous writers of the same file win', async () => {
    const path = join(dir, 'race.txt');
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => writeFileAtomic(path, `writer ${i}\n`, { force: false })));
    expect(results.filter((r) => r === 'written')).toHaveLength(1);
    const winner = results.indexOf('written');
    expect(readFileSync(path, 'utf8')).toBe(`writer ${winner}\n`);
    expect(names()).toEqual(['race.txt']);
  });

  test('writes again into a folder that was removed during the run', async () => {
    await writeFileAtomic(join(dir, 'sub/a.txt'), 'a', { force: false });
    rmSync(join(dir, 'sub'), { recursive: true });
    expect(await writeFileAtomic(join(dir, 'sub/b.txt'), 'b', { force: false })).toBe('written');
    expect(names()).toEqual(['sub', 'sub/b.txt']);
  });

  test('lets timers and signal handlers run during a long batch of writes', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const started = performance.now();
    for (let i = 0; performance.now() - started < 100; i++) await writeFileAtomic(join(dir, `f${i}.txt`), 'x', { force: false });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(3);
  });

  test.skipIf(process.getuid?.() === 0)('turns a permission problem into a RuntimeError naming the path as shown', async () => {
    mkdirSync(join(dir, 'locked'));
    chmodSync(join(dir, 'locked'), 0o500);
    const error = await writeFileAtomic(join(dir, 'locked/a.txt'), 'x', { force: false, displayPath: 'letters/a.txt' }).catch((e: unknown) => e);
    chmodSync(join(dir, 'locked'), 0o700);
    expect(error).toBeInstanceOf(RuntimeError);
    expect((error as RuntimeError).exitCode).toBe(1);
    expect((error as RuntimeError).message).toBe('Cannot write letters/a.txt: permission denied; choose another folder with --out or fix its permissions');
  });

  test('turns a file in the way of a folder into a RuntimeError', async () => {
    writeFileSync(join(dir, 'case'), 'not a folder');
    const error = await writeFileAtomic(join(dir, 'case/a.txt'), 'x', { force: false, displayPath: 'letters/case/a.txt' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuntimeError);
    expect((error as RuntimeError).message).toMatch(/^Cannot write letters\/case\/a\.txt: /);
  });

  test('refuses to replace a folder with force, and removes its temp file', async () => {
    mkdirSync(join(dir, 'a.txt'));
    const error = await writeFileAtomic(join(dir, 'a.txt'), 'x', { force: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuntimeError);
    expect(names()).toEqual(['a.txt']);
    expect(tempFilesInFlight()).toEqual([]);
  });
});

describe('createTempTarget', () => {
  test('streams into a hidden temp file beside the final name, then publishes it', async () => {
    const path = join(dir, 'case/letters.pdf');
    const target = await createTempTarget(path, { force: false });
    expect(target.tempPath).toMatch(new RegExp(`/case/\\.letters\\.pdf\\.${process.pid}\\.\\d+\\.tmp$`));
    await pipeline(Readable.from(['%PDF-1.7\n', 'pages…\n']), createWriteStream(target.tempPath));
    expect(existsSync(path)).toBe(false);
    expect(await target.publish()).toBe('written');
    expect(readFileSync(path, 'utf8')).toBe('%PDF-1.7\npages…\n');
    expect(names()).toEqual(['case', 'case/letters.pdf']);
  });

  test('discards the temp file after a failure and keeps the old file', async () => {
    const path = join(dir, 'a.pdf');
    writeFileSync(path, 'old');
    const target = await createTempTarget(path, { force: true });
    writeFileSync(target.tempPath, 'half a PD');
    await target.discard();
    expect(names()).toEqual(['a.pdf']);
    expect(readFileSync(path, 'utf8')).toBe('old');
    await expect(target.publish()).rejects.toThrow(/already published or discarded/);
  });

  test('leaves neither a final file nor a temp file when interrupted between writing and publishing', async () => {
    const first = await createTempTarget(join(dir, 'a.txt'), { force: false });
    const second = await createTempTarget(join(dir, 'b.txt'), { force: true });
    writeFileSync(first.tempPath, 'complete content');
    writeFileSync(second.tempPath, 'half');
    expect(names()).toHaveLength(2);
    // What the interrupt handler does before the process exits.
    await removeTempFilesInFlight();
    expect(names()).toEqual([]);
    expect(tempFilesInFlight()).toEqual([]);
  });

  test('cleans up synchronously too, for a handler about to exit', async () => {
    const target = await createTempTarget(join(dir, 'a.txt'), { force: false });
    writeFileSync(target.tempPath, 'x');
    await createTempTarget(join(dir, 'never-written.txt'), { force: false }); // registered, no file yet
    removeTempFilesInFlightSync();
    expect(names()).toEqual([]);
  });

  test('gives every temp file its own name', async () => {
    const targets = await Promise.all(Array.from({ length: 50 }, () => createTempTarget(join(dir, 'same.txt'), { force: false })));
    expect(new Set(targets.map((t) => t.tempPath)).size).toBe(50);
    await Promise.all(targets.map((t) => t.discard()));
  });

  test('keeps temp names short for very long file names', async () => {
    const target = await createTempTarget(join(dir, `${'x'.repeat(240)}.txt`), { force: false });
    expect(target.tempPath.split('/').pop()!.length).toBeLessThan(120);
    await target.discard();
  });
});

describe('removeStaleTempFiles', () => {
  // A PID that is certainly free: a process that has run and exited.
  const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
  const day = 24 * 60 * 60 * 1000;

  test.each([
    { name: `.a.letter.txt.${deadPid}.3.tmp`, age: 0, kept: false, why: 'a dead run' },
    { name: `.letters.pdf.${deadPid}-2.0.tmp`, age: 0, kept: false, why: "a dead run's writer thread" },
    { name: `.a.letter.txt.${process.pid}.3.tmp`, age: 0, kept: true, why: 'a live run (this one)' },
    { name: `.a.letter.txt.${process.ppid}.3.tmp`, age: 0, kept: true, why: 'another live run' },
    { name: `.a.letter.txt.${process.ppid}.3.tmp`, age: 2 * day, kept: false, why: 'a live PID, but two days old: the PID was reused' },
    { name: 'a.letter.txt', age: 2 * day, kept: true, why: 'a document' },
    { name: `.notes.${deadPid}.tmp`, age: 0, kept: true, why: 'not a name of ours' },
  ])('$why: $name is kept: $kept', ({ name, age, kept }) => {
    const path = join(dir, name);
    writeFileSync(path, 'x');
    const now = Date.now();
    if (age > 0) utimesSync(path, (now - age) / 1000, (now - age) / 1000);
    removeStaleTempFiles(dir, now);
    expect(existsSync(path)).toBe(kept);
  });

  test('runs when a run first writes into a folder that was there already', async () => {
    const stale = join(dir, 'case', `.a.letter.txt.${deadPid}.1.tmp`);
    mkdirSync(join(dir, 'case'));
    writeFileSync(stale, 'half a letter');
    await writeFileAtomic(join(dir, 'case', 'b.letter.txt'), 'b', { force: false });
    expect(names(join(dir, 'case'))).toEqual(['b.letter.txt']);
  });
});
