// Appending to the action log, in the way concurrent runs and crashes need. Format and checks are
// in src/actions; reading it back is src/read/action-log.ts.
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { serialiseActionRecord } from '../actions/record.js';
import type { ActionRecord } from '../actions/types.js';
import { RuntimeError } from '../errors.js';

/**
 * Appends one record as one line. Several ua-letter runs may append at the same moment: the file
 * is opened with O_APPEND and the whole line goes out in a single `write`, which POSIX keeps in
 * one piece on a local regular file (lines stay far below 4 KiB; see MAX_LINE_BYTES).
 * A crash may have left the last line without its newline; the record then starts on a line of
 * its own, so one damaged line never takes a good one down with it. Two runs fixing the same cut
 * line may leave a blank line, which the reader skips.
 */
export async function appendActionRecord(path: string, record: ActionRecord): Promise<void> {
  const line = serialiseActionRecord(record);
  try {
    await mkdir(dirname(path), { recursive: true });
    // 'a+': append-only writes, plus reads to look at the last byte.
    const handle = await open(path, 'a+');
    try {
      const data = Buffer.from((await endsCleanly(handle)) ? line : '\n' + line, 'utf8');
      const { bytesWritten } = await handle.write(data, 0, data.length);
      if (bytesWritten !== data.length) throw new Error(`only ${bytesWritten} of ${data.length} bytes written (disk full?)`);
      // The record is the user's word that something was sent: make it survive a power cut.
      await handle.datasync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new RuntimeError(`Could not write the action log ${path}: ${(error as Error).message}`, 'actions.write', error);
  }
}

/** True when the file is empty or its last byte is a newline. */
async function endsCleanly(handle: FileHandle): Promise<boolean> {
  const { size } = await handle.stat();
  if (size === 0) return true;
  const last = Buffer.alloc(1);
  await handle.read(last, 0, 1, size - 1);
  return last[0] === 0x0a;
}
