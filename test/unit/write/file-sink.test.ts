import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createDocumentWriter, type DocumentWriterOptions } from '../../../src/write/file-sink.js';
import { documentRecord, formatForStdout } from '../../../src/write/json-lines.js';
import { emailText } from '../../../src/write/text-formats.js';
import { call, email, letter, tweet } from './documents.js';

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'ua-writer-'));
});
afterEach(() => {
  rmSync(cwd, { recursive: true, force: true });
});

const writer = (over: Partial<DocumentWriterOptions> = {}) =>
  createDocumentWriter({ outDir: 'letters', force: false, letterFormat: 'txt', today: '2024-09-01', cwd, ...over });
const read = (path: string) => readFileSync(join(cwd, path), 'utf8');
const tree = () => readdirSync(join(cwd, 'letters'), { recursive: true, encoding: 'utf8' }).sort();

describe('createDocumentWriter', () => {
  test('writes each channel\'s files under the case folder and reports them in order', async () => {
    const w = writer();
    const results = [await w.write(letter()), await w.write(email()), await w.write(tweet()), await w.write(call())];
    expect(results.flat().map((f) => [f.path, f.status])).toEqual([
      ['letters/sample-case/attorney-general.letter.txt', 'written'],
      ['letters/sample-case/attorney-general.email.eml', 'written'],
      ['letters/sample-case/attorney-general.email.txt', 'written'],
      ['letters/sample-case/attorney-general.tweet.txt', 'written'],
      ['letters/sample-case/attorney-general.call.txt', 'written'],
    ]);
    for (const file of results.flat()) expect(file.bytes).toBe(statSync(join(cwd, file.path)).size);
    expect(read('letters/sample-case/attorney-general.email.txt')).toBe(emailText(email()));
    expect(read('letters/sample-case/attorney-general.email.eml')).toMatch(/^X-Unsent: 1\r$/m);
    expect(tree().some((name) => name.endsWith('.tmp'))).toBe(false);
  });

  test('puts batch documents in the signer\'s folder', async () => {
    const [file] = await writer({ letterFormat: 'md' }).write(letter(), 'ana-silva');
    expect(file?.path).toBe('letters/sample-case/ana-silva/attorney-general.letter.md');
    expect(read(file!.path)).toMatch(/^Ana Silva\\\n/);
  });

  test('skips files that exist, so a rerun completes only what is missing', async () => {
    mkdirSync(join(cwd, 'letters/sample-case'), { recursive: true });
    writeFileSync(join(cwd, 'letters/sample-case/attorney-general.email.eml'), 'from the first run');
    const files = await writer().write(email());
    expect(files.map((f) => [f.path, f.status, f.bytes])).toEqual([
      ['letters/sample-case/attorney-general.email.eml', 'skipped', 18],
      ['letters/sample-case/attorney-general.email.txt', 'written', Buffer.byteLength(emailText(email()))],
    ]);
    expect(read('letters/sample-case/attorney-general.email.eml')).toBe('from the first run');
  });

  test('overwrites existing files with force', async () => {
    mkdirSync(join(cwd, 'letters/sample-case'), { recursive: true });
    writeFileSync(join(cwd, 'letters/sample-case/attorney-general.tweet.txt'), 'old');
    const [file] = await writer({ force: true }).write(tweet());
    expect(file?.status).toBe('written');
    expect(read(file!.path)).toMatch(/^@fiscal Release/);
  });

  test('refuses a folder where a file should go', async () => {
    mkdirSync(join(cwd, 'letters/sample-case/attorney-general.call.txt'), { recursive: true });
    await expect(writer().write(call())).rejects.toThrow('Cannot write letters/sample-case/attorney-general.call.txt: a folder of that name is in the way');
  });

  test('refuses ids that would leave the output folder', async () => {
    await expect(writer().write(letter({ caseId: '..' }))).rejects.toThrow(/would leave the output folder/);
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe('documentRecord', () => {
  test('describes a written email for JSON Lines', async () => {
    const files = await writer().write(email());
    expect(documentRecord(email(), files)).toEqual({
      case: 'sample-case',
      target: 'attorney-general',
      channel: 'email',
      lang: 'en',
      signer: 'Ana Silva',
      path: 'letters/sample-case/attorney-general.email.eml',
      paths: ['letters/sample-case/attorney-general.email.eml', 'letters/sample-case/attorney-general.email.txt'],
      bytes: files[0]!.bytes + files[1]!.bytes,
      status: 'written',
      mailto: 'mailto:fiscal@example.gob.ve?subject=Release&body=Please%20release%20them.',
      gmail: 'https://mail.google.com/mail/?view=cm&fs=1&to=fiscal@example.gob.ve&su=Release&body=Please%20release%20them.',
      outlook: 'https://outlook.office.com/mail/deeplink/compose?to=fiscal@example.gob.ve&subject=Release&body=Please%20release%20them.',
    });
  });

  test('describes a post printed to stdout, with its length and link', () => {
    expect(documentRecord(tweet(), undefined)).toEqual({
      case: 'sample-case',
      target: 'attorney-general',
      channel: 'tweet',
      lang: 'en',
      signer: 'Ana Silva',
      path: null,
      paths: [],
      bytes: null,
      status: null,
      intent: 'https://x.com/intent/post?text=%40fiscal%20Release',
      length: 62,
      variant: 1,
      variants: 1,
    });
  });

  test('marks a document whose files all existed as skipped, and an email without link as mailto null', () => {
    const files = [{ path: 'a', bytes: 1, status: 'skipped' as const }, { path: 'b', bytes: 2, status: 'skipped' as const }];
    expect(documentRecord(email({ mailto: undefined }), files)).toMatchObject({ status: 'skipped', bytes: 3, mailto: null });
  });
});

describe('formatForStdout', () => {
  test('frames each document with a header line', () => {
    expect(formatForStdout(call())).toBe('==> attorney-general · call · en <==\nPhone: +58 212 000 0001\n\nHello, my name is Ana Silva.\nI am calling about the people held since August.\n\n');
  });

  test('names the case and signer when asked', () => {
    expect(formatForStdout(letter(), { context: true, letterFormat: 'md' }).split('\n')[0]).toBe('==> sample-case · attorney-general · letter · en · Ana Silva <==');
  });
});
