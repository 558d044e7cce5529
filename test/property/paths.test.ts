// Every output path stays inside --out, whatever the case id, official id and signer name hold:
// checked on the path functions and on the files the writer really creates on disk.
import fc from 'fast-check';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LetterDocument } from '../../src/channels/types.js';
import { RefusedError } from '../../src/errors.js';
import { forgetCreatedFolders } from '../../src/write/atomic-write.js';
import { createDocumentWriter } from '../../src/write/file-sink.js';
import { assertSafeSegment, documentPaths, resolveInside } from '../../src/write/layout.js';
import { uniqueSignerDirs } from '../../src/signer/signer-folders.js';
import { tempDir } from '../helpers/cli.js';
import { anyText } from './arbitraries.js';
import { fuzz, fuzzTimeout } from './fuzz-config.js';

/** Ids as a hostile or careless file might spell them. */
const segment = fc.oneof(
  anyText,
  fc.constantFrom('..', '.', '', '/', '\\', '../..', '../../etc', '/etc/passwd', 'C:\\Windows', 'c:', 'a/../../b', '%2e%2e', '\u0000', 'con', 'x'.repeat(300), '~', '$HOME'),
  fc.array(fc.constantFrom('..', '.', 'a', '/', '\\', '\u0000', ':'), { maxLength: 8 }).map((p) => p.join('')),
);

const isInside = (root: string, path: string) => {
  const rel = relative(resolve(root), resolve(path));
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel);
};

function letter(caseId: string, targetId: string): LetterDocument {
  return { caseId, targetId, lang: 'en', signer: { name: 'A', address: [] }, channel: 'letter', abroad: true, senderLines: [], date: 'd', recipientLines: [], body: 'b', text: 't' };
}

describe('output paths', () => {
  it('are inside the output folder or refused, for any ids and signer folder', () => {
    fc.assert(
      fc.property(segment, segment, fc.option(segment, { nil: undefined }), fc.constantFrom('letters', 'out/x', '/tmp/ua-out', '.'), (caseId, targetId, signerDir, out) => {
        let paths: string[];
        try {
          paths = documentPaths(letter(caseId, targetId), { signerDir, letterFormat: 'txt' }).map((p) => resolveInside(out, p));
        } catch (error) {
          expect(error).toBeInstanceOf(RefusedError);
          return;
        }
        for (const p of paths) expect(isInside(out, p), p).toBe(true);
      }),
      fuzz(20),
    );
  }, fuzzTimeout(20));

  it('give every signer a safe folder of its own, whatever the names', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: segment, lang: fc.constantFrom(undefined, 'tr', 'sr', 'en') }), { minLength: 1, maxLength: 12 }), (signers) => {
        const dirs = uniqueSignerDirs(signers);
        expect(new Set(dirs).size).toBe(dirs.length);
        for (const d of dirs) {
          expect(() => assertSafeSegment(d)).not.toThrow();
          expect(d).toMatch(/^[a-z0-9][a-z0-9-]*$/);
        }
      }),
      fuzz(10),
    );
  }, fuzzTimeout(10));
});

describe('the document writer on disk', () => {
  const root = tempDir('ua-paths-');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it(
    'creates files only under the output folder',
    async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(segment, segment, fc.option(segment, { nil: undefined }), async (caseId, targetId, signerDir) => {
          // A fresh folder per run: `cwd/out` with the output folder given relative, as users do.
          const cwd = join(root, String(n++));
          mkdirSync(join(cwd, 'out'), { recursive: true });
          forgetCreatedFolders();
          const writer = createDocumentWriter({ outDir: 'out', force: false, letterFormat: 'txt', today: '2024-09-01', cwd });
          try {
            await writer.write(letter(caseId, targetId), signerDir);
          } catch (error) {
            expect(error).toBeInstanceOf(RefusedError);
          }
          const everything = readdirSync(cwd, { recursive: true, encoding: 'utf8' });
          for (const entry of everything) expect(entry === 'out' || entry.startsWith(`out${sep}`), entry).toBe(true);
        }),
        fuzz(2),
      );
    },
    fuzzTimeout(2),
  );
});
