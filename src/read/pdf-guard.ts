// A PDF of a few megabytes can hold compressed streams that inflate to gigabytes (a "PDF bomb").
// PDF.js would inflate them while reading the text, with no limit of its own, so before it runs
// every Flate-compressed stream is inflated here with a running budget: past it the file is
// refused. Streams under other filters (JPEG images, and the rare chains such as ASCII85 then
// Flate) are not counted: a text extractor does not decode images, and a chain the guard cannot
// read is left to PDF.js as before.
import { constants, inflateSync } from 'node:zlib';

/** Far above any Urgent Action (a few hundred kilobytes of text and fonts once inflated). */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;

/** Total inflated size of the file's Flate streams, or `undefined` once it passes `limit`. */
export function inflatedSize(bytes: Uint8Array, limit = MAX_INFLATED_BYTES): number | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let total = 0;
  const streamStart = /\bstream\r?\n/g;
  for (let m = streamStart.exec(text); m !== null; m = streamStart.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    streamStart.lastIndex = end;
    const dictionary = text.slice(Math.max(0, text.lastIndexOf(' obj', m.index)), m.index);
    if (!/\/(?:FlateDecode|Fl)\b/.test(dictionary) || /\/(?:ASCII85Decode|ASCIIHexDecode|A85|AHx|LZWDecode|LZW|RunLengthDecode|RL)\b/.test(dictionary)) continue;
    const size = inflatedLength(bytes.subarray(start, end), limit - total + 1);
    if (size === undefined) return undefined;
    total += size;
    if (total > limit) return undefined;
  }
  return total;
}

/** Inflated length of one stream; undefined past `max`. A damaged stream counts what inflates. */
function inflatedLength(data: Uint8Array, max: number): number | undefined {
  try {
    return inflateSync(data, { maxOutputLength: max, finishFlush: constants.Z_SYNC_FLUSH }).length;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return undefined;
    return 0;
  }
}
