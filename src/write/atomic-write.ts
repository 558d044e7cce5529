// Atomic file publication: every file is written under a temporary name in the same folder and then
// published under its final name in one step, so an interrupted batch never leaves a half-written
// letter behind, and a rerun completes only what is missing.
//
// Without --force the final name is claimed with link(2), which fails with EEXIST when the name is
// taken: no existence check that could race, and an existing file is never clobbered. With --force,
// the link is tried all the same, and only when the name is taken does rename(2) replace the old
// file in one step: the caller learns whether a file was new or replaced ('replaced'), which the
// action log needs (a letter rewritten with --force is not a second letter).
//
// Deliberately no fsync: rename/link make the publication atomic against interruption (Ctrl-C, a
// crash of this process), not against power loss. Batches write 80,000 files and are benchmarked
// against plain temp + rename; an fsync per file would make them many times slower for a risk
// (a power cut during generation) that a rerun repairs anyway.
//
// Deliberately synchronous system calls behind an async API: each promise-based fs call is a
// round trip through libuv's thread pool (≈30–40 µs here), and a small file needs four of them;
// the same calls made synchronously take ≈20 µs in all (measured: 10,000 files in 0.2 s instead
// of 1.9 s). A batch has nothing else to do meanwhile; it yields to the event loop between
// documents (FilePublisher.pace), and `writeFileAtomic` every few milliseconds for callers that
// loop over it, so that Ctrl-C and progress output stay live: a signal is only ever handled
// between two files, never in the middle of one.
import { linkSync, lstatSync, mkdirSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { errorCode, writeFailure } from './fs-errors.js';

/** 'written': a new file; 'replaced': an existing one replaced (force); 'exists': kept (no force). */
export type PublishStatus = 'written' | 'replaced' | 'exists';

/** True when the file now holds what this run wrote (new or replaced). */
export const isPublished = (status: PublishStatus | 'empty'): status is 'written' | 'replaced' => status === 'written' || status === 'replaced';

export interface AtomicWriteOptions {
  /** Replace an existing file instead of reporting 'exists'. */
  force: boolean;
  /** The path named in error messages (default: the path written), e.g. relative to the user's cwd. */
  displayPath?: string | undefined;
  /** The caller created the folder (prepareFolder): saves a look-up per file in big batches. */
  folderReady?: boolean | undefined;
}

/** A temporary file beside `path` for a writer that streams (PDF); publish or discard it. */
export interface TempTarget {
  /** Where to write the content; it does not exist yet. */
  readonly tempPath: string;
  /** Move the finished temp file to its final name ('exists': the name was taken, temp removed). */
  publish(): Promise<PublishStatus>;
  /** Remove the temp file (after a failure); the final name is left untouched. */
  discard(): Promise<void>;
}

/** Temp files that exist or may exist right now; an interrupt handler removes them. */
const inFlight = new Set<string>();
/**
 * Folders already created in this process: saves one mkdir call per file in big batches. The value
 * says whether this process created the folder itself (see prepareFolder).
 */
const readyDirs = new Map<string, boolean>();
/** Part of every temp name: the process, and the thread when not the main one (tagTempFiles). */
let tempTag = `${process.pid}`;

/**
 * Called by a writer thread (write-worker.ts) with its thread id, so that its temp names never
 * meet the main thread's. Not read from worker_threads here: this module is part of every start.
 */
export function tagTempFiles(thread: number): void {
  tempTag = `${process.pid}-${thread}`;
}
let counter = 0;
let lastYield = performance.now();
const YIELD_EVERY_MS = 8;

/** Link is not available on some file systems (FAT USB sticks, some network shares). */
const LINK_UNSUPPORTED = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

export async function createTempTarget(path: string, options: AtomicWriteOptions): Promise<TempTarget> {
  const shown = options.displayPath ?? path;
  const tempPath = reserveTemp(path, shown);
  let settled = false;
  const settle = () => {
    if (settled) throw new Error(`temp file ${tempPath} was already published or discarded`);
    settled = true;
  };
  return {
    tempPath,
    publish: async () => {
      settle();
      return publishReserved(tempPath, path, options.force, shown);
    },
    discard: async () => {
      settle();
      removeQuietly(tempPath);
      inFlight.delete(tempPath);
    },
  };
}

/** Write `data` to `path` atomically; 'exists' when the file was there and `force` is off. */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions): Promise<PublishStatus> {
  if (performance.now() - lastYield > YIELD_EVERY_MS) {
    await new Promise((resolve) => setImmediate(resolve));
    lastYield = performance.now();
  }
  return writeFileAtomicSync(path, data, options);
}

/** The same, for callers that cannot await: the writers of batches (write-files.ts). */
export function writeFileAtomicSync(path: string, data: string | Uint8Array, options: AtomicWriteOptions): PublishStatus {
  try {
    return writeOnce(path, data, options);
  } catch (error) {
    // The folder was created earlier in this run and then removed: create it again, once.
    if (errorCode(error instanceof Error ? error.cause : undefined) !== 'ENOENT') throw error;
    readyDirs.delete(dirname(path));
    return writeOnce(path, data, options, false);
  }
}

function writeOnce(path: string, data: string | Uint8Array, options: AtomicWriteOptions, folderReady = options.folderReady === true): PublishStatus {
  const shown = options.displayPath ?? path;
  const tempPath = reserveTemp(path, shown, folderReady);
  try {
    writeFileSync(tempPath, data);
  } catch (error) {
    removeQuietly(tempPath);
    inFlight.delete(tempPath);
    throw writeFailure(error, shown);
  }
  return publishReserved(tempPath, path, options.force, shown);
}

