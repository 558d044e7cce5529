// Reading a big signer list in a thread of its own. Parsing builds every row three times over
// (CSV records, checked cells, signers) and keeps all of them until the end: for 10,000 signers
// that is ~35 MB of peak memory, and the main thread's young heap grows to its largest size for
// the rest of the run. In a short-lived thread that memory is returned when the thread ends; only
// the signers and their folder names (~5 MB) cross back. Measured on 10,000 signers: peak RSS of
// the whole batch 142 → 115 MB (issue 3), at the same speed (the folder names are computed there).
import { Worker } from 'node:worker_threads';
import { workerScriptBeside } from '../worker-script.js';
import type { CaseWarning } from '../case/types.js';
import { CaseError } from '../errors.js';
import type { Signer } from '../signer/types.js';

/** A signer list read: the valid signers with their folder names, and every problem. */
export interface ReadSignerList {
  entries: Array<{ signer: Signer; dir: string | undefined }>;
  errors: CaseError[];
  warnings: CaseWarning[];
}

/** A CaseError as plain data (a thread's answer cannot carry a class). */
type PlainCaseError = Pick<CaseError, 'file' | 'line' | 'column' | 'field' | 'problem' | 'code' | 'hint'>;

export interface PlainSignerList {
  entries: ReadSignerList['entries'];
  errors: PlainCaseError[];
  warnings: CaseWarning[];
}

/** `workerData` of the thread. */
export interface SignerListInput {
  text: string;
  file: string;
}

/** Parses the list and names each signer's folder, on whichever thread calls it. */
export async function parseSignerListWithDirs({ text, file }: SignerListInput): Promise<ReadSignerList> {
  // Loaded here, not at the top: csv-parse is ~40 KB that a one-signer run need not compile.
  const { parseSignerList, signerListFormat } = await import('../signer/signer-list.js');
  const { uniqueSignerDirs } = await import('../signer/signer-folders.js');
  const { signers, errors, warnings } = parseSignerList(text, { file, format: signerListFormat(file) });
  const dirs = uniqueSignerDirs(signers.map((s) => s.signer));
  return { entries: signers.map(({ signer }, i) => ({ signer, dir: dirs[i] })), errors, warnings };
}

export function toPlain(list: ReadSignerList): PlainSignerList {
  const errors = list.errors.map(({ file, line, column, field, problem, code, hint }) => ({ file, line, column, field, problem, code, hint }));
  return { entries: list.entries, errors, warnings: list.warnings };
}

function fromPlain(list: PlainSignerList): ReadSignerList {
  const errors = list.errors.map((e) => new CaseError({ file: e.file, line: e.line, column: e.column, field: e.field }, e.problem, { code: e.code, ...(e.hint !== undefined && { hint: e.hint }) }));
  return { entries: list.entries, errors, warnings: list.warnings };
}


/** Lists shorter than this (about 3,000 signers) are read on the main thread: a thread costs ~40 ms to start. */
const THREAD_FROM_CHARS = 200_000;

/**
 * In a thread when the list is big (or `threaded` says so) and the script is there; else here.
 * `onBig` hears when a big list has been read, so that the batch's writer threads can start while
 * the case loads (started earlier, they only slowed the reading thread down: measured).
 */
export async function readSignerListText(input: SignerListInput, threaded: boolean | undefined, onBig?: () => void): Promise<ReadSignerList> {
  const script = threaded === false ? undefined : workerScriptBeside(import.meta.url, 'signer-list-worker');
  if (!script || (threaded === undefined && input.text.length < THREAD_FROM_CHARS)) return parseSignerListWithDirs(input);
  // A small young heap: the rows pile up until the end anyway, and the peak is what counts.
  const worker = new Worker(script, { workerData: input satisfies SignerListInput, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
  try {
    const plain = await new Promise<PlainSignerList>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the signer list thread stopped (exit code ${code})`)));
    });
    onBig?.();
    return fromPlain(plain);
  } finally {
    void worker.terminate();
  }
}
