// parseCase must never throw: whatever the text, the answer is a result with errors.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../../src/case/parse-case.js';
import { exampleCase } from '../../helpers/cli.js';

const example = readFileSync(exampleCase, 'utf8');
const lines = example.split('\n');

/** Every error and warning is one line with the file name in front. */
function wellFormed(text: string): boolean {
  const r = parseCase(text, { file: 'f.md' });
  const messages = [...r.errors.map((e) => e.message), ...r.warnings.map((w) => w.message)];
  return messages.every((m) => !m.includes('\n')) && r.errors.every((e) => e.message.startsWith('f.md')) && (r.case === undefined) === (r.errors.length > 0);
}

describe('parseCase on arbitrary text', () => {
  it('never throws on random strings, with or without front matter', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.boolean(), (s, fenced) => wellFormed(fenced ? `---\n${s}\n---\n${s}` : s)), { numRuns: 400 });
  });

  it('never throws on the example case with lines dropped, duplicated or cut', () => {
    const edit = fc.record({ at: fc.nat(lines.length - 1), kind: fc.constantFrom('drop', 'repeat', 'cut', 'tab', 'quote'), n: fc.nat(40) });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 6 }), (edits) => {
        const copy = [...lines];
        for (const { at, kind, n } of edits) {
          const line = copy[at] ?? '';
          if (kind === 'drop') copy.splice(at, 1);
          else if (kind === 'repeat') copy.splice(at, 0, line);
          else if (kind === 'cut') copy[at] = line.slice(0, n);
          else if (kind === 'tab') copy[at] = '\t' + line;
          else copy[at] = line.slice(0, n) + '"' + line.slice(n);
        }
        return wellFormed(copy.join('\n'));
      }),
      { numRuns: 300 },
    );
  });

  it('survives deep nesting and alias bombs', () => {
    expect(wellFormed(`---\nid: ${'['.repeat(5000)}\n---\n`)).toBe(true);
    const bomb = ['---', 'a: &a [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`), '---'].join('\n');
    expect(wellFormed(bomb)).toBe(true);
  });
});