/** Create the folder and pick a fresh temp name, registered before the file exists. */
function reserveTemp(path: string, shown: string, folderReady = false): string {
  const dir = dirname(path);
  if (!folderReady) ensureDir(dir, shown);
  // The base is shortened so that the temp name stays under the 255-byte name limit.
  const tempPath = `${dir === sep ? '' : dir}${sep}.${basename(path).slice(0, 80)}.${tempTag}.${counter++}.tmp`;
  inFlight.add(tempPath);
  return tempPath;
}

function publishReserved(tempPath: string, finalPath: string, force: boolean, shown: string): PublishStatus {
  try {
    return publish(tempPath, finalPath, force);
  } catch (error) {
    removeQuietly(tempPath);
    throw writeFailure(error, shown);
  } finally {
    inFlight.delete(tempPath);
  }
}

function publish(tempPath: string, finalPath: string, force: boolean): PublishStatus {
  try {
    linkSync(tempPath, finalPath);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') {
      if (force) {
        renameSync(tempPath, finalPath);
        return 'replaced';
      }
      removeQuietly(tempPath);
      return 'exists';
    }
    if (code === undefined || !LINK_UNSUPPORTED.has(code)) throw error;
    return publishWithoutLink(tempPath, finalPath, force);
  }
  removeQuietly(tempPath);
  return 'written';
}

/**
 * Fallback where hard links are not supported: check, then rename. Only a second process writing
 * the same file at the same moment could slip between the two, which the CLI never does itself.
 */
function publishWithoutLink(tempPath: string, finalPath: string, force: boolean): PublishStatus {
  const existed = lstatSync(finalPath, { throwIfNoEntry: false }) !== undefined;
  if (existed && !force) {
    removeQuietly(tempPath);
    return 'exists';
  }
  renameSync(tempPath, finalPath);
  return existed ? 'replaced' : 'written';
}

/** Delete every temp file still in flight (the interrupt path). Never throws. */
export async function removeTempFilesInFlight(): Promise<void> {
  removeTempFilesInFlightSync();
}

/**
 * The same for a handler that is about to call process.exit and cannot wait for promises. Writer
 * threads (write-pool.ts) are stopped first, between two files, so that none leaves a temp file.
 */
export function removeTempFilesInFlightSync(): void {
  for (const stop of threadStoppers) stop();
  for (const path of inFlight) removeQuietly(path);
  inFlight.clear();
}

/** Synchronous stops of writer threads, for removeTempFilesInFlightSync. */
const threadStoppers = new Set<() => void>();

/** Registers a writer thread's stop; returns the function that unregisters it. */
export function onHardStop(stop: () => void): () => void {
  threadStoppers.add(stop);
  return () => threadStoppers.delete(stop);
}

/** The temp files in flight (for tests and debug output). */
export function tempFilesInFlight(): readonly string[] {
  return [...inFlight];
}

function ensureDir(dir: string, shownPath: string): boolean {
  const known = readyDirs.get(dir);
  if (known !== undefined) return known;
  let created: string | undefined;
  try {
    created = mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw writeFailure(error, shownPath);
  }
  // A folder that was there already may hold the temp files of a run that was killed (kill -9,
  // a crash, a power cut): nothing else ever removes them (issue 16).
  if (created === undefined) removeStaleTempFiles(dir);
  readyDirs.set(dir, created !== undefined);
  return created !== undefined;
}

/** `.<name>.<pid>[-<thread>].<n>.tmp`, as reserveTemp names them. */
const TEMP_NAME = /^\..+\.(\d+)(?:-\d+)?\.\d+\.tmp$/;
/** A temp file this old is stale even if a process of its PID is alive: the PID was reused. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Removes the temp files of runs that are gone from `dir`: their process no longer exists, or the
 * file is a day old. A run that is still going (another ua-letter writing to the same folder right
 * now) keeps its own. Once per folder per run, and only in folders the run writes to. Never throws:
 * a file that cannot be removed is left for the next run.
 */
export function removeStaleTempFiles(dir: string, now = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = TEMP_NAME.exec(name)?.[1];
    if (pid === undefined) continue;
    const path = join(dir, name);
    if (Number(pid) !== process.pid && !processAlive(Number(pid))) removeQuietly(path);
    else if (!inFlight.has(path) && olderThan(path, now - STALE_AFTER_MS)) removeQuietly(path);
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return errorCode(error) === 'EPERM';
  }
}

function olderThan(path: string, time: number): boolean {
  const stats = lstatSync(path, { throwIfNoEntry: false });
  return stats !== undefined && stats.mtimeMs < time;
}

/**
 * Makes sure `dir` exists; true when this process created it during this run. Nothing but this
 * run's own files can then be in it, so a batch need not look for an existing file before each
 * write (the link in publish still refuses to overwrite one, should another process add it).
 */
export function prepareFolder(dir: string, shownPath: string): boolean {
  return ensureDir(dir, shownPath);
}

/** Size of the file at `path`, undefined when there is none; a folder in the way is an error. */
export function existingFileSize(path: string, shown: string): number | undefined {
  try {
    // Synchronous for the same reason as the writes: one syscall, not a thread-pool trip.
    const stats = lstatSync(path, { throwIfNoEntry: false });
    if (stats?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    return stats?.size;
  } catch (error) {
    throw writeFailure(error, shown);
  }
}

/** Forget the folders created so far (tests and benchmarks delete their folders between runs). */
export function forgetCreatedFolders(): void {
  readyDirs.clear();
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone (the interrupt handler may have removed it first) or never created.
  }
}
