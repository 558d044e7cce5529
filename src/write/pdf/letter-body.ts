// Splits a letter's body (salutation … signer's name, paragraphs separated by blank lines) into the
// running text and the closing + signature, so the PDF can leave room for a handwritten signature
// above the name and keep the closing on the same page as the name. Emphasis marks
// (channels/emphasis.ts) pass through; the name is found whether or not it is marked bold. Pure.
import { stripMarks } from '../../channels/emphasis.js';

export interface LetterBodyParts {
  /** Salutation and text, one string per paragraph (single line breaks kept). */
  paragraphs: string[];
  /** "Yours sincerely," and the like: kept on the page of the signature. */
  closing: string | undefined;
  /** The signer's name and any lines under it; the signature room goes above it. */
  signature: string | undefined;
}

/** A closing formula is short: at most this many lines of at most this many characters. */
const CLOSING_MAX_LINES = 2;
const CLOSING_MAX_CHARS = 80;
/** Without the signer's name, a last line this short is still taken for the signature. */
const SIGNATURE_MAX_CHARS = 60;

/**
 * The signature is the last line of the body that reads as the signer's name (the letter template
 * ends with it) and the lines after it; the closing is what precedes it in the same paragraph, or
 * else the short paragraph before. When the name is not found, a short last line stands in for it;
 * when there is none, `signature` is undefined and the room goes after the text.
 */
export function splitLetterBody(body: string, signerName: string): LetterBodyParts {
  const paragraphs = body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\s+$/g, ''))
    .filter((p) => p.trim() !== '');
  const last = paragraphs.pop();
  if (last === undefined) return { paragraphs: [], closing: undefined, signature: undefined };
  const lines = last.split('\n');
  const at = signatureLine(lines, signerName);
  if (at < 0) return { paragraphs: [...paragraphs, last], closing: undefined, signature: undefined };
  const signature = lines.slice(at).join('\n');
  if (at > 0) return { paragraphs, closing: lines.slice(0, at).join('\n'), signature };
  const previous = paragraphs.at(-1);
  if (previous !== undefined && isClosing(previous)) {
    paragraphs.pop();
    return { paragraphs, closing: previous, signature };
  }
  return { paragraphs, closing: undefined, signature };
}

function signatureLine(lines: string[], signerName: string): number {
  const name = normalize(signerName);
  if (name !== '') {
    for (let i = lines.length - 1; i >= 0; i--) if (normalize(lines[i] ?? '') === name) return i;
  }
  const lastLine = (lines.at(-1) ?? '').trim();
  return lastLine !== '' && lastLine.length <= SIGNATURE_MAX_CHARS ? lines.length - 1 : -1;
}

function isClosing(paragraph: string): boolean {
  const lines = paragraph.split('\n');
  return lines.length <= CLOSING_MAX_LINES && lines.every((l) => l.trim().length <= CLOSING_MAX_CHARS);
}

function normalize(s: string): string {
  return stripMarks(s).normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}
