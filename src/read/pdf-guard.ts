// A PDF of a few megabytes can hold compressed streams that inflate to gigabytes (a "PDF bomb").
// PDF.js would inflate them while reading the text, with no limit of its own, so before it runs
// every compressed stream is decoded here with one running budget for the whole file: past it
// the file is refused. A stream's /Filter may be a chain ([/ASCII85Decode /FlateDecode], even
// [/FlateDecode /FlateDecode]): the chain is decoded in order and every stage that expands
// (Flate, LZW, RunLength) counts what it puts out, so a bomb behind a text encoding or inside
// another Flate layer is caught too. Image filters (DCT, JPX, CCITT, JBIG2) end the chain: a text
// extractor does not decode images.
import { constants, inflateSync } from 'node:zlib';

/** Far above any Urgent Action (a few hundred kilobytes of text and fonts once inflated). */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;

/** Total decoded size of the file's compressed streams, or `undefined` once it passes `limit`. */
export function inflatedSize(bytes: Uint8Array, limit = MAX_INFLATED_BYTES): number | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const budget = { left: limit };
  const streamStart = /\bstream\r?\n/g;
  for (let m = streamStart.exec(text); m !== null; m = streamStart.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    streamStart.lastIndex = end;
    const dictionary = text.slice(Math.max(0, text.lastIndexOf(' obj', m.index)), m.index);
    if (!decodeChain(bytes.subarray(start, end), filtersOf(dictionary), budget)) return undefined;
  }
  return limit - budget.left;
}

/** The filter names of a stream dictionary, in the order they are applied to decode. */
export function filtersOf(dictionary: string): string[] {
  const m = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dictionary);
  return m ? [...(m[1] ?? '').matchAll(/\/([A-Za-z0-9]+)/g)].map((f) => f[1] ?? '') : [];
}

interface Budget { left: number }

/** Decodes one stream through its chain; false once the budget is spent. A damaged stage ends the chain. */
function decodeChain(data: Uint8Array, filters: readonly string[], budget: Budget): boolean {
  let current: Uint8Array = data;
  for (const filter of filters) {
    const next = decodeStage(filter, current, budget);
    if (next === 'over') return false;
    if (next === undefined) return true;
    current = next;
  }
  return true;
}

/** One stage: the decoded bytes, 'over' past the budget, undefined when it cannot or need not go on. */
function decodeStage(filter: string, data: Uint8Array, budget: Budget): Uint8Array | 'over' | undefined {
  switch (filter) {
    case 'FlateDecode':
    case 'Fl':
      return spend(inflate(data, budget.left + 1), budget);
    case 'LZWDecode':
    case 'LZW':
      return spend(lzwDecode(data, budget.left + 1), budget);
    case 'RunLengthDecode':
    case 'RL':
      return spend(runLengthDecode(data, budget.left + 1), budget);
    case 'ASCII85Decode':
    case 'A85':
      return ascii85Decode(data);
    case 'ASCIIHexDecode':
    case 'AHx':
      return asciiHexDecode(data);
    default:
      // Images and encryption: nothing a text extractor inflates.
      return undefined;
  }
}

function spend(out: Uint8Array | 'over' | undefined, budget: Budget): Uint8Array | 'over' | undefined {
  if (out === 'over' || out === undefined) return out;
  budget.left -= out.length;
  return budget.left < 0 ? 'over' : out;
}

/** Inflated bytes; 'over' past `max`; a damaged stream gives what inflates (or nothing). */
function inflate(data: Uint8Array, max: number): Uint8Array | 'over' | undefined {
  try {
    return inflateSync(data, { maxOutputLength: max, finishFlush: constants.Z_SYNC_FLUSH });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return 'over';
    return undefined;
  }
}

/** Bytes put out by a decoder, in a buffer that doubles as it fills (never number arrays of 100 MB). */
class Sink {
  private bytes = new Uint8Array(4096);
  length = 0;
  push(byte: number): void {
    if (this.length === this.bytes.length) {
      const bigger = new Uint8Array(this.bytes.length * 2);
      bigger.set(this.bytes);
      this.bytes = bigger;
    }
    this.bytes[this.length++] = byte;
  }
  done(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/** PDF's LZW (early change 1), stopped past `max` output bytes. */
function lzwDecode(data: Uint8Array, max: number): Uint8Array | 'over' {
  const out = new Sink();
  let table: number[][] = [];
  const reset = () => {
    table = [];
    for (let i = 0; i < 256; i++) table.push([i]);
    table.push([], []);
  };
  reset();
  let width = 9;
  let previous: number[] | undefined;
  let buffer = 0;
  let bits = 0;
  for (const byte of data) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= width) {
      const code = (buffer >> (bits - width)) & ((1 << width) - 1);
      bits -= width;
      buffer &= (1 << bits) - 1;
      if (code === 256) {
        reset();
        width = 9;
        previous = undefined;
        continue;
      }
      if (code === 257) return out.done();
      const entry = table[code] ?? (previous && code === table.length ? [...previous, previous[0] ?? 0] : undefined);
      if (!entry) return out.done();
      for (const b of entry) out.push(b);
      if (out.length > max) return 'over';
      if (previous && table.length < 4096) table.push([...previous, entry[0] ?? 0]);
      previous = entry;
      if (table.length + 1 >= 1 << width && width < 12) width++;
    }
  }
  return out.done();
}

/** RunLengthDecode, stopped past `max` output bytes. */
function runLengthDecode(data: Uint8Array, max: number): Uint8Array | 'over' {
  const out = new Sink();
  for (let i = 0; i < data.length;) {
    const length = data[i] ?? 128;
    if (length === 128) break;
    if (length < 128) {
      for (let k = 1; k <= length + 1 && i + k < data.length; k++) out.push(data[i + k] ?? 0);
      i += length + 2;
    } else {
      for (let k = 0; k < 257 - length; k++) out.push(data[i + 1] ?? 0);
      i += 2;
    }
    if (out.length > max) return 'over';
  }
  return out.done();
}

/** ASCII85 (Adobe's, "~>" at the end, "z" for four zero bytes): never larger than its input. */
function ascii85Decode(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let group: number[] = [];
  const flush = (count: number) => {
    while (group.length < 5) group.push(84);
    let value = 0;
    for (const c of group) value = value * 85 + c;
    const bytes = [(value >>> 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255];
    out.push(...bytes.slice(0, count));
    group = [];
  };
  for (const byte of data) {
    if (byte === 0x7e) break; // "~>"
    if (byte === 0x7a && group.length === 0) {
      out.push(0, 0, 0, 0);
      continue;
    }
    if (byte < 0x21 || byte > 0x75) continue; // white space and anything else
    group.push(byte - 0x21);
    if (group.length === 5) flush(4);
  }
  if (group.length > 1) flush(group.length - 1);
  return Uint8Array.from(out);
}

/** ASCIIHex: two hex digits a byte, white space ignored, ">" at the end. */
function asciiHexDecode(data: Uint8Array): Uint8Array {
  const digits = Buffer.from(data).toString('latin1').split('>')[0]?.replace(/[^0-9A-Fa-f]/g, '') ?? '';
  return Uint8Array.from(Buffer.from(digits.length % 2 === 0 ? digits : `${digits}0`, 'hex'));
}
