// Phrasing variation (issue 7): `{{#vary "opening"}}A{{or}}B{{or}}C{{/vary}}` prints one of the
// alternatives. Officials' offices discard identical form letters, so each signer gets a choice
// of their own — but a reproducible one: the pick comes from a hash of the signer, the official
// and the passage name, never from Math.random, so a rerun prints byte-identical letters.
import type { HelperOptions } from 'handlebars';
import { HelperError } from './helper-error.js';

/** Between alternatives while the block renders; a control character no template text contains. */
const SEPARATOR = '\u0000ua-vary-or\u0000';

/** 32-bit FNV-1a over UTF-16 code units: tiny, stable across runs and platforms, well spread. */
export function fnv1a(text: string): number {
  return fnv1aFrom(0x811c9dc5, text);
}

/** FNV-1a continued from the hash of what came before: fnv1aFrom(fnv1a(a), b) === fnv1a(a + b). */
function fnv1aFrom(start: number, text: string): number {
  let hash = start;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The hash of `seed + "\u001f"`, for the last seed seen: a document's passages share its seed, so
 * the seed (case, official and signer: ~80 characters) is hashed once per document, not per passage.
 */
let lastSeed: string | undefined;
let lastSeedHash = 0;
function seedHash(seed: string): number {
  if (seed !== lastSeed) {
    lastSeedHash = fnv1aFrom(0x811c9dc5, `${seed}\u001f`);
    lastSeed = seed;
  }
  return lastSeedHash;
}

/**
 * Which alternative a passage uses. No seed (variation turned off) → always the first one.
 * The passage name is part of the hash so that one signer's opening and closing vary independently.
 * FNV's low bits mix poorly (`hash % 4` sees only the low bits of each character), so the hash gets
 * murmur3's finaliser and the index comes from the top bits (multiply-shift), not from `%`.
 */
export function pickAlternative(seed: string | undefined, passage: string, count: number): number {
  if (seed === undefined || count <= 1) return 0;
  let h = fnv1aFrom(seedHash(seed), passage);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h = (h ^ (h >>> 16)) >>> 0;
  return Math.floor((h / 0x1_0000_0000) * count);
}

interface VaryData {
  /** Set by the channels from the signer and the official; absent when variation is off. */
  varySeed?: string;
  /** The alternatives chosen so far, when the caller wants to know (see RenderData). */
  varyTrace?: number[];
  insideVary?: boolean;
}

function lineOf(options: HelperOptions): number | undefined {
  return (options as HelperOptions & { loc?: { start: { line: number } } }).loc?.start.line;
}

/**
 * `{{#vary "name"}}…{{or}}…{{/vary}}`. Whitespace next to `{{or}}` is dropped, so each
 * alternative may sit on its own line; the block's own leading and trailing whitespace is kept,
 * so the text around the block reads as the template shows it.
 */
export function varyHelper(this: unknown, ...args: unknown[]): string {
  const options = args[args.length - 1] as HelperOptions;
  const passage = args.length === 2 ? args[0] : undefined;
  if (typeof passage !== 'string' || passage === '') {
    throw new HelperError('{{#vary}} needs a passage name, e.g. {{#vary "opening"}}…{{or}}…{{/vary}}', lineOf(options));
  }
  const data = (options.data ?? {}) as VaryData;
  // Object.assign, not a spread: on Node 20 spread objects pile up in the old heap (channels/context.ts).
  const frame: VaryData = Object.assign({}, data);
  frame.insideVary = true;
  const raw = String(options.fn(this, { data: frame }));
  const alternatives = raw.split(SEPARATOR);
  const index = pickAlternative(data.varySeed, passage, alternatives.length);
  // Only passages with a choice are traced: a letter whose trace is empty could not vary at all
  // (identical.ts tells such repeats from those of a batch that has used up its phrasings).
  if (alternatives.length > 1) data.varyTrace?.push(index);
  const chosen = alternatives[index] ?? '';
  const first = alternatives[0] ?? '';
  const last = alternatives[alternatives.length - 1] ?? '';
  // The whitespace that trim() removes (the same as \s): leading of the first, trailing of the last.
  const lead = first.slice(0, first.length - first.trimStart().length);
  const trail = last.slice(last.trimEnd().length);
  return lead + chosen.trim() + trail;
}

/** `{{or}}`: the separator between alternatives; anywhere else it is a mistake worth naming. */
export function orHelper(options: HelperOptions): string {
  if (!(options.data as VaryData | undefined)?.insideVary) {
    throw new HelperError('{{or}} separates alternatives inside {{#vary "name"}}…{{/vary}} and cannot stand outside one', lineOf(options));
  }
  return SEPARATOR;
}
