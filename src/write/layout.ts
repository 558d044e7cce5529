// Where each document goes: `<case-id>/<target-id>.<channel>.<ext>`, or with a signer list
// `<case-id>/<signer-dir>/<target-id>.<channel>.<ext>`; the action pages are `index.html` there.
// Every path is checked to stay inside the output folder, however the ids and names were spelled. (Signer folder names are in paths.ts,
// which loads the transliteration tables: ≈20 ms that a single-signer run does not need.)
import { isAbsolute, join, relative as relativePath, resolve, win32 } from 'node:path';
import type { Channel, RenderedDocument } from '../channels/types.js';
import { RefusedError } from '../errors.js';

export type LetterFormat = 'txt' | 'md';

export interface DocumentPathOptions {
  /** The signer's folder in a batch (from `uniqueSignerDirs`); absent for a single signer. */
  signerDir?: string | undefined;
  letterFormat: LetterFormat;
}

/** The file name endings of a channel's files, in the order they are written and reported. */
export function documentSuffixes(channel: Channel, letterFormat: LetterFormat): readonly string[] {
  switch (channel) {
    case 'letter':
      return [`letter.${letterFormat}`];
    case 'email':
      return ['email.eml', 'email.txt'];
    case 'tweet':
      return ['tweet.txt'];
    case 'call':
      return ['call.txt'];
    case 'fax':
      return ['fax.pdf'];
  }
}

/** Paths relative to the output folder, always with '/' (they also appear in JSON output). */
export function documentPaths(doc: RenderedDocument, options: DocumentPathOptions): string[] {
  const folder = [doc.caseId, ...(options.signerDir === undefined ? [] : [options.signerDir])].map(outputName);
  const prefix = folder.join('/');
  const target = outputName(doc.targetId);
  return documentSuffixes(doc.channel, options.letterFormat).map((suffix) => `${prefix}/${target}.${suffix}`);
}

/**
 * Names Windows keeps for devices, alone or before any extension: a folder "con" or a file
 * "aux.letter.txt" cannot be created there, and a zip of the output fails to unpack (issue 16).
 */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\.|$)/i;

/**
 * The name a case id, an official's id or a signer's folder is given on disk: checked like
 * assertSafeSegment, and a Windows device name gets a "_" (which no slug holds, so "aux_" cannot
 * meet another official's or signer's name). Every output path is built through this.
 */
export function outputName(segment: string): string {
  assertSafeSegment(segment);
  return WINDOWS_RESERVED.test(segment) ? `${segment}_` : segment;
}

/**
 * The action page of one signer (--format html): `<case-id>/index.html`, or in a batch
 * `<case-id>/<signer-dir>/index.html`, where the case index (caseIndexPath) lists them.
 */
export function actionPagePath(caseId: string, signerDir?: string): string {
  const folder = [caseId, ...(signerDir === undefined ? [] : [signerDir])];
  for (const segment of folder) assertSafeSegment(segment);
  return `${folder.join('/')}/index.html`;
}

/** The case index of a batch's action pages: the case folder's own `index.html`. */
export function caseIndexPath(caseId: string): string {
  return actionPagePath(caseId);
}

/** Ids and folder names are validated slugs; refuse anything that could still leave its folder. */
export function assertSafeSegment(segment: string): void {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (segment === '' || segment === '.' || segment === '..' || /[\\/:*?"<>|\u0000-\u001f\u007f]/.test(segment) || segment.length > 200) {
    throw unsafe(segment);
  }
}

/** `outDir` joined with `relative`; throws when the result would land outside `outDir`. */
export function resolveInside(outDir: string, relative: string): string {
  if (relative.includes('\0') || relative.includes('\\') || isAbsolute(relative) || win32.isAbsolute(relative)) throw unsafe(relative);
  if (relative.split('/').some((part) => part === '' || part === '.' || part === '..' || /^[a-zA-Z]:/.test(part))) {
    throw unsafe(relative);
  }
  const joined = join(outDir, relative);
  const inside = relativePath(resolve(outDir), resolve(joined));
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) throw unsafe(relative);
  return joined;
}

function unsafe(path: string): RefusedError {
  return new RefusedError(
    `Refusing to write ${JSON.stringify(path)}: the path would leave the output folder`,
    'output.unsafe-path',
    'case and official ids must be slugs such as "attorney-general"',
  );
}

/**
 * The PDFs of a case, relative to the output folder: the letters (one combined file, or one per
 * signer with --split), the envelopes and the address labels of a sheet.
 */
export const pdfNames = {
  letters: (caseId: string, signerDir?: string): string => `${outputName(caseId)}/${signerDir === undefined ? 'letters' : outputName(signerDir)}.pdf`,
  envelopes: (caseId: string): string => `${outputName(caseId)}/envelopes.pdf`,
  labels: (caseId: string, sheet: string): string => `${outputName(caseId)}/labels-${sheet}.pdf`,
};
