// Writes the files of rendered documents under the output folder. A file that already exists is
// skipped unless --force, so a rerun after an interruption completes only what is missing and
// never rebuilds (or overwrites) what the first run finished.
import { lstatSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RenderedDocument } from '../channels/types.js';
import type { PlainDate } from '../case/types.js';
import { writeFileAtomic } from './atomic-write.js';
import { writeFailure } from './fs-errors.js';
import { documentPaths, resolveInside, type LetterFormat } from './layout.js';
import { formatDocumentFiles, type DocumentFile } from './text-formats.js';

export interface DocumentWriterOptions {
  /** The output folder as the user gave it (`letters`); file paths are shown joined to it. */
  outDir: string;
  force: boolean;
  letterFormat: LetterFormat;
  /** The generation day (dates inside .eml drafts). */
  today: PlainDate;
  /** Folder a relative `outDir` is resolved against (the CLI context's cwd); default process cwd. */
  cwd?: string | undefined;
}

export interface WrittenFile {
  /** `outDir`-joined path, as shown to the user (`letters/case/official.letter.txt`). */
  path: string;
  /** Size on disk: of the new file, or of the existing one that was skipped. */
  bytes: number;
  /** 'skipped': the file existed and --force was not given. */
  status: 'written' | 'skipped';
}

export interface DocumentWriter {
  /** Write one document's files; the result is in `documentSuffixes` order. */
  write(doc: RenderedDocument, signerDir?: string): Promise<WrittenFile[]>;
}

export function createDocumentWriter(options: DocumentWriterOptions): DocumentWriter {
  const format = { letterFormat: options.letterFormat, date: options.today };
  return {
    async write(doc, signerDir) {
      const paths = documentPaths(doc, { signerDir, letterFormat: options.letterFormat });
      const files = formatDocumentFiles(doc, format);
      // Promise.all: the .txt of an email is written while its .eml is built; the result keeps order.
      return Promise.all(
        files.map((file, i) => {
          const shown = resolveInside(options.outDir, paths[i] ?? '');
          const absolute = options.cwd === undefined ? shown : resolve(options.cwd, shown);
          return writeOne(file, shown, absolute, options.force);
        }),
      );
    },
  };
}

async function writeOne(file: DocumentFile, shown: string, absolute: string, force: boolean): Promise<WrittenFile> {
  // Checked first so that a rerun does not even build the content of finished files. The link in
  // writeFileAtomic still guards against a file appearing in between.
  if (!force) {
    const size = existingSize(absolute, shown);
    if (size !== undefined) return { path: shown, bytes: size, status: 'skipped' };
  }
  const data = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : await file.content();
  const status = await writeFileAtomic(absolute, data, { force, displayPath: shown });
  if (status === 'exists') return { path: shown, bytes: existingSize(absolute, shown) ?? 0, status: 'skipped' };
  return { path: shown, bytes: data.byteLength, status: 'written' };
}

/** Size of the file at `path`, undefined when there is none; a folder in the way is an error. */
function existingSize(path: string, shown: string): number | undefined {
  try {
    // Synchronous for the same reason as in atomic-write.ts: one syscall, not a thread-pool trip.
    const stats = lstatSync(path, { throwIfNoEntry: false });
    if (stats?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    return stats?.size;
  } catch (error) {
    throw writeFailure(error, shown);
  }
}
