// Reads an .eml back the way a mail program does, with Python's email package: an independent
// MIME decoder, so a test does not check our encoder with itself. Headers are decoded with
// `decode_header` (policy.default mis-joins a display name split over two encoded words, CPython gh-128110).
import { spawnSync } from 'node:child_process';

const PYTHON = `
import sys, json, email
from email.header import decode_header, make_header
msg = email.message_from_bytes(sys.stdin.buffer.read())
dec = lambda v: str(make_header(decode_header(v)))
print(json.dumps({
  "headers": {k: dec(v) for k, v in msg.items()},
  "body": msg.get_payload(decode=True).decode(msg.get_content_charset() or "ascii"),
}))
`;

export interface ParsedEml {
  headers: Record<string, string>;
  /** The decoded body; line ends as in the message (CRLF on the wire). */
  body: string;
}

export const hasPython = spawnSync('python3', ['--version']).status === 0;

export function parseEml(eml: Buffer): ParsedEml {
  const run = spawnSync('python3', ['-c', PYTHON], { input: eml });
  if (run.status !== 0) throw new Error(run.stderr.toString());
  return JSON.parse(run.stdout.toString()) as ParsedEml;
}
