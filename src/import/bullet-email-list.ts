// A campaign post asks its readers to email officials it lists as bullets, one a line, each the
// person, his office and his email between commas, the ones to copy in marked "cc:":
//   • Jane Example, Assistant Secretary for Southern Affairs, examplej@state.example
//   • cc: John Sample, Deputy Assistant Secretary in the Southern Bureau, samplej@state.example
// The block readers find no block in such lines. Here each bullet is an official: the person's name
// before the first comma, the words after it his title, the email his; a "cc:" bullet is a copy.
// Read only on a page where the block readers found nobody, and only a run of two such bullets at
// least: one bullet with an email says nothing of a list.
import { emailsIn } from './contact-line.js';
import type { ImportedOfficial } from './official-block.js';
import type { OfficialsResult } from './officials.js';
import { isPersonName } from './official-words.js';
import { isOwnEmail } from './own-emails.js';
import { isBlank, lineAt } from './text.js';
import { found, sourceLine, type ImportText } from './types.js';

/** "• cc: Jane Example, office words, a@b.example": the bullet, a copy mark, the rest. */
const BULLET = /^[•*·–-]\s*(?:(cc|bcc|copy(?: to)?)\s*:\s*)?(.+)$/iu;
/** "Jane Example, office words, a@b.example": the name, the office, the email ending the line. */
const ENTRY = /^([^,@\d]{3,60}),\s+([^@]{3,160}?),?\s+(\S+@\S+?)[.;]?$/u;
/** Fewer bullets are no list. */
const MIN_ENTRIES = 2;

interface BulletEntry {
  n: number;
  name: string;
  title: string;
  email: string;
  copy: boolean;
}

function entryOf(doc: ImportText, n: number): BulletEntry | undefined {
  const text = lineAt(doc, n).trim();
  // Cheap tests first: an entry holds an "@" and a comma.
  if (!text.includes('@') || !text.includes(',') || text.length > 300) return undefined;
  const bullet = BULLET.exec(text);
  const m = bullet ? ENTRY.exec((bullet[2] ?? '').trim()) : null;
  if (!bullet || !m) return undefined;
  const name = (m[1] ?? '').trim();
  const title = (m[2] ?? '').trim();
  const emails = emailsIn(m[3] ?? '');
  // The office is words, not a sentence: no full stop inside it, and it opens with a capital.
  if (!isPersonName(name) || emails.length !== 1 || emails.some(isOwnEmail) || !/^\p{Lu}/u.test(title) || /[.!?;]/u.test(title)) return undefined;
  return { n, name, title, email: emails[0] ?? '', copy: bullet[1] !== undefined };
}

/** The bullets of the first run of two such entries at least, blank lines between them allowed. */
function bulletRun(doc: ImportText): BulletEntry[] {
  let run: BulletEntry[] = [];
  for (let n = 1; n <= doc.lines.length; n++) {
    const text = lineAt(doc, n);
    if (isBlank(text)) continue;
    const entry = entryOf(doc, n);
    if (entry) run.push(entry);
    else if (run.length >= MIN_ENTRIES) return run;
    else run = [];
  }
  return run.length >= MIN_ENTRIES ? run : [];
}

/** The block readers' officials, or, when they found nobody, the bullets' officials. */
export function withBulletEmailList(doc: ImportText, read: OfficialsResult): OfficialsResult {
  if (read.officials.found && read.officials.value.length > 0) return read;
  const run = bulletRun(doc);
  if (run.length === 0) return read;
  const officials: ImportedOfficial[] = run.map((e) => {
    const at = (value: string) => ({ value, line: e.n });
    return { line: e.n, confidence: 'low', name: at(e.name), nameFromOffice: false, title: at(e.title), address: [], emails: [at(e.email)], copy: e.copy, listed: true, unsure: [] };
  });
  const taken = new Set(run.map((e) => sourceLine(doc, e.n)));
  const skipped = read.skipped.filter((s) => !taken.has(s.line));
  return { officials: found(officials, 'low', run[0]?.n ?? 1, 'a bulleted list of officials, each a name, an office and an email'), skipped };
}
