// pdfkit takes ~200 ms to load: only code that writes a PDF may load it, and only when it does
// (`await import('pdfkit')`), so that the CLI's other commands start fast. A static import in any
// of these modules would load it as soon as a command imports them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from '../../../helpers/cli.js';

test('no module of src/write/pdf imports pdfkit statically (type-only imports are erased)', () => {
  const dir = join(repoRoot, 'src', 'write', 'pdf');
  const offenders = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .filter((f) => /^\s*import\s+(?!type\b)[^;]*from\s+['"]pdfkit['"]/m.test(readFileSync(join(dir, f), 'utf8')));
  expect(offenders).toEqual([]);
});
