// The drafts are checked with an independent parser: Python's `email` package. Headers are
// decoded with `decode_header` (policy.default mis-joins a display name split over two encoded
// words, CPython gh-128110).
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { buildEml, headerText } from '../../../src/write/eml.js';
import { email } from './documents.js';

const PYTHON = `
import sys, json, email
from email.header import decode_header, make_header
raw = sys.stdin.buffer.read()
msg = email.message_from_bytes(raw)
dec = lambda v: str(make_header(decode_header(v)))
print(json.dumps({
  "keys": list(msg.keys()),
  "headers": {k: dec(v) for k, v in msg.items()},
  "charset": msg.get_content_charset(),
  "body": msg.get_payload(decode=True).decode(msg.get_content_charset() or "ascii"),
  "defects": [type(d).__name__ for d in msg.defects],
  "longest": max(len(line) for line in raw.split(b"\\r\\n")),
  "bare_lf": b"\\n" in raw.replace(b"\\r\\n", b""),
}))
`;

interface Parsed {
  keys: string[];
  headers: Record<string, string>;
  charset: string | null;
  body: string;
  defects: string[];
  longest: number;
  bare_lf: boolean;
}

const hasPython = spawnSync('python3', ['--version']).status === 0;

function parse(eml: Buffer): Parsed {
  const run = spawnSync('python3', ['-c', PYTHON], { input: eml });
  if (run.status !== 0) throw new Error(run.stderr.toString());
  return JSON.parse(run.stdout.toString()) as Parsed;
}

describe.skipIf(!hasPython)('buildEml, read back by Python', () => {
  test.each([
    { lang: 'en', subject: 'Release the people detained for protesting', body: 'Dear Attorney General,\n\nPlease release them.\n' },
    { lang: 'es', subject: 'Liberación inmediata de las personas detenidas', body: 'Señor Fiscal General:\n\nLe pido que las libere. Gracias por su atención.\n' },
    { lang: 'tr', subject: 'İstanbul’da gözaltına alınan öğrenciler', body: 'Sayın Başsavcı,\n\nÖğrencilerin serbest bırakılmasını istiyorum: İ ı Ş ş Ğ ğ.\n' },
    { lang: 'ru', subject: 'Освободите задержанных', body: 'Уважаемый генеральный прокурор!\n\nПрошу освободить задержанных.\n' },
    { lang: 'fa', subject: 'آزادی فوری بازداشت‌شدگان', body: 'جناب دادستان،\n\nلطفاً آنان را آزاد کنید.\n' },
  ])('keeps a $lang subject and body intact', async ({ lang, subject, body }) => {
    const parsed = parse(await buildEml(email({ lang, subject, body }), { date: '2024-09-01' }));
    expect(parsed.headers.Subject).toBe(subject);
    expect(parsed.body.replace(/\r\n/g, '\n')).toBe(body);
    expect(parsed.charset).toBe('utf-8');
    expect(parsed.headers['Content-Transfer-Encoding']).toBe('quoted-printable');
    expect(parsed.defects).toEqual([]);
    expect(parsed.longest).toBeLessThanOrEqual(78);
    expect(parsed.bare_lf).toBe(false);
  });

  test('is an unsent draft from the signer to the officials, keeping the Bcc', async () => {
    const doc = email({ to: ['fiscal@example.gob.ve', 'despacho@example.gob.ve'], bcc: ['actions@example.org'], signer: { name: 'María José Núñez', address: [] } });
    const parsed = parse(await buildEml(doc, { date: '2024-09-27' }));
    expect(parsed.keys.sort()).toEqual(['Bcc', 'Content-Transfer-Encoding', 'Content-Type', 'Date', 'From', 'MIME-Version', 'Message-ID', 'Subject', 'To', 'X-Unsent']);
    expect(parsed.headers).toMatchObject({
      'X-Unsent': '1',
      From: 'María José Núñez <ana.silva@example.org>',
      To: 'fiscal@example.gob.ve, despacho@example.gob.ve',
      Bcc: 'actions@example.org',
      Date: 'Fri, 27 Sep 2024 12:00:00 +0000',
    });
    expect(parsed.headers['Message-ID']).toMatch(/^<[0-9a-f]{32}@ua-letter\.invalid>$/);
  });

  test('leaves out From and Bcc when there are none', async () => {
    const parsed = parse(await buildEml(email({ from: undefined, bcc: [] }), { date: '2024-09-01' }));
    expect(parsed.keys).not.toContain('From');
    expect(parsed.keys).not.toContain('Bcc');
  });

  test('cannot be made to carry an extra header through the subject or the name', async () => {
    const doc = email({
      subject: 'Hello\r\nBcc: evil@example.com\nX-Injected: 1',
      signer: { name: 'Ana\r\nCc: evil@example.com', address: [] },
    });
    const parsed = parse(await buildEml(doc, { date: '2024-09-01' }));
    expect(parsed.keys.sort()).toEqual(['Bcc', 'Content-Transfer-Encoding', 'Content-Type', 'Date', 'From', 'MIME-Version', 'Message-ID', 'Subject', 'To', 'X-Unsent']);
    expect(parsed.headers.Bcc).toBe('actions@example.org');
    expect(parsed.headers.Subject).toBe('Hello Bcc: evil@example.com X-Injected: 1');
    expect(parsed.headers.From).toBe('"Ana Cc: evil@example.com" <ana.silva@example.org>');
  });
});

describe('buildEml', () => {
  test('gives the same bytes for the same document and day', async () => {
    const a = await buildEml(email(), { date: '2024-09-01' });
    const b = await buildEml(email(), { date: '2024-09-01' });
    expect(a.equals(b)).toBe(true);
    const other = await buildEml(email({ signer: { name: 'Ben Okafor', address: [] } }), { date: '2024-09-01' });
    expect(other.toString().match(/Message-ID: (.*)/)?.[1]).not.toBe(a.toString().match(/Message-ID: (.*)/)?.[1]);
  });

  test('uses the given Message-ID domain', async () => {
    expect((await buildEml(email(), { date: '2024-09-01', messageIdDomain: 'example.org' })).toString()).toMatch(/^Message-ID: <[0-9a-f]{32}@example\.org>\r$/m);
  });

  test.each([['to', ['a@example.org, evil@example.com']], ['to', ['Evil <evil@example.com>']], ['bcc', ['not an address']]] as const)(
    'refuses a %s entry that is not one bare address: %j',
    async (field, value) => {
      await expect(buildEml(email({ [field]: value }), { date: '2024-09-01' })).rejects.toThrow(/is not a single email address/);
    },
  );
});

test.each([
  ['a\r\nb', 'a b'],
  ['a\nb\rc', 'a b c'],
  ['tab\there', 'tab here'],
  ['nul\0and\u0085nel\u2028ls', 'nul and nel ls'],
  ['  spaced   out  ', 'spaced out'],
  ['Ünïcödé stays', 'Ünïcödé stays'],
])('headerText turns %j into one line: %j', (input, expected) => {
  expect(headerText(input)).toBe(expected);
});
